package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kmbportal.testing.Browser;
import org.kmbportal.testing.Bundle;
import org.kmbportal.testing.RunningPortal;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A practitioner searching: suggestions as they type, filters with counts, a shared link, the empty result. */
@ExtendWith(RunningPortal.class)
class SearchE2E {

    private ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void typingOffersSuggestionsPickedByKeyboardThenFiltersNarrowTheResults(URI portal) {
        browser = Browser.start("en");
        browser.get(portal.resolve("/search").toString());
        WebElement box = browser.findElement(By.cssSelector("#search-form input[type=text]"));
        box.sendKeys("match clo");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL);
        wait.until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#search-q-suggestions [role=option]")));
        Browser.screenshot(browser, "search-1-suggestions");
        box.sendKeys(Keys.ARROW_DOWN);
        box.sendKeys(Keys.ENTER);
        // Picking a topic applies it as a filter (it searched the topic's words before).
        wait.until(ExpectedConditions.urlContains("topic=match-closure"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("f-topic-match-closure")));
        assertTrue(browser.findElement(By.id("f-topic-match-closure")).isSelected(), "the topic filter is applied");
        By searchBox = By.cssSelector("#search-form input[type=text]");
        browser.findElement(searchBox).sendKeys("Match closure", Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("q=Match+closure"));
        String total = browser.findElement(By.id("results-title")).getText();
        assertTrue(total.matches("\\d+ results?|\\d+ strong match(es)?( · \\d+ more related)?"), total);
        assertTrue(browser.findElements(By.cssSelector(".snippet mark")).size() > 0, "matches are highlighted");

        WebElement guides = browser.findElement(By.id("f-type-practice-guide"));
        String label = browser.findElement(By.cssSelector("label[for='f-type-practice-guide']")).getText();
        long expected = Long.parseLong(label.replaceAll(".*\\((\\d+)\\).*", "$1"));
        // A ticked filter applies at once (no "Apply filters" to reach), and focus stays on it.
        guides.sendKeys(Keys.SPACE);
        wait.until(ExpectedConditions.urlContains("type=practice-guide"));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> expected == shownTotal(d.findElement(By.id("results-title")).getText()));
        assertEquals("f-type-practice-guide", browser.switchTo().activeElement().getAttribute("id"));
        browser.findElements(By.cssSelector(".card .badge--practice-guide")).forEach(b -> assertTrue(b.isDisplayed()));
        assertEquals(browser.findElements(By.cssSelector(".results .card")).size(),
                browser.findElements(By.cssSelector(".results .card .badge--practice-guide")).size());
        Browser.screenshot(browser, "search-2-filtered");

        String shared = browser.getCurrentUrl();
        browser.get(shared);
        assertTrue(browser.findElement(By.id("f-type-practice-guide")).isSelected(),
                "the shared link keeps the filter");
    }

    @Test
    void aMisspeltSearchShowsCorrectedResultsAndANoResultSearchHelps(URI portal) {
        browser = Browser.start("en");
        browser.get(portal.resolve("/search?q=recrutment+of+volunters").toString());
        assertTrue(browser.findElement(By.cssSelector(".did-you-mean")).getText()
                .contains("recruitment of volunteers"));
        assertFalse(browser.findElements(By.cssSelector(".results .card")).isEmpty());
        browser.get(portal.resolve("/search?q=xyzzyplugh").toString());
        assertEquals("No results", browser.findElement(By.id("results-title")).getText());
        assertFalse(browser.findElements(By.cssSelector(".empty-result .tags a")).isEmpty(), "topics to explore");
        Browser.screenshot(browser, "search-3-empty");
    }

    /**
     * Words in quotes are searched as typed, and the query is shown once with its own quotes ("Search instead for
     * ""exact phrase" test"" and "exact phase": user test).
     */
    @Test
    void aQuotedPhraseIsSearchedAsTypedAndShownWithItsOwnQuotes(URI portal) {
        for (String language : List.of("en", "fr")) {
            browser = Browser.start(language);
            browser.get(portal.resolve("/search?q=" + encode("\"exact phrase\" test")).toString());
            assertTrue(browser.findElements(By.cssSelector(".did-you-mean")).isEmpty(), language);
            browser.get(portal.resolve("/search?q=" + encode("\"mentoring relationships\" recrutment")).toString());
            String message = browser.findElement(By.cssSelector(".did-you-mean")).getText();
            assertTrue(message.contains("\"mentoring relationships\" recru"), language + ": " + message);
            assertTrue(message.endsWith("en".equals(language)
                    ? "Search instead for \"mentoring relationships\" recrutment"
                    : "Rechercher plutôt \"mentoring relationships\" recrutment"), language + ": " + message);
            assertFalse(message.contains("\"\""), language + ": " + message);
            browser.quit();
            browser = null;
        }
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void theHeaderSearchBoxWorksFromAnyPageInFrench(URI portal) {
        browser = Browser.start("fr");
        browser.get(portal.resolve("/browse").toString());
        WebElement quick = browser.findElement(By.id("quick-q"));
        quick.sendKeys("fin du jumelage", Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL)
                .until(ExpectedConditions.urlContains("/search?q="));
        assertEquals("Rechercher dans la bibliothèque", browser.findElement(By.tagName("h1")).getText());
        String count = browser.findElement(By.id("results-title")).getText();
        assertTrue(
                count.matches(
                        "\\d+ résultats|\\d+ résultats? très pertinents?( · \\d+ autres? résultats? apparentés?)?"),
                count);
    }

    /**
     * Every search box holds a whole paragraph, as much as "For my organization" takes (they cut a pasted paragraph at
     * the 500 characters of a search before the refusal could carry it there: user session us48); a longer search is
     * refused with the plain message, typed or from an address.
     */
    @Test
    void everySearchBoxHoldsAParagraphAndALongerSearchIsRefusedWithAMessage(URI portal) {
        browser = Browser.start("en");
        // 532 characters of 38 words (a search may have 40 and 500 characters): held whole, refused with a message.
        String longText = "relationships ".repeat(38);
        for (String[] box : List.of(new String[]{"/", "home-q"}, new String[]{"/search", "search-q"},
                new String[]{"/browse", "quick-q"})) {
            browser.get(portal.resolve(box[0]).toString());
            WebElement input = browser.findElement(By.id(box[1]));
            assertNull(input.getAttribute("maxlength"), box[1] + " on " + box[0] + ": no silent cut");
            input.sendKeys(longText);
            assertEquals(longText.length(), input.getAttribute("value").length(), box[1] + " on " + box[0]);
            input.sendKeys(Keys.ENTER);
            new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL)
                    .until(ExpectedConditions.urlContains("/search?q="));
            assertEquals("At most 500 characters here; this has " + longText.strip().length()
                    + ". Your search is kept: shorten it and search again.",
                    browser.findElement(By.id(
                            "search-q-error")).getText(),
                    box[1] + " on " + box[0]);
            assertEquals(longText.strip(), browser.findElement(By.id("search-q")).getDomProperty("value").strip());
        }
        browser.get(portal.resolve("/search?q=" + "a".repeat(501)).toString());
        assertEquals("At most 500 characters here; this has 501. Your search is kept: shorten it and search again.",
                browser.findElement(By.id("search-q-error")).getText());
    }

    /** One suggestion is announced in the singular ("1 suggestions" was read out: user test), in both languages. */
    @Test
    void oneSuggestionIsAnnouncedInTheSingularInBothLanguages(URI portal) {
        for (String language : List.of("fr", "en")) {
            browser = Browser.start(language);
            browser.get(portal.resolve("/search").toString());
            WebElement box = browser.findElement(By.id("search-q"));
            box.sendKeys("fin des jum");
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL);
            wait.until(ExpectedConditions
                    .visibilityOfElementLocated(By.cssSelector("#search-q-suggestions [role=option]")));
            assertEquals(1, browser.findElements(By.cssSelector("#search-q-suggestions [role=option]")).size(),
                    language + ": one suggestion for 'fin des jum'");
            String status = browser.findElement(By.id("search-q-status")).getAttribute("textContent");
            assertEquals("fr".equals(language)
                    ? "1 suggestion\u00a0: choisissez-la avec les flèches haut et bas"
                    : "1 suggestion: use the Up and Down arrows to choose it", status);
            box.clear();
            box.sendKeys("mento");
            wait.until(d -> d.findElements(By.cssSelector("#search-q-suggestions [role=option]")).size() > 1);
            String many = browser.findElement(By.id("search-q-status")).getAttribute("textContent");
            assertTrue(many.matches("\\d+ suggestions.*"), many);
            browser.quit();
            browser = null;
        }
    }

    /** The total the heading gives: "42 results", or "12 strong matches · 30 more related" (12 + 30). */
    static long shownTotal(String heading) {
        long sum = 0;
        for (String number : heading.replaceAll("[^0-9]+", " ").strip().split(" ")) {
            sum += number.isEmpty() ? 0 : Long.parseLong(number);
        }
        return sum;
    }

    @Test
    void aQuestionSaysHowManyStrongMatchesItHasAndListsTheRestUnderMoreResults(URI portal) {
        String question = "how do we plan for staff turnover in a small program";
        browser = Browser.start("en");
        browser.get(portal.resolve("/search?q=" + question.replace(' ', '+')).toString());
        jakarta.json.JsonObject api = org.kmbportal.testing.Http.get(portal, "/api/search?q="
                + question.replace(' ', '+') + "&size=1").json();
        int strong = api.getInt("strong");
        int total = api.getInt("total");
        assertTrue(strong >= 1 && strong < total, strong + " strong of " + total);
        String heading = browser.findElement(By.id("results-title")).getText();
        assertEquals(strong + (strong == 1 ? " strong match" : " strong matches") + " · " + (total - strong)
                + " more related", heading);
        assertTrue(api.getJsonArray("hits").getJsonObject(0).getBoolean("strong"), "the first hit is strong");
        // Facets still count every result, highlights still mark the words.
        long byType = browser.findElements(By.cssSelector("label[for^='f-type-']")).stream()
                .mapToLong(l -> Long.parseLong(l.getText().replaceAll(".*\\((\\d+)\\).*", "$1"))).sum();
        assertEquals(total, byType, "the type facet counts every result");
        assertFalse(browser.findElements(By.cssSelector(".snippet mark")).isEmpty(), "matches are highlighted");
        // "More results" comes after the strong matches: on this page if they are fewer than ten.
        List<WebElement> more = browser.findElements(By.cssSelector(".results__more"));
        if (strong < 10) {
            assertEquals(1, more.size());
            assertEquals("More results", more.get(0).getText());
            assertEquals(strong, browser.findElements(By.xpath(
                    "//h3[contains(@class,'results__more')]/preceding::article[contains(@class,'card')]")).size(),
                    "the strong matches come before it");
        } else {
            assertEquals(0, more.size());
        }
        Browser.screenshot(browser, "search-4-strong-matches");
        browser.quit();

        browser = Browser.start("fr");
        String french = "comment prévoir le roulement du personnel dans un petit programme";
        browser.get(portal.resolve("/search?q=" + java.net.URLEncoder.encode(french,
                java.nio.charset.StandardCharsets.UTF_8)).toString());
        String titre = browser.findElement(By.id("results-title")).getText();
        assertTrue(titre.matches("\\d+ résultats? très pertinents? · \\d+ autres? résultats? apparentés?"), titre);
        if (!browser.findElements(By.cssSelector(".results__more")).isEmpty()) {
            assertEquals("Autres résultats", browser.findElement(By.cssSelector(".results__more")).getText());
        }
        Browser.screenshot(browser, "search-5-strong-matches-fr");
    }

    @Test
    void searchPagesPassAnAutomatedWcag21AaCheck(URI portal) {
        List<String> problems = new ArrayList<>();
        for (String language : List.of("en", "fr")) {
            browser = Browser.start(language);
            for (String page : List.of("/search", "/search?q=mentoring&topic=match-support&sort=newest",
                    "/search?q=xyzzyplugh", "/search?q=mentorsip")) {
                browser.get(portal.resolve(page).toString());
                Browser.wcagViolations(browser).forEach(v -> problems.add(language + " " + page + ": " + v));
            }
            browser.quit();
            browser = null;
        }
        assertEquals(List.of(), problems);
    }

    /**
     * A French reader's correction is French ("evaluaton du programe" became "evaluation du programs": user test), and
     * so is the English page's for the same French words.
     */
    @Test
    void aFrenchQueryIsCorrectedInFrenchOnBothPages(URI portal) {
        for (String language : List.of("fr", "en")) {
            browser = Browser.start(language);
            browser.get(portal.resolve("/search?q=" + encode("evaluaton du programe")).toString());
            String message = browser.findElement(By.cssSelector(".did-you-mean")).getText();
            assertTrue(message.contains("évaluation du programme"), language + ": " + message);
            assertFalse(browser.findElements(By.cssSelector(".results .card")).isEmpty(), language);
            browser.quit();
            browser = null;
        }
    }

    /** The topics suggested under the search page's box (opened afresh at that address) for what was typed. */
    private static List<String> suggestedTopics(ChromeDriver browser, URI page, String typed) {
        browser.get(page.toString());
        WebElement box = browser.findElement(By.id("search-q"));
        box.sendKeys(typed);
        new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL).until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#search-q-suggestions [role=option]")));
        return browser.findElements(By.cssSelector("#search-q-suggestions .suggest__option--topic .suggest__text"))
                .stream().map(WebElement::getText).toList();
    }

    /**
     * Topics are suggested in the page's language ("e-mentor" listed French topics on the English page: user test),
     * also when the browser asks for the other language.
     */
    @Test
    void topicSuggestionsAreInThePagesLanguage(URI portal) {
        browser = Browser.start("en");
        URI search = portal.resolve("/search");
        // A topic and a program model: suggested as each, labelled by its vocabulary.
        assertEquals(List.of("E-mentoring", "E-mentoring"), suggestedTopics(browser, search, "e-mentor"));
        assertEquals(List.of("Volunteer mentors"), suggestedTopics(browser, search, "bénév"));
        // The same English browser on the French page.
        List<String> french = suggestedTopics(browser, portal.resolve("/search?lang=fr"), "e-mentor");
        assertTrue(french.contains("Mentorat en ligne") && !french.contains("E-mentoring"), french.toString());
        Browser.screenshot(browser, "search-6-suggestions-fr");
        browser.quit();
        browser = Browser.start("fr");
        assertEquals(List.of("Mentors bénévoles"), suggestedTopics(browser, search, "volunt"));
    }

    /** The strong matches a heading counts: "8 strong matches · 93 more related" says 8, "42 results" none. */
    private static long shownStrong(String heading) {
        return heading.contains("·") ? Long.parseLong(heading.replaceAll("^\\D*(\\d+).*$", "$1")) : 0;
    }

    /**
     * Ticking a filter never raises a count ("3 strong · 101 related" became "4 strong · 20 related" with Practice
     * guide: user test), in both languages.
     */
    @Test
    void tickingAFilterNeverRaisesTheStrongMatchCount(URI portal) {
        for (String language : List.of("en", "fr")) {
            browser = Browser.start(language);
            browser.get(portal.resolve("/search?q=mentoring").toString());
            String before = browser.findElement(By.id("results-title")).getText();
            WebElement guides = browser.findElement(By.id("f-type-practice-guide"));
            long expected = Long.parseLong(browser.findElement(By.cssSelector("label[for='f-type-practice-guide']"))
                    .getText().replaceAll(".*\\((\\d+)\\).*", "$1"));
            guides.sendKeys(Keys.SPACE);
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL);
            wait.until(ExpectedConditions.urlContains("type=practice-guide"));
            wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> expected == shownTotal(d.findElement(By.id("results-title")).getText()));
            String after = browser.findElement(By.id("results-title")).getText();
            assertTrue(shownStrong(after) <= shownStrong(before), language + ": '" + before + "' became '" + after
                    + "'");
            assertTrue(shownTotal(after) <= shownTotal(before), language + ": '" + before + "' became '" + after + "'");
            Browser.screenshot(browser, "search-7-narrowed-" + language);
            browser.quit();
            browser = null;
        }
    }

    /**
     * Enter on a filter's box does what Space does: the filter applies in place and the focus stays on the box (Enter
     * sent the form, the page came back at its top and the keyboard lost its place: user session), in both languages.
     */
    @Test
    void enterOnAFilterAppliesItInPlaceAndKeepsTheFocusOnIt(URI portal) {
        for (String language : List.of("en", "fr")) {
            browser = Browser.start(language);
            browser.get(portal.resolve("/search?q=mentoring").toString());
            browser.executeScript("window.kmbSamePage = true;");
            WebElement guides = browser.findElement(By.id("f-type-practice-guide"));
            long expected = Long.parseLong(browser.findElement(By.cssSelector("label[for='f-type-practice-guide']"))
                    .getText().replaceAll(".*\\((\\d+)\\).*", "$1"));
            guides.sendKeys(Keys.ENTER);
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL);
            wait.until(ExpectedConditions.urlContains("type=practice-guide"));
            wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> expected == shownTotal(d.findElement(By.id("results-title")).getText()));
            assertEquals(Boolean.TRUE, browser.executeScript("return window.kmbSamePage === true;"),
                    language + ": the filter applies in place, the page is not loaded again");
            assertEquals("f-type-practice-guide", browser.switchTo().activeElement().getAttribute("id"), language);
            assertTrue(browser.findElement(By.id("f-type-practice-guide")).isSelected(), language);
            // Enter again takes the filter off, as Space would.
            browser.switchTo().activeElement().sendKeys(Keys.ENTER);
            wait.until(d -> !d.getCurrentUrl().contains("type=practice-guide"));
            wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> !d.findElement(By.id("f-type-practice-guide")).isSelected());
            assertEquals(Boolean.TRUE, browser.executeScript("return window.kmbSamePage === true;"), language);
            assertEquals("f-type-practice-guide", browser.switchTo().activeElement().getAttribute("id"), language);
            browser.quit();
            browser = null;
        }
    }

    /**
     * A page past the last ("search?q=...&page=999" showed "Previous" alone and no word: user session) says there is no
     * such page and links to the last one, in both languages; page 0, a negative or a non-numeric page opens page 1
     * without an error.
     */
    @Test
    void aPagePastTheLastSaysWhereTheResultsEndAndABadPageOpensTheFirst(URI portal) {
        int total = org.kmbportal.testing.Http.get(portal, "/api/search?q=mentoring&size=1").json().getInt("total");
        int last = (total + 9) / 10;
        for (String language : List.of("en", "fr")) {
            browser = Browser.start(language);
            for (int asked : List.of(999, last + 1)) {
                browser.get(portal.resolve("/search?q=mentoring&page=" + asked).toString());
                WebElement notice = browser.findElement(By.id("past-last-page"));
                assertEquals(Bundle.shown(language, "search.pastLastPage", asked, last) + " "
                        + Bundle.shown(language, "search.pastLastPage.link", last), notice.getText().strip(),
                        language + " page " + asked);
                notice.findElement(By.tagName("a")).click();
                new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL)
                        .until(ExpectedConditions.urlContains("page=" + last));
                assertFalse(browser.findElements(By.cssSelector(".results .card")).isEmpty(), language);
                assertTrue(browser.findElements(By.id("past-last-page")).isEmpty(), language);
                assertEquals(String.valueOf(last), browser.findElement(By.cssSelector(".pager [aria-current=page]"))
                        .getText(), language);
            }
            for (String bad : List.of("0", "-3", "abc", "", "2.5", "%C2%AB3%C2%BB", "99999999999999999999")) {
                browser.get(portal.resolve("/search?q=mentoring&page=" + bad).toString());
                assertEquals(Bundle.text(language, "search.title"), browser.findElement(By.tagName("h1")).getText(),
                        language + " page=" + bad);
                assertFalse(browser.findElements(By.cssSelector(".results .card")).isEmpty(), language + " " + bad);
                assertEquals("1", browser.findElement(By.cssSelector(".pager [aria-current=page]")).getText(),
                        language + " page=" + bad);
                assertTrue(browser.findElements(By.cssSelector(".notice[role=alert]")).isEmpty(), language + bad);
            }
            browser.quit();
            browser = null;
        }
    }
}

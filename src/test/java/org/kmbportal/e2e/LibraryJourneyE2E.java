package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kmbportal.testing.Browser;
import org.kmbportal.testing.RunningPortal;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** A reader's journeys through the library, in both languages, by mouse and by keyboard. */
@ExtendWith(RunningPortal.class)
class LibraryJourneyE2E {

    private ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aReaderGoesFromHomeThroughATopicToAResource(URI portal) {
        browser = Browser.start("en");
        browser.get(portal.toString());
        assertEquals("Research on youth mentoring, ready to use", heading());
        Browser.screenshot(browser, "journey-1-home");

        browser.findElement(By.cssSelector(".topic-list")).findElement(By.linkText("Match closure")).click();
        assertEquals("Match closure", heading());
        String count = browser.findElement(By.id("results-title")).getText();
        assertTrue(count.matches("\\d+ resources"), count);
        Browser.screenshot(browser, "journey-2-topic");

        WebElement first = browser.findElement(By.cssSelector(".results .card__title a"));
        String title = first.getText();
        first.click();
        assertEquals(title, heading());
        assertTrue(browser.getCurrentUrl().contains("/resources/"));
        List<String> topics = browser.findElements(By.cssSelector(".terms a")).stream().map(WebElement::getText)
                .toList();
        assertTrue(topics.contains("Match closure"), topics.toString());
        Browser.screenshot(browser, "journey-3-resource");
    }

    @Test
    void theLanguageSwitchShowsTheSamePageInFrenchAndBack(URI portal) {
        browser = Browser.start("en");
        browser.get(portal.resolve("/resources/grossman-2002-test-of-time").toString());
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(sectionHeadings().contains("Notes of interest"));

        browser.findElement(By.linkText("Français")).click();
        assertEquals("fr", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(browser.getCurrentUrl().contains("/resources/grossman-2002-test-of-time"));
        assertTrue(sectionHeadings().contains("Points saillants"), sectionHeadings().toString());
        assertTrue(browser.findElement(By.cssSelector(".site-nav")).getText().contains("Parcourir la bibliothèque"));
        Browser.screenshot(browser, "language-fr-resource");

        browser.get(portal.toString());
        assertEquals("La recherche sur le mentorat jeunesse, prête à utiliser", heading(), "the choice is remembered");
        browser.findElement(By.linkText("English")).click();
        assertEquals("Research on youth mentoring, ready to use", heading());
    }

    @Test
    void theTranslationLinkLeadsToTheFrenchVersion(URI portal) {
        browser = Browser.start("en");
        browser.get(portal.resolve("/resources/lachance-2019-inter-organizational-mentoring").toString());
        browser.findElement(By.linkText("Lire en français")).click();
        assertTrue(browser.getCurrentUrl().endsWith("/resources/lachance-2019-inter-organizational-mentoring-fr"));
        assertEquals("fr", browser.findElement(By.cssSelector("article.resource")).getAttribute("lang"));
    }

    @Test
    void theSiteWorksByKeyboardAlone(URI portal) {
        browser = Browser.start("en");
        browser.get(portal.toString());
        WebElement body = browser.findElement(By.tagName("body"));
        body.sendKeys(Keys.TAB);
        WebElement skip = browser.switchTo().activeElement();
        assertEquals("Skip to main content", skip.getText());
        skip.sendKeys(Keys.ENTER);
        assertEquals("main", browser.switchTo().activeElement().getAttribute("id"));

        // From the main content, Tab reaches the home page's search box first; the next Tabs reach its links, and
        // Enter follows one.
        browser.switchTo().activeElement().sendKeys(Keys.TAB);
        assertEquals("home-q", browser.switchTo().activeElement().getAttribute("id"));
        browser.switchTo().activeElement().sendKeys(Keys.TAB);
        assertEquals("button", browser.switchTo().activeElement().getTagName());
        browser.switchTo().activeElement().sendKeys(Keys.TAB);
        WebElement link = browser.switchTo().activeElement();
        assertEquals("a", link.getTagName());
        String target = link.getAttribute("href");
        link.sendKeys(Keys.ENTER);
        assertEquals(target, browser.getCurrentUrl());

        String outline = (String) browser.executeScript(
                "var a=document.querySelector('.site-nav a'); a.focus(); return getComputedStyle(a).outlineStyle;");
        assertFalse("none".equals(outline), "focused links show an outline");
    }

    @Test
    void pagingAndFiltersLiveInTheAddress(URI portal) {
        browser = Browser.start("en");
        browser.get(portal.resolve("/browse?type=research-summary&page=2").toString());
        assertEquals("Research summaries", heading());
        WebElement current = browser.findElement(By.cssSelector(".pager a[aria-current='page']"));
        assertEquals("2", current.getText());
        browser.findElement(By.linkText("Next")).click();
        assertTrue(browser.getCurrentUrl().endsWith("type=research-summary&page=3"), browser.getCurrentUrl());
        browser.get(portal.resolve("/browse?page=banana&topic=not-a-topic").toString());
        assertTrue(browser.findElement(By.cssSelector(".notice")).getText().contains("not-a-topic"));
    }

    @Test
    void anUnknownResourceShowsA404PageInTheReadersLanguage(URI portal) {
        browser = Browser.start("fr");
        browser.get(portal.resolve("/resources/does-not-exist").toString());
        assertEquals("Page introuvable", heading());
        Browser.screenshot(browser, "not-found-fr");
    }

    @Test
    void pagesPassAnAutomatedWcag21AaCheckInBothLanguages(URI portal) {
        List<String> problems = new ArrayList<>();
        for (String language : List.of("en", "fr")) {
            browser = Browser.start(language);
            for (String page : List.of("/", "/browse", "/browse?topic=program-evaluation&page=2",
                    "/browse?type=practice-guide", "/resources/lachance-2019-inter-organizational-mentoring",
                    "/resources/quarterly-work-plan-check-ins", "/resources/does-not-exist")) {
                browser.get(portal.resolve(page).toString());
                Browser.wcagViolations(browser).forEach(v -> problems.add(language + " " + page + ": " + v));
            }
            browser.quit();
            browser = null;
        }
        assertEquals(List.of(), problems);
    }

    private String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    private List<String> sectionHeadings() {
        return browser.findElements(By.cssSelector(".summary-section h2")).stream().map(WebElement::getText).toList();
    }

    /**
     * Browsing lists each resource once: in the reader's language when it is published in it, with a link to the
     * other language's version; a reader of French sees the French version of the same resource.
     */
    @Test
    void browsingListsEachResourceOnceInTheReadersLanguage(URI portal) {
        browser = Browser.start("en");
        java.util.Map<String, String> english = listed(portal, "/browse");
        assertTrue(english.containsKey("/resources/grossman-2002-test-of-time"), english.keySet().toString());
        assertFalse(english.containsKey("/resources/grossman-2002-test-of-time-fr"), english.keySet().toString());
        assertTrue(english.get("/resources/grossman-2002-test-of-time").endsWith(
                "Also in French -> /resources/grossman-2002-test-of-time-fr"), english.toString());
        long withEnglish = count(portal, "/browse?language=en");
        long withFrench = count(portal, "/browse?language=fr");
        assertEquals(english.size(), count(portal, "/browse"));
        assertTrue(english.size() < withEnglish + withFrench, english.size() + " listed of " + withEnglish + " + "
                + withFrench);
        browser.quit();

        browser = Browser.start("fr");
        java.util.Map<String, String> french = listed(portal, "/browse");
        assertTrue(french.containsKey("/resources/grossman-2002-test-of-time-fr"), french.keySet().toString());
        assertFalse(french.containsKey("/resources/grossman-2002-test-of-time"), french.keySet().toString());
        assertTrue(french.get("/resources/grossman-2002-test-of-time-fr").endsWith(
                "Aussi en anglais -> /resources/grossman-2002-test-of-time"), french.toString());
        assertEquals(english.size(), french.size());
        // A resource in one language only is listed for both readers.
        List<String> untranslated = english.entrySet().stream().filter(e -> e.getValue().isEmpty())
                .map(java.util.Map.Entry::getKey).toList();
        assertFalse(untranslated.isEmpty());
        untranslated.forEach(k -> assertEquals("", french.get(k), k));
        // The link to the other language leads to that version.
        browser.get(portal.resolve("/browse").toString());
        WebElement also = browser.findElement(By.cssSelector(".card__also-in a"));
        String target = also.getAttribute("href");
        also.click();
        assertEquals(target, browser.getCurrentUrl());
    }

    /**
     * Every card of every page of a listing: its path, then its "also in" link as "label -> path" (or ""). One script
     * per page reads its cards (a few browser calls per card made most of the tests' time); a card without a title link
     * fails as it did.
     */
    private java.util.Map<String, String> listed(URI portal, String path) {
        java.util.Map<String, String> cards = new java.util.LinkedHashMap<>();
        String next = portal.resolve(path).toString();
        while (next != null) {
            browser.get(next);
            @SuppressWarnings("unchecked")
            List<List<String>> read = (List<List<String>>) browser.executeScript("""
                    return Array.from(document.querySelectorAll('.results article.card'), card => {
                        const title = card.querySelector('.card__title a');
                        const also = card.querySelector('.card__also-in a');
                        return [title ? title.href : null, also ? also.innerText.replace(/\\u00a0/g, ' ').trim() : null,
                            also ? also.href : null];
                    });""");
            for (List<String> card : read) {
                assertNotNull(card.get(0), "a card without its title's link on " + next);
                String href = URI.create(card.get(0)).getPath();
                cards.put(href, card.get(1) == null ? "" : card.get(1) + " -> " + URI.create(card.get(2)).getPath());
            }
            List<WebElement> more = browser.findElements(By.cssSelector(".pager a[rel=next]"));
            next = more.isEmpty() ? null : more.get(0).getAttribute("href");
        }
        return cards;
    }

    private long count(URI portal, String path) {
        browser.get(portal.resolve(path).toString());
        return Long.parseLong(browser.findElement(By.id("results-title")).getText().replaceAll("[^0-9]", ""));
    }

    /**
     * The home page counts each resource once per topic, as browsing the topic lists them, and its newest cards link
     * to the other language's version like the listing's.
     */
    @Test
    void theHomePageCountsAndListsEachResourceOnce(URI portal) {
        for (String language : List.of("en", "fr")) {
            browser = Browser.start(language);
            browser.get(portal.toString());
            java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
            for (WebElement topic : browser.findElements(By.cssSelector(".topic-list li"))) {
                counts.put(topic.findElement(By.tagName("a")).getAttribute("href"), Long.parseLong(topic
                        .findElement(By.cssSelector(".count")).getText().strip()));
            }
            assertTrue(counts.size() > 10, counts.toString());
            long cardsWithAlsoIn = browser.findElements(By.cssSelector("main .card .card__also-in a")).size();
            counts.forEach((href, count) -> {
                browser.get(href);
                long listed = Long.parseLong(browser.findElement(By.id("results-title")).getText().replaceAll(
                        "[^0-9]", ""));
                assertEquals(listed, count, language + " " + href);
            });
            assertTrue(cardsWithAlsoIn > 0, language + ": a newest card names its other-language version");
            browser.quit();
            browser = null;
        }
    }
}

package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kmbportal.testing.Browser;
import org.kmbportal.testing.Bundle;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.testing.Visitor;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What pages said and counted in the user session of 5 December 2026 (second part), checked as readers meet it. */
@ExtendWith(RunningPortal.class)
class WordsAndCountsE2E {

    private final List<ChromeDriver> browsers = new ArrayList<>();

    @AfterEach
    void close() {
        browsers.forEach(ChromeDriver::quit);
        browsers.clear();
    }

    private ChromeDriver browser(String language) {
        ChromeDriver browser = Browser.start(language);
        browsers.add(browser);
        return browser;
    }

    private static WebDriverWait waiting(ChromeDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(20), Browser.POLL);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** How many searches the insight page's export counts for the (normalized) words today. */
    private static long searchesOf(Visitor editor, String words) {
        String csv = new String(editor.download("/api/insights/export?table=searches&lang=en"), StandardCharsets.UTF_8);
        for (String line : csv.split("\r?\n")) {
            String[] cells = line.split(",");
            if (cells.length > 1 && cells[0].replace("\"", "").strip().equals(words)) {
                return Long.parseLong(cells[1].replace("\"", "").strip());
            }
        }
        return 0;
    }

    /**
     * The insight page counted each results page (2, 3) and each filter ticked as a search of its own. A search is
     * what the reader typed: paging, filtering and reloading its results add none.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void pagingAndFilteringTheSameSearchAddsNoSearch(String language, URI portal) {
        long n = System.nanoTime();
        Visitor editor = People.invited(portal, People.admin(portal), "count-editor-" + language + n + "@kmb.test",
                "Count Editor", "editor");
        List<String> words = new ArrayList<>(language.equals("en")
                ? List.of("mentoring", "youth", "volunteers", "training", "program", "school", "families", "staff")
                : List.of("mentorat", "jeunes", "bénévoles", "formation", "programme", "école", "familles",
                        "personnel"));
        Collections.shuffle(words, new Random(n));
        String typed = String.join(" ", words.subList(0, 3));
        long before = searchesOf(editor, typed);

        ChromeDriver reader = browser(language);
        reader.get(portal.resolve("/search?lang=" + language).toString());
        reader.findElement(By.id("search-q")).sendKeys(typed, Keys.ENTER);
        waiting(reader).until(d -> d.getCurrentUrl().contains("sig="));
        assertEquals(before + 1, searchesOf(editor, typed), "the search typed is counted");
        for (int page = 2; page <= 3; page++) {
            WebElement next = reader.findElement(By.cssSelector("a[rel=next]"));
            next.click();
            String wanted = "page=" + page;
            waiting(reader).until(d -> d.getCurrentUrl().contains(wanted));
        }
        reader.navigate().refresh();
        // A filter ticked, then unticked: each applied in place, the address keeping the search's key.
        WebElement box = reader.findElements(By.cssSelector("#filters-panel .facets input[type=checkbox]")).getLast();
        String id = box.getAttribute("id");
        String param = box.getAttribute("name") + "=" + encode(box.getAttribute("value"));
        box.sendKeys(Keys.SPACE);
        waiting(reader).until(d -> d.getCurrentUrl().contains(param) && d.getCurrentUrl().contains("sig="));
        waiting(reader).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id(id)).isSelected() && d.findElements(By.cssSelector("[aria-busy]"))
                        .isEmpty());
        reader.findElement(By.id(id)).sendKeys(Keys.SPACE);
        waiting(reader).until(d -> !d.getCurrentUrl().contains(param) && d.getCurrentUrl().contains("sig="));
        reader.navigate().refresh();
        assertEquals(before + 1, searchesOf(editor, typed), "one search, whatever its pages and filters");
    }

    /**
     * Suggestions labelled an audience ("Volunteer mentors") "Topic", and choosing it searched its words. It is
     * labelled as an audience in the reader's language, and choosing it applies the audience filter.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void anAudienceSuggestionSaysSoAndChoosingItAppliesThatFilter(String language, URI portal) {
        String label = language.equals("en") ? "Volunteer mentors" : "Mentors bénévoles";
        ChromeDriver reader = browser(language);
        reader.get(portal.resolve("/search?lang=" + language).toString());
        WebElement box = reader.findElement(By.id("search-q"));
        box.sendKeys(language.equals("en") ? "volunt" : "bénév");
        waiting(reader).ignoring(StaleElementReferenceException.class).until(ExpectedConditions
                .visibilityOfElementLocated(By.cssSelector("#search-q-suggestions [role=option]")));
        List<WebElement> options = reader.findElements(By.cssSelector("#search-q-suggestions [role=option]"));
        int chosen = -1;
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).findElement(By.cssSelector(".suggest__text")).getText().equals(label)) {
                chosen = i;
            }
        }
        assertTrue(chosen >= 0, "suggested: " + reader.findElement(By.id("search-q-suggestions")).getText());
        assertEquals(Bundle.text(language, "search.kind.facet.audience"),
                options.get(chosen).findElement(By.cssSelector(".suggest__kind")).getText());
        for (int i = 0; i <= chosen; i++) {
            box.sendKeys(Keys.ARROW_DOWN);
        }
        box.sendKeys(Keys.ENTER);
        waiting(reader).until(ExpectedConditions.urlContains("audience=mentors"));
        waiting(reader).until(ExpectedConditions.presenceOfElementLocated(By.id("f-audience-mentors")));
        assertTrue(reader.findElement(By.id("f-audience-mentors")).isSelected(), "the audience filter is applied");
        assertEquals("", reader.findElement(By.id("search-q")).getAttribute("value"), "not a search for its words");
        assertTrue(reader.findElement(By.cssSelector(".active-filters")).getText().contains(label));
        assertFalse(reader.findElements(By.cssSelector(".results .card")).isEmpty(), "resources for mentors");
    }

    /**
     * A closed partnership's check-in page still said "upcoming" for a check-in that will never take place (its
     * partnership page and report no longer list it). It says it will not take place.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aClosedPartnershipsCheckInPageSaysItWillNotTakePlace(String language, URI portal) {
        Partnership partnership = partnership("ended", language, portal);
        Visitor member = partnership.member();
        long id = partnership.id();
        String upcoming = Bundle.shown(language, "partnerships.checkIn.state.upcoming");
        org.jsoup.nodes.Element toCome = Jsoup.parse(member.get("/partnerships/view?id=" + id + "&lang=" + language)
                .body()).selectFirst(".check-ins .check-in--upcoming a");
        assertTrue(toCome != null, "while it runs, a check-in is to come");
        String page = toCome.attr("href").replaceFirst("^.*(/partnerships/check-in)", "$1") + "&lang=" + language;
        Http.Answer running = member.get(page);
        assertTrue(Jsoup.parse(running.body()).select(".card__byline").text().contains(upcoming),
                running.status() + " " + page + ": " + Jsoup.parse(running.body()).select("main").text());

        Http.Answer closed = member.api("POST", "/api/partnerships/" + id + "/closure",
                "{\"reflection\": \"Nous avons appris beaucoup; the partnership ends well.\"}");
        assertEquals(200, closed.status(), closed.body());
        Http.Answer after = member.get(page);
        assertEquals(200, after.status());
        String byline = Jsoup.parse(after.body()).select(".card__byline").text();
        assertFalse(byline.contains(upcoming), byline);
        assertTrue(byline.contains(Bundle.shown(language, "partnerships.checkIn.state.ended")), byline);
    }

    /**
     * The page's title repeated a 5,000-character search whole (the 500 characters the box holds). It names the
     * search by its first words and an ellipsis, in both languages.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aLongSearchIsShortenedInThePagesTitle(String language, URI portal) {
        String site = Bundle.shown(language, "site.name");
        Gen.tries("long-search-title-" + language, 4, GeneratedText.libraryWords(5000)).forEach(typed -> {
            Http.Answer page = new Visitor(portal).get("/search?q=" + encode(typed) + "&lang=" + language);
            assertEquals(200, page.status());
            String title = Jsoup.parse(page.body()).title();
            assertTrue(title.endsWith(" · " + site), title);
            String named = title.substring(0, title.length() - (" · " + site).length());
            String oneLine = typed.replaceAll("[\\p{Cntrl}\\s\\p{Z}]+", " ").strip();
            if (oneLine.length() > 60) {
                assertTrue(named.length() <= 61 && named.endsWith("…"), named.length() + ": " + named);
                assertTrue(oneLine.startsWith(named.substring(0, named.length() - 1)), named);
            }
        });
    }

    /** An accepted partnership between a new member's organization and a new mentor. */
    private record Partnership(long id, String memberEmail, Visitor member) {
    }

    private static Partnership partnership(String name, String language, URI portal) {
        long n = System.nanoTime();
        String email = name + "-member-" + language + n + "@kmb.test";
        Visitor member = People.member(portal, email, "Member " + name, "Partner " + name + " " + language + " " + n);
        long organization = member.get("/api/account").json().getJsonNumber("organization").longValue();
        String code = member.get("/api/organizations/" + organization).json().getString("join_code");
        Visitor mentor = People.invited(portal, People.admin(portal), name + "-mentor-" + language + n + "@kmb.test",
                "Mentor " + name, "mentor");
        Http.Answer started = mentor.api("POST", "/api/partnerships", jakarta.json.Json.createObjectBuilder()
                .add("join_code", code).add("title", name + " " + language + " " + n).build().toString());
        assertEquals(201, started.status(), started.body());
        long id = started.json().getJsonNumber("id").longValue();
        Http.Answer accepted = member.api("POST", "/api/partnerships/" + id + "/acceptance",
                "{\"goals\": \"Nos objectifs, in our own words.\", \"capacities\": [\"evaluation\"]}");
        assertEquals(200, accepted.status(), accepted.body());
        return new Partnership(id, email, member);
    }

    /**
     * A work-plan item's text over its limit was refused with "Item 1: the text is longer than 2000 characters", and
     * an item has three texts. The message names the box, as other forms do; what was typed stays.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aWorkPlanItemTooLongNamesTheBox(String language, URI portal) {
        Partnership partnership = partnership("plan", language, portal);
        ChromeDriver partner = browser(language);
        Browser.signInBySession(partner, portal, partnership.memberEmail(), People.PASSWORD);
        partner.get(portal.resolve("/partnerships/plan?id=" + partnership.id() + "&lang=" + language).toString());
        partner.findElement(By.id("plan:add-item")).click();
        waiting(partner).until(ExpectedConditions.presenceOfElementLocated(By.id("plan:items:0:why")));
        Browser.type(partner, "plan:items:0:what", language.equals("en") ? "Screen volunteer mentors" : "Filtrer");
        String why = GeneratedText.cut(String.join(" ", Gen.tries("plan-why-" + language, 400,
                GeneratedText.libraryWords(40)).toList()), 2100).strip();
        assertTrue(why.length() > 2050, "over the limit of 2,000: " + why.length());
        WebElement box = partner.findElement(By.id("plan:items:0:why"));
        // The box stops typing at its limit (maxlength): a text over it comes from a page or browser without it.
        partner.executeScript("arguments[0].value = arguments[1];", box, why);
        partner.findElement(By.id("plan:save")).click();
        // Said beside the box it is about (stop 43), under one line above the form.
        Browser.awaitMessage(partner, Bundle.shown(language, "partnerships.plan.fixFields"));
        WebElement refused = partner.findElement(By.id("plan:items:0:why"));
        assertEquals("true", refused.getAttribute("aria-invalid"), "the Why box is marked");
        String beside = partner.findElement(By.id("plan:items:0:why-error")).getText();
        assertTrue(refused.getAttribute("aria-describedby").contains("plan:items:0:why-error"), "described by it");
        assertTrue(beside.replaceAll("[^0-9]", "").contains("2000"), "the limit beside the box: " + beside);
        assertEquals(why.replaceAll("\\s+", " "), partner.findElement(By.id("plan:items:0:why")).getAttribute("value")
                .replaceAll("\\s+", " ").strip(), "what was typed stays");
    }

    /**
     * On the French organization page, "Was this match useful?" named an English resource's title for screen readers
     * without {@code lang="en"}, so it was read as French. Each match's question names its title in its own language.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aMatchsQuestionNamesItsTitleInItsOwnLanguage(String language, URI portal) {
        String challenges = encode("Nous avons peu de bénévoles et beaucoup de roulement du personnel. We lose"
                + " volunteers after a few months, matches end early and we have no evaluator on staff.");
        Http.Answer page = new Visitor(portal).get("/organization?submitted=1&organization_size=small&challenges="
                + challenges + "&lang=" + language);
        assertEquals(200, page.status());
        List<org.jsoup.nodes.Element> matches = Jsoup.parse(page.body()).select("li.match:has(details.signal-details)");
        assertFalse(matches.isEmpty(), "the organization page found matches");
        int otherLanguage = 0;
        for (org.jsoup.nodes.Element match : matches) {
            org.jsoup.nodes.Element link = match.selectFirst(".card__title a");
            org.jsoup.nodes.Element named = match.selectFirst(".signal-details summary [lang]");
            assertTrue(named != null, "the question names no title in a language: " + match.select("summary"));
            assertEquals(link.attr("lang"), named.attr("lang"), link.text());
            // The hidden words quote the title as one run of text (fix58: "(“”)" was read when they were apart).
            assertEquals(link.text(), named.text().replaceAll(
                    "^\\(\\p{Pi}[\\s\\u00a0\\u202f]*|[\\s\\u00a0\\u202f]*\\p{Pf}\\)$", ""));
            otherLanguage += link.attr("lang").equals(language) ? 0 : 1;
        }
        if (language.equals("fr")) {
            assertTrue(otherLanguage > 0, "an English match is among them on the French page");
        }
    }

    /**
     * The partnership proposal said only the first of two refused fields. Each is said beside its field (marked
     * invalid and described by its message), as the sign-up form does, and what was typed stays.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aProposalWithTwoFieldsWrongSaysBothBesideThem(String language, URI portal) {
        long n = System.nanoTime();
        String email = "two-wrong-" + language + n + "@kmb.test";
        People.invited(portal, People.admin(portal), email, "Two Wrong", "mentor");
        ChromeDriver mentor = browser(language);
        Browser.signInBySession(mentor, portal, email, People.PASSWORD);
        mentor.get(portal.resolve("/partnerships/?lang=" + language).toString());
        String code = "NO-SUCH-" + Long.toString(n, 36).toUpperCase(java.util.Locale.ROOT);
        Browser.type(mentor, "start:code", code);
        Browser.type(mentor, "start:title", "   ");
        mentor.findElement(By.id("start:start-button")).click();
        Browser.awaitText(mentor, By.id("start:code-error"), Bundle.shown(language,
                "partnerships.error.unknown_join_code"));
        Browser.awaitText(mentor, By.id("start:title-error"), Bundle.shown(language, "field.required"));
        for (String field : List.of("code", "title")) {
            WebElement box = mentor.findElement(By.id("start:" + field));
            assertEquals("true", box.getAttribute("aria-invalid"), field);
            assertTrue(box.getAttribute("aria-describedby").contains("start:" + field + "-error"), field);
        }
        assertEquals(code, mentor.findElement(By.id("start:code")).getAttribute("value"), "what was typed stays");
    }

    /**
     * An editor reading a resource's public page had no way to its editor. The page offers "Edit this resource" to
     * editors only (read from the role on the server), and it leads to that resource's form.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void anEditorOnAResourcesPageHasAnEditLinkAndNoOneElseDoes(String language, URI portal) {
        long n = System.nanoTime();
        Visitor admin = People.admin(portal);
        Visitor editor = People.invited(portal, admin, "page-editor-" + language + n + "@kmb.test", "Page Editor",
                "editor");
        Visitor member = People.member(portal, "page-member-" + language + n + "@kmb.test", "Page Member",
                "Page org " + language + " " + n);
        Visitor mentor = People.invited(portal, admin, "page-mentor-" + language + n + "@kmb.test", "Page Mentor",
                "mentor");
        jakarta.json.JsonObject resource = new Visitor(portal).get("/api/resources?size=1&lang=" + language).json()
                .getJsonArray("hits").getJsonObject(0);
        String id = resource.getString("id");
        String path = "/resources/" + id + "?lang=" + language;
        org.jsoup.nodes.Element link = Jsoup.parse(editor.get(path).body()).getElementById("edit-resource");
        assertTrue(link != null, "an editor is offered the editor");
        assertEquals(Bundle.text(language, "resource.edit"), link.text());
        assertTrue(link.attr("href").endsWith("/editor/edit?id=" + id), link.attr("href"));
        Http.Answer form = editor.get(link.attr("href"));
        assertEquals(200, form.status());
        assertEquals(resource.getString("title"), Jsoup.parse(form.body()).getElementById("edit:title").val(),
                "the form is this resource's");
        for (Visitor other : List.of(new Visitor(portal), member, mentor)) {
            assertTrue(Jsoup.parse(other.get(path).body()).getElementById("edit-resource") == null,
                    "no edit link for a reader who is no editor");
        }
    }
}

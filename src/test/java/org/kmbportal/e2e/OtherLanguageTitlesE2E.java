package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kmbportal.testing.Browser;
import org.kmbportal.testing.Bundle;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.testing.Visitor;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Titles in the other language, on the shipped library (a user session): on French pages of every kind (a
 * partnership's plan, its check-in and report, a collection and its editor, the finders of both editors, "evidence for
 * this", search, browse, the organization page) every resource title shown in English carries {@code lang="en"}, so a
 * screen reader reads it in English; the finders list each resource once like search, in the reader's language with
 * "Also in French", and find a French-only resource or a French title for an English reader; and the collection
 * editor's "Delete" question takes the keyboard focus, "Cancel" giving it back to "Delete".
 */
@ExtendWith(RunningPortal.class)
class OtherLanguageTitlesE2E {

    private final List<ChromeDriver> browsers = new ArrayList<>();

    @AfterEach
    void close() {
        browsers.forEach(ChromeDriver::quit);
    }

    /** Every published resource: id to language and title; and its other version, if any. */
    private record Library(Map<String, String> language, Map<String, String> title, Map<String, String> twin) {

        static Library read(Visitor reader) {
            Map<String, String> language = new LinkedHashMap<>();
            Map<String, String> title = new LinkedHashMap<>();
            for (int page = 1; page < 10; page++) {
                JsonObject answer = reader.get("/api/resources?size=100&page=" + page).json();
                answer.getJsonArray("hits").getValuesAs(JsonObject.class).forEach(h -> {
                    language.put(h.getString("id"), h.getString("language"));
                    title.put(h.getString("id"), h.getString("title"));
                });
                if (page * 100 >= answer.getInt("total")) {
                    break;
                }
            }
            Map<String, String> twin = new HashMap<>();
            for (String id : language.keySet()) {
                if ("fr".equals(language.get(id))) {
                    reader.get("/api/resources/" + id).json().getJsonArray("translations")
                            .getValuesAs(JsonObject.class).forEach(t -> {
                                twin.put(id, t.getString("id"));
                                twin.put(t.getString("id"), id);
                            });
                }
            }
            return new Library(language, title, twin);
        }

        List<String> in(String lang) {
            return language.keySet().stream().filter(id -> lang.equals(language.get(id))).toList();
        }

        /** Titles said the same way in both languages name no language: left out of the check. */
        Map<String, String> titleLanguages() {
            Map<String, Set<String>> seen = new HashMap<>();
            title.forEach((id, t) -> seen.computeIfAbsent(key(t), k -> new HashSet<>()).add(language.get(id)));
            Map<String, String> one = new HashMap<>();
            seen.forEach((t, langs) -> {
                if (langs.size() == 1) {
                    one.put(t, langs.iterator().next());
                }
            });
            return one;
        }
    }

    static String key(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("[\\s\\u00a0]+", " ").strip();
    }

    /**
     * Every text on the page that is a resource's whole title, with the language of the nearest element that declares
     * one: [title, declared language, expected language] for each that differs; and how many titles were checked.
     */
    @SuppressWarnings("unchecked")
    private static List<String> wrongLanguage(WebDriver browser, Map<String, String> titles, int[] checked) {
        List<List<String>> shown = (List<List<String>>) ((ChromeDriver) browser).executeScript("""
                var out = [];
                var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                var node;
                while ((node = walker.nextNode())) {
                    var parent = node.parentElement;
                    if (!parent || parent.closest('script, style, textarea, option, [hidden]')) continue;
                    var text = node.textContent.normalize('NFC').replace(/[\\s\\u00a0]+/g, ' ').trim();
                    if (text.length < 12) continue;
                    var declared = parent.closest('[lang]');
                    out.push([text, declared ? declared.getAttribute('lang') : '']);
                }
                return out;
                """);
        List<String> wrong = new ArrayList<>();
        for (List<String> s : shown) {
            String expected = titles.get(s.get(0));
            if (expected != null) {
                checked[0]++;
                if (!expected.equals(s.get(1))) {
                    wrong.add("“" + s.get(0) + "” in lang=" + s.get(1) + ", is " + expected);
                }
            }
        }
        return wrong;
    }

    private static void assertTitlesDeclared(WebDriver browser, Map<String, String> titles, String page,
            int atLeast) {
        int[] checked = {0};
        List<String> wrong = wrongLanguage(browser, titles, checked);
        assertEquals(List.of(), wrong, page + ": every title in another language than the page's says its own");
        assertTrue(checked[0] >= atLeast, page + ": " + checked[0] + " titles checked, expected at least " + atLeast);
    }

    @Test
    void everyTitleInTheOtherLanguageSaysItsLanguageOnFrenchPagesAndTheFindersListEachResourceOnce(URI portal) {
        Visitor admin = People.admin(portal);
        Library library = Library.read(new Visitor(portal, "en"));
        Map<String, String> titles = library.titleLanguages();
        List<String> english = library.in("en");
        List<String> french = library.in("fr");
        List<String> frenchOnly = french.stream().filter(id -> !library.twin().containsKey(id)).toList();
        List<String> frenchTwins = french.stream().filter(id -> library.twin().containsKey(id)).toList();
        assertFalse(frenchOnly.isEmpty(), "the shipped library has French-only resources");
        assertFalse(frenchTwins.isEmpty(), "and translated ones");

        Visitor partnerApi = People.member(portal, "olt-partner@kmb.test", "Odile Partenaire", "Organisme OLT");
        People.invited(portal, admin, "olt-mentor@kmb.test", "Olivier Mentor", "mentor");
        Visitor mentorApi = new Visitor(portal);
        assertTrue(mentorApi.signIn("olt-mentor@kmb.test", People.PASSWORD));
        long organization = partnerApi.get("/api/account").json().getJsonNumber("organization").longValue();
        String code = partnerApi.get("/api/organizations/" + organization).json().getString("join_code");
        Http.Answer started = mentorApi.api("POST", "/api/partnerships", Json.createObjectBuilder()
                .add("join_code", code).add("title", "Jumelages « durables » et titres anglais").build().toString());
        assertEquals(201, started.status(), started.body());
        long partnership = started.json().getJsonNumber("id").longValue();
        assertEquals(200, partnerApi.api("POST", "/api/partnerships/" + partnership + "/acceptance",
                "{\"goals\": \"Des jumelages qui durent.\", \"capacities\": [\"evaluation\"]}").status());
        // Spread over the library: the first, middle and last English resources, and a French one.
        List<String> linked = List.of(english.get(0), english.get(english.size() / 2), english.get(english.size() - 1),
                frenchOnly.get(0));
        JsonArrayBuilder resources = Json.createArrayBuilder();
        linked.forEach(resources::add);
        Http.Answer plan = partnerApi.api("PUT", "/api/partnerships/" + partnership + "/plan", Json
                .createObjectBuilder().add("version", 0).add("items", Json.createArrayBuilder().add(Json
                        .createObjectBuilder().add("what", "Filtrer les mentors bénévoles").add("why", "Sécurité")
                        .add("lead", "partner").add("status", "planned").add("resources", resources)))
                .build().toString());
        assertEquals(200, plan.status(), plan.body());
        JsonArrayBuilder items = Json.createArrayBuilder();
        linked.forEach(id -> items.add(Json.createObjectBuilder().add("resource", id).add("note", "À lire.")));
        Http.Answer collection = mentorApi.api("POST", "/api/collections", Json.createObjectBuilder()
                .add("title", "Lectures pour bien filtrer " + System.nanoTime())
                .add("description", "Recueil en français.")
                .add("language", "fr").add("visibility", "public").add("organizations", Json.createArrayBuilder())
                .add("items", items).build().toString());
        assertEquals(201, collection.status(), collection.body());
        String slug = collection.json().getString("id");

        ChromeDriver partner = signedIn(portal, "fr", "olt-partner@kmb.test");
        partner.get(portal.resolve("/partnerships/plan?id=" + partnership).toString());
        assertEquals("fr", partner.findElement(By.tagName("html")).getAttribute("lang"));
        assertTitlesDeclared(partner, titles, "plan", linked.size());
        partner.findElement(By.id("plan:items:0:evidence")).click();
        new WebDriverWait(partner, Duration.ofSeconds(20), Browser.POLL).ignoring(WebDriverException.class)
                .until(d -> !d
                        .findElements(By.cssSelector(".suggestions")).isEmpty());
        assertTitlesDeclared(partner, titles, "plan with evidence for this", linked.size());
        for (String id : List.of(english.get(1), english.get(english.size() / 3))) {
            find(partner, "plan", library.title().get(id));
            assertTitlesDeclared(partner, titles, "plan finder for " + id, linked.size() + 1);
        }
        partner.get(portal.resolve("/partnerships/view?id=" + partnership).toString());
        assertTitlesDeclared(partner, titles, "partnership", 0);
        partner.get(portal.resolve("/partnerships/report?id=" + partnership).toString());
        assertTitlesDeclared(partner, titles, "report", 0);

        ChromeDriver mentor = signedIn(portal, "fr", "olt-mentor@kmb.test");
        mentor.get(portal.resolve("/partnerships/check-in?id=" + partnership + "&number=1").toString());
        assertTitlesDeclared(mentor, titles, "check-in", linked.size());
        mentor.get(portal.resolve("/collections/" + slug).toString());
        assertTitlesDeclared(mentor, titles, "collection", linked.size());
        mentor.get(portal.resolve("/curate/edit?id=" + slug).toString());
        assertTitlesDeclared(mentor, titles, "collection editor", linked.size());
        find(mentor, "edit", library.title().get(english.get(2)));
        assertTitlesDeclared(mentor, titles, "collection finder", linked.size() + 1);
        mentor.get(portal.resolve("/curate/links").toString());
        assertTitlesDeclared(mentor, titles, "links", 0);
        for (String page : List.of("/search?q=" + java.net.URLEncoder.encode(library.title().get(english.get(3)),
                java.nio.charset.StandardCharsets.UTF_8), "/browse?lang=en", "/", "/resources/" + english.get(4),
                "/collections")) {
            mentor.get(portal.resolve(page).toString());
            assertTitlesDeclared(mentor, titles, page, page.startsWith("/search") || page.startsWith("/browse")
                    ? 1
                    : 0);
        }

        // The finders on English pages: each resource once, like search; a French-only one and a French title found.
        ChromeDriver reader = signedIn(portal, "en", "olt-partner@kmb.test");
        reader.get(portal.resolve("/partnerships/plan?id=" + partnership).toString());
        ChromeDriver curator = signedIn(portal, "en", "olt-mentor@kmb.test");
        curator.get(portal.resolve("/curate/edit?id=" + slug).toString());
        for (String id : List.of(frenchOnly.get(0), frenchOnly.get(frenchOnly.size() - 1), frenchTwins.get(0),
                frenchTwins.get(frenchTwins.size() - 1))) {
            String typed = library.title().get(id);
            String twin = library.twin().get(id);
            for (var finder : List.of(Map.entry(reader, "plan"), Map.entry(curator, "edit"))) {
                List<WebElement> found = find(finder.getKey(), finder.getValue(), typed);
                List<String> shown = found.stream().map(f -> key(f.findElement(By.cssSelector(".found__title"))
                        .getText())).toList();
                String expected = key(library.title().get(twin == null ? id : twin));
                assertTrue(shown.contains(expected), finder.getValue() + " finder, typed “" + typed + "”: "
                        + shown);
                WebElement hit = found.get(shown.indexOf(expected));
                assertEquals(twin == null ? "fr" : "en", hit.findElement(By.cssSelector(".found__title"))
                        .getAttribute("lang"));
                if (twin != null) {
                    assertFalse(shown.contains(key(typed)), "one entry per resource: " + shown);
                    assertTrue(hit.getText().contains(Bundle.text("en", "search.alsoIn.aside.fr")), hit.getText());
                }
            }
        }

        // Delete asks; by keyboard the question takes the focus, Tab reaches Yes and Cancel, Cancel gives it back.
        curator.get(portal.resolve("/curate/edit?id=" + slug).toString());
        curator.findElement(By.id("edit:delete")).sendKeys(Keys.ENTER);
        awaitFocusOn(curator, "delete-question");
        assertEquals(Bundle.text("en", "curate.edit.delete.confirm"), curator.switchTo().activeElement().getText());
        curator.switchTo().activeElement().sendKeys(Keys.TAB);
        awaitFocusOn(curator, "edit:delete-confirmed");
        curator.switchTo().activeElement().sendKeys(Keys.TAB);
        awaitFocusOn(curator, "edit:delete-cancel");
        curator.switchTo().activeElement().sendKeys(Keys.ENTER);
        awaitFocusOn(curator, "edit:delete");
        assertEquals(200, mentorApi.get("/api/collections/" + slug).status(), "Cancel kept the collection");
        // Escape closes the question as Cancel does, the focus back on "Delete".
        curator.switchTo().activeElement().sendKeys(Keys.ENTER);
        awaitFocusOn(curator, "delete-question");
        curator.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        new WebDriverWait(curator, Duration.ofSeconds(10), Browser.POLL).ignoring(WebDriverException.class)
                .until(d -> d.findElements(By.id("delete-question")).isEmpty());
        awaitFocusOn(curator, "edit:delete");
        assertEquals(200, mentorApi.get("/api/collections/" + slug).status(), "Escape kept the collection");
    }

    @Test
    void theEditorsHeadingAndThePagesTitleSayTheLanguageOfAResourcesTitleInTheOtherLanguage(URI portal) {
        Visitor admin = People.admin(portal);
        People.invited(portal, admin, "olt-editor@kmb.test", "Élise Rédaction", "editor");
        Library library = Library.read(new Visitor(portal, "en"));
        List<String> english = library.in("en");
        List<String> french = library.in("fr");
        for (String id : List.of(english.get(0), english.get(english.size() - 1), french.get(0),
                french.get(french.size() - 1))) {
            String language = library.language().get(id);
            for (String pageLanguage : List.of("en", "fr")) {
                Visitor editor = new Visitor(portal, pageLanguage);
                assertTrue(editor.signIn("olt-editor@kmb.test", People.PASSWORD));
                org.jsoup.nodes.Document edit = org.jsoup.Jsoup.parse(editor.get("/editor/edit?id=" + id).body());
                String where = id + " on a page in " + pageLanguage;
                assertEquals(pageLanguage, edit.selectFirst("html").attr("lang"), where);
                org.jsoup.nodes.Element heading = edit.selectFirst("h1");
                assertEquals(key(library.title().get(id)), key(heading.text()), where);
                assertEquals(language, heading.attr("lang").isEmpty() ? pageLanguage : heading.attr("lang"),
                        "the heading: " + where);
                String title = edit.selectFirst("title").attr("lang");
                assertEquals(language, title.isEmpty() ? pageLanguage : title, "the page's title: " + where);
                org.jsoup.nodes.Element history = org.jsoup.Jsoup.parse(editor.get("/editor/history?id=" + id)
                        .body()).selectFirst("h1");
                assertEquals(language, history.getElementsContainingOwnText(library.title().get(id).strip())
                        .stream().map(e -> e.closest("[lang]").attr("lang")).findFirst().orElse(""),
                        "the history's heading: " + where);
            }
        }
    }

    /** Types the words in the editor's finder, presses Enter and returns the entries found. */
    private static List<WebElement> find(ChromeDriver browser, String form, String words) {
        Browser.type(browser, form + ":find", words);
        WebElement page = browser.findElement(By.tagName("body"));
        browser.findElement(By.id(form + ":find")).sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(20), Browser.POLL).ignoring(WebDriverException.class).until(
                ExpectedConditions.stalenessOf(page));
        new WebDriverWait(browser, Duration.ofSeconds(20), Browser.POLL).ignoring(WebDriverException.class)
                .until(d -> "complete"
                        .equals(((ChromeDriver) d).executeScript("return document.readyState"))
                        && !d.findElements(By.id(form
                                + ":find")).isEmpty());
        return browser.findElements(By.cssSelector(".found li"));
    }

    private static void awaitFocusOn(ChromeDriver browser, String id) {
        new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL).ignoring(WebDriverException.class)
                .until(d -> id.equals(d
                        .switchTo().activeElement().getAttribute("id")));
    }

    private ChromeDriver signedIn(URI portal, String language, String email) {
        ChromeDriver browser = Browser.start(language);
        browsers.add(browser);
        Browser.signInBySession(browser, portal, email, People.PASSWORD);
        return browser;
    }
}

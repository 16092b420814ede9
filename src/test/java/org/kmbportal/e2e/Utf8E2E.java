package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kmbportal.testing.Browser;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.testing.Visitor;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every language arrives intact: what is typed into any form of any page, with accents, the ligature œ, the
 * typographic apostrophe and an emoji, comes back as typed; addresses, JSON and exported files carry UTF-8; and a French
 * reader signs up, searches and saves in Chromium without a letter being garbled.
 */
@ExtendWith(RunningPortal.class)
class Utf8E2E {

    private static final String ODD = "é ç œ ’ 😀";
    /** What UTF-8 read as ISO-8859-1 looks like (Ã©, Ã§, Å“, â€™, ðŸ): never in an answer. */
    private static final String MOJIBAKE = "(?s).*(Ã©|Ã§|Å“|â€™|ðŸ).*";

    private ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void everyFormOfEveryPageGetsAccentsApostrophesAndEmojiBackIntact(URI portal) {
        Visitor anonymous = new Visitor(portal);
        Visitor member = People.member(portal, "utf8-member@kmb.test", "Utf Member", "Utf Org");
        Visitor admin = People.admin(portal);
        Visitor mentor = People.invited(portal, admin, "utf8-mentor@kmb.test", "Utf Mentor", "mentor");
        Visitor editor = People.invited(portal, admin, "utf8-editor@kmb.test", "Utf Editor", "editor");
        Map<String, Visitor> pages = new LinkedHashMap<>();
        for (String path : List.of("/", "/browse", "/search", "/organization", "/collections", "/sign-in",
                "/sign-up")) {
            pages.put(path, anonymous);
        }
        pages.put("/account/", member);
        // This run's title: the same mentor on a run again (the pom's rerun) may not have two of one title.
        String collection = mentor.api("POST", "/api/collections", "{\"title\": \"Utf collection " + System
                .nanoTime() + "\", "
                + "\"description\": \"d\", \"visibility\": \"private\", \"items\": []}").json().getString("id");
        pages.put("/curate/", mentor);
        pages.put("/curate/edit?id=" + collection, mentor);
        pages.put("/editor/", editor);
        pages.put("/editor/edit?type=practice-guide", editor);
        pages.put("/admin/invitations", admin);
        List<String> problems = new ArrayList<>();
        int forms = 0;
        Random random = new Random(2);
        for (Map.Entry<String, Visitor> page : pages.entrySet()) {
            Document document = Jsoup.parse(page.getValue().get(page.getKey()).body(),
                    portal.resolve(page.getKey()).toString());
            for (Element form : document.select("form")) {
                List<Element> fields = form.select("input[type=text], input[type=search], input[type=email],"
                        + " input[type=url], input:not([type]), textarea");
                if (fields.isEmpty()) {
                    continue;
                }
                forms++;
                Map<String, String> values = new LinkedHashMap<>();
                for (Element field : fields) {
                    values.put(field.attr("name"), words(random) + " " + ODD);
                }
                String answer = submit(page.getValue(), portal, page.getKey(), form, values);
                String where = page.getKey() + " form " + (form.id().isEmpty() ? form.attr("action") : form.id());
                if (answer.matches(MOJIBAKE)) {
                    problems.add(where + ": garbled characters in the answer");
                }
                String text = Jsoup.parse(answer).select("input, textarea").eachAttr("value") + " "
                        + Jsoup.parse(answer).text();
                boolean back = values.values().stream().anyMatch(v -> text.contains(v) || answer.contains(v));
                if (!back) {
                    problems.add(where + ": none of " + values.values() + " came back");
                }
            }
        }
        assertTrue(forms >= 8, "forms tried: " + forms);
        assertEquals(List.of(), problems);
    }

    @Test
    void addressesJsonAndExportedFilesCarryUtf8(URI portal) {
        Http.Answer page = Http.get(portal, "/search?q=%C3%A9valuation");
        assertTrue(page.header("Content-Type").toLowerCase().contains("charset=utf-8"), page.header("Content-Type"));
        long count = SearchE2E.shownTotal(Jsoup.parse(page.body()).getElementById("results-title").text());
        long total = Http.get(portal, "/api/search?q=%C3%A9valuation&size=1").json().getInt("total");
        assertEquals(total, count, "the page reads the address as the API does");
        assertEquals("évaluation", Jsoup.parse(page.body()).getElementById("search-q").attr("value"));

        Http.Answer json = Http.get(portal, "/api/resources/lachance-2019-inter-organizational-mentoring-fr");
        assertTrue(json.body().contains("é") && !json.body().matches(MOJIBAKE), "JSON in UTF-8");

        Visitor mentor = People.invited(portal, People.admin(portal), "utf8-export@kmb.test", "Utf Export",
                "mentor");
        String title = "Lectures d’été : œuvres ç 😀 " + System.nanoTime();
        Http.Answer created = mentor.api("POST", "/api/collections", jakarta.json.Json.createObjectBuilder()
                .add("title", title).add("description", "Pour l’équipe").add("language", "fr")
                .add("visibility", "private").add("items", jakarta.json.Json.createArrayBuilder()).build()
                .toString());
        assertEquals(201, created.status(), created.body());
        String id = created.json().getString("id");
        assertEquals(title, mentor.get("/api/collections/" + id).json().getString("title"));
        for (String format : List.of("markdown", "html", "content")) {
            Http.Answer file = mentor.get("/api/collections/" + id + "/export?format=" + format);
            assertEquals(200, file.status(), format);
            assertTrue(file.header("Content-Type").toLowerCase().contains("utf-8"), format);
            assertTrue(file.body().contains(title), format + ": " + file.body());
        }
    }

    @Test
    void aFrenchReaderSignsUpSearchesAndSavesWithEveryAccentIntact(URI portal) {
        String name = "Zoé Bélanger-Œuvray";
        String organization = "Société québécoise d’entraide — Ça marche";
        // An address of this try: on a second try (the pom's rerun, on the same portal) the first one's account has
        // its new name, and a sign-up with its address creates nothing.
        String email = "zoe.belanger-" + Long.toString(System.nanoTime(), 36) + "@kmb.test";
        browser = Browser.start("fr");
        browser.get(portal.resolve("/sign-up").toString());
        assertEquals("Inscription", browser.findElement(By.tagName("h1")).getText());
        Browser.type(browser, "signup:name", name);
        Browser.type(browser, "signup:email", email);
        Browser.type(browser, "signup:password", People.PASSWORD);
        Browser.type(browser, "signup:confirmation", People.PASSWORD);
        Browser.type(browser, "signup:organization", organization);
        browser.findElement(By.id("signup:submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15), Browser.POLL)
                .until(ExpectedConditions.urlContains("/sign-in"));

        Browser.signIn(browser, portal, email, People.PASSWORD);
        assertEquals(name, browser.findElement(By.cssSelector(".account-nav a")).getText());

        browser.get(portal.resolve("/search").toString());
        browser.findElement(By.id("search-q")).sendKeys("évaluation");
        browser.findElement(By.cssSelector("#search-form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15), Browser.POLL).until(ExpectedConditions.urlContains("q="));
        assertTrue(browser.getCurrentUrl().contains("q=" + URLEncoder.encode("évaluation", StandardCharsets.UTF_8)),
                browser.getCurrentUrl());
        long total = Http.get(portal, "/api/search?q=%C3%A9valuation&size=1").json().getInt("total");
        assertEquals(total, SearchE2E.shownTotal(browser.findElement(By.id("results-title")).getText()));
        assertEquals("évaluation", browser.findElement(By.id("search-q")).getAttribute("value"));

        browser.get(portal.resolve("/account/").toString());
        String renamed = "Zoé Œuvray d’Ança";
        Browser.type(browser, "profile:name", renamed);
        browser.findElement(By.id("profile:save")).click();
        Browser.awaitMessage(browser, "Enregistré.");
        browser.get(portal.resolve("/account/").toString());
        assertEquals(renamed, browser.findElement(By.id("profile:name")).getAttribute("value"));
        assertTrue(browser.findElement(By.tagName("main")).getText().contains(organization),
                browser.findElement(By.tagName("main")).getText());
        Browser.screenshot(browser, "utf8-account-fr");
        assertFalse(browser.getPageSource().matches(MOJIBAKE));
    }

    /** Posts a form as a browser would: its hidden fields, the script nonce, the values, its first button. */
    private static String submit(Visitor visitor, URI portal, String path, Element form, Map<String, String> values) {
        boolean get = "get".equalsIgnoreCase(form.attr("method"));
        // a plain HTML form (no JSF view state: the organization's questionnaire) is sent as its fields, by GET
        boolean faces = !form.select("input[name=jakarta.faces.ViewState]").isEmpty();
        if (get || form.id().isEmpty() || !faces) {
            StringBuilder query = new StringBuilder();
            values.forEach((k, v) -> query.append(query.isEmpty() ? "" : "&").append(encode(k)).append('=')
                    .append(encode(v)));
            String action = URI.create(form.absUrl("action")).getRawPath();
            Http.Answer answer = visitor.get(action + "?" + query);
            return answer.status() + " " + answer.body();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        values.forEach((name, value) -> fields.put(name.substring(form.id().length() + 1), value));
        Http.Answer answer = visitor.submit(path, form.id(), fields);
        if (answer.status() == 302 || answer.status() == 303) {
            String location = answer.header("Location");
            answer = visitor.get(URI.create(location).getRawPath()
                    + (URI.create(location).getRawQuery() == null ? "" : "?" + URI.create(location).getRawQuery()));
        }
        return answer.body();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String words(Random random) {
        String[] words = {"Zoé", "Société", "évaluation", "façade", "œuvre", "l’équipe", "ça", "Noël", "naïve"};
        return words[random.nextInt(words.length)] + " " + words[random.nextInt(words.length)];
    }
}

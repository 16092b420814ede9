package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jakarta.json.Json;

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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Work that stays after its author deleted their account says "a former member" in the reader's language on every
 * kind of page: a partnership (its parties, notes, plan revisions, check-in), a collection, an organization profile's
 * last save, the partner's notifications, a resource's history and review comments, and the audit log (user session of 2026-12-06: the stored words
 * "a former member / un ancien membre" shown to every reader; the audit log's raw {@code account.deleted} and English
 * detail on the French page; and a partnership's notes, revisions and check-ins still naming the person).
 */
@ExtendWith(RunningPortal.class)
class FormerMemberE2E {

    private final List<ChromeDriver> browsers = new ArrayList<>();

    @AfterEach
    void close() {
        browsers.forEach(ChromeDriver::quit);
        browsers.clear();
    }

    private static String line(Random random, int length) {
        return GeneratedText.oddTitles(length).next(random).replaceAll("\\s+", " ").strip();
    }

    /** A long, odd name in both languages, different each run, with nothing markup would change. */
    private static String name(Random random, long n) {
        String[] parts = {"Éloïse", "O’Brien", "Zoë", "Ngũgĩ", "François-Xavier", "Ólafur", "d’Anjou", "Maëlle",
                "Þóra", "Nguyễn"};
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            name.append(i == 0 ? "" : " ").append(parts[random.nextInt(parts.length)]);
        }
        return name.append(" ").append(Long.toString(n, 36)).toString();
    }

    private static void deleteAccount(Visitor leaver) {
        Http.Answer deleted = leaver.submit("/account/", "delete-account", Map.of("deletePassword", People.PASSWORD),
                "delete");
        assertTrue(deleted.status() == 302 || deleted.status() == 303, deleted.status() + " " + deleted.body());
    }

    private static Http.Answer created(Http.Answer answer) {
        assertTrue(answer.status() == 200 || answer.status() == 201, answer.status() + " " + answer.body());
        return answer;
    }

    /** The page's main text, after waiting for the element that says who. */
    private static String shown(ChromeDriver browser, URI portal, String path, By who) {
        browser.get(portal.resolve(path).toString());
        new WebDriverWait(browser, Duration.ofSeconds(20), Browser.POLL).until(d -> !d.findElements(who).isEmpty());
        return browser.findElement(who).getText();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aDeletedAccountsWorkSaysAFormerMemberInTheReadersLanguageOnEveryPage(String language, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("former-member-" + language).hashCode());
        String other = language.equals("fr") ? "en" : "fr";
        String words = Bundle.shown(language, "attribution.formerMember");
        String otherWords = Bundle.shown(other, "attribution.formerMember");
        Visitor admin = People.admin(portal);

        // The organization that stays, and its partnership with a mentor who will leave.
        String partnerEmail = "former-partner-" + language + n + "@kmb.test";
        Visitor partner = People.member(portal, partnerEmail, "Partner " + n, "Former Partner Org " + language + n);
        long organization = partner.get("/api/account").json().getJsonNumber("organization").longValue();
        String code = partner.get("/api/organizations/" + organization).json().getString("join_code");
        String mentorName = name(random, n);
        Visitor mentor = People.invited(portal, admin, "former-mentor-" + language + n + "@kmb.test", mentorName,
                "mentor");
        assertTrue(mentor.submit("/account/", "organization-form", Map.of("choice", "create", "organizationName",
                "Former Mentor Org " + language + n), "join").status() < 400);
        long partnership = MatrixPartnerships.proposed(mentor, code, line(random, 100));
        created(partner.api("POST", "/api/partnerships/" + partnership + "/acceptance",
                "{\"goals\": \"Our goals, in our words.\", \"capacities\": [\"evaluation\"]}"));
        created(mentor.api("PUT", "/api/partnerships/" + partnership + "/plan", Json.createObjectBuilder()
                .add("version", 0).add("items", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("what", line(random, 150)).add("lead", "mentor").add("status", "planned")))
                .build().toString()));
        created(mentor.api("POST", "/api/partnerships/" + partnership + "/notes", Json.createObjectBuilder()
                .add("text", line(random, 600)).build().toString()));
        created(mentor.api("POST", "/api/partnerships/" + partnership + "/check-ins", Json.createObjectBuilder()
                .add("what_happened", line(random, 400)).build().toString()));
        String collection = created(mentor.api("POST", "/api/collections", Json.createObjectBuilder()
                .add("title", line(random, 120)).add("description", line(random, 300)).add("language", other)
                .add("visibility", "public").add("items", Json.createArrayBuilder()).build().toString())).json()
                .getString("id");

        // An editor, a colleague of the partner's, who writes a guide, comments on it and saves the profile.
        String editorName = name(random, n + 1);
        Visitor editor = People.invited(portal, admin, "former-editor-" + language + n + "@kmb.test", editorName,
                "editor");
        assertTrue(editor.submit("/account/", "organization-form", Map.of("choice", "join", "joinCode", code), "join")
                .status() < 400);
        String resource = "former-member-guide-" + language + "-" + n;
        created(editor.api("PUT", "/api/editor/resources/" + resource, Json.createObjectBuilder().add("version", -1)
                .add("text", "---\nid: " + resource + "\ntype: practice-guide\ntitle: \"" + line(random, 80)
                        .replace("\"", "") + "\"\nlanguage: " + language + "\nstatus: draft\ntopics: [match-closure]\n"
                        + "summary: \"A guide by an editor who leaves.\"\n---\n1. " + line(random, 300) + "\n")
                .build().toString()));
        created(editor.api("POST", "/api/editor/resources/" + resource + "/comments", Json.createObjectBuilder()
                .add("text", line(random, 500)).build().toString()));
        String profile = "/api/organizations/" + organization + "/profile";

        // The partner is answering the profile's questions when the colleague saves it, then deletes their account.
        ChromeDriver browser = Browser.start(language);
        browsers.add(browser);
        Browser.signInBySession(browser, portal, partnerEmail, People.PASSWORD);
        browser.get(portal.resolve("/organization?lang=" + language).toString());
        browser.findElement(By.id("q-organization_size-small")).sendKeys(Keys.SPACE);
        Browser.type(browser, "challenges", line(random, 400));
        Browser.pressForNewPage(browser, browser.findElement(By.cssSelector("#questionnaire button[type=submit]")));
        new WebDriverWait(browser, Duration.ofSeconds(20), Browser.POLL).until(d -> !d.findElements(By.id(
                "save-profile:save")).isEmpty());
        created(editor.api("PUT", profile, Json.createObjectBuilder().add("context", Json.createObjectBuilder()
                .add("organization_size", "medium")).add("challenges", line(random, 300)).add("language", language)
                .build().toString()));
        deleteAccount(editor);
        deleteAccount(mentor);

        Browser.pressForNewPage(browser, browser.findElement(By.id("save-profile:save")));
        Browser.awaitText(browser, By.cssSelector(".conflict"), Bundle.shown(language, "organization.conflict"));
        assertSaysFormerMember(browser.findElement(By.id("their-save")).getText(), words, otherWords, editorName);

        // The partnership's pages, as the partner reads them.
        String view = shown(browser, portal, "/partnerships/view?id=" + partnership + "&lang=" + language,
                By.cssSelector(".comment__meta"));
        assertSaysFormerMember(view, words, otherWords, mentorName);
        assertSaysFormerMember(browser.findElement(By.id("main")).getText(), words, otherWords, mentorName);
        assertSaysFormerMember(shown(browser, portal, "/partnerships/?lang=" + language, By.id("main")), words,
                otherWords, mentorName);
        assertSaysFormerMember(shown(browser, portal, "/partnerships/plan?id=" + partnership + "&lang=" + language,
                By.cssSelector(".revisions")), words, otherWords, mentorName);
        assertSaysFormerMember(shown(browser, portal, "/partnerships/check-in?id=" + partnership + "&number=1&lang="
                + language, By.cssSelector(".check-in-record .help")), words, otherWords, mentorName);
        assertEquals(words, shown(browser, portal, "/collection?id=" + collection + "&lang=" + language, By
                .cssSelector(".curator")));
        assertEquals(List.of(), Browser.wcagViolations(browser), "the collection by a former member");

        // The guide's history and review comments, as another editor reads them.
        String reader = "former-reader-" + language + n + "@kmb.test";
        People.invited(portal, admin, reader, "Reader " + n, "editor");
        Browser.signInBySession(browser, portal, reader, People.PASSWORD);
        String history = shown(browser, portal, "/editor/history?id=" + resource + "&lang=" + language, By
                .cssSelector("table.table--stack tbody"));
        assertSaysFormerMember(history, words, otherWords, editorName);
        assertSaysFormerMember(shown(browser, portal, "/editor/edit?id=" + resource + "&lang=" + language, By
                .cssSelector(".comments .comment__meta")), words, otherWords, editorName);

        // The audit log: both deletions, each said in the page's language, no key or marker shown as it is stored.
        Browser.signInBySession(browser, portal, People.ADMIN_EMAIL, People.ADMIN_PASSWORD);
        browser.get(portal.resolve("/admin/audit?lang=" + language).toString());
        List<WebElement> deletions = browser.findElements(By.xpath(
                "//tr[.//span[@title='account.deleted']]"));
        assertTrue(deletions.size() >= 2, "both deletions are in the log");
        for (WebElement row : deletions.subList(0, 2)) {
            List<String> cells = row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
            assertEquals(Bundle.shown(language, "audit.who.former-member"), cells.get(1), cells.toString());
            assertEquals(Bundle.shown(language, "audit.action.account.deleted"), cells.get(2), cells.toString());
            assertTrue(cells.get(3).startsWith(Bundle.shown(language, "audit.who.former-member")), cells.toString());
            assertEquals(Bundle.shown(language, "audit.detail.accountDeleted"), cells.get(4), cells.toString());
        }
        String log = browser.findElement(By.tagName("table")).getText();
        assertFalse(log.contains("account.deleted") || log.contains("former-member"), "a key or marker as stored");
        assertFalse(log.contains(Bundle.shown(other, "audit.who.former-member")), "the other language's words");
        assertFalse(log.contains("deleted at the member's request"), "the detail as stored");
        // The mentor proposed the partnership: its entry recorded them as "Name <address>" (user session on the
        // merged build: the address stayed in "Who" after the deletion).
        assertFalse(log.contains("former-mentor-" + language + n), "the deleted mentor's address");
        assertFalse(log.contains(mentorName), "the deleted mentor's name");
        assertEquals(List.of(), Browser.wcagViolations(browser), "the audit log");
    }

    private static void assertSaysFormerMember(String text, String words, String otherWords, String name) {
        assertTrue(text.contains(words), "says '" + words + "': " + text);
        assertFalse(text.contains(otherWords), "not in the other language too: " + text);
        assertFalse(text.contains("former-member"), "not the stored marker: " + text);
        assertFalse(text.contains(name), "no longer names the person: " + text);
    }
}

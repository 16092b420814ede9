package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Buttons that answered their POST with the page itself (the editor's Submit for review and Publish, a collection's
 * Move up and Move down, a partnership's Accept, Post note and Close): after moving on, Back landed on that answer and
 * Chromium asked to send the form again ("Confirm form resubmission"), and a reload sent it again. Each now leads to
 * the page's own address (Post/Redirect/Get), keeping its message and what was typed but not saved.
 */
@ExtendWith(RunningPortal.class)
class BackAfterFormButtonsE2E {

    private static final String ZELDIN = "zeldin-2013-youth-adult-partnership";

    private final List<ChromeDriver> browsers = new ArrayList<>();

    @AfterEach
    void close() {
        browsers.forEach(ChromeDriver::quit);
        browsers.clear();
    }

    private ChromeDriver signedIn(URI portal, String language, String email) {
        ChromeDriver browser = Browser.start(language);
        browsers.add(browser);
        Browser.signInBySession(browser, portal, email, People.PASSWORD);
        return browser;
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void backAndReloadAfterAcceptPostNoteAndCloseShowThePartnershipOnce(String language, URI portal) {
        long n = System.nanoTime();
        Visitor admin = People.admin(portal);
        String partnerEmail = "prg-partner-" + language + n + "@kmb.test";
        Visitor partner = People.member(portal, partnerEmail, "Prg Partner", "Prg Org " + language + n);
        Visitor mentor = People.invited(portal, admin, "prg-mentor-" + language + n + "@kmb.test", "Prg Mentor",
                "mentor");
        long organization = partner.get("/api/account").json().getJsonNumber("organization").longValue();
        String joinCode = partner.get("/api/organizations/" + organization).json().getString("join_code");
        Http.Answer started = mentor.api("POST", "/api/partnerships", Json.createObjectBuilder().add("join_code",
                joinCode).add("title", "Back after accepting " + language).build().toString());
        assertEquals(201, started.status(), started.body());
        long id = started.json().getJsonNumber("id").longValue();
        String view = portal.resolve("/partnerships/view?id=" + id + "&lang=" + language).toString();

        ChromeDriver browser = signedIn(portal, language, partnerEmail);
        browser.get(view);
        Browser.type(browser, "accept:goals", UserSessionFindingsE2E.oneLine(GeneratedText.libraryWords(300),
                "prg-goals-" + language));
        browser.findElement(By.id("accept:accept-button")).click();
        Browser.awaitMessage(browser, Bundle.shown(language, "partnerships.accepted"));
        leaveAndComeBack(browser, portal, "accept", By.id("note:write"));

        // Post note: once, however often the page is reloaded or come back to
        String note = UserSessionFindingsE2E.oneLine(GeneratedText.libraryWords(400), "prg-note-" + language);
        Browser.type(browser, "note:text", note);
        browser.findElement(By.id("note:write")).click();
        Browser.awaitMessage(browser, Bundle.shown(language, "partnerships.notes.written"));
        browser.navigate().refresh();
        leaveAndComeBack(browser, portal, "post note", By.id("note:write"));
        browser.navigate().refresh();
        assertEquals(1, countNotes(browser, note), "the note is there once after reloads and Back");

        // A refused note (too long): its error, the text kept in the box, and still no resubmission on Back
        String tooLong = longText(language, org.kmbportal.partnerships.PartnershipNote.MAX_LENGTH + 50);
        ((JavascriptExecutor) browser).executeScript("document.getElementById('note:text').value = arguments[0];",
                tooLong);
        browser.findElement(By.id("note:write")).click();
        Browser.awaitMessage(browser, Bundle.shown(language, "partnerships.tooLong.invalid_note",
                org.kmbportal.partnerships.PartnershipNote.MAX_LENGTH));
        assertEquals(tooLong.strip(), browser.findElement(By.id("note:text")).getDomProperty("value").strip(),
                "the refused note stays in its box");
        leaveAndComeBack(browser, portal, "refused note", By.id("note:write"));

        // Close: the question, then the answer; Back passes through neither as a form to send again
        String reflection = UserSessionFindingsE2E.oneLine(GeneratedText.libraryWords(300), "prg-close-"
                + language);
        Browser.type(browser, "close:reflection", reflection);
        browser.findElement(By.id("close:close-button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("close:close-confirmed"))
                .isEmpty());
        assertEquals(reflection, browser.findElement(By.id("close:reflection")).getDomProperty("value"),
                "the reflection typed stays while the page asks");
        browser.findElement(By.id("close:close-confirmed")).click();
        Browser.awaitMessage(browser, Bundle.shown(language, "partnerships.closed"));
        leaveAndComeBack(browser, portal, "close", By.id("notes-title"));
        browser.navigate().back();
        noResubmission(browser, "close, two steps back", By.id("notes-title"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void backAfterSubmitForReviewAndPublishShowsTheEditorNotAResubmitPage(String language, URI portal) {
        long n = System.nanoTime();
        Visitor admin = People.admin(portal);
        String email = "prg-editor-" + language + n + "@kmb.test";
        Visitor api = People.invited(portal, admin, email, "Prg Editor", "editor");
        String id = "prg-moves-" + language + "-" + n;
        String text = api.get("/api/editor/resources/" + ZELDIN).json().getString("text");
        Http.Answer saved = api.api("PUT", "/api/editor/resources/" + id, Json.createObjectBuilder().add("version", -1)
                .add("text", text.replace("id: " + ZELDIN, "id: " + id).replaceFirst("(?m)^status: .*$",
                        "status: draft"))
                .build().toString());
        assertEquals(200, saved.status(), saved.body());
        ChromeDriver browser = signedIn(portal, language, email);
        browser.get(portal.resolve("/editor/edit?id=" + id + "&lang=" + language).toString());

        String note = UserSessionFindingsE2E.oneLine(GeneratedText.libraryWords(200), "prg-move-" + language);
        String title = browser.findElement(By.id("edit:title")).getDomProperty("value") + " "
                + GeneratedText.cut(note, 60).strip();
        Browser.type(browser, "edit:title", title);
        browser.findElement(By.cssSelector(".move-in-review")).click();
        Browser.awaitMessage(browser, Bundle.shown(language, "editor.moved.in-review"));
        Browser.awaitMessage(browser, Bundle.shown(language, "editor.moved.withChanges"));
        assertEquals(title.strip(), browser.findElement(By.id("edit:title")).getDomProperty("value").strip(),
                "the title typed was saved with the move and shows");
        leaveAndComeBack(browser, portal, "submit for review", By.id("edit:title"));

        browser.findElement(By.cssSelector(".move-published")).click();
        Browser.awaitMessage(browser, Bundle.shown(language, "editor.moved.published"));
        browser.navigate().refresh();
        leaveAndComeBack(browser, portal, "publish", By.id("edit:title"));
        assertEquals("published", api.get("/api/editor/resources/" + id).json().getString("status", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void backAfterMovingACollectionsItemShowsTheFormWithWhatWasTyped(String language, URI portal) {
        long n = System.nanoTime();
        Visitor admin = People.admin(portal);
        String email = "prg-curator-" + language + n + "@kmb.test";
        Visitor curator = People.invited(portal, admin, email, "Prg Curator", "mentor");
        Random random = new Random(Gen.seed() * 31 + ("prg-collection-" + language).hashCode());
        String id = "prg-moves-" + language + "-" + n;
        List<String> titles = new ArrayList<>();
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (int i = 0; i < 3; i++) {
            titles.add(GeneratedText.libraryWords(120).next(random).replaceAll("\\s+", " ").strip() + " " + i);
            items.add(Json.createObjectBuilder().add("url", "https://example.org/prg/" + i).add("title", titles.get(
                    i)));
        }
        assertEquals(201, curator.api("POST", "/api/collections", Json.createObjectBuilder().add("id", id).add(
                "title", "Moved " + language).add("visibility", "private").add("items", items).build().toString())
                .status());
        ChromeDriver browser = signedIn(portal, language, email);
        browser.get(portal.resolve("/curate/edit?id=" + id + "&lang=" + language).toString());

        String note = UserSessionFindingsE2E.oneLine(GeneratedText.libraryWords(300), "prg-item-note-" + language);
        Browser.type(browser, "edit:items:0:note", note);
        browser.findElement(By.id("edit:items:0:down")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> titles.get(0).equals(d.findElement(By.id(
                "edit:items:1:link-title")).getDomProperty("value")));
        assertEquals(note, browser.findElement(By.id("edit:items:1:note")).getDomProperty("value"),
                "the note typed (not saved) moves with its item");
        leaveAndComeBack(browser, portal, "move down", By.id("edit:items:0:down"));

        browser.findElement(By.id("edit:items:2:up")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> titles.get(2).equals(d.findElement(By.id(
                "edit:items:1:link-title")).getDomProperty("value")));
        leaveAndComeBack(browser, portal, "move up", By.id("edit:items:0:down"));
    }

    /**
     * "Save these answers" leads to the organization's page, but Back then reached the answers' own POST (the form
     * that showed the matches), and Chromium asked to send it again.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void backAfterSavingTheAnswersShowsThePageNotAResubmitPage(String language, URI portal) {
        long n = System.nanoTime();
        String email = "prg-answers-" + language + n + "@kmb.test";
        People.member(portal, email, "Prg Answers", "Prg Answers Org " + language + n);
        ChromeDriver browser = signedIn(portal, language, email);
        browser.get(portal.resolve("/organization?lang=" + language).toString());
        browser.findElement(By.id("q-organization_size-small")).click();
        String challenges = UserSessionFindingsE2E.oneLine(GeneratedText.libraryWords(300), "prg-challenges-"
                + language);
        Browser.type(browser, "challenges", challenges);
        browser.findElement(By.cssSelector(".profile-form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> !d.findElements(By.id("save-profile:save"))
                .isEmpty());
        browser.findElement(By.id("save-profile:save")).click();
        Browser.awaitMessage(browser, Bundle.shown(language, "organization.saved"));
        leaveAndComeBack(browser, portal, "save these answers", By.cssSelector(".profile-form"));
        browser.navigate().back();
        noResubmission(browser, "save these answers, two steps back", By.cssSelector(".profile-form"));
        assertTrue(browser.findElement(By.id("challenges")).getDomProperty("value").contains(GeneratedText.cut(
                challenges, 40).strip()), "the answers shown are the ones saved");
    }

    /** A text longer than {@code length}, of generated words in the language. */
    private static String longText(String language, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() <= length; i++) {
            text.append(UserSessionFindingsE2E.oneLine(GeneratedText.libraryWords(400), "long-" + language + i))
                    .append(' ');
        }
        return text.toString().strip();
    }

    private static long countNotes(ChromeDriver browser, String note) {
        return browser.findElements(By.cssSelector(".notes li")).stream().filter(li -> li.getText().contains(
                GeneratedText.cut(note, 40).strip())).count();
    }

    /** Leaves for another page, then Back: the page again, not the browser's "Confirm form resubmission". */
    private static void leaveAndComeBack(ChromeDriver browser, URI portal, String what, By pagesElement) {
        browser.get(portal.resolve("/about").toString());
        browser.navigate().back();
        noResubmission(browser, what, pagesElement);
    }

    private static void noResubmission(ChromeDriver browser, String what, By pagesElement) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> !d.findElements(pagesElement).isEmpty()
                || !d.findElements(By.id("main-frame-error")).isEmpty()
                || d.getPageSource().contains("ERR_CACHE_MISS"));
        assertFalse(browser.getPageSource().contains("ERR_CACHE_MISS"), what + ": no 'Confirm form resubmission'");
        assertTrue(browser.findElements(By.id("main-frame-error")).isEmpty(), what + ": no browser error page");
        assertFalse(browser.findElements(pagesElement).isEmpty(), what + ": Back shows the page");
    }
}

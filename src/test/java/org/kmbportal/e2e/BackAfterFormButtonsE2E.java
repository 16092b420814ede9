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
import org.openqa.selenium.StaleElementReferenceException;
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
        // Said beside the box, with the limit and the note's length, as every box says it (ui52).
        Browser.awaitText(browser, By.id("note:text-error"), Bundle.shown(language, "editor.fieldTooLong",
                org.kmbportal.partnerships.PartnershipNote.MAX_LENGTH, tooLong.strip().codePointCount(0, tooLong
                        .strip().length())));
        assertEquals(tooLong.strip(), browser.findElement(By.id("note:text")).getDomProperty("value").strip(),
                "the refused note stays in its box");
        leaveAndComeBack(browser, portal, "refused note", By.id("note:write"));

        // Close: the question, then the answer; Back passes through neither as a form to send again
        String reflection = UserSessionFindingsE2E.oneLine(GeneratedText.libraryWords(300), "prg-close-"
                + language);
        Browser.type(browser, "close:reflection", reflection);
        browser.findElement(By.id("close:close-button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL)
                .until(d -> !d.findElements(By.id("close:close-confirmed"))
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
        new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL)
                // the redirect after the button replaces the page while the condition reads it
                .ignoring(StaleElementReferenceException.class).until(d -> titles.get(0).equals(d.findElement(By.id(
                        "edit:items:1:link-title")).getDomProperty("value")));
        assertEquals(note, browser.findElement(By.id("edit:items:1:note")).getDomProperty("value"),
                "the note typed (not saved) moves with its item");
        leaveAndComeBack(browser, portal, "move down", By.id("edit:items:0:down"));

        browser.findElement(By.id("edit:items:2:up")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL)
                // the redirect after the button replaces the page while the condition reads it
                .ignoring(StaleElementReferenceException.class).until(d -> titles.get(2).equals(d.findElement(By.id(
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
        new WebDriverWait(browser, Duration.ofSeconds(15), Browser.POLL)
                .until(d -> !d.findElements(By.id("save-profile:save"))
                        .isEmpty());
        browser.findElement(By.id("save-profile:save")).click();
        Browser.awaitMessage(browser, Bundle.shown(language, "organization.saved"));
        leaveAndComeBack(browser, portal, "save these answers", By.cssSelector(".profile-form"));
        browser.navigate().back();
        noResubmission(browser, "save these answers, two steps back", By.cssSelector(".profile-form"));
        assertTrue(browser.findElement(By.id("challenges")).getDomProperty("value").contains(GeneratedText.cut(
                challenges, 40).strip()), "the answers shown are the ones saved");
    }

    /**
     * The editor's other buttons answered with the page itself: Save, a refused move, the question before Archive and
     * its Yes, scheduling and cancelling a publication, a review comment. Back after any of them asked to send it again.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void backAfterTheEditorsOtherButtonsShowsTheEditorNotAResubmitPage(String language, URI portal) {
        long n = System.nanoTime();
        Visitor admin = People.admin(portal);
        String email = "prg-buttons-" + language + n + "@kmb.test";
        Visitor api = People.invited(portal, admin, email, "Prg Buttons", "editor");
        String id = "prg-buttons-" + language + "-" + n;
        String text = api.get("/api/editor/resources/" + ZELDIN).json().getString("text");
        Http.Answer saved = api.api("PUT", "/api/editor/resources/" + id, Json.createObjectBuilder().add("version", -1)
                .add("text", text.replace("id: " + ZELDIN, "id: " + id).replaceFirst("(?m)^status: .*$",
                        "status: draft"))
                .build().toString());
        assertEquals(200, saved.status(), saved.body());
        ChromeDriver browser = signedIn(portal, language, email);
        browser.get(portal.resolve("/editor/edit?id=" + id + "&lang=" + language).toString());
        By title = By.id("edit:title");

        String words = UserSessionFindingsE2E.oneLine(GeneratedText.libraryWords(200), "prg-save-" + language);
        String typed = browser.findElement(title).getDomProperty("value") + " " + GeneratedText.cut(words, 60).strip();
        Browser.type(browser, "edit:title", typed);
        browser.findElement(By.id("edit:save")).click();
        Browser.awaitMessage(browser, before(language, "editor.saved"));
        assertEquals(typed.strip(), browser.findElement(title).getDomProperty("value").strip());
        leaveAndComeBack(browser, portal, "save", title);

        // A refused move (no title): its message and the form as typed, and still no resubmission on Back.
        Browser.type(browser, "edit:title", " ");
        browser.findElement(By.cssSelector(".move-in-review")).click();
        Browser.awaitMessage(browser, Bundle.shown(language, "editor.fixFields"));
        assertEquals("", browser.findElement(title).getDomProperty("value").strip(), "the form stays as typed");
        assertEquals("draft", api.get("/api/editor/resources/" + id).json().getString("status", ""));
        leaveAndComeBack(browser, portal, "refused move", title);

        browser.get(portal.resolve("/editor/edit?id=" + id + "&lang=" + language).toString());
        browser.findElement(By.cssSelector(".move-in-review")).click();
        Browser.awaitMessage(browser, Bundle.shown(language, "editor.moved.in-review"));
        ((JavascriptExecutor) browser).executeScript("document.getElementById('review:publishAt').value = "
                + "'2031-03-04T10:30';");
        browser.findElement(By.id("review:schedule")).click();
        Browser.awaitMessage(browser, Bundle.shown(language, "editor.scheduled"));
        leaveAndComeBack(browser, portal, "schedule", title);
        browser.findElement(By.id("review:unschedule")).click();
        Browser.awaitMessage(browser, Bundle.shown(language, "editor.unscheduled"));
        leaveAndComeBack(browser, portal, "unschedule", title);

        String comment = UserSessionFindingsE2E.oneLine(GeneratedText.libraryWords(300), "prg-comment-" + language);
        Browser.type(browser, "review:comment", comment);
        browser.findElement(By.id("review:addComment")).click();
        Browser.awaitMessage(browser, Bundle.shown(language, "editor.commented"));
        browser.navigate().refresh();
        leaveAndComeBack(browser, portal, "comment", title);
        assertEquals(1, browser.findElements(By.cssSelector(".comments .comment__body")).stream().filter(c -> c
                .getText().contains(GeneratedText.cut(comment, 40).strip())).count(), "the comment is there once");

        browser.findElement(By.cssSelector(".move-published")).click();
        Browser.awaitMessage(browser, Bundle.shown(language, "editor.moved.published"));
        browser.findElement(By.cssSelector(".move-archived")).click();
        Browser.awaitText(browser, By.id("workflow"), Bundle.shown(language, "editor.confirm.archived"));
        leaveAndComeBack(browser, portal, "archive's question", title);
        browser.get(portal.resolve("/editor/edit?id=" + id + "&lang=" + language).toString());
        browser.findElement(By.cssSelector(".move-archived")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL)
                .until(d -> !d.findElements(By.id("edit:move-confirmed"))
                        .isEmpty());
        browser.findElement(By.id("edit:move-confirmed")).click();
        Browser.awaitMessage(browser, Bundle.shown(language, "editor.moved.archived"));
        leaveAndComeBack(browser, portal, "archive", title);
        browser.navigate().back();
        noResubmission(browser, "archive, two steps back", title);
        assertEquals("archived", api.get("/api/editor/resources/" + id).json().getString("status", ""));
    }

    /**
     * The collection editor's other buttons answered with the page itself: Find, Add, Add link, Save, New link and the
     * question before Delete; after Find, Add and a move, Back reached Find's and Add's answers and asked to send them.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void backAfterTheCollectionEditorsOtherButtonsShowsTheFormNotAResubmitPage(String language, URI portal) {
        long n = System.nanoTime();
        Visitor admin = People.admin(portal);
        String email = "prg-collection-" + language + n + "@kmb.test";
        Visitor curator = People.invited(portal, admin, email, "Prg Collection", "mentor");
        String id = "prg-buttons-" + language + "-" + n;
        assertEquals(201, curator.api("POST", "/api/collections", Json.createObjectBuilder().add("id", id).add(
                "title", "Buttons " + language).add("visibility", "unlisted").add("items", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("url", "https://example.org/prg/first").add("title",
                                "First " + language)))
                .build().toString()).status());
        ChromeDriver browser = signedIn(portal, language, email);
        browser.get(portal.resolve("/curate/edit?id=" + id + "&lang=" + language).toString());
        By save = By.id("edit:save");

        Browser.type(browser, "edit:find", "mentoring");
        browser.findElement(By.id("edit:find-button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15), Browser.POLL).until(d -> !d.findElements(By.cssSelector(
                ".found input[type=submit]")).isEmpty());
        assertEquals("mentoring", browser.findElement(By.id("edit:find")).getDomProperty("value"));
        browser.findElement(By.cssSelector(".found input[type=submit]")).click();
        Browser.awaitMessage(browser, Bundle.shown(language, "curation.itemAdded"));
        new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL)
                .until(d -> !d.findElements(By.id("edit:items:1:up"))
                        .isEmpty());
        browser.findElement(By.id("edit:items:1:up")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL)
                .until(d -> ("First " + language).equals(d.findElement(By
                        .id("edit:items:1:link-title")).getDomProperty("value")));
        // Back through the move, the add and the find: the form each time, never a form to send again.
        browser.get(portal.resolve("/about").toString());
        for (String step : List.of("move", "add", "find")) {
            browser.navigate().back();
            noResubmission(browser, "back to " + step, save);
        }

        browser.get(portal.resolve("/curate/edit?id=" + id + "&lang=" + language).toString());
        String linkTitle = UserSessionFindingsE2E.oneLine(GeneratedText.libraryWords(120), "prg-link-" + language);
        Browser.type(browser, "edit:new-url", "https://example.org/prg/" + n);
        Browser.type(browser, "edit:new-title", linkTitle);
        browser.findElement(By.id("edit:add-link")).click();
        Browser.awaitMessage(browser, Bundle.shown(language, "curation.itemAdded"));
        leaveAndComeBack(browser, portal, "add link", save);

        browser.get(portal.resolve("/curate/edit?id=" + id + "&lang=" + language).toString());
        Browser.type(browser, "edit:items:0:note", linkTitle);
        browser.findElement(save).click();
        Browser.awaitMessage(browser, Bundle.shown(language, "curation.saved"));
        browser.navigate().refresh();
        leaveAndComeBack(browser, portal, "save", save);

        String before = browser.findElement(By.id("unlisted-link")).getText();
        browser.findElement(By.id("edit:new-link")).click();
        Browser.awaitMessage(browser, Bundle.shown(language, "curation.linkRenewed"));
        assertFalse(before.equals(browser.findElement(By.id("unlisted-link")).getText()), "a new link shows");
        leaveAndComeBack(browser, portal, "new link", save);

        browser.findElement(By.id("edit:delete")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL)
                .until(d -> !d.findElements(By.id("edit:delete-confirmed"))
                        .isEmpty());
        leaveAndComeBack(browser, portal, "delete's question", save);
        assertEquals(200, curator.get("/api/collections/" + id).status(), "nothing deleted");
    }

    /** A message's words before its first argument. */
    private static String before(String language, String key) {
        return Bundle.shown(language, key, "\u0000").split("\u0000")[0];
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
    /**
     * My account's Save (the display name) and Change password answered their POST with the page itself: Back or a
     * reload afterwards asked to send the form again, which would save the name typed then over a later one, or send
     * the old password again. Each now leads to the page's address, its message kept; a refusal says why beside the
     * box and keeps the name typed (never a password).
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void backAndReloadAfterSavingTheNameOrThePasswordSendNothingAgain(String language, URI portal) {
        long n = System.nanoTime();
        String email = "prg-account-" + language + n + "@kmb.test";
        People.member(portal, email, "Prg Account", "Prg Account Org " + language + n);
        ChromeDriver browser = signedIn(portal, language, email);
        String account = portal.resolve("/account/?lang=" + language).toString();
        browser.get(account);

        String name = GeneratedText.cut(UserSessionFindingsE2E.oneLine(GeneratedText.oddTitles(110), "prg-name-"
                + language), 110).strip();
        Browser.type(browser, "profile:name", name);
        Browser.pressForNewPage(browser, browser.findElement(By.id("profile:save")));
        Browser.awaitMessage(browser, Bundle.shown(language, "account.saved"));
        Visitor other = People.signedIn(portal, email);
        String saved = other.get("/api/account").json().getString("display_name");
        assertEquals(saved, browser.findElement(By.id("profile:name")).getDomProperty("value"));
        // Renamed again elsewhere: a form sent again by Back or a reload would put the first name back.
        String later = "Later " + language + " " + n;
        other.submit("/account/", "profile", java.util.Map.of("name", later));
        assertEquals(later, other.get("/api/account").json().getString("display_name"));
        browser.navigate().refresh();
        noResubmission(browser, "reload after save", By.id("profile:name"));
        leaveAndComeBack(browser, portal, "save the name", By.id("profile:name"));
        browser.navigate().refresh();
        noResubmission(browser, "reload after Back", By.id("profile:name"));
        browser.navigate().forward();
        browser.navigate().back();
        noResubmission(browser, "forward and back", By.id("profile:name"));
        assertEquals(later, other.get("/api/account").json().getString("display_name"), "saved once");
        assertEquals(later, browser.findElement(By.id("profile:name")).getDomProperty("value"));

        // A refused name: why, beside the box, and what was typed still in it
        String tooLong = longText(language, 130);
        ((JavascriptExecutor) browser).executeScript("document.getElementById('profile:name').value = arguments[0];",
                tooLong);
        Browser.pressForNewPage(browser, browser.findElement(By.id("profile:save")));
        Browser.awaitText(browser, By.id("profile:name-error"), Bundle.shown(language, "editor.fieldTooLong",
                org.kmbportal.accounts.AccountService.NAME_MAX, tooLong.codePointCount(0, tooLong.length())));
        assertEquals(tooLong, browser.findElement(By.id("profile:name")).getDomProperty("value"));
        assertEquals("true", browser.findElement(By.id("profile:name")).getDomAttribute("aria-invalid"));
        assertEquals(later, other.get("/api/account").json().getString("display_name"), "nothing saved");

        // A refused password: why, beside the current password's box; neither password shown again
        browser.get(account);
        Browser.type(browser, "password:current", "Not-The-Password-" + n);
        Browser.type(browser, "password:replacement", "Amber-Falcon-Lighthouse-" + n);
        Browser.pressForNewPage(browser, browser.findElement(By.id("password:change")));
        Browser.awaitText(browser, By.id("password:current-error"), Bundle.shown(language, "account.wrongPassword"));
        assertEquals("", browser.findElement(By.id("password:current")).getDomProperty("value"));
        assertEquals("", browser.findElement(By.id("password:replacement")).getDomProperty("value"));

        // The password changed: once, Back and a reload send the old one nowhere
        String replacement = "Cobalt-Heron-Meadow-" + n;
        Browser.type(browser, "password:current", People.PASSWORD);
        Browser.type(browser, "password:replacement", replacement);
        Browser.pressForNewPage(browser, browser.findElement(By.id("password:change")));
        Browser.awaitMessage(browser, Bundle.shown(language, "account.passwordChanged"));
        browser.navigate().refresh();
        noResubmission(browser, "reload after the password", By.id("password:change"));
        leaveAndComeBack(browser, portal, "change the password", By.id("password:change"));
        assertTrue(browser.findElements(By.cssSelector(".field-error")).stream().allMatch(e -> e.getText().isBlank()),
                "no form was sent again (it would be refused with the old password)");
        assertTrue(new Visitor(portal).signIn(email, replacement), "the new password is the one kept");
    }

    static void leaveAndComeBack(ChromeDriver browser, URI portal, String what, By pagesElement) {
        browser.get(portal.resolve("/about").toString());
        browser.navigate().back();
        noResubmission(browser, what, pagesElement);
    }

    static void noResubmission(ChromeDriver browser, String what, By pagesElement) {
        new WebDriverWait(browser, Duration.ofSeconds(15), Browser.POLL)
                .until(d -> !d.findElements(pagesElement).isEmpty()
                        || !d.findElements(By.id("main-frame-error")).isEmpty()
                        || d.getPageSource().contains("ERR_CACHE_MISS"));
        assertFalse(browser.getPageSource().contains("ERR_CACHE_MISS"), what + ": no 'Confirm form resubmission'");
        assertTrue(browser.findElements(By.id("main-frame-error")).isEmpty(), what + ": no browser error page");
        assertFalse(browser.findElements(pagesElement).isEmpty(), what + ": Back shows the page");
    }
}

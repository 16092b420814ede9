package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kmbportal.testing.Browser;
import org.kmbportal.testing.Bundle;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.testing.Visitor;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What the user session of 6 December 2026 (us48, real Chromium, shipped library) found, second part. */
@ExtendWith(RunningPortal.class)
class NineteenthLookFindingsE2E extends LookFindings {

    private static final String SHIPPED = "aarons-2006-organizational-climate-staff-turnover";

    private static String log() {
        try {
            return Files.readString(RunningPortal.log());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * "Add to a collection" of a resource already in the chosen collection dropped the note typed with it. The page
     * says where it already is, keeps the note in its box with that collection chosen, and offers to add the note to
     * the one the resource has there; nothing is added twice.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void addingAResourceAlreadyInTheCollectionKeepsTheNoteAndOffersToAddIt(String language, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("already-in-" + language).hashCode());
        String email = "already-in-" + language + n + "@kmb.test";
        Visitor curator = People.invited(portal, People.admin(portal), email, "Already Mentor", "mentor");
        String title = line(random, 120) + " " + n;
        String first = line(random, 200);
        Http.Answer made = curator.api("POST", "/api/collections", Json.createObjectBuilder().add("title", title)
                .add("visibility", "private").add("items", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("resource", SHIPPED).add("note", first)))
                .build().toString());
        assertEquals(201, made.status(), made.body());
        String collection = made.json().getString("id");
        String note = paragraph(random);

        ChromeDriver browser = signedIn(portal, language, email);
        browser.get(portal.resolve("/resources/" + SHIPPED + "?lang=" + language).toString());
        new Select(browser.findElement(By.id("add-" + SHIPPED + "-collection"))).selectByValue(collection);
        Browser.type(browser, "add-" + SHIPPED + "-note", note);
        String typed = value(browser, "add-" + SHIPPED + "-note");
        Browser.pressForNewPage(browser, browser.findElement(By.id("add-" + SHIPPED + "-submit")));

        By status = By.id("add-" + SHIPPED + "-status");
        Browser.awaitText(browser, status, Bundle.shown(language, "curate.add.already"));
        String said = browser.findElement(status).getText();
        assertTrue(said.contains(title), said);
        assertTrue(said.contains(Bundle.shown(language, "curate.add.noteKept").replace('\u00a0', ' ')), said);
        assertEquals(typed, value(browser, "add-" + SHIPPED + "-note"), "the note typed is still in its box");
        assertEquals(collection, new Select(browser.findElement(By.id("add-" + SHIPPED + "-collection")))
                .getFirstSelectedOption().getDomAttribute("value"), "the collection stays chosen");
        assertEquals(List.of(), Browser.wcagViolations(browser));

        Browser.pressForNewPage(browser, browser.findElement(By.id("add-" + SHIPPED + "-note-too")));
        Browser.awaitText(browser, status, Bundle.shown(language, "curate.add.noted"));
        List<JsonObject> items = curator.get("/api/collections/" + collection).json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertEquals(1, items.size(), "not added twice");
        String stored = items.get(0).getString("note");
        assertTrue(stored.startsWith(first.strip()), stored);
        assertTrue(stored.endsWith(typed.strip()), "the note typed follows the one it had: " + stored);
        assertEquals("", value(browser, "add-" + SHIPPED + "-note"), "done with: the box is empty again");
    }

    /**
     * After the session cookie was deleted, the sign-in page a form's Save led to held both "Your session had ended…"
     * and "Sign in to see this page" (the second hidden, but still in the page's text that a reader's tools read).
     * One message is left.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void theSignInPageAfterASessionEndedSaysOneThing(String language, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("one-message-" + language).hashCode());
        String email = "one-message-" + language + n + "@kmb.test";
        People.member(portal, email, "One Message", "One Message Org " + language + n);
        ChromeDriver browser = signedIn(portal, language, email);
        browser.get(portal.resolve("/account/?lang=" + language).toString());
        Browser.type(browser, "profile:name", line(random, 80));
        browser.manage().deleteCookieNamed("JSESSIONID");
        browser.findElement(By.id("profile:save")).click();
        Browser.awaitText(browser, By.id("kept-typing"), Bundle.shown(language, "keptTyping.kept"));
        String text = (String) browser.executeScript("return document.getElementById('main').textContent");
        assertFalse(text.replace('\u00a0', ' ').contains(Bundle.shown(language, "signIn.toSeePage").replace('\u00a0',
                ' ')), "one message: " + text.strip().replaceAll("\\s+", " "));
        assertEquals(List.of(), Browser.wcagViolations(browser));
    }

    /**
     * After posting a partnership note, Back showed the text again in the box, as if it had not been sent. Back now
     * shows the box as the page gave it; the note is posted once.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void backAfterPostingANoteShowsAnEmptyBox(String language, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("note-back-" + language).hashCode());
        String email = "note-back-" + language + n + "@kmb.test";
        Visitor partner = People.member(portal, email, "Note Partner", "Note Org " + language + n);
        long id = partnershipWithOneItem(portal, partner, random, n, language);
        ChromeDriver browser = signedIn(portal, language, email);
        browser.get(portal.resolve("/partnerships/view?id=" + id + "&lang=" + language).toString());
        String note = paragraph(random);
        Browser.type(browser, "note:text", note);
        Browser.pressForNewPage(browser, browser.findElement(By.id("note:write")));
        Browser.awaitMessage(browser, Bundle.shown(language, "partnerships.notes.written"));
        assertEquals("", value(browser, "note:text"));

        browser.navigate().back();
        new WebDriverWait(browser, Duration.ofSeconds(15), Browser.POLL).until(d -> "complete".equals(
                ((ChromeDriver) d).executeScript("return document.readyState"))
                && !d.findElements(By.id(
                        "note:text")).isEmpty()
                && d.findElements(By.cssSelector("#messages li")).isEmpty());
        assertEquals("", value(browser, "note:text"), "Back shows the box as the page gave it");
        String page = browser.findElement(By.id("main")).getText();
        String start = note.substring(0, 40).replaceAll("\\s+", " ");
        assertEquals(1, page.split(java.util.regex.Pattern.quote(start), -1).length - 1, "posted once: " + start);
    }

    /**
     * "Show" on /organization after the session ended logged JSF1095 (the flash's cookie written after the page had
     * started to go out), and the results were not focused as after any other send. No warning now.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void showAfterTheSessionEndedLogsNoFlashWarning(String language, URI portal) {
        long n = System.nanoTime();
        String email = "show-flash-" + language + n + "@kmb.test";
        People.member(portal, email, "Show Flash", "Show Flash Org " + language + n);
        ChromeDriver browser = signedIn(portal, language, email);
        browser.get(portal.resolve("/organization?lang=" + language).toString());
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", browser
                .findElement(By.id("q-organization_size-small")));
        Browser.pressForNewPage(browser, browser.findElement(By.cssSelector("#questionnaire button[type=submit]")));
        new WebDriverWait(browser, Duration.ofSeconds(20), Browser.POLL).until(d -> !d.findElements(By.id(
                "save-profile:save")).isEmpty());
        String before = log();

        browser.manage().deleteCookieNamed("JSESSIONID");
        Browser.pressForNewPage(browser, browser.findElement(By.cssSelector(
                "button[name=show][value=practice-guide]")));
        new WebDriverWait(browser, Duration.ofSeconds(20), Browser.POLL).until(d -> !d.findElements(By.id(
                "session-ended")).isEmpty());
        new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL).until(d -> "matches-title".equals(d
                .switchTo().activeElement().getDomAttribute("id")));
        // The server's log is written a moment after: given a few seconds to show the warning, if it comes.
        String logged = "";
        for (int i = 0; i < 30 && !logged.contains("JSF1095"); i++) {
            pause();
            logged = log().substring(before.length());
        }
        assertFalse(logged.contains("JSF1095"), logged.lines().filter(l -> l.contains("JSF1095")).findFirst()
                .orElse(""));
    }
}

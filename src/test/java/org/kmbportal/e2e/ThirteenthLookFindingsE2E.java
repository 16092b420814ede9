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
import org.kmbportal.testing.People;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.testing.Visitor;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the user session of 6 December 2026 (real Chromium, shipped library) found on "Add to a collection", the
 * resource and collection editors, and the organization and My account pages.
 */
@ExtendWith(RunningPortal.class)
class ThirteenthLookFindingsE2E extends LookFindings {

    /** The log line of a request whose encoding was set after its parameters were read. */
    private static final String ENCODING_TOO_LATE = "Unable to set request character encoding";

    private static String log() {
        try {
            return Files.readString(RunningPortal.log());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens a search result's folded "Add to a collection" (if it is not open yet). */
    private static void unfold(ChromeDriver browser, String resource) {
        WebElement details = browser.findElement(By.cssSelector("#add-" + resource + " details"));
        if (details.getDomAttribute("open") == null) {
            details.findElement(By.tagName("summary")).click();
        }
    }

    private static void add(ChromeDriver browser, String resource, String choice, String title, String note) {
        unfold(browser, resource);
        new Select(browser.findElement(By.id("add-" + resource + "-collection"))).selectByValue(choice);
        Browser.type(browser, "add-" + resource + "-title", title);
        Browser.type(browser, "add-" + resource + "-note", note);
        Browser.pressForNewPage(browser, browser.findElement(By.id("add-" + resource + "-submit")));
    }

    private static List<JsonObject> titled(Visitor curator, String title) {
        return curator.get("/api/collections").json().getJsonArray("collections").getValuesAs(JsonObject.class)
                .stream().filter(c -> c.getBoolean("mine", false) && title.strip().equals(c.getString("title")
                        .strip()))
                .toList();
    }

    /**
     * After "Add to a collection" on search results, Back showed the card's boxes still filled; Add again made a
     * second collection of the same title, and another card's Add then said the text typed there "was not sent". Back
     * now shows the card as the page gave it; the same Add sent again is answered with where it went ("Already in"),
     * no second collection; another resource given the same new title is refused with a link to that collection, which
     * is then chosen; no notice speaks of text not sent. The log says nothing of the request's encoding.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void anAddSentAgainAfterBackMakesNoSecondCollectionAndNoUntrueNotice(String language, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("add-back-" + language).hashCode());
        String email = "add-back-" + language + n + "@kmb.test";
        Visitor curator = People.invited(portal, People.admin(portal), email, "Back Mentor", "mentor");
        String before = log();
        ChromeDriver browser = signedIn(portal, language, email);
        browser.get(portal.resolve("/search?q=jumelage&lang=" + language).toString());
        List<String> cards = browser.findElements(By.cssSelector(".card .add-to-collection")).stream().map(e -> e
                .getDomAttribute("id").substring("add-".length())).limit(2).toList();
        assertEquals(2, cards.size(), "two results to add");
        String first = cards.get(0);
        String second = cards.get(1);
        String title = line(random, 150) + " " + n;
        String note = paragraph(random);

        add(browser, first, "+new", title, note);
        Browser.awaitText(browser, By.id("add-" + first + "-status"), Bundle.shown(language, "curate.add.started"));
        assertEquals(1, titled(curator, title).size());
        String collection = titled(curator, title).get(0).getString("id");

        browser.navigate().back();
        new WebDriverWait(browser, Duration.ofSeconds(15), Browser.POLL).until(d -> !d.getCurrentUrl().contains(
                "#add-") && "complete".equals(((ChromeDriver) d).executeScript("return document.readyState"))
                && !d.findElements(By.id("add-" + first + "-title")).isEmpty());
        assertEquals("", value(browser, "add-" + first + "-title"), "Back shows the card as the page gave it");
        assertEquals("", value(browser, "add-" + first + "-note"));

        // Another card's Add: no notice says the first card's text was not sent.
        add(browser, second, "+new", line(random, 100) + " " + n + "b", paragraph(random));
        Browser.awaitText(browser, By.id("add-" + second + "-status"), Bundle.shown(language, "curate.add.started"));
        assertTrue(browser.findElements(By.cssSelector(".kept-typing__aside")).isEmpty(), browser.findElement(By.id(
                "kept-typing")).getText());

        // The first Add sent again, as Back used to leave it: where it went, and no second collection.
        add(browser, first, "+new", title, note);
        By status = By.id("add-" + first + "-status");
        Browser.awaitText(browser, status, Bundle.shown(language, "curate.add.already"));
        assertTrue(browser.findElement(status).findElement(By.cssSelector("a[href$='/collections/" + collection
                + "']")).isDisplayed());
        assertEquals(1, titled(curator, title).size(), "one collection of that title");

        // Another resource, the same new title: refused, the collection named and chosen; Add then adds it there.
        add(browser, second, "+new", title, note);
        By secondStatus = By.id("add-" + second + "-status");
        Browser.awaitText(browser, secondStatus, Bundle.shown(language, "curate.add.sameTitle"));
        assertTrue(browser.findElement(secondStatus).findElement(By.cssSelector("a[href$='/collections/"
                + collection + "']")).isDisplayed());
        assertEquals(collection, new Select(browser.findElement(By.id("add-" + second + "-collection")))
                .getFirstSelectedOption().getDomAttribute("value"));
        assertEquals(note.strip(), value(browser, "add-" + second + "-note").strip(), "the note is kept");
        assertEquals(List.of(), Browser.wcagViolations(browser));
        Browser.pressForNewPage(browser, browser.findElement(By.id("add-" + second + "-submit")));
        Browser.awaitText(browser, secondStatus, Bundle.shown(language, "curate.add.added"));
        assertEquals(List.of(first, second), curator.get("/api/collections/" + collection).json().getJsonArray(
                "items").getValuesAs(JsonObject.class).stream().map(i -> i.getString("resource")).toList());
        assertEquals(1, titled(curator, title).size());

        String logged = log().substring(before.length());
        assertFalse(logged.contains(ENCODING_TOO_LATE), logged.lines().filter(l -> l.contains(ENCODING_TOO_LATE))
                .findFirst().orElse(""));
    }

    /** Presses Enter in the box and checks that no form was sent (the page and a mark set on it are still there). */
    private static void assertEnterSendsNothing(ChromeDriver browser, String id) {
        browser.executeScript("window.kmbNotSent = true; document.addEventListener('submit', function () {"
                + " window.kmbSent = true; }, true);");
        browser.findElement(By.id(id)).sendKeys(Keys.ENTER);
        assertEquals(Boolean.TRUE, browser.executeScript("return window.kmbNotSent === true && !window.kmbSent;"),
                "Enter in " + id + " sent nothing");
    }

    /**
     * Enter in the resource editor's title box saved at once (a published resource went live). Enter in an editor's
     * one-line box now sends nothing, in the resource and the collection editors; Save, pressed by keyboard, saves.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void enterInAnEditorsOneLineBoxSavesNothing(String language, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("enter-editor-" + language).hashCode());
        String email = "enter-editor-" + language + n + "@kmb.test";
        Visitor me = People.invited(portal, People.admin(portal), email, "Enter Editor", "editor");
        String resource = draft(me, "enter-" + language + "-" + n);
        String stored = storedTitle(me, resource);
        ChromeDriver browser = signedIn(portal, language, email);
        browser.get(portal.resolve("/editor/edit?id=" + resource + "&lang=" + language).toString());
        String title = typed(browser, "edit:title", "Enter " + n + " " + line(random, 200));
        assertEnterSendsNothing(browser, "edit:title");
        typed(browser, "edit:note", line(random, 300));
        assertEnterSendsNothing(browser, "edit:note");
        assertEquals(stored, storedTitle(me, resource), "nothing saved");

        WebElement save = browser.findElement(By.id("edit:save"));
        save.sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(30), Browser.POLL).until(d -> storedTitle(me, resource)
                .contains("Enter " + n));
        assertEquals(title, value(browser, "edit:title"));

        String collection = "enter-collection-" + language + "-" + n;
        assertEquals(201, me.api("POST", "/api/collections", Json.createObjectBuilder().add("id", collection).add(
                "title", "Enter « " + n + " »").add("visibility", "private").build().toString()).status());
        browser.get(portal.resolve("/curate/edit?id=" + collection + "&lang=" + language).toString());
        typed(browser, "edit:title", line(random, 200));
        assertEnterSendsNothing(browser, "edit:title");
        assertEquals("Enter « " + n + " »", me.get("/api/collections/" + collection).json().getString("title"));
    }

    /**
     * The language switch during the resource editor's save conflict kept the panel and the text typed but dropped
     * the line above it that says the text was not saved and why. It is now said in the other language too.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void theLanguageSwitchDuringAConflictKeepsItsExplanation(String language, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("switch-conflict-" + language).hashCode());
        String email = "switch-conflict-" + language + n + "@kmb.test";
        Visitor me = People.invited(portal, People.admin(portal), email, "Conflict Editor", "editor");
        String resource = draft(me, "switch-conflict-" + language + "-" + n);
        ChromeDriver browser = signedIn(portal, language, email);
        browser.get(portal.resolve("/editor/edit?id=" + resource + "&lang=" + language).toString());
        savedElsewhere(me, resource, n);
        String title = typed(browser, "edit:title", "This tab " + n + " " + line(random, 200));
        Browser.pressForNewPage(browser, browser.findElement(By.id("edit:save")));
        Browser.awaitMessage(browser, Bundle.shown(language, "editor.conflictMine"));

        String to = other(language);
        switchLanguage(browser, to);
        assertFalse(browser.findElements(By.id("edit:conflict")).isEmpty(), "the conflict's panel");
        assertEquals(title, value(browser, "edit:title"), "the text typed");
        Browser.awaitMessage(browser, Bundle.shown(to, "editor.conflictMine"));
    }

    /**
     * The organization and My account pages did not ask before leaving with text typed, as the editors do. They now
     * ask while something typed is not sent; not as the page came, not after a save, and the language switch (which
     * keeps the text) leads on without asking.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void theOrganizationAndAccountPagesAskBeforeLeavingWithTextTyped(String language, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("leave-pages-" + language).hashCode());
        String email = "leave-pages-" + language + n + "@kmb.test";
        People.member(portal, email, "Leave Member", "Leave Org " + language + n);
        ChromeDriver browser = signedIn(portal, language, email);

        browser.get(portal.resolve("/organization?lang=" + language).toString());
        assertFalse(leavingAsks(browser), "the page as it came");
        typed(browser, "challenges", paragraph(random));
        assertTrue(leavingAsks(browser), "the organization page, a paragraph typed");
        browser.findElement(By.id("challenges")).clear();
        assertFalse(leavingAsks(browser), "nothing typed any more");

        browser.get(portal.resolve("/account/?lang=" + language).toString());
        assertFalse(leavingAsks(browser), "My account as it came");
        String name = typed(browser, "profile:name", line(random, 100));
        assertTrue(leavingAsks(browser), "My account, a name typed");
        Browser.pressForNewPage(browser, browser.findElement(By.id("profile:save")));
        new WebDriverWait(browser, Duration.ofSeconds(15), Browser.POLL).until(d -> name.strip().equals(value(browser,
                "profile:name").strip()));
        assertFalse(leavingAsks(browser), "after the save");

        String again = typed(browser, "profile:name", line(random, 100));
        String to = other(language);
        switchLanguage(browser, to);
        assertEquals(again, value(browser, "profile:name"), "kept by the language switch");
    }
}

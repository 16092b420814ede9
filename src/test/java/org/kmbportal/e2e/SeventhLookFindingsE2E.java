package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kmbportal.testing.Browser;
import org.kmbportal.testing.Bundle;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.testing.Visitor;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What the user sessions on the shipped library still met late on 5 December 2026 (seventh look), on its pages. */
@ExtendWith(RunningPortal.class)
class SeventhLookFindingsE2E {

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

    private static String line(Random random, int length) {
        return GeneratedText.oddTitles(length).next(random).replaceAll("\\s+", " ").strip();
    }

    /**
     * A curator typed a note, pressed Move (the address became {@code ...&kept=1}), the collection was saved with a
     * newer note elsewhere, and Back to the plain address showed the older typed text (the browser puts typed text
     * back on Back) over the page of the newer version: Save then put it over the newer note without a word. The
     * version a text was typed on now travels with the form and comes back with the text, so that save meets the
     * conflict, and the typed text stays in its box.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void backToTheCollectionAfterANewerSaveNeverPutsTheOlderTypedNoteOverIt(String language, URI portal) {
        long n = System.nanoTime();
        String email = "back-curator-" + language + n + "@kmb.test";
        Visitor curator = People.invited(portal, People.admin(portal), email, "Back Curator", "mentor");
        Random random = new Random(Gen.seed() * 31 + ("seventh-back-" + language).hashCode());
        String id = "back-" + language + "-" + n;
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            titles.add(line(random, 120) + " " + i);
        }
        assertEquals(201, curator.api("POST", "/api/collections", Json.createObjectBuilder().add("id", id).add(
                "title", "Back " + language).add("visibility", "private").add("items", items(titles, ""))
                .build().toString()).status());

        ChromeDriver browser = signedIn(portal, language, email);
        String plain = portal.resolve("/curate/edit?id=" + id + "&lang=" + language).toString();
        browser.get(plain);
        new WebDriverWait(browser, Duration.ofSeconds(15), Browser.POLL).until(d -> !d.findElements(By.id(
                "edit:items:0:note")).isEmpty());
        String typed = line(random, 300) + "\n" + GeneratedText.libraryWords(400).next(random).replaceAll("\\s+",
                " ").strip() + " « Été à l’école » & #{7*7}";
        Browser.type(browser, "edit:items:0:note", typed);
        typed = note(browser);
        Browser.pressForNewPage(browser, browser.findElement(By.id("edit:items:0:down")));
        assertTrue(browser.getCurrentUrl().contains("kept="), browser.getCurrentUrl());

        // Saved elsewhere (another tab of the same account, here the API) with a newer note on the same item.
        String newer = "Newer " + line(random, 200);
        long version = stored(curator, id).getJsonNumber("version").longValue();
        assertEquals(200, curator.api("PUT", "/api/collections/" + id, Json.createObjectBuilder().add("version",
                version).add("items", items(titles, newer)).build().toString()).status());

        browser.navigate().back();
        new WebDriverWait(browser, Duration.ofSeconds(15), Browser.POLL).until(d -> !d.getCurrentUrl().contains(
                "kept=") && !d.findElements(By.id("edit:save")).isEmpty());
        new WebDriverWait(browser, Duration.ofSeconds(15), Browser.POLL).until(d -> "complete".equals(
                ((ChromeDriver) d).executeScript("return document.readyState")));
        String shown = note(browser);
        Browser.pressForNewPage(browser, browser.findElement(By.id("edit:save")));
        assertEquals(newer, storedNote(curator, id), "the newer save stays");
        Browser.awaitMessage(browser, Bundle.shown(language, "curation.conflict"));
        assertEquals(shown, note(browser), "what the box held after Back is still there to save over");
        assertTrue(!browser.findElements(By.id("edit:save-over")).isEmpty(), "the choice to save over it is given");
        assertEquals(typed, shown, "the browser put the older typed note back on Back (the route the user met)");
    }

    /**
     * The same route on the resource editor: a title typed and saved, the resource saved again elsewhere (another
     * tab of the same account), then Back to the page before the save: the browser put the older title back over the
     * newer version, and Save replaced the newer save. The form now carries the version it was typed on: the conflict.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void backToTheResourceEditorAfterANewerSaveNeverPutsTheOlderTypedTitleOverIt(String language, URI portal) {
        long n = System.nanoTime();
        String email = "back-editor-" + language + n + "@kmb.test";
        Visitor editor = People.invited(portal, People.admin(portal), email, "Back Editor", "editor");
        String id = "back-editor-" + language + "-" + n;
        String text = editor.get("/api/editor/resources/" + ZELDIN).json().getString("text").replace("id: " + ZELDIN,
                "id: " + id).replaceFirst("(?m)^status: .*$", "status: draft");
        assertEquals(200, editor.api("PUT", "/api/editor/resources/" + id, Json.createObjectBuilder().add("version",
                -1).add("text", text).build().toString()).status());
        backToTheResourceEditor(language, portal, editor, email, id, n);
    }

    /**
     * The same on a shipped resource never edited before, which has no revision until its first save keeps it as
     * revision 1 (the last user session of 2026-12-05 found the conflict's list empty there).
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void backToAShippedResourceNeverEditedListsWhatTheOtherSaveChanged(String language, URI portal) {
        long n = System.nanoTime();
        String email = "back-shipped-" + language + n + "@kmb.test";
        Visitor editor = People.invited(portal, People.admin(portal), email, "Back Shipped", "editor");
        String id = "en".equals(language)
                ? "gastic-2009-mentoring-lgbt-youth"
                : "crisp-2009-mentoring-college-students-review-fr";
        backToTheResourceEditor(language, portal, editor, email, id, n);
    }

    private void backToTheResourceEditor(String language, URI portal, Visitor editor, String email, String id, long n) {
        Random random = new Random(Gen.seed() * 31 + ("seventh-editor-back-" + language + id).hashCode());
        ChromeDriver browser = signedIn(portal, language, email);
        browser.get(portal.resolve("/editor/edit?id=" + id + "&lang=" + language).toString());
        String typed = line(random, 200);
        Browser.type(browser, "edit:title", typed);
        typed = browser.findElement(By.id("edit:title")).getDomProperty("value");
        Browser.pressForNewPage(browser, browser.findElement(By.id("edit:save")));
        Browser.awaitMessage(browser, Bundle.shown(language, "editor.saved", 2).split(" 2")[0]);

        JsonObject stored = editor.get("/api/editor/resources/" + id).json();
        String newer = "Newer title saved in the other tab « été » " + n;
        assertEquals(200, editor.api("PUT", "/api/editor/resources/" + id, Json.createObjectBuilder().add("version",
                stored.getJsonNumber("version").longValue()).add("text",
                        stored.getString("text").replaceFirst(
                                "(?m)^title: .*$", "title: \"" + newer + "\""))
                .build().toString()).status());
        String newerStored = editor.get("/api/editor/resources/" + id).json().getString("text");

        browser.navigate().back();
        new WebDriverWait(browser, Duration.ofSeconds(15), Browser.POLL).until(d -> !d.findElements(By.id(
                "edit:save")).isEmpty() && "complete".equals(((ChromeDriver) d).executeScript(
                        "return document.readyState")));
        String shown = browser.findElement(By.id("edit:title")).getDomProperty("value");
        Browser.pressForNewPage(browser, browser.findElement(By.id("edit:save")));
        assertEquals(newerStored, editor.get("/api/editor/resources/" + id).json().getString("text"),
                "the newer save stays");
        Browser.awaitMessage(browser, Bundle.shown(language, "editor.conflictMine"));
        // What was saved since the text was typed is listed (the user session of 2026-12-05 found the list empty:
        // "55 unchanged lines"), against the revision it was typed on: the other tab's title among its lines.
        String listed = browser.findElement(By.cssSelector("table.diff")).getText();
        assertTrue(listed.contains(newer), "the other save's title is among what changed: " + listed);
        assertEquals(shown, browser.findElement(By.id("edit:title")).getDomProperty("value"),
                "what the box held after Back is still there");
        assertEquals(typed, shown, "the browser put the older typed title back on Back (the route the user met)");
    }

    /**
     * The same route on the plan page: goals typed, "Add item" (the address changes), the plan saved with newer goals
     * elsewhere (the same account, another tab), Back to the plan's address: the browser put the older goals back over
     * the newer plan, and Save replaced it. The form now carries the version it was typed on: the conflict.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void backToThePlanAfterANewerSaveNeverPutsTheOlderTypedGoalsOverIt(String language, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("seventh-plan-back-" + language).hashCode());
        String partnerEmail = "back-partner-" + language + n + "@kmb.test";
        Visitor partner = People.member(portal, partnerEmail, "Back Partner", "Back Org " + language + n);
        Visitor mentor = People.invited(portal, People.admin(portal), "back-mentor-" + language + n + "@kmb.test",
                "Back Mentor", "mentor");
        long id = MatrixPartnerships.acceptedBetween(partner, mentor, line(random, 100));
        ChromeDriver browser = signedIn(portal, language, partnerEmail);
        browser.get(portal.resolve("/partnerships/plan?id=" + id + "&lang=" + language).toString());
        new WebDriverWait(browser, Duration.ofSeconds(15), Browser.POLL).until(d -> !d.findElements(By.id(
                "plan:goals")).isEmpty());
        Browser.type(browser, "plan:goals", line(random, 300) + " " + GeneratedText.libraryWords(300).next(random)
                .replaceAll("\\s+", " ").strip());
        String typed = browser.findElement(By.id("plan:goals")).getDomProperty("value");
        Browser.pressForNewPage(browser, browser.findElement(By.id("plan:add-item")));
        assertTrue(browser.getCurrentUrl().contains("kept="), browser.getCurrentUrl());

        String newer = "Newer goals from the other tab « été » " + n;
        long version = partner.get("/api/partnerships/" + id).json().getJsonObject("plan").getJsonNumber("version")
                .longValue();
        assertEquals(200, partner.api("PUT", "/api/partnerships/" + id + "/plan", Json.createObjectBuilder().add(
                "version", version).add("reason", "Other tab " + n).add("goals", newer).add("items", Json
                        .createArrayBuilder())
                .build().toString()).status());

        browser.navigate().back();
        new WebDriverWait(browser, Duration.ofSeconds(15), Browser.POLL).until(d -> !d.getCurrentUrl().contains(
                "kept=") && !d.findElements(By.id("plan:save")).isEmpty() && "complete".equals(
                        ((ChromeDriver) d)
                                .executeScript("return document.readyState")));
        String shown = browser.findElement(By.id("plan:goals")).getDomProperty("value");
        Browser.type(browser, "plan:reason", "Agreed « " + n + " »");
        Browser.pressForNewPage(browser, browser.findElement(By.id("plan:save")));
        assertEquals(newer, partner.get("/api/partnerships/" + id).json().getJsonObject("plan").getString("goals",
                ""), "the newer save stays");
        Browser.awaitText(browser, By.cssSelector(".conflict"), Bundle.shown(language,
                "partnerships.plan.conflictMine"));
        assertEquals(typed, shown, "the browser put the older typed goals back on Back (the route the user met)");
    }

    private static JsonArrayBuilder items(List<String> titles, String firstNote) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (int i = 0; i < titles.size(); i++) {
            items.add(Json.createObjectBuilder().add("url", "https://example.org/back/" + i).add("title", titles.get(
                    i)).add("note", i == 0 ? firstNote : ""));
        }
        return items;
    }

    private static String note(WebDriver browser) {
        return browser.findElement(By.id("edit:items:0:note")).getDomProperty("value");
    }

    private static JsonObject stored(Visitor curator, String id) {
        return curator.get("/api/collections/" + id).json();
    }

    private static String storedNote(Visitor curator, String id) {
        return stored(curator, id).getJsonArray("items").getValuesAs(JsonObject.class).stream().filter(i -> i
                .getString("url", "").endsWith("/back/0")).map(i -> i.getString("note", "")).findFirst().orElse("");
    }
}

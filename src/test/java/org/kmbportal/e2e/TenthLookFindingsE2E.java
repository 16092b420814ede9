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
import org.openqa.selenium.support.ui.WebDriverWait;

/** What the last user sessions of 6 December 2026 (real Chromium, shipped library) found still open, on its pages. */
@ExtendWith(RunningPortal.class)
class TenthLookFindingsE2E extends LookFindings {

    private static boolean held(Visitor partner, long id) {
        return partner.get("/api/partnerships/" + id).json().getJsonArray("check_ins").getValuesAs(JsonObject.class)
                .stream().anyMatch(c -> "held".equals(c.getString("state", "")));
    }

    /**
     * The header's language switch dropped what was typed on the check-in page and not recorded, without a word. What
     * was typed in its forms (the record, a plan item, the move's reason) is now back in the same boxes in the other
     * language, with a notice that it is not saved yet; recording it then records it as typed.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void theLanguageSwitchKeepsWhatWasTypedOnTheCheckIn(String language, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("switch-checkin-" + language).hashCode());
        String email = "switch-checkin-" + language + n + "@kmb.test";
        Visitor partner = People.member(portal, email, "Switch Partner", "Switch Org " + language + n);
        long id = partnershipWithOneItem(portal, partner, random, n, language);
        ChromeDriver browser = signedIn(portal, language, email);
        browser.get(portal.resolve("/partnerships/check-in?id=" + id + "&number=1&lang=" + language).toString());
        String happened = typed(browser, "record:what-happened", paragraph(random));
        String notes = typed(browser, "record:items:0:notes", paragraph(random));
        String reason = typed(browser, "record:reason", line(random, 200));
        String moveReason = typed(browser, "move:reason", line(random, 300));

        String to = other(language);
        switchLanguage(browser, to);
        assertEquals(happened, value(browser, "record:what-happened"), "what happened is still in its box");
        assertEquals(notes, value(browser, "record:items:0:notes"), "and the item's notes");
        assertEquals(reason, value(browser, "record:reason"), "and the reason");
        assertEquals(moveReason, value(browser, "move:reason"), "and the other form's box");
        Browser.awaitText(browser, By.id("kept-typing"), Bundle.shown(to, "keptTyping.switched"));
        assertFalse(held(partner, id), "nothing recorded yet");
        assertEquals(List.of(), Browser.wcagViolations(browser));

        Browser.pressForNewPage(browser, browser.findElement(By.id("record:record-button")));
        Browser.awaitMessage(browser, Bundle.shown(to, "partnerships.checkIn.recorded", 1));
        assertTrue(held(partner, id), "recorded");
        assertEquals(notes.strip(), partner.get("/api/partnerships/" + id).json().getJsonObject("plan").getJsonArray(
                "items").getJsonObject(0).getString("notes").strip(), "the item's notes as typed");
    }

    /**
     * On the resource editor the language switch asked "Leave site?" and, left, lost the text typed. It now leads to
     * the editor in the other language without asking, the text typed in its boxes, and Save saves it.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void theLanguageSwitchKeepsTheResourceEditorsTextWithoutAsking(String language, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("switch-editor-" + language).hashCode());
        String email = "switch-editor-" + language + n + "@kmb.test";
        Visitor me = People.invited(portal, People.admin(portal), email, "Switch Editor", "editor");
        String resource = draft(me, "switch-" + language + "-" + n);
        ChromeDriver editor = signedIn(portal, language, email);
        editor.get(portal.resolve("/editor/edit?id=" + resource + "&lang=" + language).toString());
        String mark = "Switched " + n;
        String title = typed(editor, "edit:title", mark + " " + line(random, 200));

        String to = other(language);
        switchLanguage(editor, to);
        assertEquals(title, value(editor, "edit:title"), "the title typed is still in its box");
        Browser.awaitText(editor, By.id("kept-typing"), Bundle.shown(to, "keptTyping.switched"));
        assertFalse(storedTitle(me, resource).contains(mark), "nothing saved yet");

        Browser.pressForNewPage(editor, editor.findElement(By.id("edit:save")));
        Browser.awaitMessage(editor, Bundle.shown(to, "editor.saved", "#").split("#")[0]);
        assertTrue(storedTitle(me, resource).contains(mark), storedTitle(me, resource));
        assertEquals(title, value(editor, "edit:title"), "saved as typed");
    }

    /**
     * A reload of the resource editor during a save conflict showed the version saved by the other tab, the text
     * typed and the conflict's panel gone without a word. The reload now shows the same conflict, with the text typed
     * in its boxes, and "Save over" still saves it.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aReloadDuringTheResourceEditorsConflictKeepsTheTextAndThePanel(String language, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("reload-conflict-" + language).hashCode());
        String email = "reload-editor-" + language + n + "@kmb.test";
        Visitor me = People.invited(portal, People.admin(portal), email, "Reload Editor", "editor");
        String resource = draft(me, "reload-" + language + "-" + n);
        ChromeDriver editor = signedIn(portal, language, email);
        editor.get(portal.resolve("/editor/edit?id=" + resource + "&lang=" + language).toString());
        String theirs = savedElsewhere(me, resource, n);
        String mark = "This tab " + n;
        String title = typed(editor, "edit:title", mark + " " + line(random, 200));
        Browser.pressForNewPage(editor, editor.findElement(By.id("edit:save")));
        Browser.awaitMessage(editor, Bundle.shown(language, "editor.conflictMine"));

        editor.navigate().refresh();
        new WebDriverWait(editor, Duration.ofSeconds(15), Browser.POLL).until(d -> "complete".equals(((ChromeDriver) d)
                .executeScript("return document.readyState")) && !d.findElements(By.id("edit:title")).isEmpty());
        assertFalse(editor.findElements(By.id("edit:conflict")).isEmpty(), "the conflict is still shown");
        assertEquals(title, value(editor, "edit:title"), "the title typed is still in its box");
        assertTrue(storedTitle(me, resource).contains(theirs), "their save stays until Save over");

        Browser.pressForNewPage(editor, editor.findElement(By.id("edit:saveOverTheirs")));
        new WebDriverWait(editor, Duration.ofSeconds(15), Browser.POLL).until(d -> storedTitle(me, resource).contains(
                mark));
        assertEquals(title, value(editor, "edit:title"), "saved as typed");
        assertTrue(editor.findElements(By.id("edit:conflict")).isEmpty(), "the conflict is settled");
    }

    /**
     * "Add item" on the check-in page, the row left empty, then "Record": refused for the empty item. An empty added
     * row is now left out and the check-in recorded; a row with only some of its boxes filled is still refused, its
     * empty "what" marked beside the box, what was typed kept.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void anEmptyAddedPlanRowDoesNotStopRecordingTheCheckIn(String language, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("empty-row-" + language).hashCode());
        String email = "empty-row-" + language + n + "@kmb.test";
        Visitor partner = People.member(portal, email, "Empty Row Partner", "Empty Row Org " + language + n);
        long id = partnershipWithOneItem(portal, partner, random, n, language);
        ChromeDriver browser = signedIn(portal, language, email);
        browser.get(portal.resolve("/partnerships/check-in?id=" + id + "&number=1&lang=" + language).toString());
        String happened = typed(browser, "record:what-happened", paragraph(random));
        Browser.pressForNewPage(browser, browser.findElement(By.id("record:add-item")));
        new WebDriverWait(browser, Duration.ofSeconds(15), Browser.POLL).until(d -> !d.findElements(By.id(
                "record:items:1:notes")).isEmpty());

        // Half filled: refused beside its "what".
        String notes = typed(browser, "record:items:1:notes", paragraph(random));
        Browser.pressForNewPage(browser, browser.findElement(By.id("record:record-button")));
        new WebDriverWait(browser, Duration.ofSeconds(15), Browser.POLL).until(d -> !d.findElements(By.id(
                "record:items:1:what-error")).isEmpty());
        String whatWords = Bundle.shown(language, "partnerships.problem.what_required").substring(1).replace('\u00a0',
                ' ');
        assertTrue(browser.findElement(By.id("record:items:1:what-error")).getText().contains(whatWords), browser
                .findElement(By.id("record:items:1:what-error")).getText());
        assertEquals("true", browser.findElement(By.id("record:items:1:what")).getDomAttribute("aria-invalid"));
        assertEquals(notes, value(browser, "record:items:1:notes"), "the notes typed stay");
        assertEquals(happened, value(browser, "record:what-happened"), "what happened stays");
        assertFalse(held(partner, id), "nothing recorded");

        // Emptied again: the row is no change, and the check-in is recorded.
        browser.findElement(By.id("record:items:1:notes")).clear();
        Browser.pressForNewPage(browser, browser.findElement(By.id("record:record-button")));
        Browser.awaitMessage(browser, Bundle.shown(language, "partnerships.checkIn.recorded", 1));
        assertTrue(held(partner, id), "recorded");
        assertEquals(1, partner.get("/api/partnerships/" + id).json().getJsonObject("plan").getJsonArray("items")
                .size(), "no empty item added to the plan");
    }

    /**
     * A French resource page's link to its English version said "Read in English" (and an English page's "Lire en
     * français") inside a list marked as the page's language, so screen readers spoke it with the page's voice (WCAG
     * 3.1.2). Every such link of the shipped library now says its own language, the one it leads to.
     */
    @org.junit.jupiter.api.Test
    void theLinksToAResourcesOtherLanguageSayTheirLanguage(URI portal) throws java.io.IOException {
        List<String> ids = new ArrayList<>();
        try (var files = java.nio.file.Files.walk(org.kmbportal.testing.TestDatabase.projectDir().resolve("content"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                String text = java.nio.file.Files.readString(file);
                var original = java.util.regex.Pattern.compile("(?m)^translation_of: *(\\S+)").matcher(text);
                var own = java.util.regex.Pattern.compile("(?m)^id: *(\\S+)").matcher(text);
                if (original.find() && own.find()) {
                    ids.add(own.group(1));
                    ids.add(original.group(1));
                }
            }
        }
        assertTrue(ids.size() >= 10, "the shipped library has resources in both languages: " + ids);
        Visitor reader = new Visitor(portal);
        int links = 0;
        for (String id : ids) {
            for (String language : List.of("en", "fr")) {
                Http.Answer page = reader.get("/resources/" + id + "?lang=" + language);
                assertEquals(200, page.status(), id);
                for (org.jsoup.nodes.Element link : org.jsoup.Jsoup.parse(page.body()).select("ul.translations a")) {
                    String to = link.attr("hreflang");
                    assertEquals(to, link.attr("lang"), id + " (" + language + "): " + link.outerHtml());
                    assertEquals(Bundle.shown(to, "resource.translation." + to), link.text(), id);
                    links++;
                }
            }
        }
        assertTrue(links >= ids.size(), "each page links to its other version: " + links);
    }

    /**
     * After "Add to a collection" the list kept the collection just used as chosen, so a new collection's title typed
     * next was refused ("a title and a collection"). The choice now goes back to "Choose a collection…" while the notice
     * still says where the resource went; a title typed next starts that new collection.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void afterAnAddTheChoiceGoesBackToChooseAndANewTitleStartsACollection(String language, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("add-then-new-" + language).hashCode());
        String email = "add-then-new-" + language + n + "@kmb.test";
        Visitor mentor = People.invited(portal, People.admin(portal), email, "Add Then New", "mentor");
        String first = line(random, 120).replaceAll("[<>&\"]", "") + " " + n;
        Http.Answer made = mentor.api("POST", "/api/collections", Json.createObjectBuilder().add("title", first).add(
                "visibility", "private").build().toString());
        assertEquals(201, made.status(), made.body());
        String collection = made.json().getString("id");
        String resource = "en".equals(language) ? "closing-a-match-well" : "bien-terminer-un-jumelage";
        ChromeDriver browser = signedIn(portal, language, email);
        browser.get(portal.resolve("/resources/" + resource + "?lang=" + language).toString());
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("add-" + resource + "-collection")))
                .selectByValue(collection);
        browser.findElement(By.id("add-" + resource + "-submit")).click();
        By status = By.id("add-" + resource + "-status");
        Browser.awaitText(browser, status, Bundle.shown(language, "curate.add.added"));
        assertTrue(browser.findElement(status).getText().contains(first), "the notice says where it went");
        assertEquals("", new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("add-" + resource
                + "-collection"))).getFirstSelectedOption().getDomProperty("value"), "back to choose");

        String title = line(random, 200).replaceAll("[<>&\"]", "") + " " + n;
        title = typed(browser, "add-" + resource + "-title", title);
        browser.findElement(By.id("add-" + resource + "-submit")).click();
        Browser.awaitText(browser, status, Bundle.shown(language, "curate.add.started"));
        String address = browser.findElement(status).findElement(By.cssSelector("a[href*='/collections/']"))
                .getDomProperty("href");
        JsonObject started = mentor.get("/api/collections/" + address.substring(address.lastIndexOf('/') + 1))
                .json();
        assertEquals(title.strip(), started.getString("title").strip());
        assertEquals(resource, started.getJsonArray("items").getJsonObject(0).getString("resource"));
        assertEquals(1, mentor.get("/api/collections/" + collection).json().getJsonArray("items").size(),
                "the first collection has it once");
        assertEquals(List.of(), Browser.wcagViolations(browser));
    }
}

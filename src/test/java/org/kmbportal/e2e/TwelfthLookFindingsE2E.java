package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

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
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What the user session of 6 December 2026 (real Chromium, shipped library) found on the check-in and plan pages. */
@ExtendWith(RunningPortal.class)
class TwelfthLookFindingsE2E extends LookFindings {

    /** Text as a page or a note shows it, to compare: no spaces of any kind. */
    private static String squeezed(String text) {
        return text.replaceAll("[\\s\\u00a0\\u202f]+", "");
    }

    /** The partnership's notes, newest first, as the API gives them. */
    private static List<String> notes(Visitor member, long id) {
        return member.get("/api/partnerships/" + id + "/notes").json().getJsonArray("notes").getValuesAs(
                JsonObject.class).stream().map(note -> note.getString("text")).toList();
    }

    private static void awaitLoaded(ChromeDriver browser, String id) {
        new WebDriverWait(browser, Duration.ofSeconds(20), Browser.POLL).ignoring(WebDriverException.class).until(
                d -> "complete".equals(((ChromeDriver) d).executeScript("return document.readyState"))
                        && !d.findElements(By.id(id)).isEmpty());
    }

    /**
     * A colleague recorded the check-in first: the panel "What you typed was not recorded" gave back what happened, the
     * context and the next steps, but the plan changes typed with them (an item's new status and progress notes, an item
     * added, the reason) appeared nowhere and nothing said so. They are now listed in the panel, which says the plan
     * was not changed, and they go to the notes with the text.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void planChangesTypedOnACheckInAColleagueRecordedFirstComeBackAndGoToTheNotes(String language, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("unrecorded-plan-" + language).hashCode());
        String email = "unrecorded-plan-" + language + n + "@kmb.test";
        Visitor partner = People.member(portal, email, "Unrecorded Plan Partner", "Unrecorded Plan Org " + language
                + n);
        long id = partnershipWithOneItem(portal, partner, random, n, language);
        ChromeDriver browser = signedIn(portal, language, email);
        browser.get(portal.resolve("/partnerships/check-in?id=" + id + "&number=1&lang=" + language).toString());
        Browser.pressForNewPage(browser, browser.findElement(By.id("record:add-item")));
        awaitLoaded(browser, "record:items:1:what");
        String happened = typed(browser, "record:what-happened", paragraph(random));
        new Select(browser.findElement(By.id("record:items:0:status"))).selectByValue("in-progress");
        String progress = typed(browser, "record:items:0:notes", paragraph(random));
        String newWhat = typed(browser, "record:items:1:what", line(random, 200));
        String newWhy = typed(browser, "record:items:1:why", paragraph(random));
        String reason = typed(browser, "record:reason", line(random, 300));

        assertEquals(201, partner.api("POST", "/api/partnerships/" + id + "/check-ins",
                "{\"what_happened\": \"Recorded first by a colleague " + n + "\"}").status());
        Browser.pressForNewPage(browser, browser.findElement(By.id("record:record-button")));
        Browser.awaitMessage(browser, Bundle.shown(language, "partnerships.error.already_recorded"));
        assertEquals(happened, value(browser, "unrecorded:what-happened"), "what happened is shown as typed");
        assertFalse(browser.findElements(By.id("unrecorded:changes")).isEmpty(),
                "the plan changes typed are shown with the text");
        String shown = squeezed(browser.findElement(By.id("unrecorded:changes")).getText());
        assertTrue(shown.contains(squeezed(Bundle.shown(language, "partnerships.checkIn.unrecorded.changesHelp",
                "#").split("#")[0])), "the panel says the plan was not changed");
        for (String typed : List.of(progress, newWhat, newWhy, reason, Bundle.shown(language,
                "partnerships.status.in-progress"))) {
            assertTrue(shown.contains(squeezed(typed)), "shown: " + typed.substring(0, Math.min(60, typed.length())));
        }
        assertEquals(1, partner.get("/api/partnerships/" + id).json().getJsonObject("plan").getJsonArray("items")
                .size(), "the plan is as the colleague's record left it");
        assertEquals(List.of(), Browser.wcagViolations(browser));

        Browser.pressForNewPage(browser, browser.findElement(By.id("unrecorded:keep")));
        new WebDriverWait(browser, Duration.ofSeconds(15), Browser.POLL).until(d -> d.getCurrentUrl().contains(
                "/partnerships/view"));
        Browser.awaitMessage(browser, Bundle.shown(language, "partnerships.checkIn.unrecorded.kept"));
        List<String> notes = new ArrayList<>(notes(partner, id));
        Collections.reverse(notes);
        String kept = squeezed(String.join(" ", notes).replaceAll("\\(\\d+/\\d+\\) ", ""));
        for (String typed : List.of(happened, progress, newWhat, newWhy, reason)) {
            assertTrue(kept.contains(squeezed(typed)), "in the notes: " + typed.substring(0, Math.min(60, typed
                    .length())));
        }
    }

    /**
     * The note made from text not recorded was headed in the language of the writer's page ("Check-in 1, text that
     * was not recorded:" over French text, which a French reader then read as English). Its heading and its boxes'
     * names are now in the language the text was written in, said once, whatever the page's language.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void theNoteOfTextNotRecordedIsHeadedInTheLanguageTheTextWasWrittenIn(String language, URI portal)
            throws IOException {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("unrecorded-language-" + language).hashCode());
        String email = "unrecorded-language-" + language + n + "@kmb.test";
        Visitor partner = People.member(portal, email, "Unrecorded Language Partner", "Unrecorded Language Org "
                + language + n);
        long id = partnershipWithOneItem(portal, partner, random, n, language);
        String written = other(language);
        ChromeDriver browser = signedIn(portal, language, email);
        browser.get(portal.resolve("/partnerships/check-in?id=" + id + "&number=1&lang=" + language).toString());
        String happened = typed(browser, "record:what-happened", writtenIn(written, random, 1_200));
        String next = typed(browser, "record:next-steps", writtenIn(written, random, 600));

        assertEquals(201, partner.api("POST", "/api/partnerships/" + id + "/check-ins",
                "{\"what_happened\": \"Recorded first " + n + "\"}").status());
        Browser.pressForNewPage(browser, browser.findElement(By.id("record:record-button")));
        Browser.awaitMessage(browser, Bundle.shown(language, "partnerships.error.already_recorded"));
        Browser.pressForNewPage(browser, browser.findElement(By.id("unrecorded:keep")));
        Browser.awaitMessage(browser, Bundle.shown(language, "partnerships.checkIn.unrecorded.kept"));

        List<String> notes = new ArrayList<>(notes(partner, id));
        Collections.reverse(notes);
        String all = String.join("\n", notes).replaceAll("[\\u00a0\\u202f]", " ");
        assertTrue(all.replaceAll("^\\(\\d+/\\d+\\) ", "").startsWith(Bundle.shown(written,
                "partnerships.checkIn.unrecorded.heading", 1)), "headed in the text's language: "
                        + all.substring(0,
                                80));
        for (String box : List.of("partnerships.checkIn.whatHappened", "partnerships.checkIn.nextSteps")) {
            assertTrue(all.contains("\n" + Bundle.shown(written, box) + "\n"), "its boxes named in it: " + box);
            assertFalse(all.contains(Bundle.shown(language, box)), "not in the page's: " + box);
        }
        assertFalse(all.contains(Bundle.shown(language, "partnerships.checkIn.unrecorded.heading", 1)),
                "one heading, in one language");
        String kept = squeezed(all.replaceAll("\\(\\d+/\\d+\\) ", ""));
        assertTrue(kept.contains(squeezed(happened)) && kept.contains(squeezed(next)), "the text as typed");
    }

    /**
     * The check-in and plan pages let one leave with text typed and not saved without a word (the collection and
     * resource editors ask). They now ask, as those do: not for the page as it came, nor for words to find, nor when
     * the language switch keeps the text for the page in the other language, nor after the plan is saved.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void leavingThePlanOrTheCheckInWithTextTypedAsksFirst(String language, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("leaving-asks-" + language).hashCode());
        String email = "leaving-asks-" + language + n + "@kmb.test";
        Visitor partner = People.member(portal, email, "Leaving Partner", "Leaving Org " + language + n);
        long id = partnershipWithOneItem(portal, partner, random, n, language);
        ChromeDriver browser = signedIn(portal, language, email);
        String to = other(language);

        browser.get(portal.resolve("/partnerships/plan?id=" + id + "&lang=" + language).toString());
        assertFalse(leavingAsks(browser), "the plan as it came asks nothing");
        Browser.type(browser, "plan:find", line(random, 60));
        assertFalse(leavingAsks(browser), "words to find are no change");
        String notes = typed(browser, "plan:items:0:notes", paragraph(random));
        assertTrue(leavingAsks(browser), "the plan with notes typed asks first");
        switchLanguage(browser, to);
        assertEquals(notes, value(browser, "plan:items:0:notes"), "the switch kept the notes, without asking");
        assertTrue(leavingAsks(browser), "still not saved in the other language");
        Browser.type(browser, "plan:reason", line(random, 200));
        Browser.pressForNewPage(browser, browser.findElement(By.id("plan:save")));
        Browser.awaitMessage(browser, Bundle.shown(to, "partnerships.plan.saved", "#").split("#")[0]);
        assertFalse(leavingAsks(browser), "nothing to ask once saved");

        browser.get(portal.resolve("/partnerships/check-in?id=" + id + "&number=1&lang=" + language).toString());
        assertFalse(leavingAsks(browser), "the check-in as it came asks nothing");
        String happened = typed(browser, "record:what-happened", paragraph(random));
        assertTrue(leavingAsks(browser), "the check-in with text typed asks first");
        Browser.pressForNewPage(browser, browser.findElement(By.id("record:add-item")));
        awaitLoaded(browser, "record:items:1:what");
        assertEquals(happened, value(browser, "record:what-happened"));
        assertTrue(leavingAsks(browser), "the text sent with Add item is not recorded: still asks");
        switchLanguage(browser, to);
        assertEquals(happened, value(browser, "record:what-happened"), "the switch kept it, without asking");
        assertTrue(leavingAsks(browser), "still not recorded");
        Browser.pressForNewPage(browser, browser.findElement(By.id("record:record-button")));
        Browser.awaitMessage(browser, Bundle.shown(to, "partnerships.checkIn.recorded", 1));
        assertFalse(leavingAsks(browser), "recorded: the partnership's page asks nothing");
    }

}

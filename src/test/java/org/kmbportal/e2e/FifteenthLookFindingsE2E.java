package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import jakarta.json.JsonObject;

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
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What the user session of 6 December 2026 at 11:20 (us48, real Chromium, shipped library) found on its pages. */
@ExtendWith(RunningPortal.class)
class FifteenthLookFindingsE2E extends LookFindings {

    /** Text as a page or a note shows it, to compare: no spaces of any kind. */
    static String squeezed(String text) {
        return text.replaceAll("[\\s\\u00a0\\u202f]+", "");
    }

    /** The partnership's notes as the API gives them (newest first; parts posted together in their order). */
    private static List<String> notes(Visitor member, long id) {
        return member.get("/api/partnerships/" + id + "/notes").json().getJsonArray("notes").getValuesAs(
                JsonObject.class).stream().map(note -> note.getString("text")).toList();
    }

    /**
     * A colleague recorded the check-in first and "Add what I typed to the partnership's notes" was pressed: Back, then
     * the same button again, added the same notes a second time. The notes were cut between any two words (mid-
     * sentence) and an item's new status was given without the one it had. Pressed again, the page now says the text
     * is already there and adds nothing; sentences stay whole; a status reads "from planned to in progress", in the
     * language of the note's heading (the text's).
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void textNotRecordedGoesToTheNotesOnceInWholeSentencesWithTheStatusItHad(String language, URI portal)
            throws IOException {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("notes-once-" + language).hashCode());
        String email = "notes-once-" + language + n + "@kmb.test";
        Visitor partner = People.member(portal, email, "Notes Once Partner", "Notes Once Org " + language + n);
        long id = partnershipWithOneItem(portal, partner, random, n, language);
        String written = other(language);
        ChromeDriver browser = signedIn(portal, language, email);
        browser.get(portal.resolve("/partnerships/check-in?id=" + id + "&number=1&lang=" + language).toString());
        String happened = typed(browser, "record:what-happened", writtenIn(written, random, 4_500));
        String next = typed(browser, "record:next-steps", writtenIn(written, random, 900));
        new Select(browser.findElement(By.id("record:items:0:status"))).selectByValue("in-progress");

        assertEquals(201, partner.api("POST", "/api/partnerships/" + id + "/check-ins",
                "{\"what_happened\": \"Recorded first by a colleague " + n + "\"}").status());
        Browser.pressForNewPage(browser, browser.findElement(By.id("record:record-button")));
        Browser.awaitMessage(browser, Bundle.shown(language, "partnerships.error.already_recorded"));
        Browser.pressForNewPage(browser, browser.findElement(By.id("unrecorded:keep")));
        Browser.awaitMessage(browser, Bundle.shown(language, "partnerships.checkIn.unrecorded.kept"));
        List<String> notes = notes(partner, id);
        assertTrue(notes.size() >= 2, "longer than a note: " + notes.size());

        List<String> squeezedNotes = notes.stream().map(FifteenthLookFindingsE2E::squeezed).toList();
        for (String sentence : (happened + "\n\n" + next).split(
                "(?<=[.!?…][\"'»”’)\\]]{0,3})\\s+|\\n\\s*\\n")) {
            if (sentence.length() <= 2_000 && !sentence.isBlank()) {
                assertTrue(squeezedNotes.stream().anyMatch(note -> note.contains(squeezed(sentence))),
                        "a sentence whole in one note: " + sentence);
            }
        }
        String all = String.join("\n", notes).replace('\u00a0', ' ');
        String status = Bundle.shown(written, "partnerships.checkIn.unrecorded.changedFrom", Bundle.shown(written,
                "partnerships.field.status"), Bundle.shown(written, "partnerships.status.planned"),
                Bundle.shown(
                        written, "partnerships.status.in-progress"));
        assertTrue(all.contains(status), "the status it had and the one typed, in the note's language: " + status);
        assertTrue(all.replaceAll("^\\(\\d+/\\d+\\) ", "").startsWith(Bundle.shown(written,
                "partnerships.checkIn.unrecorded.heading", 1)), "headed in the text's language: "
                        + all.substring(0,
                                100));
        assertFalse(all.contains(Bundle.shown(language, "partnerships.field.status") + ": ") || all.contains(
                Bundle.shown(language, "partnerships.field.status") + " : "), "no label in the page's language");

        browser.navigate().back();
        new WebDriverWait(browser, Duration.ofSeconds(20), Browser.POLL).ignoring(WebDriverException.class).until(
                d -> d.getCurrentUrl().contains("/partnerships/check-in") && !d.findElements(By.id(
                        "unrecorded:keep")).isEmpty());
        Browser.pressForNewPage(browser, browser.findElement(By.id("unrecorded:keep")));
        Browser.awaitMessage(browser, Bundle.shown(language, "partnerships.checkIn.unrecorded.already", "#").split(
                "#")[0]);
        assertEquals(notes, notes(partner, id), "nothing added again");
        assertEquals(List.of(), Browser.wcagViolations(browser));
    }
}

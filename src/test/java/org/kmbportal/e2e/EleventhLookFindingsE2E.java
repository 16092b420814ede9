package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What the user session of 6 December 2026 (real Chromium, shipped library) found on the partnership and collection pages. */
@ExtendWith(RunningPortal.class)
class EleventhLookFindingsE2E extends LookFindings {

    /** Paragraphs on several lines, in both languages, with quotation marks, markup-like text and emoji. */
    private static String paragraphs(Random random, int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            text.append(GeneratedText.oddTitles(300).next(random).replaceAll("\\s+", " ").strip()).append(
                    random.nextBoolean() ? " « Été à l’école » <b>gras</b> 🌊 " : "\n\n");
        }
        return text.toString().strip();
    }

    /**
     * Two people of a partnership write up the same check-in; one records it first. The other's text was thrown away:
     * the page showed "This check-in is already recorded." above the colleague's record, and no box held what had been
     * typed. It is now shown as typed, and one button adds it to the partnership's notes.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void theTextOfACheckInAColleagueRecordedFirstIsShownAndGoesToTheNotes(String language, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("recorded-meanwhile-" + language).hashCode());
        String email = "recorded-meanwhile-" + language + n + "@kmb.test";
        Visitor partner = People.member(portal, email, "Meanwhile Partner", "Meanwhile Org " + language + n);
        long id = partnershipWithOneItem(portal, partner, random, n, language);
        ChromeDriver browser = signedIn(portal, language, email);
        browser.get(portal.resolve("/partnerships/check-in?id=" + id + "&number=1&lang=" + language).toString());
        Browser.type(browser, "record:what-happened", paragraphs(random, 3_500));
        Browser.type(browser, "record:context-changes", paragraphs(random, 900));
        Browser.type(browser, "record:next-steps", paragraphs(random, 1_800));
        String happened = value(browser, "record:what-happened");
        String context = value(browser, "record:context-changes");
        String next = value(browser, "record:next-steps");

        assertEquals(201, partner.api("POST", "/api/partnerships/" + id + "/check-ins",
                "{\"what_happened\": \"Recorded first by a colleague " + n + "\"}").status());
        Browser.pressForNewPage(browser, browser.findElement(By.id("record:record-button")));
        Browser.awaitMessage(browser, Bundle.shown(language, "partnerships.error.already_recorded"));
        assertEquals(happened, value(browser, "unrecorded:what-happened"), "what was typed is shown as typed");
        assertEquals(context, value(browser, "unrecorded:context-changes"));
        assertEquals(next, value(browser, "unrecorded:next-steps"));
        assertTrue(browser.findElement(By.id("unrecorded-title")).getText().strip().equals(Bundle.shown(language,
                "partnerships.checkIn.unrecorded.title")));
        assertEquals(List.of(), Browser.wcagViolations(browser));

        Browser.pressForNewPage(browser, browser.findElement(By.id("unrecorded:keep")));
        new WebDriverWait(browser, Duration.ofSeconds(15), Browser.POLL).until(d -> d.getCurrentUrl().contains(
                "/partnerships/view"));
        Browser.awaitMessage(browser, Bundle.shown(language, "partnerships.checkIn.unrecorded.kept"));
        List<String> notes = partner.get("/api/partnerships/" + id + "/notes").json().getJsonArray("notes")
                .getValuesAs(JsonObject.class).stream().map(note -> note.getString("text")).toList();
        assertTrue(notes.size() >= 2, "more than one note's length: " + notes.size());
        for (String note : notes) {
            assertTrue(note.length() <= org.kmbportal.partnerships.PartnershipNote.MAX_LENGTH, "" + note.length());
        }
        String kept = String.join(" ", notes).replaceAll("\\(\\d+/\\d+\\) ", "").replaceAll("\\s+", "");
        for (String typed : List.of(happened, context, next)) {
            assertTrue(kept.contains(typed.replaceAll("\\s+", "").substring(0, 200)), "every box's text is kept");
            assertTrue(kept.contains(typed.replaceAll("\\s+", "").substring(typed.replaceAll("\\s+", "").length()
                    - 200)), "to its end");
        }
        assertTrue(notes.get(0).startsWith("(1/"), "the first part is listed first: " + notes.get(0).substring(0,
                40));
    }

    /**
     * Someone who may read a partnership's plan but not change it (the mentor's colleagues, an administrator) saw it
     * without fields and without a word of why. The page now says who changes it, or that the partnership is not under
     * way.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aReaderWhoCannotChangeThePlanIsToldWhoCan(String language, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("plan-read-only-" + language).hashCode());
        Visitor partner = People.member(portal, "plan-read-only-" + language + n + "@kmb.test", "Read Only Partner",
                "Read Only Org « " + language + " » " + n);
        long active = partnershipWithOneItem(portal, partner, random, n, language);
        String code = partner.get("/api/organizations/" + partner.get("/api/account").json().getJsonNumber(
                "organization").longValue()).json().getString("join_code");
        Visitor mentor = People.invited(portal, People.admin(portal), "plan-read-only-mentor-" + language + n
                + "@kmb.test", "Read Only Mentor", "mentor");
        long proposed = MatrixPartnerships.proposed(mentor, code, "Proposed « " + n + " »");
        ChromeDriver browser = signedIn(portal, language, People.ADMIN_EMAIL, People.ADMIN_PASSWORD);

        browser.get(portal.resolve("/partnerships/plan?id=" + active + "&lang=" + language).toString());
        String why = browser.findElement(By.id("read-only-why")).getText();
        String expected = Bundle.shown(language, "partnerships.plan.readOnly.active", MENTOR_NAME,
                "Read Only Org « " + language + " » " + n);
        assertEquals(expected.replaceAll("[\u00a0\u202f]", " "), why.replaceAll("[\u00a0\u202f]", " "));
        assertTrue(browser.findElements(By.id("plan:save")).isEmpty(), "no form to change it");
        assertEquals(List.of(), Browser.wcagViolations(browser));

        browser.get(portal.resolve("/partnerships/plan?id=" + proposed + "&lang=" + language).toString());
        assertEquals(Bundle.shown(language, "partnerships.plan.readOnly.inactive").replaceAll("[\u00a0\u202f]",
                " "), browser.findElement(By.id("read-only-why")).getText().replaceAll("[\u00a0\u202f]", " "));
    }

    /**
     * A collection saved with a paragraph left in the note box of "Add an outside link" said "The collection is saved."
     * and, beside it, "Your changes to this collection are not saved yet". It now says what is not saved: the link.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aSaveWithALinkTypedAndNotAddedSaysTheLinkIsWhatIsNotSaved(String language, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("link-not-added-" + language).hashCode());
        String email = "link-not-added-" + language + n + "@kmb.test";
        Visitor mentor = People.invited(portal, People.admin(portal), email, "Link Mentor", "mentor");
        String id = "link-not-added-" + language + "-" + n;
        assertEquals(201, mentor.api("POST", "/api/collections", jakarta.json.Json.createObjectBuilder().add("id", id)
                .add("title", "Links « " + n + " »").add("visibility", "private").build().toString()).status());
        ChromeDriver browser = signedIn(portal, language, email);
        browser.get(portal.resolve("/curate/edit?id=" + id + "&lang=" + language).toString());
        String description = paragraphs(random, 1_500);
        Browser.type(browser, "edit:description", description);
        Browser.type(browser, "edit:new-note", paragraphs(random, 2_000));
        Browser.pressForNewPage(browser, browser.findElement(By.id("edit:save")));
        Browser.awaitMessage(browser, Bundle.shown(language, "curation.saved"));
        String notice = browser.findElement(By.id("edit:unsaved")).getText().replaceAll("[\\u00a0\\u202f]", " ");
        assertEquals(Bundle.shown(language, "curate.edit.linkNotAdded").replaceAll("[\\u00a0\\u202f]", " "),
                notice.substring(0, notice.indexOf('\n') < 0 ? notice.length() : notice.indexOf('\n')).strip());
        assertEquals(description.replaceAll("\\s+", " ").strip(), mentor.get("/api/collections/" + id).json()
                .getString("description").replaceAll("\\s+", " ").strip(), "the collection is saved");
        assertEquals(List.of(), Browser.wcagViolations(browser));
    }

}

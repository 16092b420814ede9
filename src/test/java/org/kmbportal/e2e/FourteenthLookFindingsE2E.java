package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Random;

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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What the first user session of 6 December 2026 at 08:20 (us47, real Chromium, shipped library) found on its pages. */
@ExtendWith(RunningPortal.class)
class FourteenthLookFindingsE2E extends LookFindings {

    /**
     * A "## heading" typed at the start of a research summary's section box was refused with the content format's
     * "'## …' is not a section of a research summary (did you mean '## Introduction'?)", once per box and beside none.
     * It is now said beside the box that holds it, with what to write instead; nothing is saved, nothing typed is lost.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aSectionHeadingTypedInASummarysBoxIsSaidBesideThatBox(String language, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("section-heading-" + language).hashCode());
        String email = "section-heading-" + language + n + "@kmb.test";
        Visitor me = People.invited(portal, People.admin(portal), email, "Heading Editor", "editor");
        String resource = draft(me, "heading-" + language + "-" + n);
        String stored = me.get("/api/editor/resources/" + resource).json().getString("text");
        ChromeDriver browser = signedIn(portal, language, email);
        browser.get(portal.resolve("/editor/edit?id=" + resource + "&lang=" + language).toString());
        List<WebElement> boxes = browser.findElements(By.cssSelector("textarea[id$=':section']"));
        assertTrue(boxes.size() >= 3, "the summary's section boxes: " + boxes.size());
        int box = 1 + random.nextInt(boxes.size() - 1);
        String id = boxes.get(box).getDomAttribute("id");
        String typed = typed(browser, id, "## Section « " + n + " » " + line(random, 80).replace('#', ' ') + "\n\n"
                + line(random, 600));

        Browser.pressForNewPage(browser, browser.findElement(By.id("edit:save")));
        String said = Bundle.shown(language, "editor.sectionHeadingInBox");
        new WebDriverWait(browser, Duration.ofSeconds(30), Browser.POLL).until(d -> d.findElement(By.id(id
                + "-error")).getText().replace('\u00a0', ' ').contains(said));
        assertEquals("true", browser.findElement(By.id(id)).getDomAttribute("aria-invalid"));
        assertEquals(id + "-error", browser.findElement(By.id(id)).getDomAttribute("aria-describedby"));
        for (WebElement other : browser.findElements(By.cssSelector("textarea[id$=':section']"))) {
            if (!other.getDomAttribute("id").equals(id)) {
                assertTrue(browser.findElements(By.id(other.getDomAttribute("id") + "-error")).stream().allMatch(
                        e -> e.getText().isBlank()), "only the box that holds the heading is named");
            }
        }
        assertEquals(typed, value(browser, id), "what was typed is still in the box");
        assertEquals(stored, me.get("/api/editor/resources/" + resource).json().getString("text"), "nothing saved");
        assertEquals(List.of(), Browser.wcagViolations(browser), "the page with its message passes WCAG 2.1 AA");
    }

    /**
     * Plan changes kept by the language switch came back at every reload the reader had confirmed ("Leave page?"), and
     * at every later opening of the plan, without a word; a later Save then recorded the abandoned status and reason
     * (user session us47b). Leaving after being asked now lets the kept text go; the switch itself still keeps it.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void planChangesGivenUpByLeavingDoNotComeBack(String language, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("given-up-" + language).hashCode());
        String email = "given-up-" + language + n + "@kmb.test";
        Visitor partner = People.member(portal, email, "Given Up Partner", "Given Up Org " + language + n);
        long id = partnershipWithOneItem(portal, partner, random, n, language);
        ChromeDriver browser = signedIn(portal, language, email);
        String to = other(language);
        String plan = "/partnerships/plan?id=" + id + "&lang=" + to;
        browser.get(portal.resolve("/partnerships/plan?id=" + id + "&lang=" + language).toString());
        String savedNotes = value(browser, "plan:items:0:notes");
        String notes = typed(browser, "plan:items:0:notes", paragraph(random));
        switchLanguage(browser, to);
        assertEquals(notes, value(browser, "plan:items:0:notes"), "the switch keeps the notes");

        // The reader is asked before leaving and chooses to leave (the question answered "Leave" here).
        assertTrue(leavingAsks(browser), "leaving asks first");
        browser.executeScript("window.addEventListener('beforeunload', function (e) { e.stopImmediatePropagation(); },"
                + " true);");
        browser.get(portal.resolve(plan).toString());
        new WebDriverWait(browser, Duration.ofSeconds(15), Browser.POLL).until(d -> !d.findElements(By.id(
                "plan:items:0:notes")).isEmpty());
        assertEquals(savedNotes, value(browser, "plan:items:0:notes"), "the plan as saved, not the notes given up");
        browser.get(portal.resolve(plan).toString());
        assertEquals(savedNotes, value(browser, "plan:items:0:notes"), "nor at the next opening");
        assertTrue(browser.findElement(By.id("kept-typing")).getText().isBlank(), "nothing said to be put back");
    }
}

package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.Random;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kmbportal.testing.Browser;
import org.kmbportal.testing.Bundle;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RunningPortal;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a user session found on "For my organization" (prof57): a member came back to the page, replaced the
 * paragraph of "In your words" and pressed "Save these answers for my organization" without showing the results
 * first. The page said the profile was saved, and the box (and a reload) held the old paragraph: the save form sent
 * its copies of the answers shown, not those typed. A paragraph over the limit was "saved" the same way, without a word.
 */
@ExtendWith(RunningPortal.class)
class SaveAsTypedE2E extends LookFindings {

    private static final int LIMIT = 3000;

    @ParameterizedTest
    @CsvSource({"fr,390", "fr,1280", "en,1280", "en,390"})
    void saveSavesTheParagraphAsTypedNowOrRefusesItBesideTheBox(String language, int width, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("save-as-typed-" + language + width).hashCode());
        String email = "as-typed-" + language + width + "-" + n + "@kmb.test";
        People.member(portal, email, "Astrid As-Typed", "As Typed Org " + n);
        ChromeDriver member = signedIn(portal, language, email);
        member.manage().window().setSize(new Dimension(width, 900));

        member.get(portal.resolve("/organization?lang=" + language).toString());
        String first = typed(member, "challenges", line(random, 550));
        Browser.pressForNewPage(member, member.findElement(By.cssSelector("#questionnaire button[type=submit]")));
        save(member);
        Browser.awaitMessage(member, Bundle.shown(language, "organization.saved"));
        assertEquals(first, value(member, "challenges"));

        // Back on the page, the paragraph replaced, and Save pressed without showing the results first.
        member.get(portal.resolve("/organization?lang=" + language).toString());
        String second = typed(member, "challenges", line(random, 120 + random.nextInt(400)));
        save(member);
        Browser.awaitMessage(member, Bundle.shown(language, "organization.saved"));
        assertEquals(second, value(member, "challenges"), "the box holds the paragraph saved, the one typed");
        member.navigate().refresh();
        assertEquals(second, value(member, "challenges"), "and so does the page opened again");

        // A paragraph over the limit, pasted: refused beside the box, kept in it, nothing said saved or saved.
        String over = paragraphOver(random, LIMIT);
        member.executeScript("arguments[0].value = arguments[1];", member.findElement(By.id("challenges")), over);
        String pasted = value(member, "challenges");
        save(member);
        new WebDriverWait(member, Duration.ofSeconds(15), Browser.POLL).until(d -> !d.findElements(By.id(
                "challenges-error")).isEmpty());
        assertEquals(tooLong(language, LIMIT, pasted), Bundle.normalSpaces(member.findElement(By.id(
                "challenges-error")).getText()));
        assertEquals("true", member.findElement(By.id("challenges")).getDomAttribute("aria-invalid"));
        assertTrue(member.findElement(By.id("challenges")).getDomAttribute("aria-describedby").contains(
                "challenges-error"));
        assertEquals(pasted, value(member, "challenges"), "what was pasted is still in the box");
        assertFalse(Bundle.normalSpaces(member.findElement(By.id("main")).getText()).contains(Bundle.normalSpaces(
                Bundle.shown(language, "organization.saved"))), "nothing is said saved");
        member.get(portal.resolve("/organization?lang=" + language).toString());
        assertEquals(second, value(member, "challenges"), "the paragraph saved before is still the one saved");
    }

    /** Presses "Save these answers for my organization" and waits for the page it leads to. */
    private static void save(ChromeDriver member) {
        Browser.pressForNewPage(member, member.findElement(By.id("save-profile:save")));
    }
}

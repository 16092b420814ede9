package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Random;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kmbportal.testing.Browser;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;
import org.kmbportal.testing.RunningPortal;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What the user session of 6 December 2026 at 15:06 (us49, real Chromium, shipped library) found on its pages. */
@ExtendWith(RunningPortal.class)
class TwentiethLookFindingsE2E extends LookFindings {

    /**
     * A paragraph of challenges with line breaks, under the box's 3,000 characters as the box counts them, lost its
     * end: the browser sends each line break as two characters, and the server cut at 3,000 of those, saying "only
     * the first 3,000 characters were used". Every form's line break now counts as one, as the box counted it.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void challengesWithLineBreaksUnderTheLimitArriveWhole(String language, URI portal) throws IOException {
        Random random = new Random(Gen.seed() * 31 + ("line-breaks-" + language).hashCode());
        // Sentences of the library with blank lines and single line breaks between some, exactly at the limit.
        String text = GeneratedText.cut(writtenIn(language, random, 3_400).replaceAll(" « » ", "\n"), 3_000)
                .strip();
        long breaks = text.chars().filter(c -> c == '\n').count();
        assertTrue(breaks >= 10 && text.length() + breaks > 3_000, "enough line breaks to pass the limit if doubled: "
                + breaks + ", " + text.length());
        ChromeDriver browser = Browser.start(language);
        try {
            sendWhole(browser, portal, language, text);
        } finally {
            browser.quit();
        }
    }

    private static void sendWhole(ChromeDriver browser, URI portal, String language, String text) {
        browser.get(portal.resolve("/organization?lang=" + language).toString());
        assertEquals(null, browser.findElement(By.id("challenges")).getDomAttribute("maxlength"), "no silent cut");
        browser.executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id("challenges")), text);
        assertEquals(text, value(browser, "challenges"), "the box holds it");
        Browser.pressForNewPage(browser, browser.findElement(By.cssSelector("#questionnaire button[type=submit]")));
        new WebDriverWait(browser, Duration.ofSeconds(20), Browser.POLL).until(d -> !d.findElements(By.id(
                "questionnaire")).isEmpty());
        assertTrue(browser.findElements(By.id("challenges-error")).isEmpty(), "nothing refused");
        assertEquals(text, value(browser, "challenges"), "the paragraph comes back whole, its line breaks kept");
    }
}

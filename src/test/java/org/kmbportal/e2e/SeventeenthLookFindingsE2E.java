package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.kmbportal.testing.GeneratedText;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.testing.Visitor;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What the user session of 6 December 2026 (us48, real Chromium, shipped library) found on its pages. */
@ExtendWith(RunningPortal.class)
class SeventeenthLookFindingsE2E extends LookFindings {

    /** A year written as a number: "2,010", « 2 010 » (a no-break or narrow no-break space in French). */
    private static final String GROUPED_YEAR = ".*\\b\\d[,\\u00a0\\u202f ]\\d{3}\\b.*";

    /**
     * Ticking the decade "2010–2019" on /search?q=mentor showed the chip "Years 2,010–2,019" (« Années 2 010 à 2 019 »),
     * and "Before 1,990" in the list: years went through a number format. They are written as years, in both languages.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void theDecadeFilterWritesYearsAsYears(String language, URI portal) {
        ChromeDriver browser = Browser.start(language);
        try {
            browser.get(portal.resolve("/search?q=mentor&lang=" + language).toString());
            List<WebElement> decades = browser.findElements(By.cssSelector(".years a"));
            assertTrue(decades.size() >= 3, "the decades to narrow by: " + decades.size());
            for (WebElement decade : decades) {
                String label = decade.getDomProperty("textContent").strip();
                assertFalse(label.replaceAll("\\(\\d+\\)$", "").matches(GROUPED_YEAR), label);
            }
            WebElement tens = decades.stream().filter(a -> a.getDomProperty("textContent").strip().startsWith(
                    "2010–2019")).findFirst().orElseThrow();
            Browser.pressForNewPage(browser, tens);
            String chip = new WebDriverWait(browser, Duration.ofSeconds(30), Browser.POLL).until(d -> d
                    .findElements(By.cssSelector("ul.active-filters li a")).stream().map(a -> a.getDomProperty(
                            "textContent").replace('\u00a0', ' ').strip())
                    .filter(t -> t.replaceAll("\\D", "").contains("2010")).findFirst()
                    .orElse(null));
            assertTrue(chip.startsWith(Bundle.shown(language, "search.years", "2010", "2019")), chip);
            assertFalse(chip.matches(GROUPED_YEAR), chip);
            assertEquals(List.of(), Browser.wcagViolations(browser), "the page with its chip passes WCAG 2.1 AA");
        } finally {
            browser.quit();
        }
    }

    /**
     * A guide's summary over its 4,000 characters was refused with "This value is not accepted here: check its length
     * and what it holds.": the limit never named; the title box cut a longer title silently at 500. The summary's box
     * now says its limit before, and after a Save each box says its limit and the length beside it; the text stays in
     * the boxes and nothing is saved.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aGuideSummaryOverItsLimitIsToldTheLimitAndItsLength(String language, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("summary-limit-" + language).hashCode());
        String email = "summary-limit-" + language + n + "@kmb.test";
        Visitor me = People.invited(portal, People.admin(portal), email, "Limit Editor", "editor");
        String resource = "guide-partnership-workspace";
        String stored = me.get("/api/editor/resources/" + resource).json().getString("text");
        ChromeDriver browser = signedIn(portal, language, email);
        browser.get(portal.resolve("/editor/edit?id=" + resource + "&lang=" + language).toString());
        String help = browser.findElement(By.id("guideSummary-help")).getText().replace('\u00a0', ' ');
        assertEquals(Bundle.shown(language, "field.summaryHelp"), help);
        assertTrue(help.contains("en".equals(language) ? "4,000" : "4 000"), help);

        StringBuilder text = new StringBuilder();
        while (text.length() <= 4000) {
            text.append(GeneratedText.libraryWords(500).next(random).replaceAll("\\s+", " ")).append(' ').append(line(
                    random, 120)).append(" 🙂 ");
        }
        String summary = GeneratedText.cut(text.toString(), 4001 + random.nextInt(600)).strip();
        String id = "edit:guideSummary";
        browser.executeScript("var box = document.getElementById(arguments[0]); box.value = arguments[1];"
                + "box.dispatchEvent(new Event('input', {bubbles: true}));", id, summary);
        String typed = value(browser, id);
        // Over the 500-character limit whatever the generated lines' lengths (three short lines made 86 characters).
        StringBuilder longTitle = new StringBuilder();
        while (longTitle.length() < 1000) {
            longTitle.append(line(random, 500)).append(' ');
        }
        String title = GeneratedText.cut(longTitle.toString(), 560 + random.nextInt(200)).strip();
        browser.executeScript("document.getElementById('edit:title').value = arguments[0];", title);
        assertEquals(title, value(browser, "edit:title"), "the title box takes what is pasted: nothing cut silently");
        Browser.pressForNewPage(browser, browser.findElement(By.id("edit:save")));
        String said = Bundle.shown(language, "editor.fieldTooLong", 4000,
                typed.strip().codePointCount(0, typed.strip().length()));
        String error = new WebDriverWait(browser, Duration.ofSeconds(30), Browser.POLL).until(d -> {
            List<WebElement> shown = d.findElements(By.id(id + "-error"));
            return shown.isEmpty() || shown.get(0).getText().isBlank() ? null : shown.get(0).getText();
        }).replace('\u00a0', ' ').replace('\u202f', ' ');
        assertEquals(said.replace('\u202f', ' '), error);
        assertFalse(error.contains(Bundle.shown(language, "editor.fieldNotAccepted")), error);
        assertEquals("true", browser.findElement(By.id(id)).getDomAttribute("aria-invalid"));
        assertTrue(browser.findElement(By.id(id)).getDomAttribute("aria-describedby").contains(id + "-error"));
        assertEquals(typed, value(browser, id), "what was typed is still in the box");
        assertEquals(
                Bundle.shown(language, "editor.fieldTooLong", 500, title.codePointCount(0, title.length()))
                        .replace('\u202f', ' '),
                browser.findElement(By.id("edit:title-error")).getText().replace('\u00a0', ' ').replace('\u202f',
                        ' '));
        assertEquals(title, value(browser, "edit:title"), "the long title is still in its box");
        assertEquals(stored, me.get("/api/editor/resources/" + resource).json().getString("text"), "nothing saved");
        assertEquals(List.of(), Browser.wcagViolations(browser), "the page with its message passes WCAG 2.1 AA");
    }
}

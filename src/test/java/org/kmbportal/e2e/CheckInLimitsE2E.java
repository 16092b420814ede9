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
import org.kmbportal.partnerships.CheckInService;
import org.kmbportal.testing.Browser;
import org.kmbportal.testing.Bundle;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.testing.Visitor;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * User session ci58: on the check-in page, 12,000 characters in each of "What happened", the context's changes and the
 * next steps were refused one box at a time (shorten one, Record, the next is refused), each with its own wording at
 * the top, and no box said its limit before Record. Now each box says its limit beside it (in the page as sent) and
 * counts as the reader types; Record refuses every box too long at once, beside each, with one message at the top, and
 * keeps all that was typed; at 1280 px and on a phone, in both languages.
 */
@ExtendWith(RunningPortal.class)
class CheckInLimitsE2E {

    private static final List<String> BOXES = List.of("what-happened", "context-changes", "next-steps");

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void everyBoxTooLongIsRefusedAtOnceBesideItAndEachSaysItsLimitBeforeRecord(String language, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("ci58-limits-" + language).hashCode());
        Visitor partner = People.member(portal, "ci58-partner-" + language + n + "@kmb.test", "Limit Partner",
                "Check-in Org " + language + n);
        String mentorEmail = "ci58-mentor-" + language + n + "@kmb.test";
        Visitor mentor = People.invited(portal, People.admin(portal), mentorEmail, "Limit Mentor", "mentor");
        long id = MatrixPartnerships.acceptedBetween(partner, mentor, "Check-in limits " + language + " " + n);
        // The next check-in of a new partnership is the first (without its number the page redirects to it).
        String page = "/partnerships/check-in?id=" + id + "&number=1&lang=" + language;
        String limit = Bundle.shown(language, "partnerships.field.limit", CheckInService.MAX_TEXT);

        String sent = mentor.get(page).body().replace("&nbsp;", "\u00a0").replace("&#160;", "\u00a0");
        assertTrue(sent.contains(Bundle.text(language, "partnerships.field.limit", CheckInService.MAX_TEXT)),
                () -> "the limit is in the page as sent, before any script runs: " + sent.substring(Math.max(0, sent
                        .indexOf("what-happened")), Math.min(sent.length(),
                                Math.max(0, sent.indexOf("what-happened"))
                                        + 900)));

        ChromeDriver browser = Browser.start(language);
        try {
            Browser.signInBySession(browser, portal, mentorEmail, People.PASSWORD);
            browser.manage().window().setSize(new Dimension(1280, 900));
            browser.get(portal.resolve(page).toString());
            for (String box : BOXES) {
                WebElement help = new WebDriverWait(browser, Duration.ofSeconds(15), Browser.POLL).until(d -> d
                        .findElement(By.id("record:" + box + "-limit")));
                assertEquals(limit, help.getText(), box + ": its limit before anything is typed");
                WebElement input = browser.findElement(By.id("record:" + box));
                assertTrue(input.getAttribute("aria-describedby").contains("record:" + box + "-limit"), box);
                assertEquals(null, input.getAttribute("maxlength"), box + ": a paste is never cut");
            }
            // Each box gets a generated text of 12,000 characters (emoji and both languages), as the user session did.
            List<String> texts = BOXES.stream().map(box -> longText(random, 12_000)).toList();
            for (int i = 0; i < BOXES.size(); i++) {
                // Set as a paste would (sendKeys of 36,000 characters is slow and refuses emoji), then an input event.
                browser.executeScript("arguments[0].value = arguments[1];"
                        + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
                        browser.findElement(
                                By.id("record:" + BOXES.get(i))),
                        texts.get(i));
                // Grouped thousands (« 12 000 ») are compared with plain spaces: the browser and Java may differ.
                By limitOf = By.id("record:" + BOXES.get(i) + "-limit");
                String expected = Bundle.normalSpaces(over(language, texts.get(i)));
                new WebDriverWait(browser, Duration.ofSeconds(15), Browser.POLL).until(d -> Bundle.normalSpaces(d
                        .findElement(limitOf).getText()).equals(expected));
            }
            Browser.pressForNewPage(browser, browser.findElement(By.id("record:record-button")));
            for (Dimension size : List.of(new Dimension(1280, 900), new Dimension(390, 844))) {
                browser.manage().window().setSize(size);
                for (int i = 0; i < BOXES.size(); i++) {
                    String box = "record:" + BOXES.get(i);
                    String text = texts.get(i);
                    int typed = text.strip().codePointCount(0, text.strip().length());
                    Browser.awaitText(browser, By.id(box + "-error"), Bundle.shown(language, "editor.fieldTooLong",
                            CheckInService.MAX_TEXT, typed));
                    WebElement input = browser.findElement(By.id(box));
                    assertEquals(text.replace("\r\n", "\n").replace('\r', '\n'), input.getDomProperty("value")
                            .replace("\r\n", "\n"), size + " " + box + ": what was typed is kept");
                    assertEquals("true", input.getAttribute("aria-invalid"), size + " " + box);
                    assertTrue(input.getAttribute("aria-describedby").contains(box + "-error"), size + " " + box);
                    long width = (Long) browser.executeScript("return document.documentElement.clientWidth;");
                    WebElement error = browser.findElement(By.id(box + "-error"));
                    assertTrue(error.isDisplayed(), size + " " + box);
                    assertTrue(error.getRect().getX() + error.getRect().getWidth() <= width, size + ": it fits");
                }
                String shown = browser.findElement(By.tagName("main")).getText();
                assertTrue(shown.contains(Bundle.shown(language, "partnerships.checkIn.error.check_in_too_long",
                        CheckInService.MAX_TEXT)),
                        size + ": one message at the top for every box");
                for (String other : List.of("partnerships.tooLong.what_happened_required",
                        "partnerships.error.invalid_context", "partnerships.error.invalid_next_steps")) {
                    assertTrue(!shown.contains(Bundle.shown(language, other, CheckInService.MAX_TEXT)), size
                            + ": not each box's own wording (" + other + ")");
                }
            }
        } finally {
            browser.quit();
        }
    }

    /** The count said beside a box over its limit (thousands written as the language writes them). */
    private static String over(String language, String text) {
        int typed = text.strip().codePointCount(0, text.strip().length());
        java.text.NumberFormat numbers = java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag(
                language));
        return Bundle.text(language, "partnerships.field.over").replace("{0}", numbers.format(typed)).replace("{1}",
                numbers.format(CheckInService.MAX_TEXT)).replace("{2}",
                        numbers.format(typed
                                - CheckInService.MAX_TEXT))
                .replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    /** Generated paragraphs of both languages with emoji, exactly {@code length} code points, no blank ends. */
    private static String longText(Random random, int length) {
        StringBuilder text = new StringBuilder();
        String[] emoji = {"🙂", "📚", "🔥", "👍", "🌱"};
        while (text.codePointCount(0, text.length()) < length + 10) {
            String words = GeneratedText.libraryWords(600).next(random).replaceAll("[\\s\\p{Cc}]+", " ").strip();
            text.append(words.isEmpty() ? "texte" : words).append(' ').append(emoji[random.nextInt(emoji.length)])
                    .append(random.nextInt(4) == 0 ? "\n" : " ");
        }
        String cut = text.substring(0, text.offsetByCodePoints(0, length - 1));
        return cut.strip() + "x";
    }
}

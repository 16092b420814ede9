package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kmbportal.partnerships.CheckInService;
import org.kmbportal.partnerships.PlanService;
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
        Mentored pair = Mentored.accepted(portal, language, "ci58", n);
        String mentorEmail = pair.mentorEmail();
        Visitor mentor = pair.mentor();
        long id = pair.id();
        // The next check-in of a new partnership is the first (without its number the page redirects to it).
        String page = "/partnerships/check-in?id=" + id + "&number=1&lang=" + language;
        String limit = Bundle.shown(language, "partnerships.field.limit", CheckInService.MAX_TEXT);

        String sent = sent(mentor, page);
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

    /**
     * Task fix59: the correction page of a recorded check-in, the plan's reason and a move's reason said no limit
     * before Save; each now says it beside its box in the page as sent, counts as the reader types, and says how many
     * characters are too many once over it.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void theCorrectionPageAndBothReasonsSayTheirLimitsAndCountAsTyped(String language, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 37 + ("fix59-limits-" + language).hashCode());
        Mentored pair = Mentored.accepted(portal, language, "fix59", n);
        String mentorEmail = pair.mentorEmail();
        Visitor mentor = pair.mentor();
        long id = pair.id();
        String checkIn = "/partnerships/check-in?id=" + id + "&number=1&lang=" + language;
        Map<String, Integer> recordBoxes = Map.of("record:reason", PlanService.MAX_REASON, "move:reason",
                CheckInService.MAX_MOVE_REASON);
        String recordPage = sent(mentor, checkIn);
        for (int max : recordBoxes.values()) {
            assertTrue(recordPage.contains(Bundle.text(language, "partnerships.field.limit", max)), max
                    + ": the limit is in the page as sent");
        }
        ChromeDriver browser = Browser.start(language);
        try {
            Browser.signInBySession(browser, portal, mentorEmail, People.PASSWORD);
            browser.manage().window().setSize(new Dimension(1280, 900));
            browser.get(portal.resolve(checkIn).toString());
            recordBoxes.forEach((box, max) -> saysLimitAndCounts(browser, language, box, max, random));

            assertEquals(201, mentor.api("POST", "/api/partnerships/" + id + "/check-ins", jakarta.json.Json
                    .createObjectBuilder().add("what_happened", longText(random, 300)).build().toString())
                    .status());
            String correction = "/partnerships/correct-check-in?id=" + id + "&number=1&lang=" + language;
            assertTrue(sent(mentor, correction).contains(Bundle.text(language, "partnerships.field.limit",
                    CheckInService.MAX_TEXT)), "the correction page's limit is in the page as sent");
            browser.get(portal.resolve(correction).toString());
            for (String box : BOXES) {
                saysLimitAndCounts(browser, language, "correct:" + box, CheckInService.MAX_TEXT, random);
            }
        } finally {
            browser.quit();
        }
    }

    /** A partnership accepted between a new member's organization and a new mentor, the mentor signed in by API. */
    private record Mentored(String mentorEmail, Visitor mentor, long id) {

        static Mentored accepted(URI portal, String language, String prefix, long n) {
            Visitor partner = People.member(portal, prefix + "-partner-" + language + n + "@kmb.test",
                    "Limit Partner", "Limits Org " + prefix + " " + language + n);
            String mentorEmail = prefix + "-mentor-" + language + n + "@kmb.test";
            Visitor mentor = People.invited(portal, People.admin(portal), mentorEmail, "Limit Mentor", "mentor");
            long id = MatrixPartnerships.acceptedBetween(partner, mentor, "Limits " + prefix + " " + language + " "
                    + n);
            return new Mentored(mentorEmail, mentor, id);
        }
    }

    private static String sent(Visitor visitor, String page) {
        return visitor.get(page).body().replace("&nbsp;", "\u00a0").replace("&#160;", "\u00a0");
    }

    /** The box says its limit before anything is typed, counts a text under it, and says how many are too many. */
    private static void saysLimitAndCounts(ChromeDriver browser, String language, String box, int max,
            Random random) {
        WebElement help = new WebDriverWait(browser, Duration.ofSeconds(15), Browser.POLL).until(d -> d.findElement(
                By.id(box + "-limit")));
        WebElement input = browser.findElement(By.id(box));
        java.text.NumberFormat numbers = java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag(
                language));
        String filled = input.getDomProperty("value").strip();
        // An empty box says its limit; one filled with the record (the correction page) counts it at once.
        String before = filled.isEmpty()
                ? Bundle.shown(language, "partnerships.field.limit", max)
                : Bundle.text(language, "partnerships.field.count").replace("{0}", numbers.format(filled
                        .codePointCount(0, filled.length()))).replace("{1}", numbers.format(max));
        new WebDriverWait(browser, Duration.ofSeconds(15), Browser.POLL).until(d -> Bundle.normalSpaces(help
                .getText()).equals(Bundle.normalSpaces(before)));
        assertTrue(input.getAttribute("aria-describedby").contains(box + "-limit"), box);
        assertEquals(null, input.getAttribute("maxlength"), box + ": a paste is never cut");
        for (String text : List.of(longText(random, 1 + random.nextInt(max - 1)), longText(random, max + 1
                + random.nextInt(max)))) {
            browser.executeScript("arguments[0].value = arguments[1];"
                    + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", input, text);
            // A one-line box (a move's reason) drops the line breaks: the text counted is the one the box holds.
            String held = input.getDomProperty("value").replace("\r\n", "\n").strip();
            int typed = held.codePointCount(0, held.length());
            String expected = Bundle.normalSpaces(typed > max
                    ? over(language, held, max)
                    : Bundle.text(language, "partnerships.field.count").replace("{0}", numbers.format(typed))
                            .replace("{1}", numbers.format(max)));
            new WebDriverWait(browser, Duration.ofSeconds(15), Browser.POLL).until(d -> Bundle.normalSpaces(d
                    .findElement(By.id(box + "-limit")).getText()).equals(expected));
        }
    }

    /** The count said beside a box over its limit (thousands written as the language writes them). */
    private static String over(String language, String text) {
        return over(language, text, CheckInService.MAX_TEXT);
    }

    private static String over(String language, String text, int max) {
        int typed = text.strip().codePointCount(0, text.strip().length());
        java.text.NumberFormat numbers = java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag(
                language));
        return Bundle.text(language, "partnerships.field.over").replace("{0}", numbers.format(typed)).replace("{1}",
                numbers.format(max)).replace("{2}", numbers.format(typed - max))
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

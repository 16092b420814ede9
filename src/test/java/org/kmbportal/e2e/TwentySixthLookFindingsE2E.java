package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Random;

import org.jsoup.nodes.Document;
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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What session 53's user session (us53) found on a resource's "Was this useful?" form: a text over its limit was said
 * to have more characters than the reader typed (an emoji counted as two), and an answer sent just after an
 * administrator changed the reader's roles was refused with "Check your connection and try again"; and on the work
 * plan, a reason typed with nothing else changed came back empty.
 */
@ExtendWith(RunningPortal.class)
class TwentySixthLookFindingsE2E extends LookFindings {

    private static final String RESOURCE = "/resources/zeldin-2013-youth-adult-partnership";
    private static final int LIMIT = 500;

    /**
     * A text over the box's 500 characters, with emoji and other characters outside the BMP in it, is refused with the
     * number of characters the reader typed (each emoji one, as the portal counts), the text kept in its box.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aTextOverTheLimitIsSaidWithTheCharactersTheReaderTyped(String language, URI portal) {
        Random random = new Random(Gen.seed() * 31 + ("feedback-count-" + language).hashCode());
        String text = overWithWide(random);
        ChromeDriver reader = Browser.start(language);
        try {
            reader.get(portal.resolve(RESOURCE + "?lang=" + language).toString());
            reader.findElement(By.cssSelector("label[for=feedback-yes]")).click();
            reader.executeScript("arguments[0].value = arguments[1];", reader.findElement(By.id("feedback-text")),
                    text);
            reader.findElement(By.cssSelector("#feedback-form button[type=submit]")).click();
            assertEquals(Bundle.shown(language, "signal.error.text_too_long", LIMIT, length(text)), status(reader));
            assertEquals(text, value(reader, "feedback-text"), "the text is still in its box");
        } finally {
            reader.quit();
        }
    }

    /**
     * A member answers "Was this useful?" just after an administrator changed their roles: the form says they were
     * signed out and why, in their language, not that the connection failed; what they typed stays in the box.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void anAnswerSentAfterTheRolesChangedSaysTheReaderWasSignedOut(String language, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("feedback-signed-out-" + language).hashCode());
        String email = "useful-out-" + language + n + "@kmb.test";
        People.member(portal, email, "Una Useful", "Useful Org " + n);
        ChromeDriver member = signedIn(portal, language, email);
        member.get(portal.resolve(RESOURCE + "?lang=" + language).toString());
        member.findElement(By.cssSelector("label[for=feedback-yes]")).click();
        String text = line(random, 120);
        Browser.type(member, "feedback-text", text);
        UserSessionFindingsE2E.changeRoles(portal, email, "member", "mentor");
        member.findElement(By.cssSelector("#feedback-form button[type=submit]")).click();
        String said = status(member);
        assertEquals(Bundle.normalSpaces(Bundle.text(language, "session.ended")), Bundle.normalSpaces(said));
        assertTrue(!said.equals(Bundle.text(language, "signal.error.failed")), said);
        assertEquals(text, value(member, "feedback-text"), "what they typed is still in the box");
    }

    /**
     * A mentor types a reason on the work plan and changes nothing else: the page says nothing changed and no version
     * was made, and the reason is still in its box (it came back empty, the text lost).
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aReasonTypedWithNothingChangedStaysInItsBox(String language, URI portal) {
        base = portal;
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("plan-reason-kept-" + language).hashCode());
        Visitor partner = People.member(portal, "reason-p-" + language + n + "@kmb.test", "Reason Partner",
                "Reason Org " + n);
        long id = partnershipWithOneItem(portal, partner, random, n, language);
        Visitor mentor = People.signedIn(portal, "look-mentor-" + language + n + "@kmb.test");
        long version = mentor.get("/api/partnerships/" + id + "/plan").json().getJsonNumber("version").longValue();
        String reason = paragraph(random);

        Document answer = answerPage(mentor, mentor.submit(pageAt(mentor, "/partnerships/plan?id=" + id + "&lang="
                + language), "plan", Map.of("reason", reason), "save"));
        assertTrue(Bundle.normalSpaces(answer.select("main").text()).contains(Bundle.normalSpaces(Bundle.text(
                language, "partnerships.plan.unchanged", version))), answer.select("main").text());
        assertEquals(reason, answer.getElementById("plan:reason").wholeText().strip(), "the reason is kept");
        assertEquals(version, mentor.get("/api/partnerships/" + id + "/plan").json().getJsonNumber("version")
                .longValue(), "no new version");
    }

    /** The form's status line once it says something. */
    private static String status(ChromeDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(20), Browser.POLL).until(d -> {
            String shown = d.findElement(By.cssSelector("#feedback-form .signal-form__status")).getText();
            return shown.isBlank() ? null : shown.replace('\u00a0', ' ').strip();
        });
    }

    /**
     * Generated text of 501 to 900 characters as a reader counts them (under a thousand, so that no digit group
     * separator enters the number said), with several characters outside the BMP: more UTF-16 units than characters.
     */
    private static String overWithWide(Random random) {
        int target = LIMIT + 1 + random.nextInt(400);
        StringBuilder text = new StringBuilder(line(random, target));
        for (int i = 0, wide = 3 + random.nextInt(5); i < wide; i++) {
            int points = text.codePointCount(0, text.length());
            text.insert(text.offsetByCodePoints(0, random.nextInt(points + 1)), WIDE.get(random.nextInt(WIDE
                    .size())));
        }
        while (length(text.toString()) < target) {
            text.append(' ').append(line(random, target - length(text.toString())));
        }
        String cut = text.toString().strip();
        while (length(cut) > target) {
            cut = cut.substring(0, cut.offsetByCodePoints(0, target)).strip();
        }
        return length(cut) > LIMIT ? cut : cut + " é".repeat(LIMIT + 1 - length(cut));
    }
}

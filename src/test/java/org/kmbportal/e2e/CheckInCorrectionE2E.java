package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jakarta.json.Json;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kmbportal.partnerships.CheckInService;
import org.kmbportal.testing.Browser;
import org.kmbportal.testing.Bundle;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.testing.Visitor;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A recorded check-in could not be corrected: a typo or a wrong day stayed forever. Either partner now corrects it
 * through the same form, filled with the record; the wording it replaces stays on the check-in's page with who wrote
 * it and who replaced it, shown as text. When the other side corrected it meanwhile, the second save says so in the
 * page's language, shows their wording and keeps what was typed, and saving again loses no one's words. Only the
 * partners may: an administrator, a third organization and an anonymous visitor are refused by the server.
 */
@org.junit.jupiter.api.extension.ExtendWith(RunningPortal.class)
class CheckInCorrectionE2E {

    /** Pieces a partner types besides the library's words: quotes of both languages, markup, emoji, line breaks. */
    private static final List<String> ODD = List.of("« guillemets »", "\"quoted\"", "l’équipe", "don't",
            "<script>alert(1)</script>", "<b>bold</b>", "**stars**", "&amp;", "🌱", "👩🏽‍🏫", "🇨🇦", "\n", "\n\n",
            "{0}", "#{7*7}", "C:\\path", "—", "100 %");

    private final List<ChromeDriver> browsers = new ArrayList<>();

    @AfterEach
    void close() {
        browsers.forEach(ChromeDriver::quit);
    }

    /** Generated free text of up to {@code max} characters: the library's words mixed with the odd pieces. */
    private static String typed(String seed, int max) {
        Random random = new Random(Gen.seed() * 31 + seed.hashCode());
        Gen<String> words = GeneratedText.libraryWords(120);
        StringBuilder text = new StringBuilder();
        int length = random.nextBoolean() ? max : 200 + random.nextInt(Math.max(1, max - 200));
        while (text.length() < length) {
            text.append(random.nextInt(3) == 0 ? ODD.get(random.nextInt(ODD.size())) : words.next(random)).append(
                    ' ');
        }
        return GeneratedText.cut(text.toString(), length).strip();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void eitherPartnerCorrectsARecordAndEveryEarlierWordingStaysShownAsText(String language, URI portal) {
        long n = System.nanoTime();
        Visitor admin = People.admin(portal);
        String partnerEmail = "correct-partner-" + language + n + "@kmb.test";
        Visitor partner = People.member(portal, partnerEmail, "Paula « " + language + " »", "Correct Org " + language
                + n);
        Visitor mentor = People.invited(portal, admin, "correct-mentor-" + language + n + "@kmb.test",
                "Maya <b>" + language + "</b>", "mentor");
        long organization = partner.get("/api/account").json().getJsonNumber("organization").longValue();
        String joinCode = partner.get("/api/organizations/" + organization).json().getString("join_code");
        Http.Answer started = mentor.api("POST", "/api/partnerships", Json.createObjectBuilder().add("join_code",
                joinCode).add("title", "Corrections " + language).build().toString());
        assertEquals(201, started.status(), started.body());
        long id = started.json().getJsonNumber("id").longValue();
        assertEquals(200, partner.api("POST", "/api/partnerships/" + id + "/acceptance", Json.createObjectBuilder()
                .add("goals", "Keep matches going.").add("capacities", Json.createArrayBuilder().add("match-support"))
                .build().toString()).status());
        String recorded = typed("recorded-" + language, 600);
        assertEquals(201, mentor.api("POST", "/api/partnerships/" + id + "/check-ins", Json.createObjectBuilder()
                .add("what_happened", recorded).add("next_steps", "Meet again.").build().toString()).status());
        String page = "/partnerships/correct-check-in?id=" + id + "&number=1";

        // Refused on the server, whatever the page shows: an administrator, a third organization, no one signed in.
        assertEquals(403, admin.get(page).status());
        Visitor third = People.member(portal, "correct-third-" + language + n + "@kmb.test", "Theo", "Third Org "
                + language + n);
        assertEquals(404, third.get(page).status());
        Http.Answer anonymous = new Visitor(portal).get(page);
        assertEquals(302, anonymous.status());
        assertTrue(anonymous.header("Location").contains("/sign-in"), anonymous.header("Location"));

        ChromeDriver browser = Browser.start(language);
        browsers.add(browser);
        Browser.signInBySession(browser, portal, partnerEmail, People.PASSWORD);
        browser.get(portal.resolve("/partnerships/check-in?id=" + id + "&number=1&lang=" + language).toString());
        Browser.pressForNewPage(browser, browser.findElement(By.id("correct-record")));
        assertEquals(recorded, value(browser, "correct:what-happened"), "the form comes filled with the record");
        assertEquals(List.of(), Browser.wcagViolations(browser), "the correction page, " + language);

        String partnerWords = GeneratedText.cut(typed("partner-" + language, CheckInService.MAX_TEXT),
                CheckInService.MAX_TEXT);
        String context = typed("context-" + language, 300);
        put(browser, "correct:what-happened", partnerWords);
        put(browser, "correct:context-changes", context);
        // Meanwhile the mentor corrects it too, from the other side.
        String mentorWords = typed("mentor-" + language, 500);
        Http.Answer mentorSaved = mentor.submit(page, "correct", Map.of("what-happened", mentorWords), "save");
        assertEquals(302, mentorSaved.status(), mentorSaved.body());

        Browser.pressForNewPage(browser, browser.findElement(By.id("correct:save")));
        Browser.awaitMessage(browser, Bundle.shown(language, "partnerships.correct.overtaken"));
        assertEquals(mentorWords, text(browser, "current-what-happened"), "their wording, shown above");
        assertEquals(partnerWords.strip(), value(browser, "correct:what-happened").strip(), "what was typed is kept");
        assertEquals(context, value(browser, "correct:context-changes"));
        assertEquals(List.of(), Browser.wcagViolations(browser), "the correction page after a conflict");

        Browser.pressForNewPage(browser, browser.findElement(By.id("correct:save")));
        Browser.awaitMessage(browser, Bundle.shown(language, "partnerships.correct.saved", 1));
        assertTrue(browser.getCurrentUrl().contains("/partnerships/check-in?id=" + id + "&number=1"));
        assertEquals(partnerWords.strip(), browser.findElement(By.cssSelector(".check-in-record p.goals"))
                .getDomProperty("textContent"));
        List<String> earlier = browser.findElements(By.cssSelector(".earlier-what-happened")).stream()
                .map(e -> e.getDomProperty("textContent")).toList();
        assertEquals(List.of(mentorWords, recorded), earlier, "every earlier wording, newest first");
        String history = browser.findElement(By.cssSelector(".record-history")).getText();
        assertTrue(history.contains("Maya <b>" + language + "</b>") && history.contains("Paula « " + language
                + " »"), "who wrote and who replaced each, as text: " + history);
        assertEquals(0, browser.findElements(By.cssSelector(".record-history b, .record-history script")).size(),
                "markup typed is shown as text, never run");
        assertEquals(List.of(), Browser.wcagViolations(browser), "the check-in with its history, " + language);

        // A correction that leaves out what happened is refused beside the box; the rest typed stays, nothing changes.
        Browser.pressForNewPage(browser, browser.findElement(By.id("correct-record")));
        put(browser, "correct:what-happened", " \n ");
        String steps = typed("steps-" + language, 200);
        put(browser, "correct:next-steps", steps);
        Browser.pressForNewPage(browser, browser.findElement(By.id("correct:save")));
        Browser.awaitText(browser, By.id("correct:what-happened-error"), Bundle.shown(language,
                "partnerships.error.what_happened_required"));
        assertEquals("true", browser.findElement(By.id("correct:what-happened")).getDomAttribute("aria-invalid"));
        assertEquals(steps, value(browser, "correct:next-steps"));
        String shown = Jsoup.parse(partner.get("/partnerships/check-in?id=" + id + "&number=1").body())
                .select(".check-in-record p.goals").first().wholeText();
        assertEquals(partnerWords.strip(), shown, "the record is as the last correction left it");

        // Longer than its box allows: said beside it with the limit and its length, not "write what happened" (the
        // box was full: user session); what was typed stays, nothing changes.
        StringBuilder longer = new StringBuilder();
        while (longer.toString().strip().length() <= CheckInService.MAX_TEXT) {
            longer.append(typed("longer-" + language + longer.length(), 3_000));
        }
        String tooLong = longer.toString().strip();
        put(browser, "correct:what-happened", tooLong);
        Browser.pressForNewPage(browser, browser.findElement(By.id("correct:save")));
        Browser.awaitText(browser, By.id("correct:what-happened-error"), Bundle.shown(language,
                "editor.fieldTooLong", CheckInService.MAX_TEXT, tooLong.codePointCount(0, tooLong.length())));
        Browser.awaitMessage(browser, Bundle.shown(language, "partnerships.correct.error.too_long"));
        assertEquals(tooLong, value(browser, "correct:what-happened").strip(), "what was typed is kept");
        assertEquals(partnerWords.strip(), Jsoup.parse(partner.get("/partnerships/check-in?id=" + id + "&number=1")
                .body()).select(".check-in-record p.goals").first().wholeText(), "nothing changed");
    }

    private static String value(ChromeDriver browser, String id) {
        return new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL).until(d -> d.findElement(By.id(id)))
                .getDomProperty("value");
    }

    private static String text(ChromeDriver browser, String id) {
        return browser.findElement(By.id(id)).getDomProperty("textContent");
    }

    /** Types the text as a reader would paste it, emoji included (which ChromeDriver's keystrokes cannot send). */
    private static void put(ChromeDriver browser, String id, String text) {
        WebElement box = browser.findElement(By.id(id));
        browser.executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", box, text);
    }
}

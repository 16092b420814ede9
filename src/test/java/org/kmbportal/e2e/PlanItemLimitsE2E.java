package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import jakarta.json.Json;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kmbportal.partnerships.PlanRules;
import org.kmbportal.testing.Browser;
import org.kmbportal.testing.Bundle;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.testing.Visitor;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * User session api58: the work plan's "What" was a one-line box whose limit of 300 characters was said only after
 * Save. It is now a box that wraps its text, with its limit said beside it before anything is typed (in the page as
 * sent, for a browser without JavaScript too), a live count of what is typed and how much is too much, and the
 * server's refusal still beside the box after Save; at 1280 px and on a phone, in both languages.
 */
@ExtendWith(RunningPortal.class)
class PlanItemLimitsE2E {

    private static final String WHAT = "plan:items:0:what";

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void theLimitOfWhatIsSaidBesideItBeforeSaveAndCountedAsTyped(String language, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("api58-limits-" + language).hashCode());
        String partnerEmail = "api58-limits-" + language + n + "@kmb.test";
        Visitor partner = People.member(portal, partnerEmail, "Limit Partner", "Limit Org " + language + n);
        Visitor mentor = People.invited(portal, People.admin(portal), "api58-limits-mentor-" + language + n
                + "@kmb.test", "Limit Mentor", "mentor");
        long id = MatrixPartnerships.acceptedBetween(partner, mentor, "Limits " + language + " " + n);
        String first = oneLine(random, 120);
        Http.Answer plan = partner.api("PUT", "/api/partnerships/" + id + "/plan", Json.createObjectBuilder().add(
                "version", 0).add("items",
                        Json.createArrayBuilder().add(Json.createObjectBuilder().add("what", first)
                                .add("lead", "partner").add("status", "planned")))
                .build().toString());
        assertEquals(200, plan.status(), plan.body());
        String limit = Bundle.shown(language, "partnerships.field.limit", PlanRules.MAX_WHAT);

        String page = partner.get("/partnerships/plan?id=" + id + "&lang=" + language).body().replace("&nbsp;",
                "\u00a0").replace("&#160;", "\u00a0");
        assertTrue(page.contains(Bundle.text(language, "partnerships.field.limit", PlanRules.MAX_WHAT)),
                "the limit is in the page as sent, before any script runs");

        ChromeDriver browser = Browser.start(language);
        try {
            Browser.signInBySession(browser, portal, partnerEmail, People.PASSWORD);
            for (Dimension size : List.of(new Dimension(1280, 900), new Dimension(390, 844))) {
                browser.manage().window().setSize(size);
                browser.get(portal.resolve("/partnerships/plan?id=" + id + "&lang=" + language).toString());
                WebElement what = new WebDriverWait(browser, Duration.ofSeconds(15), Browser.POLL).until(d -> d
                        .findElement(By.id(WHAT)));
                assertEquals("textarea", what.getTagName(), size + ": a box that shows a long text whole");
                WebElement help = browser.findElement(By.id(WHAT + "-limit"));
                // The item's text is counted as soon as the page shows it, with the limit.
                assertEquals(count(language, "partnerships.field.count", first), help.getText(), size.toString());
                assertTrue(what.getAttribute("aria-describedby").contains(WHAT + "-limit"), size.toString());
                assertTrue(help.isDisplayed(), size.toString());
                long width = (Long) browser.executeScript("return document.documentElement.clientWidth;");
                assertTrue(what.getRect().getX() + what.getRect().getWidth() <= width, size + ": the box fits");
                assertTrue(help.getRect().getX() + help.getRect().getWidth() <= width, size + ": its limit fits");
            }
            // On the phone (the narrower page): typed beyond the limit, counted as typed, refused beside it by Save.
            WebElement what = browser.findElement(By.id(WHAT));
            StringBuilder words = new StringBuilder(first);
            while (words.length() < 2 * PlanRules.MAX_WHAT) {
                words.append(' ').append(oneLine(random, 500));
            }
            String text = words.toString();
            // Beyond the limit by 1 to 61 characters (counted as the portal counts them): the first 301 to 360 and a letter.
            String tooLong = text.substring(0, text.offsetByCodePoints(0, PlanRules.MAX_WHAT + 1 + random.nextInt(60)))
                    .strip() + "x";
            int typed = tooLong.codePointCount(0, tooLong.length());
            Browser.type(browser, WHAT, tooLong);
            what.sendKeys(org.openqa.selenium.Keys.ENTER);
            assertEquals(tooLong, what.getDomProperty("value"), "Enter adds no line break to What");
            Browser.awaitText(browser, By.id(WHAT + "-limit"), count(language, "partnerships.field.over", tooLong));
            Browser.pressForNewPage(browser, browser.findElement(By.id("plan:save")));
            Browser.awaitText(browser, By.id(WHAT + "-error"), Bundle.shown(language, "editor.fieldTooLong",
                    PlanRules.MAX_WHAT, typed));
            assertEquals(tooLong, browser.findElement(By.id(WHAT)).getDomProperty("value"), "the text is kept");
            assertTrue(browser.findElement(By.id(WHAT)).getAttribute("aria-describedby").contains(WHAT + "-error"),
                    "the refusal describes the box");
            browser.findElement(By.id("plan:add-item")).click();
            Browser.awaitText(browser, By.id("plan:items:1:what-limit"), limit);
        } finally {
            browser.quit();
        }
    }

    /** The count said beside the box for that text (fewer than 1,000 characters: no thousands separator). */
    private static String count(String language, String key, String text) {
        int typed = text.strip().codePointCount(0, text.strip().length());
        return Bundle.text(language, key).replace("{0}", String.valueOf(typed)).replace("{1}", String.valueOf(
                PlanRules.MAX_WHAT)).replace("{2}", String.valueOf(typed - PlanRules.MAX_WHAT)).replace('\u00a0', ' ');
    }

    /** Generated words in both languages on one line, as a reader types them. */
    private static String oneLine(Random random, int length) {
        String text = GeneratedText.libraryWords(length).next(random).replaceAll("\\s+", " ").strip();
        return text.isEmpty() ? "plan" : text;
    }
}

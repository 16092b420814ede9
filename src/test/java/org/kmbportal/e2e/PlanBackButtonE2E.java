package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import jakarta.json.Json;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kmbportal.testing.Browser;
import org.kmbportal.testing.Bundle;
import org.kmbportal.testing.GeneratedText;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.testing.Visitor;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The work plan's buttons other than Save (add an item, move it, remove it, find, link, unlink, evidence) answered
 * their POST with the page itself: after moving on, Back landed on that answer and the browser asked to send the form
 * again. Each now leads to the plan's own address, keeping what was typed and the button's message.
 */
@org.junit.jupiter.api.extension.ExtendWith(RunningPortal.class)
class PlanBackButtonE2E {

    private final List<ChromeDriver> browsers = new ArrayList<>();

    @AfterEach
    void close() {
        browsers.forEach(ChromeDriver::quit);
    }

    /** A partnership accepted by a new partner organization, with a plan of two items; its id and the partner. */
    private record Scene(long id, String partnerEmail, String second) {
    }

    private static Scene scene(String language, URI portal) {
        long n = System.nanoTime();
        Visitor admin = People.admin(portal);
        String partnerEmail = "back-partner-" + language + n + "@kmb.test";
        Visitor partner = People.member(portal, partnerEmail, "Back Partner", "Back Org " + language + n);
        Visitor mentor = People.invited(portal, admin, "back-mentor-" + language + n + "@kmb.test", "Back Mentor",
                "mentor");
        long organization = partner.get("/api/account").json().getJsonNumber("organization").longValue();
        String joinCode = partner.get("/api/organizations/" + organization).json().getString("join_code");
        Http.Answer started = mentor.api("POST", "/api/partnerships", Json.createObjectBuilder().add("join_code",
                joinCode).add("title", "Back after a button " + language).build().toString());
        assertEquals(201, started.status(), started.body());
        long id = started.json().getJsonNumber("id").longValue();
        assertEquals(200, partner.api("POST", "/api/partnerships/" + id + "/acceptance", Json.createObjectBuilder()
                .add("goals", "Keep matches going.").add("capacities", Json.createArrayBuilder().add("match-support"))
                .build().toString()).status());
        String first = UserSessionFindingsE2E.oneLine(GeneratedText.libraryWords(120), "back-first-" + language);
        String second = UserSessionFindingsE2E.oneLine(GeneratedText.libraryWords(120), "back-second-" + language);
        Http.Answer plan = mentor.api("PUT", "/api/partnerships/" + id + "/plan", Json.createObjectBuilder().add(
                "version", 0).add("items",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("what", first).add("why", "").add("lead", "partner")
                                        .add("status", "planned").add("resources", Json.createArrayBuilder().add(
                                                "closing-a-match-well")))
                                .add(Json.createObjectBuilder().add("what", second).add("why", "").add("lead", "mentor")
                                        .add("status", "planned")))
                .build().toString());
        assertEquals(200, plan.status(), plan.body());
        return new Scene(id, partnerEmail, second);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void backAfterAnyPlanButtonShowsThePlanNotAResubmitPage(String language, URI portal) {
        Scene scene = scene(language, portal);
        long id = scene.id();
        String partnerEmail = scene.partnerEmail();
        String second = scene.second();
        ChromeDriver browser = Browser.start(language);
        browsers.add(browser);
        Browser.signInBySession(browser, portal, partnerEmail, People.PASSWORD);
        browser.get(portal.resolve("/partnerships/view?id=" + id + "&lang=" + language).toString());
        String planPage = portal.resolve("/partnerships/plan?id=" + id).toString();

        pressThenBack(browser, language, planPage, "add-item", b -> b.findElement(By.id("plan:add-item")).click(),
                null);
        pressThenBack(browser, language, planPage, "down", b -> b.findElement(By.id("plan:items:0:down")).click(),
                null);
        pressThenBack(browser, language, planPage, "up", b -> b.findElement(By.id("plan:items:1:up")).click(), null);
        pressThenBack(browser, language, planPage, "remove", b -> b.findElement(By.id("plan:items:1:remove")).click(),
                second.substring(0, Math.min(12, second.length())).strip());
        pressThenBack(browser, language, planPage, "unlink",
                b -> b.findElement(By.id("plan:items:0:resources:0:unlink"))
                        .click(),
                null);
        pressThenBack(browser, language, planPage, "evidence",
                b -> b.findElement(By.id("plan:items:0:evidence")).click(),
                null);
        pressThenBack(browser, language, planPage, "find", b -> {
            Browser.type(b, "plan:find", "mentor");
            b.findElement(By.id("plan:find-button")).click();
        }, null);
        pressThenBack(browser, language, planPage, "link-found", b -> {
            Browser.type(b, "plan:find", "mentor");
            b.findElement(By.id("plan:find-button")).click();
            new WebDriverWait(b, Duration.ofSeconds(10), Browser.POLL)
                    .until(ExpectedConditions.presenceOfElementLocated(By.id(
                            "plan:found:0:link-found")));
            new Select(b.findElement(By.id("plan:target"))).selectByIndex(1);
            b.findElement(By.id("plan:found:0:link-found")).click();
        }, null);
        pressThenBack(browser, language, planPage, "link-collection", b -> b.findElement(By.id("plan:link-collection"))
                .click(), Bundle.shown(language, "partnerships.plan.chooseCollection"));
    }

    /**
     * The check-in page has the plan's item buttons too, and its own (move the check-in, and Record when it is
     * refused): each answered its POST with the page itself, so Back after moving on asked to send the form again.
     * Each now leads to the check-in's own address, with what was typed in the record kept and the button's message.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void backAfterACheckInsButtonsShowsTheCheckInNotAResubmitPage(String language, URI portal) {
        Scene scene = scene(language, portal);
        ChromeDriver browser = Browser.start(language);
        browsers.add(browser);
        Browser.signInBySession(browser, portal, scene.partnerEmail(), People.PASSWORD);
        browser.get(portal.resolve("/partnerships/view?id=" + scene.id() + "&lang=" + language).toString());
        String checkInPage = portal.resolve("/partnerships/check-in?id=" + scene.id() + "&number=1").toString();
        for (String button : List.of("record:add-item", "record:items:1:remove",
                "record:record-button")) {
            browser.get(checkInPage);
            String happened = UserSessionFindingsE2E.oneLine(GeneratedText.libraryWords(300), "check-in-" + button
                    + language);
            Browser.type(browser, "record:what-happened", happened);
            if (button.equals("record:record-button")) {
                // A held-on date the form cannot read: refused, nothing recorded, the text kept
                ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                        "const f = document.getElementById('record:held-on'); f.type = 'text'; f.value = '31/31/2026';");
            }
            String typed = browser.findElement(By.id("record:what-happened")).getAttribute("value");
            browser.findElement(By.id(button)).click();
            new WebDriverWait(browser, Duration.ofSeconds(15), Browser.POLL).until(d -> !d.findElements(By.id(
                    "record:what-happened")).isEmpty() && typed.equals(d.findElement(By.id("record:what-happened"))
                            .getAttribute("value")));
            if (button.equals("record:record-button")) {
                Browser.awaitMessage(browser, Bundle.shown(language, "partnerships.checkIn.error.invalid_held_on"));
                Browser.awaitText(browser, By.id("record:held-on-error"), Bundle.shown(language,
                        "partnerships.error.invalid_held_on"));
            }
            assertTrue(browser.getCurrentUrl().contains("/partnerships/check-in?id=" + scene.id() + "&number=1"),
                    button + ": the answer is the check-in's own address, not the form's POST: " + browser
                            .getCurrentUrl());
            leaveAndComeBack(browser, language, button, "record:record-button");
        }
        browser.get(checkInPage);
        browser.findElement(By.id("move:move-button")).click();
        // Moved to no day: the message beside the date says to choose one (it said the check-in "cannot move to that
        // day")
        Browser.awaitMessage(browser, Bundle.shown(language, "partnerships.checkIn.notMoved"));
        Browser.awaitText(browser, By.id("move:date-error"), Bundle.shown(language,
                "partnerships.error.move_no_date"));
        leaveAndComeBack(browser, language, "move:move-button", "record:record-button");
    }

    /**
     * The partnership's page links to "the next check-in" without its number; after recording it, Back showed the
     * form of the check-in after it, filled by the browser with the text just recorded, one click from recording it
     * twice (found by the user session). The page now names the check-in by its number, so Back shows its record.
     * One language: the words are the other tests'; this is about which page Back reaches.
     */
    @ParameterizedTest
    @ValueSource(strings = {"fr"})
    void backAfterRecordingACheckInShowsItsRecordNotTheNextOnesForm(String language, URI portal) {
        Scene scene = scene(language, portal);
        ChromeDriver browser = Browser.start(language);
        browsers.add(browser);
        Browser.signInBySession(browser, portal, scene.partnerEmail(), People.PASSWORD);
        browser.get(portal.resolve("/partnerships/check-in?id=" + scene.id() + "&lang=" + language).toString());
        new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL)
                .until(ExpectedConditions.urlContains("number=1"));
        Browser.type(browser, "record:what-happened", UserSessionFindingsE2E.oneLine(GeneratedText.libraryWords(300),
                "recorded-" + language));
        browser.findElement(By.id("record:record-button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15), Browser.POLL)
                .until(ExpectedConditions.urlContains("/partnerships/view"));
        browser.navigate().back();
        new WebDriverWait(browser, Duration.ofSeconds(15), Browser.POLL).until(d -> !d.findElements(By.cssSelector(
                ".check-in-record")).isEmpty() || !d.findElements(By.id("record:record-button")).isEmpty());
        assertTrue(browser.findElements(By.id("record:record-button")).isEmpty(),
                "Back after recording offers no form to record again: " + browser.getCurrentUrl());
        assertFalse(browser.findElements(By.cssSelector(".check-in-record")).isEmpty(), "Back shows the record");
    }

    /** Leaves by the page's link back to the partnership, then Back: the page again, not a resubmission. */
    private static void leaveAndComeBack(ChromeDriver browser, String language, String what, String pagesButton) {
        browser.findElement(By.linkText(Bundle.shown(language, "partnerships.back"))).click();
        new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL)
                .until(ExpectedConditions.urlContains("/partnerships/view"));
        browser.navigate().back();
        new WebDriverWait(browser, Duration.ofSeconds(15), Browser.POLL)
                .until(d -> !d.findElements(By.id(pagesButton)).isEmpty()
                        || !d.findElements(By.id("main-frame-error")).isEmpty()
                        || d.getPageSource().contains("ERR_CACHE_MISS"));
        assertFalse(browser.getPageSource().contains("ERR_CACHE_MISS"), what + ": no 'Confirm form resubmission'");
        assertTrue(browser.findElements(By.id("main-frame-error")).isEmpty(), what + ": no browser error page");
        assertFalse(browser.findElements(By.id(pagesButton)).isEmpty(), what + ": Back shows the page");
    }

    /**
     * Opens the plan, types a generated reason, presses a button, and checks that the answer is the plan's own
     * address with the reason kept (and the button's message); then leaves by the page's link and comes Back: the
     * plan, not the browser's "Confirm form resubmission".
     */
    private static void pressThenBack(ChromeDriver browser, String language, String planPage, String what,
            Consumer<ChromeDriver> press, String message) {
        browser.get(planPage);
        String reason = UserSessionFindingsE2E.oneLine(GeneratedText.libraryWords(160), "back-" + what + language);
        Browser.type(browser, "plan:reason", reason);
        String before = browser.findElement(By.id("plan:reason")).getAttribute("value");
        press.accept(browser);
        new WebDriverWait(browser, Duration.ofSeconds(15), Browser.POLL)
                .until(d -> !d.findElements(By.id("plan:reason")).isEmpty()
                        && before.equals(d.findElement(By.id("plan:reason")).getAttribute("value")));
        if (message != null) {
            Browser.awaitMessage(browser, message);
        }
        leaveAndComeBack(browser, language, what, "plan:save");
    }
}

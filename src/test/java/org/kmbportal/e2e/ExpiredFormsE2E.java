package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kmbportal.testing.Browser;
import org.kmbportal.testing.Bundle;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.testing.Visitor;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A form sent after its session ended is an expected case: the reader gets the "page expired" page (or the sign-in page
 * again), and the portal's log one line, not a warning with a stack trace (user session of 2026-12-06: a
 * {@code ViewExpiredException} logged with its stack on /organization each time).
 */
@ExtendWith(RunningPortal.class)
class ExpiredFormsE2E {

    private static final String LOGGED = "answered with the page-expired page";

    private final List<ChromeDriver> browsers = new ArrayList<>();

    @AfterEach
    void close() {
        browsers.forEach(ChromeDriver::quit);
        browsers.clear();
    }

    private static String log() {
        try {
            return Files.readString(RunningPortal.log());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    /** Waits for the log to say the expired form once more than before, then checks it wrote no stack trace. */
    private static void assertOneLineLogged(String before) {
        int lines = count(before, LOGGED);
        try {
            new FluentWait<>(RunningPortal.log()).withTimeout(Duration.ofSeconds(15)).pollingEvery(Browser.POLL)
                    .until(file -> count(log(), LOGGED) > lines);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("the portal did not log the expired form in one line", e);
        }
        String after = log().substring(before.length());
        assertEquals(0, count(after, "ViewExpiredException"), "no stack trace: " + after);
        assertEquals(0, count(after, "RestoreViewPhase"), after);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void theOrganizationsAnswersSentAfterTheSessionEndedGetThePageExpiredPageAndOneLineInTheLog(String language,
            URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("expired-" + language).hashCode());
        String email = "expired-" + language + n + "@kmb.test";
        People.member(portal, email, "Expired Member", "Expired Org " + language + n);
        ChromeDriver browser = Browser.start(language);
        browsers.add(browser);
        Browser.signInBySession(browser, portal, email, People.PASSWORD);
        browser.get(portal.resolve("/organization?lang=" + language).toString());
        browser.findElement(By.id("q-organization_size-small")).sendKeys(Keys.SPACE);
        Browser.type(browser, "challenges", GeneratedText.oddTitles(400).next(random));
        Browser.pressForNewPage(browser, browser.findElement(By.cssSelector("#questionnaire button[type=submit]")));
        new WebDriverWait(browser, Duration.ofSeconds(20), Browser.POLL).until(d -> !d.findElements(By.id(
                "save-profile:save")).isEmpty());

        String before = log();
        browser.manage().deleteCookieNamed("JSESSIONID");
        browser.findElement(By.id("save-profile:save")).click();
        Browser.awaitText(browser, By.tagName("h1"), Bundle.shown(language, "error.expired.title"));
        Browser.awaitText(browser, By.id("kept-typing"), Bundle.shown(language, "keptTyping.kept"));
        assertOneLineLogged(before);
    }

    /** Any page's form: a form of another session, a stale sign-in form (the sign-in page again, as before). */
    @Test
    void aFormOfAnotherSessionOnAnyPageIsAnsweredWithoutAStackTrace(URI portal) {
        for (String path : new String[]{"/account/", "/sign-in"}) {
            String before = log();
            Visitor owner = path.equals("/sign-in")
                    ? new Visitor(portal)
                    : People.member(portal, "expired-any-"
                            + System.nanoTime() + "@kmb.test", "Any Page", "Any Page Org " + System.nanoTime());
            Document page = Jsoup.parse(owner.get(path).body(), portal.resolve(path).toString());
            String form = path.equals("/sign-in") ? "signin" : "profile";
            // Sent in another session: signed out for the sign-in form, another member's for My account.
            Visitor sender = path.equals("/sign-in")
                    ? new Visitor(portal)
                    : People.member(portal, "expired-other-"
                            + System.nanoTime() + "@kmb.test", "Other Session",
                            "Other Session Org " + System.nanoTime());
            Http.Answer answer = sender.submit(page, form, Map.of(), null);
            if (path.equals("/sign-in")) {
                assertEquals(302, answer.status(), answer.body());
            } else {
                assertEquals(400, answer.status());
                assertTrue(answer.body().contains(Bundle.text("en", "error.expired.title")), answer.body());
            }
            assertOneLineLogged(before);
        }
    }
}

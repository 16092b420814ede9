package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jakarta.json.Json;

import org.junit.jupiter.api.AfterEach;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What the user sessions on the shipped library still met on 5 December 2026 (sixth look), each on its page. */
@ExtendWith(RunningPortal.class)
class SixthLookFindingsE2E {

    private static final String ZELDIN = "zeldin-2013-youth-adult-partnership";

    private final List<ChromeDriver> browsers = new ArrayList<>();

    @AfterEach
    void close() {
        browsers.forEach(ChromeDriver::quit);
        browsers.clear();
    }

    private ChromeDriver browser(String language) {
        ChromeDriver browser = Browser.start(language);
        browsers.add(browser);
        return browser;
    }

    /**
     * "Show the resources that fit" answered its POST with the page: a reload asked to send the form again (or lost the
     * answers), and so did Back after moving on. It now leads to the page's address (the answers kept for the session
     * under a number, never the paragraph in the address): the redirect, a reload and Back show the same answers, the
     * same paragraphs and the same matches.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void showingTheResourcesThatFitThenReloadingAndGoingBackKeepsTheAnswersAndMatches(String language, URI portal) {
        ChromeDriver browser = browser(language);
        browser.get(portal.resolve("/organization?lang=" + language).toString());
        click(browser, By.id("q-organization_size-small"));
        Random random = new Random(Gen.seed() * 31 + ("sixth-fit-" + language).hashCode());
        Gen<String> words = GeneratedText.libraryWords(500);
        String paragraphs = words.next(random).strip() + " « Été à l’école » 🙂 <b>gras</b> & #{7*7}\n\n" + words
                .next(random).strip() + "\n" + GeneratedText.cut(words.next(random), 300).strip();
        String typed = fill(browser, By.id("challenges"), GeneratedText.cut(paragraphs, 1900).strip());
        Browser.pressForNewPage(browser, browser.findElement(By.cssSelector("#questionnaire button[type=submit]")));
        new WebDriverWait(browser, Duration.ofSeconds(20), Browser.POLL).until(d -> !d.findElements(By.id(
                "matches-title")).isEmpty());
        String address = URLDecoder.decode(browser.getCurrentUrl(), StandardCharsets.UTF_8);
        assertFalse(address.contains(GeneratedText.cut(typed, 30).strip()), "the paragraph stays out of the address");
        List<String> matches = matchTitles(browser);
        assertFalse(matches.isEmpty(), "matches shown");
        sameAnswers(browser, typed, matches, "after the redirect");

        browser.navigate().refresh();
        BackAfterFormButtonsE2E.noResubmission(browser, "reload", By.id("matches-title"));
        sameAnswers(browser, typed, matches, "after a reload");
        BackAfterFormButtonsE2E.leaveAndComeBack(browser, portal, "show the resources that fit", By.id(
                "matches-title"));
        sameAnswers(browser, typed, matches, "after leaving and coming Back");
    }

    private static void sameAnswers(WebDriver browser, String typed, List<String> matches, String when) {
        assertEquals(typed, browser.findElement(By.id("challenges")).getDomProperty("value"), when);
        assertTrue(browser.findElement(By.id("q-organization_size-small")).isSelected(), when);
        assertEquals(matches, matchTitles(browser), when);
    }

    private static List<String> matchTitles(WebDriver browser) {
        return browser.findElements(By.cssSelector(".match-list .card__title")).stream().map(WebElement::getText)
                .toList();
    }

    /**
     * A signed-in reader who answered "Was this useful?" in an earlier session met the question again with no sign of
     * that answer, though a new one replaces it. The form now says what they answered and when, to them only: another
     * reader and a reader not signed in see no such line.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aSignedInReadersEarlierAnswerIsRecalledToThemOnlyInANewSession(String language, URI portal) {
        long n = System.nanoTime();
        String email = "sixth-earlier-" + language + n + "@kmb.test";
        Visitor reader = People.member(portal, email, "Earlier Answer", "Earlier Answer Org " + language + n);
        boolean useful = "en".equals(language);
        Http.Answer answered = reader.api("POST", "/api/resources/" + ZELDIN + "/feedback", Json.createObjectBuilder()
                .add("useful", useful).build().toString());
        assertTrue(answered.status() == 201 || answered.status() == 200, answered.body());
        String expected = Bundle.shown(language, "feedback.earlier", Bundle.shown(language, useful
                ? "feedback.earlier.useful"
                : "feedback.earlier.notUseful"), LocalDate.now(ZoneOffset.UTC).toString());

        ChromeDriver browser = browser(language);
        Browser.signInBySession(browser, portal, email, People.PASSWORD);
        browser.get(portal.resolve("/resources/" + ZELDIN + "?lang=" + language).toString());
        assertEquals(expected, earlierLine(browser), "a new session recalls the answer");

        String other = "sixth-other-" + language + n + "@kmb.test";
        People.member(portal, other, "Other Reader", "Other Reader Org " + language + n);
        ChromeDriver otherBrowser = browser(language);
        Browser.signInBySession(otherBrowser, portal, other, People.PASSWORD);
        otherBrowser.get(portal.resolve("/resources/" + ZELDIN + "?lang=" + language).toString());
        assertEquals("", earlierLine(otherBrowser), "another reader sees nothing of it");
        otherBrowser.manage().deleteAllCookies();
        otherBrowser.get(portal.resolve("/resources/" + ZELDIN + "?lang=" + language).toString());
        assertEquals("", earlierLine(otherBrowser), "a reader not signed in sees nothing of it");
    }

    private static String earlierLine(ChromeDriver browser) {
        new WebDriverWait(browser, Duration.ofSeconds(15), Browser.POLL).until(d -> !d.findElements(By.cssSelector(
                "form.signal-form")).isEmpty());
        List<WebElement> lines = browser.findElements(By.cssSelector("form.signal-form .signal-form__earlier"));
        return lines.isEmpty() ? "" : lines.get(0).getDomProperty("textContent").replace('\u00a0', ' ').strip();
    }

    /**
     * The header's search box in French showed «Rechercher dans la bibli» on pages with a long menu at 1366 px (signed
     * in, with a long name). Its placeholder now fits whole in the box, at 1366 and 390 px, in both languages.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void theHeaderSearchPlaceholderFitsItsBoxOnPagesWithALongMenu(String language, URI portal) {
        long n = System.nanoTime();
        String email = "sixth-header-" + language + n + "@kmb.test";
        People.member(portal, email, "Marie-Évangéline Beauchemin-Tremblay " + n, "Header Org " + language + n);
        ChromeDriver browser = browser(language);
        Browser.signInBySession(browser, portal, email, People.PASSWORD);
        List<String> cut = new ArrayList<>();
        for (int width : new int[]{LayoutE2E.DESKTOP_WIDTH, 390}) {
            browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 900,
                    "deviceScaleFactor", 1, "mobile", false));
            for (String path : List.of("/", "/organization", "/search?q=mentor", "/resources/" + ZELDIN, "/account/",
                    "/curate/", "/partnerships/")) {
                browser.get(portal.resolve(path + (path.contains("?") ? "&" : "?") + "lang=" + language).toString());
                new WebDriverWait(browser, Duration.ofSeconds(15), Browser.POLL).until(d -> !d.findElements(By.id(
                        "quick-q")).isEmpty());
                Number spare = (Number) ((JavascriptExecutor) browser).executeScript("""
                        const box = document.getElementById('quick-q');
                        const style = getComputedStyle(box);
                        const context = document.createElement('canvas').getContext('2d');
                        context.font = style.font;
                        const room = box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
                        return room - context.measureText(box.placeholder).width;
                        """);
                if (spare.doubleValue() < 0) {
                    cut.add(width + " px " + path + ": " + Math.round(-spare.doubleValue()) + " px short");
                }
            }
        }
        assertEquals(List.of(), cut, "the placeholder '" + Bundle.text(language, "search.placeholder")
                + "' fits its box");
    }

    private static void click(ChromeDriver browser, By control) {
        WebElement element = browser.findElement(control);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /** Puts the text in the field as typing would leave it and returns it as the browser holds it. */
    private static String fill(ChromeDriver browser, By field, String text) {
        WebElement element = browser.findElement(field);
        element.click();
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", element, text);
        return element.getDomProperty("value");
    }
}

package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Found by a user session on the shipped library: a member answered the organization page's questions, wrote a long
 * paragraph of challenges, and pressed "Save these answers" after the session had ended: "Page expired", and the
 * answers and the paragraph were gone (the save form holds them as hidden copies, which were not kept).
 */
@ExtendWith(RunningPortal.class)
class AnswersKeptAcrossSessionE2E {

    private final List<ChromeDriver> browsers = new ArrayList<>();

    @AfterEach
    void close() {
        browsers.forEach(ChromeDriver::quit);
        browsers.clear();
    }

    /** For each language, a long paragraph of the library's words with accents, emoji and markup-like text. */
    static Stream<Arguments> paragraphs() {
        Gen<String> words = GeneratedText.libraryWords(1500);
        Gen<String> odd = Gen.of(" « Été à l’école » — ça marche 🙂 ", " <script>alert(1)</script> & <b>gras</b> ",
                " l’équipe « bénévole » 👩🏽‍🏫 déjà là ", " **bold** [lien](javascript:alert(1)) #{7*7} ",
                " « naïve » et l’œuvre 🇨🇦 ’ ");
        Gen<String> paragraph = random -> words.next(random) + odd.next(random) + GeneratedText.cut(words.next(
                random), 300) + odd.next(random);
        return Stream.of("en", "fr").flatMap(language -> Gen.tries("answers-kept-" + language, 1, paragraph)
                .map(text -> Arguments.of(language, GeneratedText.cut(text, 1900).strip())));
    }

    @ParameterizedTest
    @MethodSource("paragraphs")
    void answersSavedAfterTheSessionEndedAreBackAfterSigningInAndSavedOnce(String language, String paragraph,
            URI portal) {
        long n = System.nanoTime();
        String email = "answers-kept-" + language + n + "@kmb.test";
        Visitor member = People.member(portal, email, "Kept Answers", "Kept Answers Org " + language + n);
        long organization = member.get("/api/account").json().getJsonNumber("organization").longValue();
        String profile = "/api/organizations/" + organization + "/profile";
        boolean savedBefore = "fr".equals(language);
        if (savedBefore) {
            // The organization already saved other answers: the page opens with them, and their own Save button.
            Http.Answer saved = member.api("PUT", profile, Json.createObjectBuilder().add("context", Json
                    .createObjectBuilder().add("organization_size", "large")).add("challenges", "Earlier words")
                    .add("language", language).build().toString());
            assertEquals(200, saved.status(), saved.body());
        }

        ChromeDriver browser = Browser.start(language);
        browsers.add(browser);
        Browser.signInBySession(browser, portal, email, People.PASSWORD);
        browser.get(portal.resolve("/organization?lang=" + language).toString());
        click(browser, By.id("q-organization_size-small"));
        WebElement topic = browser.findElements(By.cssSelector("#questionnaire input[type=checkbox][name=topics]"))
                .get((int) (n % 5));
        String topicValue = topic.getDomProperty("value");
        String topicId = topic.getDomProperty("id");
        click(browser, By.id(topicId));
        String typed = fill(browser, By.id("challenges"), paragraph);
        // The answers lead to the page's own address (a redirect): wait for that page, not the one they left.
        Browser.pressForNewPage(browser, browser.findElement(By.cssSelector("#questionnaire button[type=submit]")));
        new WebDriverWait(browser, Duration.ofSeconds(20), Browser.POLL).until(d -> !d.findElements(By.id(
                "save-profile:save")).isEmpty());

        // The session ends (its cookie gone, as when it timed out), then the member presses "Save these answers".
        browser.manage().deleteCookieNamed("JSESSIONID");
        browser.findElement(By.id("save-profile:save")).click();
        Browser.awaitText(browser, By.id("kept-typing"), Bundle.shown(language, "keptTyping.kept"));
        assertEquals(savedBefore ? List.of("large") : List.of(), savedSize(member, profile),
                "nothing saved while signed out");

        // The "Page expired" page said "go back, reload the page and try again" under the notice that the text is
        // kept until signing in (user session of 2026-12-06, us47): reloading would lose it. Only the notice is left.
        assertTrue(browser.findElements(By.cssSelector(".sign-in-why")).stream().noneMatch(WebElement::isDisplayed),
                "the page does not also ask to go back and reload: " + browser.findElement(By.id("main")).getText());
        assertFalse(browser.findElement(By.id("main")).getText().contains(Bundle.shown(language, "error.expired.text")
                .substring(0, 40)));
        // In French by the page's own "Sign in again" button, in English by the header's link: both come back here.
        browser.findElement(savedBefore
                ? By.id("expired-sign-in")
                : By.cssSelector(".account-nav a[href*='/sign-in']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15), Browser.POLL).until(d -> !d.findElements(By.id(
                "signin:email")).isEmpty());
        browser.findElement(By.id("signin:email")).sendKeys(email);
        browser.findElement(By.id("signin:password")).sendKeys(People.PASSWORD);
        browser.findElement(By.id("signin:submit")).click();
        String restored = Bundle.shown(language, "organization.keptRestored");
        try {
            new WebDriverWait(browser, Duration.ofSeconds(15), Browser.POLL).ignoring(WebDriverException.class)
                    .until(d -> URI.create(d.getCurrentUrl()).getPath().equals("/organization")
                            && d.findElement(By.id("kept-typing")).getText().contains(restored));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("not put back at " + browser.getCurrentUrl() + ": " + browser.findElement(By.id(
                    "main")).getText(), e);
        }
        assertEquals(typed, browser.findElement(By.id("challenges")).getDomProperty("value"),
                "the paragraph is back, as typed");
        assertTrue(browser.findElement(By.id("q-organization_size-small")).isSelected(), "the answer is back");
        assertTrue(browser.findElement(By.id(topicId)).isSelected(), "the topic ticked is back");
        assertTrue(browser.findElements(By.cssSelector("#kept-typing textarea")).isEmpty(), "nothing to copy by hand");
        assertFalse(browser.findElement(By.id("main")).getText().contains(Bundle.shown(language,
                "organization.fromSaved")), "not also told that these are the answers saved (user session of "
                        + "2026-12-06: both notices side by side)");
        assertFalse(browser.findElements(By.id("save-profile:save")).stream().anyMatch(WebElement::isDisplayed),
                "no button saves the answers saved earlier instead of those put back");
        assertEquals(savedBefore ? List.of("large") : List.of(), savedSize(member, profile),
                "not saved until the member saves");

        // The answers lead to the page's own address (a redirect): wait for that page, not the one they left.
        Browser.pressForNewPage(browser, browser.findElement(By.cssSelector("#questionnaire button[type=submit]")));
        new WebDriverWait(browser, Duration.ofSeconds(20), Browser.POLL).until(d -> !d.findElements(By.id(
                "save-profile:save")).isEmpty());
        browser.findElement(By.id("save-profile:save")).click();
        Browser.awaitMessage(browser, Bundle.shown(language, "organization.saved"));
        JsonObject saved = member.get(profile).json();
        assertEquals(oneLine(typed), oneLine(saved.getString("challenges")), "the paragraph saved is the one typed");
        assertEquals(List.of("small"), savedSize(member, profile));
        assertEquals(List.of(topicValue), saved.getJsonObject("context").getJsonArray("topics")
                .getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
        browser.navigate().refresh();
        new WebDriverWait(browser, Duration.ofSeconds(15), Browser.POLL).until(d -> !d.findElements(By.id(
                "questionnaire")).isEmpty());
        assertEquals("", browser.findElement(By.id("kept-typing")).getText(), "once saved, nothing is put back");
        assertEquals(oneLine(typed), oneLine(browser.findElement(By.id("challenges")).getDomProperty("value")),
                "the page opens with the answers saved");
    }

    private static List<String> savedSize(Visitor member, String profile) {
        Http.Answer answer = member.get(profile);
        if (answer.status() == 404) {
            return List.of();
        }
        JsonObject context = answer.json().getJsonObject("context");
        return context.containsKey("organization_size")
                ? context.getJsonArray("organization_size").getValuesAs(
                        JsonString.class).stream().map(JsonString::getString).toList()
                : List.of();
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
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

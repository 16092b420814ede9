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

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * When the session ended (signed out in another tab) before a form was sent, nothing typed is lost: the sign-in page
 * says the text is kept, in the page's language, and after signing in it is back in the form, with a notice (the
 * editor's form on a shipped resource, a new collection's title, a check-in's "what happened"). The sign-in page for a
 * French page is in French; forms post to the page's public address, never its view's file.
 */
@ExtendWith(RunningPortal.class)
class SessionEndedE2E {

    /** A shipped research summary (content/summaries/). */
    private static final String SHIPPED = "aarons-2006-organizational-climate-staff-turnover";

    private final List<ChromeDriver> browsers = new ArrayList<>();

    @AfterEach
    void close() {
        browsers.forEach(ChromeDriver::quit);
    }

    /** A paragraph of the library's words with accents, emoji, guillemets and the typographic apostrophe. */
    static Stream<Arguments> paragraphs() {
        Gen<String> words = GeneratedText.libraryWords(400);
        Gen<String> tail = Gen.of(" « Été à l’école » — ça marche 🙂", " l’équipe « bénévole » 👩🏽‍🏫 déjà là",
                " « naïve » et l’œuvre 🇨🇦 ’");
        Gen<String> paragraph = random -> words.next(random) + tail.next(random);
        return Stream.of("en", "fr").flatMap(language -> Gen.tries("kept-typing-" + language, 1, paragraph)
                .map(text -> Arguments.of(language, text)));
    }

    @ParameterizedTest
    @MethodSource("paragraphs")
    void aNewCollectionsTitleTypedAfterTheSessionEndedComesBackAfterSigningInAndIsSaved(String language,
            String paragraph, URI portal) {
        String title = GeneratedText.cut(paragraph.replaceAll("\\s+", " ").strip(), 300).strip();
        // One curator per run: the title is the run's seed's, and a curator's titles are distinct.
        String email = "kept-curator-" + language + System.nanoTime() + "@kmb.test";
        People.invited(portal, People.admin(portal), email, "Kept Curator " + language, "mentor");
        ChromeDriver browser = signedIn(portal, language, email);
        browser.get(portal.resolve("/curate/?lang=" + language).toString());
        String typed = fill(browser, By.id("create:title"), title);

        signOutInAnotherTab(browser, portal, language);
        browser.findElement(By.id("create:create-button")).click();
        assertKeptOnSignIn(browser, language, "/curate/");
        signInHere(browser, email);

        awaitPath(browser, "/curate/");
        assertEquals(typed, browser.findElement(By.id("create:title")).getDomProperty("value"),
                "the title typed is back in the form");
        assertRestoredNotice(browser, language);
        browser.findElement(By.id("create:create-button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL)
                .until(ExpectedConditions.urlContains("/curate/edit"));
        assertEquals(typed, browser.findElement(By.id("edit:title")).getDomProperty("value"), "saved as typed");

        browser.get(portal.resolve("/curate/?lang=" + language).toString());
        assertEquals("", browser.findElement(By.id("create:title")).getDomProperty("value"),
                "once saved, the text is not put back again");
        assertEquals("", browser.findElement(By.id("kept-typing")).getText());
    }

    @ParameterizedTest
    @MethodSource("paragraphs")
    void textTypedBeforeTheSessionEndedIsNeverPutIntoAnotherPersonsForm(String language, String paragraph,
            URI portal) {
        String title = GeneratedText.cut(paragraph.replaceAll("\\s+", " ").strip(), 300).strip();
        String first = "kept-first-" + language + "@kmb.test";
        String next = "kept-next-" + language + "@kmb.test";
        People.invited(portal, People.admin(portal), first, "Kept First " + language, "mentor");
        People.invited(portal, People.admin(portal), next, "Kept Next " + language, "mentor");
        ChromeDriver browser = signedIn(portal, language, first);
        browser.get(portal.resolve("/curate/?lang=" + language).toString());
        fill(browser, By.id("create:title"), title);

        signOutInAnotherTab(browser, portal, language);
        browser.findElement(By.id("create:create-button")).click();
        assertKeptOnSignIn(browser, language, "/curate/");
        // Someone else sits down at the same tab and signs in.
        signInHere(browser, next);

        awaitPath(browser, "/curate/");
        assertEquals("", browser.findElement(By.id("create:title")).getDomProperty("value"),
                "the first person's title is not in the next person's form");
        assertEquals("", browser.findElement(By.id("kept-typing")).getText());
        assertEquals(0L, ((JavascriptExecutor) browser).executeScript("return Object.keys(sessionStorage)"
                + ".filter(function (k) { return k.indexOf('kmb.kept-typing:') === 0; }).length"),
                "nor is it kept any longer in the tab");
    }

    @ParameterizedTest
    @MethodSource("paragraphs")
    void anEditorsTextOnAShippedResourceComesBackAfterSigningIn(String language, String paragraph, URI portal) {
        String email = "kept-editor-" + language + "@kmb.test";
        People.invited(portal, People.admin(portal), email, "Kept Editor " + language, "editor");
        ChromeDriver browser = signedIn(portal, language, email);
        String page = "/editor/edit?id=" + SHIPPED;
        browser.get(portal.resolve(page + "&lang=" + language).toString());
        By section = By.cssSelector("textarea[id$=':section']");
        String shipped = browser.findElement(section).getDomProperty("value");
        assertFalse(shipped.isBlank(), "the shipped resource's text is in the form");
        String typed = fill(browser, section, shipped + "\n\n" + paragraph);

        signOutInAnotherTab(browser, portal, language);
        browser.findElement(By.id("edit:save")).click();
        assertKeptOnSignIn(browser, language, page);
        signInHere(browser, email);

        awaitPath(browser, "/editor/edit");
        assertTrue(browser.getCurrentUrl().contains("id=" + SHIPPED), browser.getCurrentUrl());
        assertEquals(typed, browser.findElement(section).getDomProperty("value"),
                "the editor's text is back, over the shipped text the page came with");
        assertRestoredNotice(browser, language);
    }

    @ParameterizedTest
    @MethodSource("paragraphs")
    void aCheckInsWhatHappenedComesBackAfterSigningIn(String language, String paragraph, URI portal) {
        Visitor admin = People.admin(portal);
        Visitor partner = People.member(portal, "kept-partner-" + language + "@kmb.test", "Kept Partner", "Kept Org "
                + language);
        String mentorEmail = "kept-mentor-" + language + "@kmb.test";
        Visitor mentorApi = People.invited(portal, admin, mentorEmail, "Kept Mentor " + language, "mentor");
        long organization = partner.get("/api/account").json().getJsonNumber("organization").longValue();
        String joinCode = partner.get("/api/organizations/" + organization).json().getString("join_code");
        Http.Answer started = mentorApi.api("POST", "/api/partnerships", Json.createObjectBuilder()
                .add("join_code", joinCode).add("title", "Kept check-in " + language).build().toString());
        assertEquals(201, started.status(), started.body());
        long id = started.json().getJsonNumber("id").longValue();
        Http.Answer accepted = partner.api("POST", "/api/partnerships/" + id + "/acceptance", Json
                .createObjectBuilder().add("goals", "Keep matches going.").add("capacities", Json
                        .createArrayBuilder().add("match-support"))
                .build().toString());
        assertEquals(200, accepted.status(), accepted.body());

        ChromeDriver browser = signedIn(portal, language, mentorEmail);
        String page = "/partnerships/check-in?id=" + id;
        browser.get(portal.resolve(page + "&lang=" + language).toString());
        // An item added to the record lives in the page's state on the server, which ends with the session.
        By itemFields = By.cssSelector("[id^='record:items:'][id$=':what']");
        int items = browser.findElements(itemFields).size();
        browser.findElement(By.id("record:add-item")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL)
                .until(ExpectedConditions.numberOfElementsToBe(itemFields,
                        items + 1));
        String item = fill(browser, By.id("record:items:" + items + ":what"), "Suivi « mensuel » de l’équipe 🙂");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("record:items:" + items + ":lead")))
                .selectByValue("mentor");
        String typed = fill(browser, By.id("record:what-happened"), paragraph);

        signOutInAnotherTab(browser, portal, language);
        browser.findElement(By.id("record:record-button")).click();
        assertKeptOnSignIn(browser, language, page);
        signInHere(browser, mentorEmail);

        awaitPath(browser, "/partnerships/check-in");
        assertEquals(typed, browser.findElement(By.id("record:what-happened")).getDomProperty("value"),
                "what happened is back in the check-in");
        assertRestoredNotice(browser, language);
        assertEquals(items, browser.findElements(itemFields).size(), "the added item went with the session");
        WebElement notice = browser.findElement(By.id("kept-typing"));
        assertTrue(notice.getText().contains(Bundle.shown(language, "keptTyping.copy")), notice.getText());
        assertTrue(notice.getText().contains(Bundle.shown(language, "keptTyping.choices").replace('\u00a0', ' ')),
                "the notice says a choice could not be put back: " + notice.getText());
        assertEquals(List.of(item, Bundle.shown(language, "partnerships.lead.mentor")), notice.findElements(By
                .tagName("textarea")).stream().map(t -> t.getDomProperty("value")).toList(),
                "the item's text is shown to copy, and the choice of who leads it with it");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void theSignInPageForAPageAskedForInALanguageIsInThatLanguage(String language, URI portal) {
        ChromeDriver browser = Browser.start("fr".equals(language) ? "en" : "fr");
        browsers.add(browser);
        browser.get(portal.resolve("/editor/insights?lang=" + language).toString());
        new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL)
                .until(ExpectedConditions.urlContains("/sign-in?next="));
        assertEquals(language, browser.findElement(By.tagName("html")).getDomAttribute("lang"));
        assertEquals(Bundle.shown(language, "signIn.title"), browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElement(By.cssSelector(".sign-in-why")).getText().contains(Bundle.shown(language,
                "signIn.toSeePage")));
    }

    @Test
    void aFormSentBackKeepsThePagesPublicAddress(URI portal) {
        String email = "public-address@kmb.test";
        People.invited(portal, People.admin(portal), email, "Paul Public", "mentor");
        ChromeDriver browser = signedIn(portal, "fr", email);

        browser.get(portal.resolve("/curate/?lang=fr").toString());
        browser.findElement(By.id("create:create-button")).click();
        Browser.awaitText(browser, By.cssSelector("[id='create'] .field-error"), Bundle.shown("fr", "field.required"));
        assertAddress(browser, "/curate/", "lang=fr");

        browser.get(portal.resolve("/partnerships/").toString());
        Browser.type(browser, "start:code", "NOT-A-CODE");
        Browser.type(browser, "start:title", "Nowhere");
        browser.findElement(By.id("start:start-button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL).ignoring(WebDriverException.class)
                .until(d -> !d.findElements(By.cssSelector("#messages .message")).isEmpty());
        assertAddress(browser, "/partnerships/", null);

        browser.get(portal.resolve("/account/").toString());
        Browser.type(browser, "profile:name", "Paul Publié");
        browser.findElement(By.id("profile:save")).click();
        Browser.awaitMessage(browser, Bundle.shown("fr", "account.saved"));
        assertAddress(browser, "/account/", null);
        browser.navigate().refresh();
        assertEquals("Paul Publié", browser.findElement(By.id("profile:name")).getDomProperty("value"));
    }

    private static void assertAddress(ChromeDriver browser, String path, String query) {
        URI shown = URI.create(browser.getCurrentUrl());
        assertEquals(path, shown.getPath(), browser.getCurrentUrl());
        assertEquals(query, shown.getQuery(), browser.getCurrentUrl());
    }

    private ChromeDriver signedIn(URI portal, String language, String email) {
        ChromeDriver browser = Browser.start(language);
        browsers.add(browser);
        Browser.signIn(browser, portal, email, People.PASSWORD);
        return browser;
    }

    /**
     * Puts the text in the field as typing would leave it (emoji outside the BMP cannot be typed through WebDriver)
     * and returns it as the browser holds it (a text box's line breaks are plain {@code \n}).
     */
    private static String fill(ChromeDriver browser, By field, String text) {
        WebElement element = browser.findElement(field);
        element.click();
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", element, text);
        return element.getDomProperty("value");
    }

    /** Signs out in a second tab of the same browser, then comes back to the first. */
    private static void signOutInAnotherTab(ChromeDriver browser, URI portal, String language) {
        String first = browser.getWindowHandle();
        browser.switchTo().newWindow(WindowType.TAB);
        browser.get(portal.resolve("/account/?lang=" + language).toString());
        browser.findElement(By.cssSelector("#sign-out input[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL)
                .until(ExpectedConditions.presenceOfElementLocated(By
                        .cssSelector(".account-nav a[href*='/sign-in']")));
        browser.close();
        browser.switchTo().window(first);
    }

    private static void assertKeptOnSignIn(ChromeDriver browser, String language, String page) {
        new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL)
                .until(ExpectedConditions.urlContains("/sign-in?next="));
        assertTrue(browser.getCurrentUrl().contains(java.net.URLEncoder.encode(page,
                java.nio.charset.StandardCharsets.UTF_8)), browser.getCurrentUrl());
        assertEquals(language, browser.findElement(By.tagName("html")).getDomAttribute("lang"));
        Browser.awaitText(browser, By.id("kept-typing"), Bundle.shown(language, "keptTyping.kept"));
        assertTrue(browser.findElement(By.id("kept-typing")).isDisplayed());
        assertEquals("status", browser.findElement(By.id("kept-typing")).getDomAttribute("role"));
    }

    private static void signInHere(ChromeDriver browser, String email) {
        browser.findElement(By.id("signin:email")).sendKeys(email);
        browser.findElement(By.id("signin:password")).sendKeys(People.PASSWORD);
        browser.findElement(By.id("signin:submit")).click();
    }

    private static void awaitPath(ChromeDriver browser, String path) {
        new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL)
                .until(d -> URI.create(d.getCurrentUrl()).getPath().equals(
                        path));
    }

    private static void assertRestoredNotice(ChromeDriver browser, String language) {
        Browser.awaitText(browser, By.id("kept-typing"), Bundle.shown(language, "keptTyping.restored"));
        WebElement notice = browser.findElement(By.id("kept-typing"));
        assertTrue(notice.isDisplayed());
        assertEquals("status", notice.getDomAttribute("role"), "read out by screen readers");
        assertEquals("kept-typing", browser.switchTo().activeElement().getDomAttribute("id"),
                "the keyboard starts at the notice");
    }
}

package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kmbportal.testing.Browser;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.testing.Visitor;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The language a person chooses on My account follows their account (session of 2026-12-05: it was a cookie only, so
 * each new browser started in the browser's language again): signing in on a browser set to the other language opens
 * the pages in the chosen one, also the page the sign-in was asked for. The header's switch is a link: it changes the
 * pages being read, never the account (a GET that changed it was a change a link on another site could make: task
 * fix59), also when pressed before signing in (task fix60).
 */
@ExtendWith(RunningPortal.class)
class AccountLanguageE2E {

    private final List<ChromeDriver> browsers = new ArrayList<>();

    @AfterEach
    void close() {
        browsers.forEach(ChromeDriver::quit);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void theLanguageChosenWhileSignedInOpensThePagesOnAnotherBrowser(String chosen, URI portal) {
        String other = chosen.equals("en") ? "fr" : "en";
        String email = "language-" + chosen + System.nanoTime() + "@kmb.test";
        People.member(portal, email, "Lan Guage " + chosen, "Language Org " + chosen + System.nanoTime());

        ChromeDriver first = browser(other);
        Browser.signIn(first, portal, email, People.PASSWORD);
        assertEquals(other, pageLanguage(first), "a browser in " + other + " opens in it before any choice");
        chooseOnMyAccount(first, portal, chosen);
        done(first);

        ChromeDriver second = browser(other);
        Browser.signIn(second, portal, email, People.PASSWORD);
        assertEquals(chosen, pageLanguage(second), "signed in on another browser set to " + other);
        second.get(portal.resolve("/account/").toString());
        awaitPageLanguage(second, chosen);
        // Links of a page carry its own language: following them is no choice.
        second.get(portal.resolve("/search?q=mentoring&lang=" + chosen).toString());
        awaitPageLanguage(second, chosen);

        chooseOnMyAccount(second, portal, other);
        done(second);
        ChromeDriver third = browser(chosen);
        third.get(portal.resolve("/account/?lang=" + chosen).toString());
        new WebDriverWait(third, Duration.ofSeconds(10), Browser.POLL).until(
                ExpectedConditions.presenceOfElementLocated(By.id("signin:email")));
        third.findElement(By.id("signin:email")).sendKeys(email);
        third.findElement(By.id("signin:password")).sendKeys(People.PASSWORD);
        third.findElement(By.id("signin:submit")).click();
        new WebDriverWait(third, Duration.ofSeconds(10), Browser.POLL).until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector(".account-nav form")));
        assertEquals(other, pageLanguage(third), "the last choice wins, also over the address asked for: "
                + third.getCurrentUrl());
        assertTrue(third.getCurrentUrl().contains("/account/"), third.getCurrentUrl());
        done(third);

        // The header's switch pressed before signing in changes the pages being read, not the account: the pages
        // after signing in are in the account's language, and so are the next browser's (task fix60: the switch's
        // language was saved on the account at sign-in, over the one chosen on My account).
        ChromeDriver fourth = browser(other);
        fourth.get(portal.resolve("/sign-in").toString());
        new WebDriverWait(fourth, Duration.ofSeconds(10), Browser.POLL).until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.language-switch")));
        assertEquals(other, pageLanguage(fourth));
        fourth.findElement(By.cssSelector("a.language-switch")).click();
        new WebDriverWait(fourth, Duration.ofSeconds(10), Browser.POLL).until(d -> chosen.equals(pageLanguage(
                (ChromeDriver) d)) && !d.findElements(By.id("signin:email")).isEmpty());
        fourth.findElement(By.id("signin:email")).sendKeys(email);
        fourth.findElement(By.id("signin:password")).sendKeys(People.PASSWORD);
        fourth.findElement(By.id("signin:submit")).click();
        new WebDriverWait(fourth, Duration.ofSeconds(10), Browser.POLL).until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector(".account-nav form")));
        assertEquals(other, pageLanguage(fourth), "signed in after the switch: the account's language");
        fourth.get(portal.resolve("/account/").toString());
        awaitPageLanguage(fourth, other);
        assertTrue(fourth.findElement(By.cssSelector("#language input[value='" + other + "']")).isSelected(),
                "My account ticks the language saved on it");
        done(fourth);
        ChromeDriver fifth = browser(chosen);
        Browser.signIn(fifth, portal, email, People.PASSWORD);
        assertEquals(other, pageLanguage(fifth), "the switch before signing in changed no setting of the account");
    }

    /**
     * A person who signs up on the French pages, then signs in on a browser set to English, reads French: the language
     * the account was made in is their first choice (last user session of 2026-12-05: English).
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void theLanguageAnAccountWasMadeInOpensThePagesOnAnotherBrowser(String chosen, URI portal) {
        String other = chosen.equals("en") ? "fr" : "en";
        String email = "made-in-" + chosen + System.nanoTime() + "@kmb.test";
        ChromeDriver first = browser(other);
        first.get(portal.resolve("/sign-up?lang=" + chosen).toString());
        Browser.type(first, "signup:name", "Made « In » " + chosen);
        Browser.type(first, "signup:email", email);
        Browser.type(first, "signup:password", People.PASSWORD);
        Browser.type(first, "signup:confirmation", People.PASSWORD);
        Browser.type(first, "signup:organization", "Made In Org " + chosen + System.nanoTime());
        first.findElement(By.id("signup:submit")).click();
        new WebDriverWait(first, Duration.ofSeconds(10), Browser.POLL).until(d -> d.getCurrentUrl().contains(
                "/sign-in"));
        ChromeDriver second = browser(other);
        Browser.signIn(second, portal, email, People.PASSWORD);
        assertEquals(chosen, pageLanguage(second), "signed up in " + chosen + ", signed in on a browser in " + other);
    }

    /**
     * My account has a language setting (user session of 2026-12-05: none): chosen by keyboard, it is saved, the page
     * comes back in it saying so, another browser opens in it after signing in, and the header's switch changes the
     * same setting.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void theLanguageChosenOnMyAccountIsTheAccountsLanguage(String chosen, URI portal) {
        String other = chosen.equals("en") ? "fr" : "en";
        String email = "setting-" + chosen + System.nanoTime() + "@kmb.test";
        People.member(portal, email, "Ré « Glage » " + chosen, "Setting Org " + chosen + System.nanoTime());
        ChromeDriver first = browser(other);
        Browser.signIn(first, portal, email, People.PASSWORD);
        first.get(portal.resolve("/account/").toString());
        awaitPageLanguage(first, other);
        WebElement option = first.findElement(By.cssSelector("#language input[value='" + chosen + "']"));
        assertEquals("false", String.valueOf(option.isSelected()), "the page's own language is the one ticked");
        assertTrue(first.findElement(By.cssSelector("#language input[value='" + other + "']")).isSelected());
        option.sendKeys(Keys.SPACE);
        first.findElement(By.id("language:save")).sendKeys(Keys.ENTER);
        awaitPageLanguage(first, chosen);
        Browser.awaitMessage(first, chosen.equals("fr") ? "La langue est enregistrée" : "The language is saved");
        assertTrue(first.findElement(By.cssSelector("#language input[value='" + chosen + "']")).isSelected());
        assertEquals(List.of(), Browser.wcagViolations(first), "My account with its language setting");

        ChromeDriver second = browser(other);
        Browser.signIn(second, portal, email, People.PASSWORD);
        assertEquals(chosen, pageLanguage(second), "signed in on another browser set to " + other);

        // The header's switch changes the pages being read only: My account still ticks the account's language.
        second.get(portal.resolve("/account/").toString());
        awaitPageLanguage(second, chosen);
        second.findElement(By.cssSelector("a.language-switch")).click();
        awaitPageLanguage(second, other);
        assertTrue(second.findElement(By.cssSelector("#language input[value='" + chosen + "']")).isSelected(),
                "the account's language is ticked, not the page's");
        ChromeDriver third = browser(other);
        Browser.signIn(third, portal, email, People.PASSWORD);
        assertEquals(chosen, pageLanguage(third), "the switch changed no setting of the account");
    }

    /**
     * Task fix59: the header's switch, a GET link, changed a signed-in account's saved language, so any link (one on
     * another site too) could change it. It now changes the pages being read only, as for anyone not signed in; the
     * account's language is changed by My account's form (POST, with the form's state), by keyboard.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void theSwitchChangesThePagesReadAndOnlyMyAccountsFormTheAccount(String chosen, URI portal) {
        String other = chosen.equals("en") ? "fr" : "en";
        String email = "switch-only-" + chosen + System.nanoTime() + "@kmb.test";
        People.member(portal, email, "Swit « Ch » " + chosen + " 🙂", "Switch Org " + chosen + System.nanoTime());
        Visitor first = new Visitor(portal, other);
        assertTrue(first.signIn(email, People.PASSWORD));
        Http.Answer saved = first.submit("/account/", "language", Map.of("choice", other), "save");
        assertEquals(302, saved.status(), "My account's form saves the language");

        // The switch, and a link to a page in the other language from anywhere: that page is in it, nothing saved.
        for (String path : List.of("/search?q=mentoring&lang=" + chosen, "/account/?lang=" + chosen)) {
            assertEquals(chosen, language(first.get(path)), path);
        }
        Document account = Jsoup.parse(first.get("/account/").body());
        assertEquals(chosen, account.selectFirst("html").attr("lang"), "the pages read stay in the one switched to");
        assertEquals(other, account.selectFirst("#language input[checked]").attr("value"),
                "My account ticks the account's language");
        Visitor second = new Visitor(portal, chosen);
        assertTrue(second.signIn(email, People.PASSWORD));
        assertEquals(other, language(second.get("/account/")), "another browser opens in the account's language");

        // My account's form, by POST, changes it.
        assertEquals(302, first.submit("/account/", "language", Map.of("choice", chosen), "save").status());
        Visitor third = new Visitor(portal, other);
        assertTrue(third.signIn(email, People.PASSWORD));
        assertEquals(chosen, language(third.get("/account/")), "the language saved on My account");
    }

    private static String language(Http.Answer answer) {
        assertEquals(200, answer.status(), answer.body());
        return Jsoup.parse(answer.body()).selectFirst("html").attr("lang");
    }

    /** Chooses the pages' language on My account by keyboard, and waits for the page to come back in it. */
    private static void chooseOnMyAccount(ChromeDriver browser, URI portal, String language) {
        browser.get(portal.resolve("/account/").toString());
        new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL).until(ExpectedConditions
                .presenceOfElementLocated(By.id("language:save")));
        WebElement option = browser.findElement(By.cssSelector("#language input[value='" + language + "']"));
        if (!option.isSelected()) {
            option.sendKeys(Keys.SPACE);
        }
        browser.findElement(By.id("language:save")).sendKeys(Keys.ENTER);
        awaitPageLanguage(browser, language);
    }

    private static String pageLanguage(ChromeDriver browser) {
        return (String) browser.executeScript("return document.documentElement.lang");
    }

    private static void awaitPageLanguage(ChromeDriver browser, String language) {
        new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL).until(d -> language.equals(pageLanguage(
                (ChromeDriver) d)) && !d.findElements(By.cssSelector(".account-nav form")).isEmpty());
    }

    /**
     * Closes a browser the test is done with, so that the next "other browser" is a reset one rather than one more
     * Chromium started: a reset browser has no cookie, no stored data and no cache (Browser.start), and the session
     * it had stays open on the portal as a browser's would when it is closed.
     */
    private void done(ChromeDriver browser) {
        browsers.remove(browser);
        browser.quit();
    }

    private ChromeDriver browser(String language) {
        ChromeDriver browser = Browser.start(language);
        browsers.add(browser);
        return browser;
    }
}

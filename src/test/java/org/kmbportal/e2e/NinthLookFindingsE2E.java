package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jakarta.json.Json;
import jakarta.json.JsonObject;

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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What the last user sessions of 5 December 2026 (real Chromium, shipped library) found still open, on its pages. */
@ExtendWith(RunningPortal.class)
class NinthLookFindingsE2E {

    private final List<ChromeDriver> browsers = new ArrayList<>();

    @AfterEach
    void close() {
        browsers.forEach(ChromeDriver::quit);
        browsers.clear();
    }

    private ChromeDriver signedIn(URI portal, String language, String email) {
        ChromeDriver browser = Browser.start(language);
        browsers.add(browser);
        Browser.signInBySession(browser, portal, email, People.PASSWORD);
        return browser;
    }

    private static String line(Random random, int length) {
        return GeneratedText.oddTitles(length).next(random).replaceAll("\\s+", " ").strip();
    }

    /** A long paragraph on one line: the library's words, quotation marks, markup-like text, both languages. */
    private static String paragraph(Random random) {
        return line(random, 400) + " « Été à l’école » & <b>gras</b> #{7*7} " + line(random, 300);
    }

    private static String profilePath(Visitor member) {
        return "/api/organizations/" + member.get("/api/account").json().getJsonNumber("organization").longValue()
                + "/profile";
    }

    private static void saveProfile(Visitor who, String path, String size, String challenges, String language) {
        Http.Answer saved = who.api("PUT", path, Json.createObjectBuilder().add("context", Json.createObjectBuilder()
                .add("organization_size", size)).add("challenges", challenges).add("language", language).build()
                .toString());
        assertEquals(200, saved.status(), saved.body());
    }

    private static String challengesBox(ChromeDriver browser) {
        return browser.findElement(By.id("challenges")).getDomProperty("value");
    }

    private static void sendAnswers(ChromeDriver browser) {
        Browser.pressForNewPage(browser, browser.findElement(By.cssSelector("#questionnaire button[type=submit]")));
        new WebDriverWait(browser, Duration.ofSeconds(20), Browser.POLL).until(d -> !d.findElements(By.id(
                "save-profile:save")).isEmpty());
    }

    /**
     * Two members of one organization edited its profile at once: the second save silently replaced the first. A save
     * is now checked against the version its answers were given on: the conflict says who saved and when, shows
     * their answers and words, keeps the answers typed in the form, and "Save over" puts them over that save.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aColleaguesSaveOfTheOrganizationProfileIsNeverSilentlyReplaced(String language, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("profile-conflict-" + language).hashCode());
        String email = "profile-member-" + language + n + "@kmb.test";
        Visitor member = People.member(portal, email, "Profile Member", "Profile Org " + language + n);
        String path = profilePath(member);
        long organization = member.get("/api/account").json().getJsonNumber("organization").longValue();
        String code = member.get("/api/organizations/" + organization).json().getString("join_code");
        String colleagueName = "Colleague " + line(random, 40).replaceAll("[<>&\"]", "");
        Visitor colleague = People.invited(portal, People.admin(portal), "profile-colleague-" + language + n
                + "@kmb.test", colleagueName, "mentor");
        Http.Answer joined = colleague.submit("/account/", "organization-form", Map.of("choice", "join", "joinCode",
                code), "join");
        assertTrue(joined.status() < 400, joined.body());
        assertEquals(organization, colleague.get("/api/account").json().getJsonNumber("organization").longValue());
        saveProfile(member, path, "large", "Earlier words " + n, language);

        ChromeDriver browser = signedIn(portal, language, email);
        browser.get(portal.resolve("/organization?lang=" + language).toString());
        browser.findElement(By.id("q-organization_size-small")).sendKeys(Keys.SPACE);
        String typed = paragraph(random);
        Browser.type(browser, "challenges", typed);
        typed = challengesBox(browser);
        sendAnswers(browser);

        // The colleague saves first, from their own page (here the API).
        String theirs = paragraph(random) + " 🙂";
        saveProfile(colleague, path, "medium", theirs, language);
        Browser.pressForNewPage(browser, browser.findElement(By.id("save-profile:save")));
        Browser.awaitText(browser, By.cssSelector(".conflict"), Bundle.shown(language, "organization.conflict"));
        JsonObject stored = member.get(path).json();
        assertEquals(theirs, stored.getString("challenges"), "the colleague's save stays");
        assertEquals(typed.strip(), challengesBox(browser), "the answers typed are still in their box");
        assertTrue(browser.findElement(By.id("q-organization_size-small")).isSelected(), "and the answer chosen");
        assertTrue(browser.findElement(By.id("their-save")).getText().contains(colleagueName), "who saved");
        assertEquals(theirs, browser.findElement(By.id("their-challenges")).getText(), "their words");
        assertTrue(browser.findElement(By.id("their-answers")).getText().contains(Bundle.shown(language,
                "punctuation.colon").strip()), "their answers");
        assertEquals(Bundle.shown(language, "organization.saveOver"), browser.findElement(By.id(
                "profile-conflict:save-over")).getDomProperty("value").replace('\u00a0', ' '));
        assertEquals(List.of(), Browser.wcagViolations(browser));

        Browser.pressForNewPage(browser, browser.findElement(By.id("profile-conflict:save-over")));
        Browser.awaitMessage(browser, Bundle.shown(language, "organization.saved"));
        stored = member.get(path).json();
        assertEquals(typed.strip(), stored.getString("challenges"), "saved over theirs, as typed");
        assertEquals("small", stored.getJsonObject("context").getJsonArray("organization_size").getString(0));
    }

    /**
     * Answers typed on the page, sent, the profile saved elsewhere (the same account, another tab), then Back to the
     * page: the browser put the older typed paragraph back over the newer profile, and Save replaced it. The
     * questionnaire now carries the version its answers were typed on, which comes back with them: the conflict, in
     * the words of the other tab.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void backToTheOrganizationPageAfterANewerSaveNeverPutsTheOlderAnswersOverIt(String language, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("profile-back-" + language).hashCode());
        String email = "profile-back-" + language + n + "@kmb.test";
        Visitor member = People.member(portal, email, "Back Member", "Back Profile Org " + language + n);
        String path = profilePath(member);
        saveProfile(member, path, "large", "Earlier words " + n, language);

        ChromeDriver browser = signedIn(portal, language, email);
        browser.get(portal.resolve("/organization?lang=" + language).toString());
        Browser.type(browser, "challenges", paragraph(random));
        String typed = challengesBox(browser);
        sendAnswers(browser);

        String newer = "Newer words from the other tab « été » " + n;
        saveProfile(member, path, "small", newer, language);

        browser.navigate().back();
        new WebDriverWait(browser, Duration.ofSeconds(15), Browser.POLL).until(d -> !d.getCurrentUrl().contains("kept=")
                && !d.findElements(By.id("challenges")).isEmpty() && "complete".equals(((ChromeDriver) d)
                        .executeScript("return document.readyState")));
        String shown = challengesBox(browser);
        sendAnswers(browser);
        Browser.pressForNewPage(browser, browser.findElement(By.id("save-profile:save")));
        assertEquals(newer, member.get(path).json().getString("challenges"), "the newer save stays");
        Browser.awaitText(browser, By.cssSelector(".conflict"), Bundle.shown(language, "organization.conflictMine"));
        assertEquals(shown.strip(), challengesBox(browser), "what the box held after Back is still there");
        assertEquals(Bundle.shown(language, "organization.saveOverMine"), browser.findElement(By.id(
                "profile-conflict:save-over")).getDomProperty("value").replace('\u00a0', ' '));
        assertEquals(typed, shown, "the browser put the older typed paragraph back on Back (the route the user met)");
    }

    /**
     * "Delete my account" pressed with the password box empty said the password was not right (and counted it as a
     * wrong try). It now asks for the password beside the box, in the page's language; nothing changes, and the right
     * password then deletes as before.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void deletingTheAccountWithAnEmptyPasswordAsksForItBesideTheBox(String language, URI portal) {
        long n = System.nanoTime();
        String email = "empty-delete-" + language + n + "@kmb.test";
        Visitor member = People.member(portal, email, "Empty Delete", "Empty Delete Org " + language + n);
        ChromeDriver browser = signedIn(portal, language, email);
        browser.get(portal.resolve("/account/?lang=" + language).toString());
        browser.findElement(By.id("delete-account:delete")).sendKeys(Keys.ENTER);
        Browser.awaitText(browser, By.id("delete-account:deletePassword-error"), Bundle.shown(language,
                "account.deletePasswordMissing"));
        String said = browser.findElement(By.id("delete-account:deletePassword-error")).getText();
        assertFalse(said.contains(Bundle.shown(language, "account.wrongPassword")), said);
        WebElement box = browser.findElement(By.id("delete-account:deletePassword"));
        assertEquals("true", box.getDomAttribute("aria-invalid"));
        assertTrue(box.getDomAttribute("aria-describedby").contains("delete-account:deletePassword-error"));
        assertEquals(200, member.get("/api/account").status(), "the account is still there");
        assertEquals(List.of(), Browser.wcagViolations(browser));

        Browser.type(browser, "delete-account:deletePassword", People.PASSWORD);
        browser.findElement(By.id("delete-account:delete")).sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(15), Browser.POLL).until(d -> d.getCurrentUrl().contains(
                "/account-deleted"));
    }

}

package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.Json;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the pages say, and where the keyboard starts, when a session ended under someone (session of 2026-12-05): a
 * sign-in sent after the session expired, a forced sign-out, and a proposal seen by the mentor who made it.
 */
@ExtendWith(RunningPortal.class)
class SignOutWordsE2E {

    private final List<ChromeDriver> browsers = new ArrayList<>();

    @AfterEach
    void close() {
        browsers.forEach(ChromeDriver::quit);
    }

    /**
     * The sign-in page left open until the session expired answered its form with "Page expired". It is the sign-in
     * page again, titled so, with a short message that the session ended; signing in then works.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aSignInSentAfterTheSessionExpiredIsTheSignInPageWithAWord(String language, URI portal) {
        String email = "expired-signin-" + language + System.nanoTime() + "@kmb.test";
        People.member(portal, email, "Ex Pired " + language, "Expired Org " + language + System.nanoTime());
        ChromeDriver browser = browser(language);
        browser.get(portal.resolve("/sign-in?lang=" + language).toString());
        browser.manage().deleteCookieNamed("JSESSIONID");
        browser.findElement(By.id("signin:email")).sendKeys(email);
        browser.findElement(By.id("signin:password")).sendKeys(People.PASSWORD);
        browser.findElement(By.id("signin:submit")).click();

        new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL)
                .until(d -> !d.findElements(By.tagName("h1")).isEmpty());
        assertFalse(browser.getTitle().contains(Bundle.shown(language, "error.expired.title")), browser.getTitle());
        assertTrue(browser.getTitle().startsWith(Bundle.shown(language, "signIn.title")), browser.getTitle());
        assertEquals(Bundle.shown(language, "signIn.title"), browser.findElement(By.tagName("h1")).getText());
        Browser.awaitText(browser, By.cssSelector(".sign-in-expired"), Bundle.shown(language, "signIn.expired"));
        assertEquals("sign-in-expired", focusedClass(browser, "sign-in-expired"), "the keyboard starts at the words");

        Browser.signIn(browser, portal, email, People.PASSWORD);
    }

    /**
     * After a forced sign-out (an administrator changed the account's roles) the keyboard was on the page's body: a
     * screen reader said nothing of what happened. It starts at the message.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void afterAForcedSignOutTheKeyboardStartsAtTheMessage(String language, URI portal) {
        String email = "focus-editor-" + language + System.nanoTime() + "@kmb.test";
        People.invited(portal, People.admin(portal), email, "Fo Cus " + language, "editor");
        ChromeDriver editor = browser(language);
        Browser.signIn(editor, portal, email, People.PASSWORD);
        editor.get(portal.resolve("/editor/?lang=" + language).toString());
        UserSessionFindingsE2E.changeRoles(portal, email, "member");
        editor.get(portal.resolve("/browse").toString());
        Browser.awaitText(editor, By.cssSelector(".session-ended"), Bundle.shown(language, "session.ended.roles"));
        assertEquals("session-ended", focusedClass(editor, "session-ended"), "the keyboard starts at the message");
    }

    /**
     * An editor whose roles an administrator removed while they typed signed in again and came back to the edit page:
     * "Not allowed" under "We kept what you typed…; check it and save again", with nothing to save. The page says
     * the roles changed and the page needs one the account lost; the notice says the text was not saved and gives all
     * of it to copy.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void anEditorWhoseRolesWereRemovedIsToldWhyAndGivenWhatTheyTyped(String language, URI portal) {
        String email = "removed-editor-" + language + System.nanoTime() + "@kmb.test";
        People.invited(portal, People.admin(portal), email, "Re Moved " + language, "editor");
        ChromeDriver editor = browser(language);
        Browser.signIn(editor, portal, email, People.PASSWORD);
        editor.get(portal.resolve("/editor/edit?id=closing-a-match-well&lang=" + language).toString());
        UserSessionFindingsE2E.changeRoles(portal, email, "member");
        String typed = UserSessionFindingsE2E.oneLine(GeneratedText.libraryWords(140), "roles-removed-" + language);
        editor.executeScript("arguments[0].value += arguments[1];", editor.findElement(By.id("edit:guideSummary")),
                " " + typed);
        editor.findElement(By.id("edit:save")).click();
        new WebDriverWait(editor, Duration.ofSeconds(20), Browser.POLL)
                .until(ExpectedConditions.urlContains("/sign-in"));
        Browser.awaitText(editor, By.cssSelector(".session-ended"), Bundle.shown(language, "session.ended.roles"));
        editor.findElement(By.id("signin:email")).sendKeys(email);
        editor.findElement(By.id("signin:password")).sendKeys(People.PASSWORD);
        editor.findElement(By.id("signin:submit")).click();

        new WebDriverWait(editor, Duration.ofSeconds(10), Browser.POLL)
                .until(ExpectedConditions.urlContains("/editor/edit"));
        Browser.awaitText(editor, By.id("main"), Bundle.shown(language, "error.403.rolesChanged"));
        new WebDriverWait(editor, Duration.ofSeconds(10), Browser.POLL)
                .until(d -> !d.findElement(By.id("kept-typing")).getText()
                        .isBlank());
        String notice = editor.findElement(By.id("kept-typing")).getText();
        assertTrue(notice.contains(Bundle.shown(language, "keptTyping.notHere")), notice);
        assertFalse(notice.contains(Bundle.shown(language, "keptTyping.restored")), notice);
        assertTrue(editor.findElements(By.cssSelector("#kept-typing textarea")).stream().anyMatch(t -> t
                .getDomProperty("value").contains(typed)), "what was typed is there to copy");
    }

    /**
     * The mentor who proposed a partnership saw "Accept the partnership" above "Waiting for … to accept": only the
     * invited side accepts. The proposer sees the waiting state only, and the server refuses their accept.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void theProposerSeesOnlyTheWaitingState(String language, URI portal) {
        long n = System.nanoTime();
        Visitor admin = People.admin(portal);
        Visitor partner = People.member(portal, "invited-" + language + n + "@kmb.test", "In Vited",
                "Invited Org " + language + n);
        String mentorEmail = "proposer-" + language + n + "@kmb.test";
        Visitor mentor = People.invited(portal, admin, mentorEmail, "Pro Poser", "mentor");
        long organization = partner.get("/api/account").json().getJsonNumber("organization").longValue();
        String joinCode = partner.get("/api/organizations/" + organization).json().getString("join_code");
        Http.Answer started = mentor.api("POST", "/api/partnerships", Json.createObjectBuilder().add("join_code",
                joinCode).add("title", "Proposed " + language + n).build().toString());
        assertEquals(201, started.status(), started.body());
        long id = started.json().getJsonNumber("id").longValue();

        ChromeDriver browser = browser(language);
        Browser.signIn(browser, portal, mentorEmail, People.PASSWORD);
        browser.get(portal.resolve("/partnerships/view?id=" + id + "&lang=" + language).toString());
        String page = browser.findElement(By.id("main")).getText();
        assertFalse(page.contains(Bundle.shown(language, "partnerships.accept")), "no 'Accept the partnership'");
        assertTrue(browser.findElements(By.id("accept:accept-button")).isEmpty(), "no accept button");
        assertTrue(page.contains(Bundle.shown(language, "partnerships.waitingFor", "Invited Org " + language + n)),
                page);

        Http.Answer accept = mentor.api("POST", "/api/partnerships/" + id + "/acceptance", Json
                .createObjectBuilder().add("goals", "Mine").add("capacities", Json.createArrayBuilder().add(
                        "match-support"))
                .build().toString());
        assertEquals(403, accept.status(), accept.body());
        assertEquals("proposed", partner.get("/api/partnerships/" + id).json().getString("status"));
    }

    /** The class of the element that has the keyboard focus, after the page's scripts had a moment to place it. */
    private static String focusedClass(ChromeDriver browser, String expected) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL)
                    .until(d -> active(browser).getDomAttribute("class") != null
                            && active(browser).getDomAttribute("class").contains(expected));
        } catch (org.openqa.selenium.TimeoutException e) {
            return active(browser).getTagName() + " " + active(browser).getDomAttribute("class");
        }
        return expected;
    }

    private static WebElement active(ChromeDriver browser) {
        return browser.switchTo().activeElement();
    }

    private ChromeDriver browser(String language) {
        ChromeDriver browser = Browser.start(language);
        browsers.add(browser);
        return browser;
    }
}

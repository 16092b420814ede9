package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.testing.Browser;
import org.kmbportal.web.QuotedText;
import org.kmbportal.testing.Bundle;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.testing.Visitor;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Found by a user session: a mentor or editor who joined by an administrator's invitation belonged to no
 * organization and had no way to get one, so "Save these answers" on the organization page, the list of what the
 * organization used and partnerships were closed to them. Their account page now lets them create their organization
 * or join one with a colleague's code, with the rules of sign-up.
 */
@ExtendWith(RunningPortal.class)
class InvitedJoinsOrganizationE2E {

    private final List<ChromeDriver> browsers = new ArrayList<>();

    @AfterEach
    void close() {
        browsers.forEach(ChromeDriver::quit);
        browsers.clear();
    }

    /** For each language, a generated organization name (markup, quotes, emoji and accents in it). */
    static Stream<Arguments> organizations() {
        Gen<String> words = GeneratedText.libraryWords(90);
        Gen<String> tail = Gen.of(" <b>« Été »</b> 🙂", " l’équipe & co 👩🏽‍🏫", " \"naïve\" <i>🇨🇦</i> ’");
        Gen<String> name = random -> GeneratedText.cut(words.next(random).replaceAll("\\s+", " "), 90).strip()
                + tail.next(random);
        return Stream.of("en", "fr").flatMap(language -> Gen.tries("invited-organization-" + language, 1, name)
                .map(n -> Arguments.of(language, n)));
    }

    @ParameterizedTest
    @MethodSource("organizations")
    void anInvitedEditorCreatesTheirOrganizationAndAnInvitedMentorJoinsItByItsCode(String language, String name,
            URI portal) {
        long n = System.nanoTime();
        String organization = name + " " + n;
        Visitor admin = People.admin(portal);
        String editorEmail = "invited-editor-" + language + n + "@kmb.test";
        Visitor editor = People.invited(portal, admin, editorEmail, "Invited Editor " + n, "editor");
        assertTrue(editor.get("/api/account").json().isNull("organization"), "invited: no organization yet");

        ChromeDriver browser = Browser.start(language);
        browsers.add(browser);
        Browser.signInBySession(browser, portal, editorEmail, People.PASSWORD);
        browser.get(portal.resolve("/account/?lang=" + language).toString());
        assertEquals(Bundle.shown(language, "account.noOrganizationTitle"),
                browser.findElement(By.id("no-organization-title")).getText());

        // The same person has the page open in another tab, where the form will be out of date.
        String first = browser.getWindowHandle();
        browser.switchTo().newWindow(WindowType.TAB);
        browser.get(portal.resolve("/account/?lang=" + language).toString());
        String stale = browser.getWindowHandle();
        browser.switchTo().window(first);

        // The name field is shown for "create" (the default): the page's other radios (the language setting) do not
        // decide which of this form's fields shows (both were hidden when they did).
        assertTrue(browser.findElement(By.id("organization-form:organizationName")).isDisplayed(),
                "the organization's name field is shown");

        // Nothing typed: the rule of sign-up, beside the field, and nothing created.
        browser.findElement(By.id("organization-form:join")).click();
        Browser.awaitText(browser, By.id("organization-form:organizationName-error"),
                Bundle.shown(language, "account.organizationRequired"));
        assertEquals("true", browser.findElement(By.id("organization-form:organizationName"))
                .getAttribute("aria-invalid"));
        assertTrue(editor.get("/api/account").json().isNull("organization"), "a refused form changes nothing");

        Browser.type(browser, "organization-form:organizationName", organization);
        browser.findElement(By.id("organization-form:join")).click();
        Browser.awaitMessage(browser, Bundle.shown(language, "account.organizationCreated", QuotedText.name(
                organization, Locale.forLanguageTag(language))));
        assertEquals(organization, browser.findElement(By.id("organization-title")).getText(),
                "the name is shown as typed (markup as text)");
        assertTrue(browser.findElements(By.id("no-organization-title")).isEmpty(), "the form is gone");
        assertTrue(browser.getCurrentUrl().contains("/account/"), browser.getCurrentUrl());
        JsonObject account = editor.get("/api/account").json();
        assertFalse(account.isNull("organization"), "the editor now belongs to an organization");
        long id = account.getJsonNumber("organization").longValue();

        // A reload asks for the page again: nothing is sent a second time, the same organization is shown.
        browser.navigate().refresh();
        assertEquals(organization, browser.findElement(By.id("organization-title")).getText());
        assertEquals(id, editor.get("/api/account").json().getJsonNumber("organization").longValue());
        String code = browser.findElement(By.cssSelector("code.join-code")).getText();

        // The out-of-date tab sends another name: refused in words, nothing created, the organization shown.
        browser.switchTo().window(stale);
        Browser.type(browser, "organization-form:organizationName", organization + " bis");
        browser.findElement(By.id("organization-form:join")).click();
        Browser.awaitMessage(browser, Bundle.shown(language, "account.alreadyInOrganization"));
        assertEquals(organization, browser.findElement(By.id("organization-title")).getText());
        assertEquals(id, editor.get("/api/account").json().getJsonNumber("organization").longValue());

        // An invited mentor joins it: a wrong code first (refused, kept), then the code as a colleague would type it.
        String mentorEmail = "invited-mentor-" + language + n + "@kmb.test";
        String mentorName = "Invited Mentor " + n;
        Visitor mentor = People.invited(portal, admin, mentorEmail, mentorName, "mentor");
        ChromeDriver second = Browser.start(language);
        browsers.add(second);
        Browser.signInBySession(second, portal, mentorEmail, People.PASSWORD);
        second.get(portal.resolve("/account/?lang=" + language).toString());
        second.findElement(By.cssSelector("input[type=radio][value=join]")).click();
        String wrong = "ZZ" + code.substring(2) + "-no";
        Browser.type(second, "organization-form:joinCode", wrong);
        second.findElement(By.id("organization-form:join")).click();
        Browser.awaitText(second, By.id("organization-form:joinCode-error"),
                Bundle.shown(language, "account.unknownJoinCode"));
        assertEquals(wrong, second.findElement(By.id("organization-form:joinCode")).getAttribute("value"),
                "what was typed is kept");
        assertTrue(mentor.get("/api/account").json().isNull("organization"), "a wrong code changes nothing");

        Browser.type(second, "organization-form:joinCode", "  " + code.toLowerCase(Locale.ROOT) + " ");
        second.findElement(By.id("organization-form:join")).click();
        Browser.awaitMessage(second, Bundle.shown(language, "account.organizationJoined", QuotedText.name(
                organization, Locale.forLanguageTag(language))));
        assertEquals(id, mentor.get("/api/account").json().getJsonNumber("organization").longValue(),
                "the mentor belongs to the editor's organization");
        String members = second.findElement(By.id("organization-title")).findElement(By.xpath(".."))
                .getText();
        assertTrue(members.contains(mentorName) && members.contains("Invited Editor " + n), members);
        assertTrue(Browser.wcagViolations(second).isEmpty(), () -> String.join("\n", Browser.wcagViolations(second)));
    }
}

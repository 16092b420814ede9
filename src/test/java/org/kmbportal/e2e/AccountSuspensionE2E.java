package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.testing.Browser;
import org.kmbportal.testing.Bundle;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.web.QuotedText;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An administrator suspends an account's access from the accounts page and restores it (the user session found that
 * administrators could only remove every role, which left the person signed in and able to read as a member): the
 * first press says what it does, the second does it; the person's open session ends at its next page with the reason;
 * signing in with the right password says the access is suspended; restoring gives back the roles it had. Nobody
 * suspends their own access.
 */
@ExtendWith(RunningPortal.class)
class AccountSuspensionE2E {

    private final List<ChromeDriver> browsers = new ArrayList<>();

    @AfterEach
    void close() {
        browsers.forEach(ChromeDriver::quit);
        browsers.clear();
    }

    /** For each language, a generated display name with accents, emoji, quotes and markup-like text. */
    static Stream<Arguments> names() {
        Gen<String> words = GeneratedText.libraryWords(60);
        Gen<String> tail = Gen.of(" « Été » 🙂", " l’équipe <b>x</b> 👩🏽‍🏫", " “naïve” & 🇨🇦 ’");
        Gen<String> name = random -> GeneratedText.cut(words.next(random).replaceAll("\\s+", " "), 60).strip()
                + tail.next(random);
        return Stream.of("en", "fr").flatMap(language -> Gen.tries("account-suspension-" + language, 1, name)
                .map(text -> Arguments.of(language, text)));
    }

    @ParameterizedTest
    @MethodSource("names")
    void suspendedAccessEndsTheSessionAndSignInSaysWhyUntilRestored(String language, String name, URI portal) {
        long n = System.nanoTime();
        String email = "suspended-" + language + n + "@kmb.test";
        People.member(portal, email, name, "Suspended Org " + language + n);
        ChromeDriver member = Browser.start(language);
        browsers.add(member);
        Browser.signInBySession(member, portal, email, People.PASSWORD);
        member.get(portal.resolve("/account/?lang=" + language).toString());
        assertTrue(URI.create(member.getCurrentUrl()).getPath().startsWith("/account"), member.getCurrentUrl());

        ChromeDriver admin = Browser.start(language);
        browsers.add(admin);
        Browser.signInBySession(admin, portal, People.ADMIN_EMAIL, People.ADMIN_PASSWORD);
        admin.get(portal.resolve("/admin/users?lang=" + language + "&q=" + language + n).toString());
        String quoted = QuotedText.name(name, Locale.forLanguageTag(language));

        // The first press only asks: nothing is suspended yet, the member's pages still open.
        row(admin, email).findElement(By.cssSelector("input[id$=':suspend']")).click();
        Browser.awaitMessage(admin, Bundle.shown(language, "admin.suspend.confirm", quoted));
        assertEquals(Bundle.shown(language, "admin.users.active"), access(admin, email));
        member.get(portal.resolve("/account/?lang=" + language).toString());
        assertTrue(URI.create(member.getCurrentUrl()).getPath().startsWith("/account"),
                "one press changed nothing: " + member.getCurrentUrl());

        row(admin, email).findElement(By.cssSelector("input[id$=':suspend']")).click();
        Browser.awaitMessage(admin, Bundle.shown(language, "admin.suspended", quoted));
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        assertEquals(Bundle.shown(language, "admin.users.suspendedSince", today), access(admin, email));
        assertEquals(List.of("member"), roles(portal, email), "the roles stay");

        // The member's open session ends at the next page, saying why. What they were typing is kept in the tab, and
        // the page does not promise it back "if you sign in", which they cannot (user session us47b).
        Browser.type(member, "profile:name", name + " « suite »");
        member.findElement(By.id("profile:save")).click();
        new WebDriverWait(member, Duration.ofSeconds(15), Browser.POLL)
                .until(d -> d.getCurrentUrl().contains("/sign-in"));
        Browser.awaitText(member, By.id("main"), Bundle.shown(language, "session.ended.suspended"));
        Browser.awaitText(member, By.id("kept-typing"), Bundle.shown(language, "keptTyping.keptSuspended"));

        // The right password says the access is suspended, and does not sign in.
        signInByForm(member, email);
        Browser.awaitMessage(member, Bundle.shown(language, "signIn.suspended"));
        member.get(portal.resolve("/account/?lang=" + language).toString());
        new WebDriverWait(member, Duration.ofSeconds(15), Browser.POLL)
                .until(d -> d.getCurrentUrl().contains("/sign-in"));

        admin.get(portal.resolve("/admin/users?lang=" + language + "&q=" + language + n).toString());
        row(admin, email).findElement(By.cssSelector("input[id$=':restore']")).click();
        Browser.awaitMessage(admin, Bundle.shown(language, "admin.restored", quoted));
        assertEquals(Bundle.shown(language, "admin.users.active"), access(admin, email));

        member.get(portal.resolve("/sign-in?lang=" + language).toString());
        signInByForm(member, email);
        new WebDriverWait(member, Duration.ofSeconds(15), Browser.POLL)
                .until(d -> !d.getCurrentUrl().contains("/sign-in"));
        member.get(portal.resolve("/account/?lang=" + language).toString());
        assertTrue(URI.create(member.getCurrentUrl()).getPath().startsWith("/account"), member.getCurrentUrl());
        assertEquals(List.of("member"), roles(portal, email), "restored with the roles it had");

        // The audit log says both, in the page's language, by whom and of whom.
        admin.get(portal.resolve("/admin/audit?lang=" + language).toString());
        String log = admin.findElement(By.id("main")).getText();
        assertTrue(log.contains(Bundle.shown(language, "audit.action.account.suspended")), log);
        assertTrue(log.contains(Bundle.shown(language, "audit.action.account.restored")), log);
        assertTrue(Browser.wcagViolations(admin).isEmpty(), "the audit log passes WCAG 2.1 AA");
        admin.get(portal.resolve("/admin/users?lang=" + language + "&q=" + language + n).toString());
        assertEquals(List.of(), Browser.wcagViolations(admin), "the accounts page passes WCAG 2.1 AA");
    }

    private static void signInByForm(WebDriver browser, String email) {
        browser.findElement(By.id("signin:email")).clear();
        browser.findElement(By.id("signin:email")).sendKeys(email);
        browser.findElement(By.id("signin:password")).sendKeys(People.PASSWORD);
        browser.findElement(By.id("signin:submit")).click();
    }

    private static String access(WebDriver browser, String email) {
        return row(browser, email).findElement(By.cssSelector(".access__state")).getText().strip();
    }

    private static List<String> roles(URI portal, String email) {
        return AccountRolesE2E.roles(portal, email);
    }

    private static WebElement row(WebDriver browser, String email) {
        return AccountRolesE2E.row(browser, email);
    }
}

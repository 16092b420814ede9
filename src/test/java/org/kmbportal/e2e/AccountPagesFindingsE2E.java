package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import jakarta.json.Json;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kmbportal.testing.Browser;
import org.kmbportal.testing.Bundle;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.testing.Visitor;
import org.kmbportal.web.QuotedText;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * What session 53's user session (us53) found on the account pages and left: an invitation opened in the inviting
 * administrator's language, whatever the invitee's; the language switch on sign-up and on an invitation lost what was
 * typed; the English message after creating an organization named it without quotation marks; a refused search of
 * accounts left the keyboard nowhere; the list of invitations stopped at the newest 200 without a word.
 */
@ExtendWith(RunningPortal.class)
class AccountPagesFindingsE2E extends LookFindings {

    /**
     * The link the invitations page made carried the administrator's page language, and the invitee got the page in
     * it whatever theirs. The administrator now chooses the invitation's language (the page's unless changed): the
     * invitee's own (their browser's), or either language. The invitation page's switch keeps the name typed (never the
     * password).
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void anInvitationOpensInTheInviteesLanguageUnlessTheAdministratorChoseOne(String language, URI portal) {
        base = portal;
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("invitation-language-" + language).hashCode());
        String theirs = other(language);
        ChromeDriver admin = signedIn(portal, language, People.ADMIN_EMAIL, People.ADMIN_PASSWORD);
        admin.get(portal.resolve("/admin/invitations?lang=" + language).toString());
        assertEquals(language, new Select(admin.findElement(By.id("invite:language"))).getFirstSelectedOption()
                .getDomAttribute("value"), "the page's language unless chosen");
        String link = invite(admin, "lang-invitee-" + language + n + "@kmb.test", "theirs");
        assertTrue(!link.contains("lang="), "the invitee's own: " + link);

        ChromeDriver invitee = Browser.start(theirs);
        try {
            invitee.get(link);
            assertEquals(theirs, invitee.findElement(By.tagName("html")).getDomAttribute("lang"),
                    "in the invitee's browser's language, not the administrator's");
            String name = line(random, 60) + " « Été » <b>🌊</b> \"JJ\"";
            invitee.executeScript("arguments[0].value = arguments[1];", invitee.findElement(By.id("accept:name")),
                    name);
            Browser.type(invitee, "accept:password", People.PASSWORD);
            switchLanguage(invitee, language);
            assertEquals(name, value(invitee, "accept:name"), "the name typed is kept across the switch");
            assertEquals("", value(invitee, "accept:password"), "a password is never kept");
            Browser.awaitText(invitee, By.id("kept-typing"), Bundle.shown(language, "keptTyping.switched"));
            Browser.type(invitee, "accept:password", People.PASSWORD);
            Browser.pressForNewPage(invitee, invitee.findElement(By.id("accept:submit")));
            Browser.awaitMessage(invitee, Bundle.shown(language, "invitation.accepted"));
        } finally {
            invitee.quit();
        }

        // Chosen by the administrator: the other language than the invitee's browser, and the page opens in it.
        String chosen = invite(admin, "lang-chosen-" + language + n + "@kmb.test", theirs);
        assertTrue(chosen.contains("lang=" + theirs), chosen);
        ChromeDriver second = Browser.start(language);
        try {
            second.get(chosen);
            assertEquals(theirs, second.findElement(By.tagName("html")).getDomAttribute("lang"), "as chosen");
        } finally {
            second.quit();
        }
        assertEquals(List.of(), Browser.wcagViolations(admin));
    }

    /** Sends the invitations form with the language chosen ("theirs": the invitee's own); the link it shows. */
    private static String invite(ChromeDriver admin, String email, String language) {
        Browser.type(admin, "invite:email", email);
        new Select(admin.findElement(By.id("invite:language"))).selectByValue(language);
        Browser.pressForNewPage(admin, admin.findElement(By.id("invite:submit")));
        return admin.findElement(By.id("invitation-link")).getText().strip();
    }

    /**
     * The sign-up page's language switch dropped the name, the email, the organization's choice and its code typed (a
     * form asking for a password kept nothing). They come back in the other language; the passwords do not.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void signUpKeepsWhatWasTypedAcrossTheLanguageSwitch(String language, URI portal) {
        Random random = new Random(Gen.seed() * 31 + ("sign-up-switch-" + language).hashCode());
        ChromeDriver visitor = Browser.start(language);
        try {
            visitor.get(portal.resolve("/sign-up?lang=" + language).toString());
            String name = line(random, 50) + " <i>👩🏽‍🏫</i> ‘x’";
            String email = "switch-" + language + random.nextInt(1_000_000) + "@kmb.test";
            String code = line(random, 20).replaceAll("\\s+", "-");
            visitor.executeScript("arguments[0].value = arguments[1];", visitor.findElement(By.id("signup:name")),
                    name);
            Browser.type(visitor, "signup:email", email);
            Browser.type(visitor, "signup:password", People.PASSWORD);
            Browser.type(visitor, "signup:confirmation", People.PASSWORD);
            visitor.findElement(By.cssSelector("input[type=radio][value=join]")).click();
            visitor.executeScript("arguments[0].value = arguments[1];", visitor.findElement(By.id("signup:joinCode")),
                    code);
            switchLanguage(visitor, other(language));
            assertEquals(name, value(visitor, "signup:name"));
            assertEquals(email, value(visitor, "signup:email"));
            assertTrue(visitor.findElement(By.cssSelector("input[type=radio][value=join]")).isSelected());
            assertTrue(visitor.findElement(By.id("signup:joinCode")).isDisplayed(), "the join code's box shown");
            assertEquals(code, value(visitor, "signup:joinCode"));
            assertEquals("", value(visitor, "signup:password"), "never kept");
            assertEquals("", value(visitor, "signup:confirmation"), "never kept");
            Browser.awaitText(visitor, By.id("kept-typing"), Bundle.shown(other(language), "keptTyping.switched"));
            assertEquals(List.of(), Browser.wcagViolations(visitor));

            // Changed after the switch, then refused (the passwords differ): the page shows what was sent, not the
            // text put back before.
            String changed = line(random, 40) + " « 🌊 »";
            visitor.executeScript("arguments[0].value = arguments[1];", visitor.findElement(By.id("signup:name")),
                    changed);
            Browser.type(visitor, "signup:password", People.PASSWORD);
            Browser.type(visitor, "signup:confirmation", People.PASSWORD + "x");
            Browser.pressForNewPage(visitor, visitor.findElement(By.id("signup:submit")));
            Browser.awaitText(visitor, By.id("signup:confirmation-error"), Bundle.shown(other(language),
                    "signUp.mismatch"));
            assertEquals(changed, value(visitor, "signup:name"), "what was sent, not what was put back before");
            assertEquals(code, value(visitor, "signup:joinCode"));
        } finally {
            visitor.quit();
        }
    }

    /**
     * The English message after creating an organization named it bare ("Org is created"), the French between « ».
     * Both now quote it, as typed (its own quotation marks, markup and emoji shown as text).
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void theNewOrganizationIsQuotedInTheMessageInBothLanguages(String language, URI portal) {
        base = portal;
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("organization-quoted-" + language).hashCode());
        Visitor mentor = People.invited(portal, People.admin(portal), "quoted-org-" + language + n + "@kmb.test",
                "Quoted Mentor", "mentor");
        String name = line(random, 40) + " \"Été\" <b>gras</b> 🌊 " + n;
        Document created = answerPage(mentor, mentor.submit("/account/?lang=" + language, "organization-form", Map
                .of("choice", "create", "organizationName", name), "join"));
        String quoted = QuotedText.name(name, Locale.forLanguageTag(language));
        String message = Bundle.normalSpaces(created.getElementById("messages").text());
        assertEquals(Bundle.normalSpaces(Bundle.shown(language, "account.organizationCreated", quoted)), message);
        String opening = "en".equals(language) ? "“" + quoted + "”" : "L’organisme « " + quoted + " »";
        assertTrue(message.startsWith(opening), message);
        assertTrue(created.getElementById("messages").select("b").isEmpty(), "markup shown as text");
    }

    /**
     * A search of accounts over 200 characters was refused beside the box, but the keyboard was left at the top of
     * the page. The focus is now on the box, which its message describes, as on the other refused forms.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aRefusedSearchOfAccountsPutsTheFocusOnItsBox(String language, URI portal) {
        Random random = new Random(Gen.seed() * 31 + ("users-focus-" + language).hashCode());
        ChromeDriver admin = signedIn(portal, language, People.ADMIN_EMAIL, People.ADMIN_PASSWORD);
        admin.get(portal.resolve("/admin/users?lang=" + language).toString());
        String words = lineOver(random, 200);
        admin.executeScript("arguments[0].value = arguments[1];", admin.findElement(By.id("users-q")), words);
        admin.findElement(By.id("users-q")).sendKeys(Keys.ENTER);
        Browser.awaitText(admin, By.id("users-q-error"), tooLong(language, 200, words, "search.error.tooLongHere"));
        new org.openqa.selenium.support.ui.WebDriverWait(admin, java.time.Duration.ofSeconds(5), Browser.POLL).until(
                d -> "users-q".equals(admin.switchTo().activeElement().getDomAttribute("id")));
        assertEquals(words, value(admin, "users-q"), "kept whole");
    }

    /**
     * The list of invitations stopped at the newest 200, saying nothing of the others. It now says how many there are
     * and comes a page at a time, with Previous and Next (followed by keyboard): every invitation is on one page.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void everyInvitationIsListedAPageAtATime(String language, URI portal) {
        base = portal;
        long n = System.nanoTime();
        Visitor admin = People.admin(portal);
        Set<String> mine = new HashSet<>();
        for (int i = 0; i < 205; i++) {
            String email = "listed-" + language + n + "-" + i + "@kmb.test";
            Http.Answer made = admin.api("POST", "/api/admin/invitations", Json.createObjectBuilder().add("email",
                    email).add("role", i % 2 == 0 ? "editor" : "mentor").build().toString());
            assertEquals(201, made.status(), made.body());
            mine.add(email);
        }
        Document page = pageAt(admin, "/admin/invitations?lang=" + language);
        String said = said(page, "invitations-count");
        // The first number said, as the language groups its digits (1,234 or 1 234).
        long total = Long.parseLong(said.replaceAll("^\\D*(\\d[\\d,\\s\u00a0\u202f]*).*$", "$1").replaceAll(
                "\\D", ""));
        assertTrue(total >= 205, said);
        List<String> listed = new ArrayList<>();
        for (int pages = 0; pages < 1000; pages++) {
            page.select("#invitations tbody tr").forEach(row -> listed.add(row.child(0).text()));
            Element next = page.getElementById("invitations-next");
            if (next == null) {
                break;
            }
            page = pageAt(admin, next.attr("href").substring(next.attr("href").indexOf("/admin/")) + "&lang="
                    + language);
        }
        assertEquals(total, listed.size(), "every invitation, once");
        assertTrue(listed.containsAll(mine), "the oldest of these too");
        assertTrue(Bundle.normalSpaces(said).contains(Bundle.normalSpaces(Bundle.shown(language, "admin.users.pageOf",
                1, (total + 49) / 50))), said);

        // By keyboard: Next is a link reached by Tab and followed by Enter.
        ChromeDriver browser = signedIn(portal, language, People.ADMIN_EMAIL, People.ADMIN_PASSWORD);
        browser.get(portal.resolve("/admin/invitations?lang=" + language).toString());
        org.openqa.selenium.WebElement nextLink = browser.findElement(By.id("invitations-next"));
        browser.executeScript("arguments[0].focus();", nextLink);
        nextLink.sendKeys(Keys.ENTER);
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10), Browser.POLL)
                .until(d -> d.getCurrentUrl().contains("page=2"));
        assertNotNull(browser.findElement(By.cssSelector(".pager a[aria-current=page]")));
        assertEquals("2", browser.findElement(By.cssSelector(".pager a[aria-current=page]")).getText());
        assertEquals(List.of(), Browser.wcagViolations(browser));
    }
}

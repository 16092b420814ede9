package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jakarta.json.Json;

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
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What session 54's user session (us54) found: text typed into a partnership's goals, note and closing reflection
 * boxes, a new partnership's title and a new collection's title was lost on a reload or Back without a word (the plan
 * and the check-in asked first); and a member who accepted a mentor invitation for their own account was signed out
 * with "An administrator changed your account's roles".
 */
@ExtendWith(RunningPortal.class)
class UnsentTextAndOwnInvitationE2E extends LookFindings {

    /**
     * Leaving (reload, Back, a link) with text typed and not sent in those boxes asks first; the page as it came, and
     * once the text is sent and saved, asks nothing. A reflection sent and not saved yet (asking to confirm, then
     * "No") still asks.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void leavingWithTextTypedInThePartnershipOrCurationBoxesAsksFirst(String language, URI portal) throws Exception {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("unsent-boxes-" + language).hashCode());
        String partnerEmail = "unsent-partner-" + language + n + "@kmb.test";
        String mentorEmail = "unsent-mentor-" + language + n + "@kmb.test";
        Visitor partner = People.member(portal, partnerEmail, "Unsent Partner", "Unsent Org " + language + n);
        Visitor mentor = People.invited(portal, People.admin(portal), mentorEmail, "Unsent Mentor", "mentor");
        long organization = partner.get("/api/account").json().getJsonNumber("organization").longValue();
        String code = partner.get("/api/organizations/" + organization).json().getString("join_code");
        long id = MatrixPartnerships.proposed(mentor, code, line(random, 100));

        ChromeDriver browser = signedIn(portal, language, partnerEmail);
        browser.get(portal.resolve("/partnerships/view?id=" + id + "&lang=" + language).toString());
        assertFalse(leavingAsks(browser), "the proposal as it came asks nothing");
        typed(browser, "accept:goals", writtenIn(language, random, 1500));
        assertTrue(leavingAsks(browser), "goals typed and not sent ask first");
        Browser.pressForNewPage(browser, browser.findElement(By.id("accept:accept-button")));
        Browser.awaitMessage(browser, Bundle.shown(language, "partnerships.accepted"));
        assertFalse(leavingAsks(browser), "accepted: nothing to ask");

        typed(browser, "note:text", paragraph(random) + " " + WIDE.get(random.nextInt(WIDE.size())));
        assertTrue(leavingAsks(browser), "a note typed and not sent asks first");
        Browser.pressForNewPage(browser, browser.findElement(By.id("note:write")));
        Browser.awaitMessage(browser, Bundle.shown(language, "partnerships.notes.written"));
        assertFalse(leavingAsks(browser), "the note written: nothing to ask");

        String reflection = typed(browser, "close:reflection", writtenIn(language, random, 7000));
        assertTrue(leavingAsks(browser), "a reflection typed and not sent asks first");
        Browser.pressForNewPage(browser, browser.findElement(By.id("close:close-button")));
        assertFalse(browser.findElements(By.id("close:close-confirmed")).isEmpty(), "asked to confirm");
        assertEquals(reflection.replace("\r\n", "\n"), value(browser, "close:reflection").replace("\r\n", "\n"));
        assertTrue(leavingAsks(browser), "asked to confirm, the reflection is not saved yet: leaving asks first");
        Browser.pressForNewPage(browser, browser.findElement(By.id("close:close-cancel")));
        assertTrue(leavingAsks(browser), "not closed, the reflection kept in its box is not saved: leaving asks");

        ChromeDriver mentorBrowser = signedIn(portal, language, mentorEmail);
        mentorBrowser.get(portal.resolve("/partnerships/?lang=" + language).toString());
        assertFalse(leavingAsks(mentorBrowser), "the partnerships page as it came asks nothing");
        typed(mentorBrowser, "start:title", line(random, 150) + " \"<i>quoted</i>\" 🌊");
        assertTrue(leavingAsks(mentorBrowser), "a new partnership's title typed and not sent asks first");

        mentorBrowser.get(portal.resolve("/curate/?lang=" + language).toString());
        assertFalse(leavingAsks(mentorBrowser), "the collections page as it came asks nothing");
        typed(mentorBrowser, "create:title", line(random, 150) + " « <b>gras</b> » 😀");
        assertTrue(leavingAsks(mentorBrowser), "a new collection's title typed and not sent asks first");
        Browser.type(mentorBrowser, "create:title", "");
        assertFalse(leavingAsks(mentorBrowser), "the box emptied again: nothing to ask");
        typed(mentorBrowser, "import:text", writtenIn(language, random, 600));
        assertTrue(leavingAsks(mentorBrowser), "a collection's text pasted and not imported asks first");
    }

    /**
     * A member signed in opens a mentor invitation for their own address and accepts it with their password: they stay
     * signed in, now with the mentor's pages, told so in their language; never "An administrator changed your
     * account's roles".
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void acceptingAnInvitationForOnesOwnAccountKeepsOneSignedInWithTheNewRole(String language, URI portal) {
        long n = System.nanoTime();
        String email = "own-invitation-" + language + n + "@kmb.test";
        People.member(portal, email, "Own Invitation", "Own Invitation Org " + language + n);
        Http.Answer invitation = People.admin(portal).api("POST", "/api/admin/invitations", Json.createObjectBuilder()
                .add("email", email).add("role", "mentor").build().toString());
        assertEquals(201, invitation.status(), invitation.body());
        URI link = URI.create(Visitor.json(invitation.body()).getString("link"));

        ChromeDriver browser = signedIn(portal, language, email);
        // The link's own lang= is the administrator's language: the member opens it in theirs.
        String token = link.getRawQuery().replaceAll("^(?:.*&)?token=([^&]*).*$", "$1");
        browser.get(portal.resolve(link.getRawPath() + "?token=" + token + "&lang=" + language).toString());
        assertFalse(browser.findElements(By.id("has-account")).isEmpty(), "the page asks for the account's password");
        Browser.type(browser, "accept:password", People.PASSWORD);
        Browser.pressForNewPage(browser, browser.findElement(By.id("accept:submit")));
        String page = browser.findElement(By.tagName("body")).getText();
        assertFalse(Bundle.normalSpaces(page).contains(Bundle.normalSpaces(Bundle.text(language,
                "session.ended.roles"))), "not told an administrator changed the roles");
        assertFalse(browser.findElements(By.id("sign-out")).isEmpty(), "still signed in");
        Browser.awaitMessage(browser, Bundle.shown(language, "invitation.acceptedSignedIn", Bundle.text(language,
                "role.mentor")));

        browser.get(portal.resolve("/partnerships/?lang=" + language).toString());
        assertFalse(browser.findElements(By.id("start:title")).isEmpty(), "the mentor's form to start a partnership");
        browser.navigate().refresh();
        assertFalse(browser.findElements(By.id("sign-out")).isEmpty(), "still signed in at the next page");
        assertFalse(Bundle.normalSpaces(browser.findElement(By.tagName("body")).getText()).contains(Bundle
                .normalSpaces(Bundle.text(language, "session.ended.roles"))), "and never told so later");
    }

    /**
     * A member of the mentor's own organization may open the partnership and read its notes, but not write one: the
     * notes said nothing of why there was no box. They now say who writes them.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aColleagueOfTheMentorIsToldWhoWritesTheNotes(String language, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("notes-why-" + language).hashCode());
        String mentorEmail = "notes-why-mentor-" + language + n + "@kmb.test";
        String colleagueEmail = "notes-why-colleague-" + language + n + "@kmb.test";
        String partnerOrganization = line(random, 60) + " « " + language + " » " + n;
        Visitor mentorMember = People.member(portal, mentorEmail, "Notes Why Mentor", "Notes Why Mentors " + n);
        String mentorCode = mentorMember.get("/api/organizations/" + mentorMember.get("/api/account").json()
                .getJsonNumber("organization").longValue()).json().getString("join_code");
        // Made a mentor after its code is read: the new role ends the member's earlier sessions.
        Visitor mentor = People.invited(portal, People.admin(portal), mentorEmail, "Notes Why Mentor", "mentor");
        Http.Answer joined = new Visitor(portal).submit("/sign-up", "signup", Map.of("name",
                "Notes Why Colleague", "email", colleagueEmail, "password", People.PASSWORD, "confirmation",
                People.PASSWORD, "choice", "join", "joinCode", mentorCode));
        assertEquals(302, joined.status(), joined.body());
        Visitor partner = People.member(portal, "notes-why-partner-" + language + n + "@kmb.test", "Notes Partner",
                partnerOrganization);
        long id = MatrixPartnerships.acceptedBetween(partner, mentor, line(random, 80));
        String note = line(random, 200);
        Http.Answer written = partner.api("POST", "/api/partnerships/" + id + "/notes", Json.createObjectBuilder()
                .add("text", note).build().toString());
        assertEquals(201, written.status(), written.body());

        ChromeDriver browser = signedIn(portal, language, colleagueEmail);
        browser.get(portal.resolve("/partnerships/view?id=" + id + "&lang=" + language).toString());
        assertTrue(browser.findElement(By.cssSelector(".notes")).getText().contains(note), "the notes are read");
        assertTrue(browser.findElements(By.id("note:text")).isEmpty(), "no box to write one");
        assertEquals(Bundle.normalSpaces(Bundle.shown(language, "partnerships.notes.readOnly.active",
                "Notes Why Mentor", partnerOrganization)), Bundle.normalSpaces(
                        browser.findElement(By.id("notes-why"))
                                .getText()));
        assertEquals(List.of(), Browser.wcagViolations(browser));

        ChromeDriver partnerBrowser = signedIn(portal, language, "notes-why-partner-" + language + n + "@kmb.test");
        partnerBrowser.get(portal.resolve("/partnerships/view?id=" + id + "&lang=" + language).toString());
        assertFalse(partnerBrowser.findElements(By.id("note:text")).isEmpty(), "the partner has the box");
        assertTrue(partnerBrowser.findElements(By.id("notes-why")).isEmpty(), "and no word of not writing");
    }
}

package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kmbportal.platform.PlainText;
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
 * What session 52's user session (us52) found and left (ui53): a closing reflection too long asked "are you sure?"
 * before it was refused; a name refused for a control character said only "without invisible or control characters"
 * where the editor names the character; the administrators' search cut at 200 characters without a word.
 */
@ExtendWith(RunningPortal.class)
class TwentyFifthLookFindingsE2E extends LookFindings {

    /** Characters no name may hold: control characters, a direction override and isolate, a byte-order mark. */
    private static final int[] HIDDEN = {0x01, 0x07, 0x08, 0x1B, 0x202E, 0x2066, 0xFEFF};

    /**
     * A closing reflection over 8,000 characters, or none, got "are you sure?" first and was refused beside its box
     * only after "Yes". It is now refused at the first press, beside the box, the text kept, nothing asked or closed; a
     * reflection that fits is asked about, and "Yes" closes.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aReflectionClosingWouldRefuseIsRefusedBeforeTheQuestion(String language, URI portal) {
        base = portal;
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("close-first-" + language).hashCode());
        Visitor partner = People.member(portal, "close-p-" + language + n + "@kmb.test", "Close Partner",
                "Close Org " + n);
        long id = partnershipWithOneItem(portal, partner, random, n, language);
        String dashboard = "/partnerships/view?id=" + id + "&lang=" + language;

        String reflection = paragraphOver(random, 8000);
        Document tooLong = answerPage(partner, partner.submit(pageAt(partner, dashboard), "close", Map.of(
                "reflection", reflection), "close-button"));
        assertNull(tooLong.getElementById("close:close-confirmed"), "not asked about a closing that is refused");
        assertNull(tooLong.getElementById("close-question"));
        assertEquals(tooLong(language, 8000, reflection), said(tooLong, "close:reflection-error"));
        Element box = tooLong.getElementById("close:reflection");
        assertEquals("true", box.attr("aria-invalid"));
        assertTrue(List.of(box.attr("aria-describedby").split(" ")).contains("close:reflection-error"));
        assertEquals(reflection.replace("\r\n", "\n"), box.wholeText().replace("\r\n", "\n"), "the text is kept");
        assertEquals("active", partner.get("/api/partnerships/" + id).json().getString("status"));

        String blank = List.of("", "   ", "\r\n\r\n", "\u200B \u00A0").get(random.nextInt(4));
        Document none = answerPage(partner, partner.submit(tooLong, "close", Map.of("reflection", blank),
                "close-button"));
        assertNull(none.getElementById("close:close-confirmed"), "not asked: an active partnership needs one");
        assertEquals(Bundle.normalSpaces(Bundle.shown(language, "partnerships.error.invalid_reflection")), said(none,
                "close:reflection-error"));

        String fits = paragraph(random);
        Document asked = answerPage(partner, partner.submit(none, "close", Map.of("reflection", fits),
                "close-button"));
        assertNotNull(asked.getElementById("close:close-confirmed"), "a reflection that fits is asked about");
        assertEquals("", said(asked, "close:reflection-error"), "nothing said beside the box");
        answerPage(partner, partner.submit(asked, "close", Map.of("reflection", fits), "close-confirmed"));
        assertEquals("closed", partner.get("/api/partnerships/" + id).json().getString("status"));
    }

    /**
     * A name holding a control character (U+0007 and the like) or another character no name may hold was refused at
     * sign-up "without invisible or control characters", and in an invitation above the form. The sign-up's, the
     * account page's and the invitation's names, and a new organization's name, now say which character, beside the
     * box, in the words the editor's boxes use; nothing is made or changed.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aNameHoldingAHiddenCharacterIsRefusedNamingIt(String language, URI portal) {
        base = portal;
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("hidden-names-" + language).hashCode());

        ChromeDriver visitor = Browser.start(language);
        try {
            visitor.get(portal.resolve("/sign-up?lang=" + language).toString());
            int inName = pick(random);
            int inOrganization = pick(random);
            String name = withHidden(random, inName, 60);
            String organization = withHidden(random, inOrganization, 100);
            visitor.executeScript("arguments[0].value = arguments[1]; arguments[2].value = arguments[3];", visitor
                    .findElement(By.id("signup:name")), name, visitor.findElement(By.id("signup:organization")),
                    organization);
            String email = "hidden-sign-up-" + language + n + "@kmb.test";
            Browser.type(visitor, "signup:email", email);
            Browser.type(visitor, "signup:password", People.PASSWORD);
            Browser.type(visitor, "signup:confirmation", People.PASSWORD);
            Browser.pressForNewPage(visitor, visitor.findElement(By.id("signup:submit")));
            assertEquals(naming(language, inName), Bundle.normalSpaces(visitor.findElement(By.id("signup:name-error"))
                    .getText()));
            assertEquals(naming(language, inOrganization), Bundle.normalSpaces(visitor.findElement(By.id(
                    "signup:organization-error")).getText()));
            assertEquals(name, value(visitor, "signup:name"), "the name as typed");
            assertEquals("true", visitor.findElement(By.id("signup:name")).getDomAttribute("aria-invalid"));
            assertFalse(People.accountsJson(People.admin(portal)).contains(email), "no account made");
        } finally {
            visitor.quit();
        }

        String memberEmail = "hidden-rename-" + language + n + "@kmb.test";
        Visitor member = People.member(portal, memberEmail, "Hidden Rename", "Hidden Org " + n);
        int inRename = pick(random);
        String rename = withHidden(random, inRename, 60);
        Document renamed = answerPage(member, member.submit("/account/?lang=" + language, "profile", Map.of("name",
                rename), "save"));
        assertEquals(naming(language, inRename), said(renamed, "profile:name-error"));
        assertEquals("true", renamed.getElementById("profile:name").attr("aria-invalid"));
        assertEquals("Hidden Rename", member.get("/api/account").json().getString("display_name"), "not renamed");

        Visitor admin = People.admin(portal);
        String invitedEmail = "hidden-invited-" + language + n + "@kmb.test";
        Http.Answer invitation = admin.api("POST", "/api/admin/invitations", "{\"email\": \"" + invitedEmail
                + "\", \"role\": \"mentor\"}");
        assertEquals(201, invitation.status(), invitation.body());
        URI link = URI.create(Visitor.json(invitation.body()).getString("link"));
        Visitor invitee = new Visitor(portal, language);
        int inInvited = pick(random);
        String invitedName = withHidden(random, inInvited, 60);
        Document refused = answerPage(invitee,
                invitee.submit(link.getRawPath() + "?" + String.join("&", java.util.Arrays
                        .stream(link.getRawQuery().split("&")).filter(p -> !p.startsWith("lang=")).toList()) + "&lang="
                        + language, "accept", Map.of("name", invitedName, "password", People.PASSWORD)));
        assertEquals(naming(language, inInvited), said(refused, "accept:name-error"), "beside the name");
        assertEquals("true", refused.getElementById("accept:name").attr("aria-invalid"));
        assertFalse(People.accountsJson(admin).contains(invitedEmail), "no account made");

        // An invited mentor belongs to no organization: the account page offers to create one.
        Visitor mentor = People.invited(portal, admin, "hidden-org-" + language + n + "@kmb.test", "Hidden Mentor",
                "mentor");
        int inNewOrganization = pick(random);
        String newOrganization = withHidden(random, inNewOrganization, 100);
        Document notCreated = answerPage(mentor, mentor.submit("/account/?lang=" + language, "organization-form",
                Map.of("choice", "create", "organizationName", newOrganization), "join"));
        assertEquals(naming(language, inNewOrganization), said(notCreated,
                "organization-form:organizationName-error"));
        assertTrue(mentor.get("/api/account").json().isNull("organization"), "no organization made");
    }

    /**
     * The administrators' search box cut a paste at 200 characters and searched the first 200 without a word. A
     * longer search is refused beside the box with the limit and its length (an emoji one character), kept whole,
     * nothing listed; a search of exactly 200 characters is searched.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void anAdministratorsSearchOverItsLimitIsRefusedBesideTheBox(String language, URI portal) {
        base = portal;
        Random random = new Random(Gen.seed() * 31 + ("users-search-" + language).hashCode());
        Visitor admin = People.admin(portal);
        String words = lineOver(random, 200);
        Document refused = pageAt(admin, "/admin/users?lang=" + language + "&q=" + URLEncoder.encode(words,
                StandardCharsets.UTF_8));
        Element box = refused.getElementById("users-q");
        assertFalse(box.hasAttr("maxlength"), "no silent cut");
        assertEquals(tooLong(language, 200, words, "search.error.tooLongHere"), said(refused, "users-q-error"));
        assertEquals(words, box.val(), "the search kept whole");
        assertEquals("true", box.attr("aria-invalid"));
        assertEquals("users-q-error", box.attr("aria-describedby"));
        assertNull(refused.getElementById("users"), "nothing listed");
        assertNull(refused.getElementById("users-count"));

        // Exactly 200 characters, emoji among them: searched (for an account's email among them, found).
        String email = People.ADMIN_EMAIL;
        StringBuilder exact = new StringBuilder(email);
        while (length(exact.toString()) < 200) {
            exact.append(' ').append(WIDE.get(random.nextInt(WIDE.size())));
        }
        String search = exact.toString();
        while (length(search) > 200) {
            search = search.substring(0, search.offsetByCodePoints(0, 200));
        }
        Document searched = pageAt(admin, "/admin/users?lang=" + language + "&q=" + URLEncoder.encode(search,
                StandardCharsets.UTF_8));
        assertNull(searched.getElementById("users-q-error"), "searched: " + length(search));
        assertFalse(searched.getElementById("users-q").hasAttr("aria-invalid"));
        assertNotNull(searched.getElementById("users-count"));
    }

    /**
     * A member whose roles an administrator changed was signed out by the page's own background call (the search box's
     * suggestions as they type), and the next page said nothing: they found themselves signed out. The next page now
     * says, in their language, that their roles changed and to sign in again.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aMemberSignedOutByTheSuggestionsCallIsToldWhyOnTheNextPage(String language, URI portal) {
        ChromeDriver member = onSearchWhenRolesChange(portal, language, "suggested-out-", "member", "mentor");
        // The call js/suggest.js makes as one types in the search box: the first request after the change.
        Object status = member.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "var box = document.getElementById('search-q');"
                + "fetch(box.getAttribute('data-suggest') + '?q=' + encodeURIComponent('évaluation'), {headers:"
                + " {'Accept': 'application/json'}, credentials: 'same-origin'})"
                + ".then(function (answer) { done(answer.status); }, function () { done(-1); });");
        assertEquals(401L, ((Number) status).longValue(), "the session ended on that call");
        member.get(portal.resolve("/browse").toString());
        assertToldRolesChanged(member, language);
    }

    /**
     * Ticking a search filter brings the new list in place: on the first request after an administrator changed the
     * member's roles, that answer said the session had ended, and only its list was shown, so the page never said it.
     * The page is now loaded whole, and says it, in the member's language.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aMemberSignedOutByTickingAFilterIsToldWhy(String language, URI portal) {
        ChromeDriver member = onSearchWhenRolesChange(portal, language, "filtered-out-", "member", "editor");
        org.openqa.selenium.WebElement filter = member.findElement(By.cssSelector(
                "#filters-panel .facets input[type=checkbox]"));
        member.executeScript("arguments[0].click();", filter);
        assertToldRolesChanged(member, language);
    }

    /**
     * A new member signed in on a search page in a browser in that language, whose roles an administrator then
     * changes: the page's next request is the first one after the change.
     */
    private ChromeDriver onSearchWhenRolesChange(URI portal, String language, String prefix, String... roles) {
        long n = System.nanoTime();
        String email = prefix + language + n + "@kmb.test";
        People.member(portal, email, "Rolf Changed", "Changed Org " + n);
        ChromeDriver member = signedIn(portal, language, email);
        member.get(portal.resolve("/search?lang=" + language + "&q=mentoring").toString());
        UserSessionFindingsE2E.changeRoles(portal, email, roles);
        return member;
    }

    /** The page says, in the member's language, that their roles changed, and they are signed out. */
    private static void assertToldRolesChanged(ChromeDriver member, String language) {
        Browser.awaitText(member, By.cssSelector(".session-ended"), Bundle.shown(language, "session.ended.roles"));
        assertTrue(member.findElements(By.cssSelector(".account-nav form")).isEmpty(), "signed out");
    }

    private static int pick(Random random) {
        return HIDDEN[random.nextInt(HIDDEN.length)];
    }

    /** Generated words with the character somewhere inside (never at an end, where it is trimmed). */
    private static String withHidden(Random random, int hidden, int length) {
        String words = line(random, length);
        while (words.codePointCount(0, words.length()) < 3) {
            words = words + " " + line(random, length);
        }
        int at = words.offsetByCodePoints(0, 1 + random.nextInt(words.codePointCount(0, words.length()) - 2));
        return words.substring(0, at) + Character.toString(hidden) + words.substring(at);
    }

    /** What the box says: the one wording of a hidden character, which names it. */
    private static String naming(String language, int hidden) {
        return Bundle.normalSpaces(Bundle.shown(language, "field.invisibleCharacter", PlainText.name(hidden)));
    }
}

package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kmbportal.testing.Bundle;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.testing.Visitor;

/** What the user session of 5 December 2026 (the second that day) found, each checked on the page it was seen. */
@ExtendWith(RunningPortal.class)
class ThirdLookFindingsE2E {

    /**
     * An editor working on the French pages started a practice guide, wrote it in French and published it: its
     * language was English (the form's default), so the page said lang="en" and search treated it as English. A new
     * resource now starts in the language of the page it is written on.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aNewResourceStartsInTheLanguageOfThePageItIsWrittenOn(String language, URI portal) {
        String email = "lang-editor-" + language + "-" + System.nanoTime() + "@kmb.test";
        Visitor editor = People.invited(portal, People.admin(portal), email, "Édith Éditrice", "editor");
        for (String type : new String[]{"practice-guide", "research-summary"}) {
            Http.Answer page = editor.get("/editor/edit?type=" + type + "&lang=" + language);
            assertEquals(200, page.status());
            Element selected = Jsoup.parse(page.body()).selectFirst("select[id$=language] option[selected]");
            assertNotNull(selected, "the language is chosen on " + type);
            assertEquals(language, selected.attr("value"), type);
        }
    }

    /**
     * Someone with an account who accepted an invitation with a wrong password was told "The current password is not
     * right.", about a field the page does not have. They are told the address has an account and which password to
     * give; nothing changes.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void acceptingAnInvitationWithAnotherPasswordSaysTheAddressHasAnAccount(String language, URI portal) {
        String email = "has-account-" + language + "-" + System.nanoTime() + "@kmb.test";
        People.member(portal, email, "Zoé « Membre » 💡", "Org " + language);
        Visitor admin = People.admin(portal);
        Http.Answer invitation = admin.api("POST", "/api/admin/invitations",
                "{\"email\": \"" + email.toUpperCase(Locale.ROOT) + "\", \"role\": \"mentor\", \"language\": \""
                        + language + "\"}");
        assertEquals(201, invitation.status(), invitation.body());
        URI link = URI.create(Visitor.json(invitation.body()).getString("link"));
        Visitor invitee = new Visitor(portal, language);
        String path = link.getRawPath() + "?" + link.getRawQuery();
        Http.Answer refused = invitee.submit(path, "accept",
                Map.of("name", "Zoé", "password", "Not-The-Password-" + System.nanoTime()));
        String text = Jsoup.parse(refused.body()).text();
        assertTrue(text.contains(Bundle.shown(language, "invitation.wrongPassword")), text);
        assertFalse(text.contains(Bundle.shown(language, "account.wrongPassword")), text);
        Http.Answer accepted = new Visitor(portal, language).submit(path, "accept",
                Map.of("name", "Zoé", "password", People.PASSWORD));
        assertEquals(302, accepted.status(), "the same link still works with the account's password");
    }

    /**
     * The administrator could invite an address whose account already had the role (typed in other letters) and got
     * a second, useless link and a second identical row. They are told the account has the role; nothing is created.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void invitingAnAccountToARoleItHasIsRefusedInWords(String language, URI portal) {
        String email = "already-editor-" + language + "-" + System.nanoTime() + "@kmb.test";
        Visitor admin = People.admin(portal);
        People.invited(portal, admin, email, "Déjà Éditeur", "editor");
        Visitor page = new Visitor(portal, language);
        assertTrue(page.signIn(People.ADMIN_EMAIL, People.ADMIN_PASSWORD));
        Document form = Jsoup.parse(page.get("/admin/invitations?lang=" + language).body());
        int listedBefore = occurrences(form.text(), email);
        String editorRole = form.select("select[id$=role] option").stream().map(o -> o.attr("value"))
                .filter(v -> v.equalsIgnoreCase("editor")).findFirst().orElseThrow();
        Http.Answer answer = page.submit("/admin/invitations?lang=" + language, "invite",
                Map.of("email", "  " + email.toUpperCase(Locale.ROOT), "role", editorRole));
        // Answered with the page's own address (Post/Redirect/Get), the refusal kept for it.
        assertEquals(302, answer.status(), answer.body());
        java.net.URI moved = java.net.URI.create(answer.header("Location"));
        Document shown = Jsoup.parse(page.get(moved.getRawPath() + (moved.getRawQuery() == null
                ? ""
                : "?" + moved
                        .getRawQuery()))
                .body());
        assertTrue(shown.text().contains(Bundle.shown(language, "admin.alreadyHasRole")), shown.text());
        assertTrue(shown.select("#invitation-link").isEmpty(), "no link is handed out");
        Http.Answer api = admin.api("POST", "/api/admin/invitations",
                "{\"email\": \"" + email + "\", \"role\": \"editor\"}");
        assertTrue(api.status() >= 400 && api.status() < 500, api.status() + " " + api.body());
        assertEquals(listedBefore, occurrences(
                Jsoup.parse(page.get("/admin/invitations?lang=" + language).body()).text(), email),
                "no invitation was added to the list");
        // a role the account does not have is still invited
        assertEquals(201, admin.api("POST", "/api/admin/invitations",
                "{\"email\": \"" + email + "\", \"role\": \"mentor\"}").status());
    }

    /**
     * The check-in and plan pages of a partnership whose plan has no item showed "Link resources and collections to
     * an item" with an empty list of items and buttons that could link to nothing. They say to add an item first;
     * once there is one, the list offers it.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aPlanWithoutItemsSaysToAddOneBeforeLinking(String language, URI portal) {
        long n = System.nanoTime();
        Visitor member = People.member(portal, "empty-plan-" + language + n + "@kmb.test", "Membre Vide",
                "Plan vide " + language + " " + n);
        Visitor mentor = People.invited(portal, People.admin(portal), "empty-plan-mentor-" + language + n + "@kmb.test",
                "Mentor Vide", "mentor");
        long id = MatrixPartnerships.acceptedBetween(member, mentor, "Vide " + language + " " + n);
        String needsItem = Bundle.shown(language, "partnerships.plan.linkNeedsItem");
        for (String page : new String[]{"/partnerships/check-in?id=", "/partnerships/plan?id="}) {
            Document shown = followed(mentor, page + id + "&lang=" + language);
            assertTrue(shown.select("select[id$=target]").isEmpty(), page + " offers no empty list of items");
            assertTrue(shown.select("[id$=find-button], [id$=link-collection]").isEmpty(), page);
            assertTrue(shown.text().contains(needsItem), page + ": " + shown.text());
        }
        Http.Answer plan = member.api("PUT", "/api/partnerships/" + id + "/plan", "{\"version\": 0, \"items\":"
                + " [{\"what\": \"Recruter des mentors « fiables »\", \"why\": \"Roulement\", \"lead\":"
                + " \"partner\", \"status\": \"planned\"}]}");
        assertEquals(200, plan.status(), plan.body());
        for (String page : new String[]{"/partnerships/check-in?id=", "/partnerships/plan?id="}) {
            Document shown = followed(mentor, page + id + "&lang=" + language);
            assertEquals(1, shown.select("select[id$=target] option").size(), page);
            assertFalse(shown.text().contains(needsItem), page);
        }
    }

    /**
     * A member whose session ended pressed "Save these answers" on the organization page (a page anyone may open):
     * the "Page expired" page told them what they typed was kept until they signed in, but had no way to sign in
     * but the header, and asked them to go back and reload. It now offers to sign in again, back to the page.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void thePageExpiredPageOffersToSignInAgainToThePageItCameFrom(String language, URI portal) {
        long n = System.nanoTime();
        Visitor member = People.member(portal, "expired-" + language + n + "@kmb.test", "Zoé « x » 💡",
                "Expired org " + language + " " + n);
        String challenges = java.net.URLEncoder.encode("Nous perdons nos bénévoles après trois mois. "
                + "We lose volunteers after a few months.", java.nio.charset.StandardCharsets.UTF_8);
        String path = "/organization?submitted=1&organization_size=small&challenges=" + challenges + "&lang="
                + language;
        Document form = Jsoup.parse(member.get(path).body(), portal.resolve(path).toString());
        assertNotNull(form.getElementById("save-profile"), "a member is offered to save the answers");
        // the same form sent without the session (it ended): its view is unknown
        Http.Answer expired = new Visitor(portal, language).submit(form, "save-profile", Map.of(), null);
        assertEquals(400, expired.status());
        Document page = Jsoup.parse(expired.body());
        assertEquals(Bundle.shown(language, "error.expired.title"), page.selectFirst("h1").text().replace('\u00a0',
                ' '));
        Element signIn = page.getElementById("expired-sign-in");
        assertNotNull(signIn, "the page offers to sign in again");
        assertEquals(Bundle.shown(language, "error.expired.signIn"), signIn.text().replace('\u00a0', ' '));
        String next = java.net.URLDecoder.decode(signIn.attr("href").replaceFirst("^.*[?&]next=([^&]*).*$", "$1"),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(next.startsWith("/organization"), "back to the page the form was on: " + signIn.attr("href"));
    }

    /**
     * A member who accepted a proposal still found "… proposes a partnership to your organization … new" in their
     * list (user session). Opening a partnership, or acting in it, reads what it told them; the notifications of
     * another partnership stay new.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void openingOrAcceptingAPartnershipReadsItsNotificationsOnly(String language, URI portal) {
        long n = System.nanoTime();
        Visitor member = People.member(portal, "read-" + language + n + "@kmb.test", "Lina « Lu » 📬",
                "Lecture " + language + " " + n);
        Visitor mentor = People.invited(portal, People.admin(portal), "read-mentor-" + language + n + "@kmb.test",
                "Ève Mentore", "mentor");
        long accepted = MatrixPartnerships.acceptedBetween(member, mentor, "Accepté " + language + " " + n);
        long organization = member.get("/api/account").json().getJsonNumber("organization").longValue();
        String code = member.get("/api/organizations/" + organization).json().getString("join_code");
        long opened = MatrixPartnerships.proposed(mentor, code, "Ouvert " + language + " " + n);
        long other = MatrixPartnerships.proposed(mentor, code, "Autre " + language + " " + n);
        assertEquals(java.util.Set.of(opened, other), unreadPartnerships(member),
                "the accepted proposal's notification is read by accepting it");
        followed(member, "/partnerships/view?id=" + opened + "&lang=" + language);
        assertEquals(java.util.Set.of(other), unreadPartnerships(member), "opened: read; the other stays new");
        assertEquals(1, member.get("/api/partnerships/notifications").json().getInt("unread"));
        assertTrue(unreadPartnerships(mentor).contains(accepted), "the mentor has not opened it: still new to them");
    }

    private static java.util.Set<Long> unreadPartnerships(Visitor who) {
        return who.get("/api/partnerships/notifications").json().getJsonArray("notifications")
                .getValuesAs(jakarta.json.JsonObject.class).stream().filter(x -> !x.getBoolean("read"))
                .map(x -> x.getJsonNumber("partnership").longValue())
                .collect(java.util.stream.Collectors.toSet());
    }

    /** The page at the end of the portal's redirects (the check-in page goes to the check-in due). */
    private static Document followed(Visitor visitor, String path) {
        Http.Answer answer = visitor.get(path);
        for (int i = 0; i < 3 && answer.status() / 100 == 3; i++) {
            answer = visitor.get(URI.create(answer.header("Location")).getRawPath() + "?"
                    + URI.create(answer.header("Location")).getRawQuery());
        }
        assertEquals(200, answer.status(), path);
        return Jsoup.parse(answer.body());
    }

    private static int occurrences(String text, String email) {
        return text.toLowerCase(Locale.ROOT).split(java.util.regex.Pattern.quote(email), -1).length - 1;
    }
}

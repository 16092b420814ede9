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
        Document shown = Jsoup.parse(answer.body());
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

    private static int occurrences(String text, String email) {
        return text.toLowerCase(Locale.ROOT).split(java.util.regex.Pattern.quote(email), -1).length - 1;
    }
}

package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kmbportal.testing.Bundle;
import org.kmbportal.testing.GeneratedText;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.testing.Visitor;

/**
 * The administrators' lists (session of 2026-12-05): the accounts came by email, not by the names people go by, and
 * their API came all at once; the audit log's "Who" was a name here, an email there.
 */
@ExtendWith(RunningPortal.class)
class AdminListsE2E {

    private static final Pattern EMAIL = Pattern.compile("[^\\s<>@]+@[^\\s<>@]+");

    /**
     * Three accounts whose emails run the other way from their names, with accents and case mixed: the page lists
     * them by name (accents and case aside), in both languages.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void theAccountsPageListsPeopleByNameAccentsAndCaseAside(String language, URI portal) {
        long n = System.nanoTime();
        String tail = UserSessionFindingsE2E.oneLine(GeneratedText.libraryWords(40), "names-" + language);
        String token = "srt" + n;
        List<String> names = List.of("adèle " + token + " " + tail, "Émile " + token + " " + tail,
                "Zoé " + token + " " + tail);
        Visitor admin = People.admin(portal);
        People.member(portal, "zz-" + token + "@kmb.test", names.get(0), "Order Org A " + n);
        People.member(portal, "mm-" + token + "@kmb.test", names.get(1), "Order Org B " + n);
        People.member(portal, "aa-" + token + "@kmb.test", names.get(2), "Order Org C " + n);

        Document page = Jsoup.parse(admin.get("/admin/users?lang=" + language + "&q=" + URLEncoder.encode(token,
                StandardCharsets.UTF_8)).body());
        List<String> shown = page.select("td[data-label=\"" + Bundle.shown(language, "admin.users.name") + "\"]")
                .eachText();
        assertEquals(names.stream().map(s -> s.replaceAll("\\s+", " ").strip()).toList(), shown);
    }

    /**
     * {@code /api/admin/users} comes a page at a time, as the rest of the API: page, size (at most 100), total; in
     * the accounts page's order. A size or page out of range is a clear 400.
     */
    @Test
    void theAccountsApiComesAPageAtATime(URI portal) {
        Visitor admin = People.admin(portal);
        for (int i = 0; i < 3; i++) {
            People.member(portal, "paged-" + i + "-" + System.nanoTime() + "@kmb.test", "Paged " + i,
                    "Paged Org " + i + System.nanoTime());
        }
        Http.Answer first = admin.get("/api/admin/users?page=1&size=2");
        assertEquals(200, first.status(), first.body());
        JsonObject json = first.json();
        assertEquals(1, json.getInt("page"));
        assertEquals(2, json.getInt("size"));
        assertTrue(json.getJsonNumber("total").longValue() >= 4, first.body());
        assertEquals(2, json.getJsonArray("hits").size());
        List<JsonObject> all = People.accounts(admin);
        assertEquals(json.getJsonNumber("total").longValue(), all.size());
        assertEquals(all.subList(2, 4), admin.get("/api/admin/users?page=2&size=2").json().getJsonArray("hits")
                .getValuesAs(JsonObject.class));
        for (String bad : List.of("size=101", "size=0", "page=0", "size=x")) {
            Http.Answer refused = admin.get("/api/admin/users?" + bad);
            assertEquals(400, refused.status(), bad + ": " + refused.body());
            assertTrue(Set.of("invalid_size", "invalid_page").contains(refused.json().getString("error")), bad);
        }
        assertTrue(admin.get("/openapi").body().contains("AdminAccountPage"), "documented");
    }

    /**
     * The audit log's "Who" is one thing, said under the page's title: the account's email (or "The portal" for what
     * it did by itself, or "A former member" for an account deleted since), never a name here and an email there.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void theAuditLogsWhoIsTheAccountsEmailByOneRule(String language, URI portal) {
        long n = System.nanoTime();
        Visitor admin = People.admin(portal);
        Visitor partner = People.member(portal, "audit-partner-" + language + n + "@kmb.test", "Audit Partner",
                "Audit Org " + language + n);
        String mentorEmail = "audit-mentor-" + language + n + "@kmb.test";
        String mentorName = UserSessionFindingsE2E.oneLine(GeneratedText.libraryWords(50), "audit-" + language);
        Visitor mentor = People.invited(portal, admin, mentorEmail, mentorName, "mentor");
        long organization = partner.get("/api/account").json().getJsonNumber("organization").longValue();
        String joinCode = partner.get("/api/organizations/" + organization).json().getString("join_code");
        assertEquals(201, mentor.api("POST", "/api/partnerships", Json.createObjectBuilder().add("join_code",
                joinCode).add("title", "Audited " + language).build().toString()).status());

        Document page = Jsoup.parse(admin.get("/admin/audit?lang=" + language).body());
        List<String> who = page.select("td[data-label=\"" + Bundle.shown(language, "admin.audit.who") + "\"]")
                .eachText();
        assertTrue(who.contains(mentorEmail), "the mentor who proposed, by email: " + who.subList(0, Math.min(5,
                who.size())));
        // What the portal did by itself, and what a deleted account did (its address was erased, AccountDeletion).
        Set<String> portalWords = Set.of(Bundle.shown(language, "audit.who.start-up"), Bundle.shown(language,
                "audit.who.scheduled-publishing"), Bundle.shown(language, "audit.who.former-member"));
        for (String w : who) {
            assertTrue(EMAIL.matcher(w).matches() || portalWords.contains(w), "one rule: " + w);
        }
        assertTrue(page.text().contains(Bundle.shown(language, "admin.audit.whoRule")), "the rule is said");
    }
}

package org.kmbportal.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.testing.Visitor;

/**
 * Mentor collections in the real server, through the API as mentors, members and editors use it: visibility for each
 * role and organization, unlisted links, search following visibility, reordering, concurrent edits, follows and
 * changes, bad input, on the shared test portal (import and export: {@link CollectionFormatIT}; link checking
 * against a local HTTP server runs inside the server: {@link CurationInServer}).
 */
@ExtendWith(RunningPortal.class)
@EnabledIf("org.kmbportal.testing.TestDatabase#available")
class CurationIT {

    private static CurationPeople people;

    /**
     * Each run of the class (the pom reruns a failed test, on the same portal) has people of its own: the titles of
     * a mentor's collections are unique, and the first run's mentor has them already.
     */
    @BeforeAll
    static void newPeople() {
        people = null;
    }

    static synchronized CurationPeople people() {
        if (people == null) {
            people = new CurationPeople(RunningPortal.base(), Long.toString(System.nanoTime(), 36));
        }
        return people;
    }

    /** A mentor supporting organization A, a member of A, a member of B, another mentor, an editor. */
    static final class CurationPeople {
        final Visitor mentor;
        final Visitor otherMentor;
        final Visitor member;
        final Visitor otherMember;
        final Visitor editor;
        final Visitor admin;
        final long organization;

        CurationPeople(URI base, String run) {
            admin = People.admin(base);
            member = People.member(base, "it-cur-member-" + run + "@kmb.test", "Curation Member", "Curation Org A");
            otherMember = People.member(base, "it-cur-other-" + run + "@kmb.test", "Curation Other", "Curation Org B");
            mentor = People.invited(base, admin, "it-cur-mentor-" + run + "@kmb.test", "Curation Mentor", "mentor");
            otherMentor = People.invited(base, admin, "it-cur-mentor2-" + run + "@kmb.test", "Other Mentor", "mentor");
            editor = People.invited(base, admin, "it-cur-editor-" + run + "@kmb.test", "Curation Editor", "editor");
            organization = member.get("/api/account").json().getJsonNumber("organization").longValue();
            String code = member.get("/api/organizations/" + organization).json().getString("join_code");
            Http.Answer supported = mentor.api("POST", "/api/mentor/organizations",
                    Json.createObjectBuilder().add("join_code", code).build().toString());
            assertEquals(201, supported.status(), supported.body());
        }
    }

    static String body(String title, String visibility, List<Long> organizations, String... items) {
        JsonArrayBuilder orgs = Json.createArrayBuilder();
        organizations.forEach(orgs::add);
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (String item : items) {
            list.add(item.startsWith("http")
                    ? Json.createObjectBuilder().add("url", item).add("title", "Link " + item).add("note", "why")
                    : Json.createObjectBuilder().add("resource", item).add("note", "because " + item));
        }
        return Json.createObjectBuilder().add("title", title).add("description", "Made by the curation test.")
                .add("visibility", visibility).add("organizations", orgs).add("items", list).build().toString();
    }

    static JsonObject create(Visitor curator, String body) {
        Http.Answer created = curator.api("POST", "/api/collections", body);
        assertEquals(201, created.status(), created.body());
        return created.json();
    }

    @Test
    void endingAMentorsSupportEndsTheOrganizationsAccessToWhatWasSharedThroughIt() {
        CurationPeople p = people();
        String shared = create(p.mentor, body("IT shared then support ended", "shared", List.of(p.organization)))
                .getString("id");
        assertEquals(200, status(p.member, "/api/collections/" + shared), "shared with the member's organization");
        assertEquals(200, status(p.member, "/collections/" + shared));

        Http.Answer ended = p.mentor.api("DELETE", "/api/mentor/organizations/" + p.organization, null);
        assertTrue(ended.status() == 200 || ended.status() == 204, ended.body());

        assertEquals(404, status(p.member, "/api/collections/" + shared), "no longer readable through the mentor");
        assertEquals(404, status(p.member, "/collections/" + shared));
        assertFalse(p.member.get("/api/collections").body().contains(shared), "no longer listed either");
        assertEquals(200, status(p.mentor, "/api/collections/" + shared), "the curator keeps it");

        // Support again (other tests need it): sharing is not restored by itself.
        String code = p.member.get("/api/organizations/" + p.organization).json().getString("join_code");
        assertEquals(201, p.mentor.api("POST", "/api/mentor/organizations",
                Json.createObjectBuilder().add("join_code", code).build().toString()).status());
        assertEquals(404, status(p.member, "/api/collections/" + shared));
    }

    /** Shipped resources, in English and French. */
    static final List<String> SHIPPED = List.of("aarons-2006-organizational-climate-staff-turnover",
            "accompagner-un-autre-organisme", "ahrens-2008-foster-youth-adult-mentors", "bien-terminer-un-jumelage");

    @Test
    void aCuratorAddsAResourceToTheirOwnCollectionOnceWithItsNoteAndOthersAreRefused() {
        CurationPeople p = people();
        String id = create(p.mentor, body("IT added from pages", "private", List.of())).getString("id");
        List<String> notes = Gen.tries("add-to-collection notes", SHIPPED.size(), GeneratedText.oddTitles(1200))
                .toList();
        long version = p.mentor.get("/api/collections/" + id).json().getJsonNumber("version").longValue();
        for (int i = 0; i < SHIPPED.size(); i++) {
            Http.Answer added = add(p.mentor, id, SHIPPED.get(i), notes.get(i));
            assertEquals(201, added.status(), added.body());
            assertTrue(added.json().getBoolean("added"));
            assertTrue(added.json().getJsonNumber("version").longValue() > version, "the version moves as any save");
            version = added.json().getJsonNumber("version").longValue();
        }
        Http.Answer again = add(p.mentor, id, SHIPPED.get(1), "a second note");
        assertEquals(200, again.status(), again.body());
        assertFalse(again.json().getBoolean("added"), "already in it");
        assertEquals(version, again.json().getJsonNumber("version").longValue(), "nothing saved");

        JsonObject stored = p.mentor.get("/api/collections/" + id).json();
        assertEquals(SHIPPED.size(), stored.getJsonArray("items").size(), "no duplicate");
        for (int i = 0; i < SHIPPED.size(); i++) {
            JsonObject item = stored.getJsonArray("items").getJsonObject(i);
            assertEquals(SHIPPED.get(i), item.getString("resource"), "at the end, in the order added");
            assertEquals(CollectionEntry.resource(SHIPPED.get(i), notes.get(i)).note(), item.getString("note", ""),
                    "the note as typed");
        }
        // An editor open on the collection meets the conflict.
        Http.Answer stale = p.mentor.api("PUT", "/api/collections/" + id,
                Json.createObjectBuilder().add("version", version - 1).add("title", "Stale").build().toString());
        assertEquals(409, stale.status(), stale.body());

        assertEquals(403, add(p.member, id, SHIPPED.get(0), "").status(), "a member curates nothing");
        assertEquals(404, add(p.otherMentor, id, SHIPPED.get(0), "").status(), "another mentor's private one");
        String editorial = create(p.editor, body("IT editor's own", "public", List.of())).getString("id");
        assertEquals(403, add(p.mentor, editorial, SHIPPED.get(0), "").status(), "readable is not one's own");
        assertEquals(403, add(p.editor, id, SHIPPED.get(0), "").status(), "editors add only to their own from pages");
        assertEquals(400, add(p.mentor, id, "no-such-resource-here", "").status(), "an unknown resource");
        assertEquals(SHIPPED.size(), p.mentor.get("/api/collections/" + id).json().getJsonArray("items").size(),
                "nothing changed by the refusals");
    }

    private static Http.Answer add(Visitor visitor, String collection, String resource, String note) {
        return visitor.api("POST", "/api/collections/" + collection + "/items",
                Json.createObjectBuilder().add("resource", resource).add("note", note).build().toString());
    }

    static int status(Visitor visitor, String path) {
        return visitor.get(path).status();
    }

    @Test
    void eachVisibilityIsEnforcedForEveryRoleAndOrganization() {
        CurationPeople p = people();
        Visitor anonymous = new Visitor(RunningPortal.base());
        String priv = create(p.mentor, body("IT private", "private", List.of())).getString("id");
        String shared = create(p.mentor, body("IT shared", "shared", List.of(p.organization))).getString("id");
        String pub = create(p.mentor, body("IT public", "public", List.of())).getString("id");
        JsonObject unlisted = create(p.mentor, body("IT unlisted", "unlisted", List.of()));
        String link = p.mentor.get("/api/collections/" + unlisted.getString("id") + "/sharing").json()
                .getString("link");
        String key = link.substring(link.indexOf("key=") + 4);

        Map<String, List<Integer>> expected = Map.of(
                // anonymous, member of A, member of B, curator, other mentor, editor, admin
                priv, List.of(404, 404, 404, 200, 404, 200, 200), shared, List.of(404, 200, 404, 200, 404, 200, 200),
                pub, List.of(200, 200, 200, 200, 200, 200, 200), unlisted.getString("id"),
                List.of(404, 404, 404, 200, 404, 200, 200));
        List<Visitor> visitors = List.of(anonymous, p.member, p.otherMember, p.mentor, p.otherMentor, p.editor,
                p.admin);
        expected.forEach((id, statuses) -> {
            for (int i = 0; i < visitors.size(); i++) {
                for (String path : List.of("/api/collections/" + id, "/collections/" + id,
                        "/api/collections/" + id + "/export?format=bibtex")) {
                    assertEquals(statuses.get(i), status(visitors.get(i), path), path + " for visitor " + i);
                }
            }
        });
        String unlistedId = unlisted.getString("id");
        assertEquals(200, status(anonymous, "/api/collections/" + unlistedId + "?key=" + key));
        assertEquals(200, status(p.otherMember, "/collections/" + unlistedId + "?key=" + key));
        assertFalse(p.member.get("/api/collections").body().contains(priv), "private is not listed for others");
        assertTrue(p.member.get("/api/collections").body().contains(shared), "shared is listed for org A");
        assertFalse(p.otherMember.get("/api/collections").body().contains(shared));
        assertFalse(p.otherMember.get("/api/collections").body().contains(unlistedId), "unlisted is never listed");

        assertEquals(404, p.otherMentor.api("POST", "/api/collections/" + unlistedId + "/sharing/link", null)
                .status(), "another mentor cannot even see it");
        Http.Answer renewed = p.mentor.api("POST", "/api/collections/" + unlistedId + "/sharing/link", null);
        assertEquals(200, renewed.status(), renewed.body());
        assertEquals(404, status(anonymous, "/api/collections/" + unlistedId + "?key=" + key), "old link revoked");
        String newLink = renewed.json().getString("link");
        assertEquals(200, status(anonymous, "/api/collections/" + unlistedId + "?key="
                + newLink.substring(newLink.indexOf("key=") + 4)));
        Http.Answer revoked = p.mentor.api("DELETE", "/api/collections/" + unlistedId + "/sharing/link", null);
        assertEquals("private", revoked.json().getString("visibility"));

        Http.Answer notSupported = p.mentor.api("PUT", "/api/collections/" + priv + "/sharing",
                "{\"visibility\": \"shared\", \"organizations\": [" + (p.organization + 1000) + "]}");
        assertEquals(400, notSupported.status(), "only supported organizations: " + notSupported.body());
        assertEquals(403, p.member.api("DELETE", "/api/collections/" + shared, null).status(), "readers cannot delete");
        assertEquals(404, p.otherMentor.api("DELETE", "/api/collections/" + priv, null).status());
        assertEquals(403, p.otherMentor.api("PUT", "/api/collections/" + pub, "{\"version\": 0, \"title\": \"x\"}")
                .status());
        assertEquals(403, p.admin.api("PUT", "/api/collections/" + pub, "{\"version\": 0, \"title\": \"x\"}")
                .status(), "administrators read all but do not edit");
        assertEquals(204, p.editor.api("DELETE", "/api/collections/" + priv, null).status(), "editors may delete");
        assertEquals(404, status(p.mentor, "/api/collections/" + priv));
    }

    @Test
    void searchFindsACollectionOnlyWhileItIsPublic() throws InterruptedException {
        CurationPeople p = people();
        String id = create(p.mentor, body("Zanzibarquoll collection", "public", List.of())).getString("id");
        // Asked with Sec-GPC: the polling leaves no search signals on the portal the insight tests share.
        Predicate<String> found = q -> Http.get(RunningPortal.base(), "/api/search?q="
                + URLEncoder.encode(q, StandardCharsets.UTF_8), "Sec-GPC", "1").body().contains("\"" + id + "\"");
        assertTrue(eventually(() -> found.test("zanzibarquoll")), "public: indexed");
        Http.Answer hidden = p.mentor.api("PUT", "/api/collections/" + id + "/sharing",
                "{\"visibility\": \"private\"}");
        assertEquals(200, hidden.status(), hidden.body());
        assertTrue(eventually(() -> !found.test("zanzibarquoll")), "private: removed");
        p.mentor.api("PUT", "/api/collections/" + id + "/sharing", "{\"visibility\": \"public\"}");
        assertTrue(eventually(() -> found.test("zanzibarquoll")), "public again");
        assertEquals(204, p.mentor.api("DELETE", "/api/collections/" + id, null).status());
        assertTrue(eventually(() -> !found.test("zanzibarquoll")), "deleted: removed");
    }

    /**
     * Waits for the condition: far above the second a reader waits (the benchmark measures that, not this test), as
     * the loaded test machine runs portals and browsers beside this one.
     */
    static boolean eventually(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(50);
        }
        return condition.getAsBoolean();
    }

    static void indexCaughtUp(Visitor admin) throws InterruptedException {
        assertTrue(eventually(() -> {
            JsonObject index = admin.api("GET", "/api/admin/index", null).json();
            return index.getJsonNumber("applied_seq").longValue() >= index.getJsonNumber("last_seq").longValue();
        }), "the index caught up");
    }

    @Test
    void reorderingChecksTheVersionAndThePositions() {
        CurationPeople p = people();
        JsonObject created = create(p.mentor, body("IT order", "private", List.of(), "https://example.org/one",
                "https://example.org/two", "https://example.org/three"));
        String id = created.getString("id");
        long version = created.getJsonNumber("version").longValue();
        Http.Answer bad = p.mentor.api("PUT", "/api/collections/" + id + "/order",
                "{\"version\": " + version + ", \"order\": [0, 0, 1]}");
        assertEquals(400, bad.status(), bad.body());
        Http.Answer moved = p.mentor.api("PUT", "/api/collections/" + id + "/order",
                "{\"version\": " + version + ", \"order\": [2, 0, 1]}");
        assertEquals(200, moved.status(), moved.body());
        assertEquals(List.of("https://example.org/three", "https://example.org/one", "https://example.org/two"),
                urls(p.mentor, id));
        Http.Answer stale = p.mentor.api("PUT", "/api/collections/" + id + "/order",
                "{\"version\": " + version + ", \"order\": [1, 0, 2]}");
        assertEquals(409, stale.status(), "a stale version is refused: " + stale.body());
        Http.Answer staleEdit = p.editor.api("PUT", "/api/collections/" + id,
                "{\"version\": " + version + ", \"title\": \"Editor's title\"}");
        assertEquals(409, staleEdit.status());
        assertEquals("edit_conflict", staleEdit.json().getString("error"));
        assertEquals(List.of("https://example.org/three", "https://example.org/one", "https://example.org/two"),
                urls(p.mentor, id), "nothing changed");
    }

    private static List<String> urls(Visitor visitor, String id) {
        return visitor.get("/api/collections/" + id).json().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().map(i -> i.getString("url")).toList();
    }

    @Test
    void followersSeeWhatChangedSinceTheirLastVisit() {
        CurationPeople p = people();
        JsonObject created = create(p.mentor, body("IT followed", "shared", List.of(p.organization),
                "https://example.org/a", "https://example.org/b", "https://example.org/e", "https://example.org/c"));
        String id = created.getString("id");
        assertEquals(400, p.member.get("/api/collections/" + id + "/changes").status(), "not following yet");
        assertEquals(404, p.otherMember.api("PUT", "/api/collections/" + id + "/follow", null).status(),
                "cannot follow what one cannot read");
        assertEquals(200, p.member.api("PUT", "/api/collections/" + id + "/follow", null).status());
        long version = created.getJsonNumber("version").longValue();
        String items = "[{\"url\": \"https://example.org/c\", \"title\": \"C\", \"note\": \"why\"},"
                + " {\"url\": \"https://example.org/a\", \"title\": \"A\", \"note\": \"a new reason\"},"
                + " {\"url\": \"https://example.org/e\", \"title\": \"E\", \"note\": \"why\"},"
                + " {\"url\": \"https://example.org/d\", \"title\": \"D\", \"note\": \"\"}]";
        Http.Answer edited = p.mentor.api("PUT", "/api/collections/" + id,
                "{\"version\": " + version + ", \"items\": " + items + "}");
        assertEquals(200, edited.status(), edited.body());
        JsonObject changes = p.member.get("/api/collections/" + id + "/changes").json();
        assertEquals("https://example.org/d", changes.getJsonArray("added").getJsonObject(0).getString("url"));
        assertEquals("https://example.org/b", changes.getJsonArray("removed").getJsonObject(0).getString("url"));
        assertEquals("https://example.org/a", changes.getJsonArray("note_changed").getJsonObject(0).getString("url"));
        assertEquals("https://example.org/c", changes.getJsonArray("moved").getJsonObject(0).getString("url"));
        assertEquals(200, p.member.get("/collections/" + id).status(), "a visit to the page");
        JsonObject after = p.member.get("/api/collections/" + id + "/changes").json();
        assertEquals(0, after.getJsonArray("added").size() + after.getJsonArray("moved").size(), "seen");
        assertEquals(204, p.member.api("DELETE", "/api/collections/" + id + "/follow", null).status());
        assertFalse(p.member.get("/api/collections/" + id).json().getBoolean("following"));
    }

    @Test
    void theLinkDashboardShowsCuratorsTheirOwnLinksAndEditorsAll() {
        CurationPeople p = people();
        create(p.mentor, body("IT dashboard", "private", List.of(), "https://example.org/dashboard-link"));
        String mine = p.mentor.get("/api/links").body();
        assertTrue(mine.contains("https://example.org/dashboard-link"), mine);
        assertTrue(mine.contains("\"unchecked\""), mine);
        assertFalse(mine.contains("\"citation\""), "a mentor sees only the links of their collections");
        assertFalse(p.otherMentor.get("/api/links").body().contains("dashboard-link"));
        String all = p.editor.get("/api/links").body();
        assertTrue(all.contains("dashboard-link") && all.contains("\"citation\""), "editors see every link");
        assertEquals(403, p.member.get("/api/links").status());
        assertEquals(200, p.mentor.get("/curate/links").status());
        assertEquals(403, p.mentor.api("POST", "/api/links/checks", null).status(), "mentors do not start runs");
    }
}

package org.kmbportal.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kmbportal.curation.CurationIT.body;
import static org.kmbportal.curation.CurationIT.create;
import static org.kmbportal.curation.CurationIT.indexCaughtUp;
import static org.kmbportal.curation.CurationIT.people;
import static org.kmbportal.curation.CurationIT.status;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.curation.CurationIT.CurationPeople;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.testing.Visitor;

/**
 * Mentor collections in and out of the content format, through the API on the shared test portal: the export read
 * back, bad input refused, copies of someone else's collection made the importer's, shared ones imported under a new
 * id. With {@link CurationIT}'s people, new on each run of the class (the titles of a mentor's collections are unique).
 */
@ExtendWith(RunningPortal.class)
@EnabledIf("org.kmbportal.testing.TestDatabase#available")
class CollectionFormatIT {

    @BeforeAll
    static void newPeople() {
        CurationIT.newPeople();
    }

    @Test
    void aCollectionRoundTripsThroughTheContentFormatAndBadInputChangesNothing() {
        CurationPeople p = people();
        String id = create(p.mentor, body("IT round trip", "public", List.of(),
                "lachance-2019-inter-organizational-mentoring", "https://example.org/guide")).getString("id");
        String exported = p.mentor.get("/api/collections/" + id + "/export?format=content").body();
        String copyId = id + "-copy";
        String sameTitle = exported.replace("id: " + id, "id: " + copyId);
        Http.Answer sameRefused = p.mentor.api("POST", "/api/collections/import",
                Json.createObjectBuilder().add("text", sameTitle).build().toString());
        assertEquals(409, sameRefused.status(),
                "a second collection of the mentor's with that title: " + sameRefused.body());
        assertEquals("same_title", sameRefused.json().getString("error"));
        assertEquals(404, status(p.mentor, "/api/collections/" + copyId), "nothing made");
        String copy = sameTitle.replace("IT round trip", "IT round trip, a copy");
        Http.Answer imported = p.mentor.api("POST", "/api/collections/import",
                Json.createObjectBuilder().add("text", copy).build().toString());
        assertEquals(201, imported.status(), imported.body());
        assertEquals(copy.replace("visibility: public", "visibility: private"),
                p.mentor.get("/api/collections/" + copyId + "/export?format=content").body(),
                "the same file comes back, private until the curator publishes it");
        Http.Answer again = p.mentor.api("POST", "/api/collections/import",
                Json.createObjectBuilder().add("text", copy).build().toString());
        assertEquals("unchanged", again.json().getString("outcome"));
        Http.Answer notHis = p.otherMentor.api("POST", "/api/collections/import",
                Json.createObjectBuilder().add("text", copy).build().toString());
        assertEquals(400, notHis.status(), "another mentor cannot overwrite it: " + notHis.body());

        JsonObject before = p.mentor.get("/api/collections/" + id).json();
        long version = before.getJsonNumber("version").longValue();
        for (String bad : List.of("", "not json", "[1]", "{\"version\": " + version + ", \"colour\": \"red\"}",
                "{\"version\": " + version + ", \"title\": 7}",
                "{\"version\": " + version + ", \"title\": \"\"}",
                "{\"version\": " + version + ", \"visibility\": \"everyone\"}",
                "{\"version\": " + version + ", \"items\": [{\"url\": \"javascript:alert(1)\", \"title\": \"x\"}]}",
                "{\"version\": " + version + ", \"items\": [{\"resource\": \"no-such-resource\"}]}",
                "{\"title\": \"no version\"}")) {
            Http.Answer refused = p.mentor.api("PUT", "/api/collections/" + id, bad);
            assertEquals(400, refused.status(), bad + " -> " + refused.body());
            assertTrue(refused.body().contains("\"error\""), refused.body());
        }
        assertEquals(before, p.mentor.get("/api/collections/" + id).json(), "nothing changed");
        Http.Answer badFile = p.mentor.api("POST", "/api/collections/import", "{\"text\": \"---\\nid: x\\n---\"}");
        assertEquals(400, badFile.status(), badFile.body());
    }

    static Stream<Arguments> anImportedCopyIsTheImportersAndPrivateTries() {
        return Gen.tries("imported copy is the importer's", 4, random -> {
            String words = GeneratedText.libraryWords(300).next(random).replace("---", "—").replace("@", " ");
            String odd = List.of("« l’évaluation » ", "“quoted” ", "🙂 ", "Ça & là — ", "(d’abord) ", "¿por qué? ")
                    .get(random.nextInt(6));
            String marker = "Quarvimble" + Long.toString(Math.abs(random.nextLong()), 36).replaceAll("\\d", "");
            String title = GeneratedText.cut(odd + words.replaceAll("\\s+", " ").strip() + " " + marker, 480)
                    .strip();
            return Arguments.of(title, marker, random.nextBoolean() ? "en" : "fr", random.nextBoolean());
        });
    }

    /**
     * A curator's copy of someone else's public collection (a shipped one of the editorial team, changed only in
     * its id and title) becomes a new collection of the importer's: their name as curator, not the editorial team's
     * credit from the file, and private, so it is neither listed in /collections nor found in search until they
     * choose otherwise. Editors importing get the same.
     */
    @ParameterizedTest(name = "try {index} ({2}, editor {3})")
    @MethodSource("anImportedCopyIsTheImportersAndPrivateTries")
    void anImportedCopyOfAShippedCollectionIsTheImportersAndPrivate(String title, String marker, String language,
            boolean byEditor) throws InterruptedException {
        CurationPeople p = people();
        Visitor importer = byEditor ? p.editor : p.mentor;
        String shipped = Http.get(RunningPortal.base(),
                "/api/collections/evaluating-on-a-small-budget/export?format=content").body();
        // The editorial team is credited in both languages (curator: {en: …, fr: …}).
        assertTrue(shipped.contains("curator: {en: \"KMb Portal editorial team\", fr: \"Équipe éditoriale du Portail"
                + " KMb\"}") && shipped.contains("visibility: public"), shipped);
        String id = "it-copy-" + marker.toLowerCase(java.util.Locale.ROOT) + "-"
                + Long.toString(System.nanoTime(), 36);
        String copy = shipped.replace("id: evaluating-on-a-small-budget", "id: " + id)
                .replace("title: \"Evaluating on a small budget\"",
                        "title: \"" + title.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .replace("language: en", "language: " + language);
        Http.Answer imported = importer.api("POST", "/api/collections/import",
                Json.createObjectBuilder().add("text", copy).build().toString());
        assertEquals(201, imported.status(), imported.body());
        JsonObject mine = importer.get("/api/collections/" + id).json();
        assertEquals(title, mine.getString("title"));
        assertEquals("private", mine.getString("visibility"), "a new collection starts private");
        assertEquals(byEditor ? "Curation Editor" : "Curation Mentor", mine.getString("curator"),
                "the importer's name, not the credit in the file");
        assertTrue(mine.getBoolean("mine"), mine.toString());
        assertEquals(404, Http.get(RunningPortal.base(), "/api/collections/" + id).status(), "anonymous readers");
        assertEquals(404, status(p.member, "/api/collections/" + id), "members");
        assertFalse(Http.get(RunningPortal.base(), "/collections").body().contains(id), "not in /collections");
        assertFalse(p.member.get("/api/collections").body().contains(id), "not listed for others");
        Predicate<String> found = q -> Http.get(RunningPortal.base(), "/api/search?q="
                + URLEncoder.encode(q, StandardCharsets.UTF_8), "Sec-GPC", "1").body().contains("\"" + id + "\"");
        // Once the index has applied every change the library logged, search answers as it ever will.
        indexCaughtUp(p.admin);
        assertFalse(found.test(marker), "not found in anonymous search");
        Http.Answer again = importer.api("POST", "/api/collections/import",
                Json.createObjectBuilder().add("text", copy).build().toString());
        assertEquals(200, again.status(), again.body());
        assertEquals("private", importer.get("/api/collections/" + id).json().getString("visibility"),
                "importing it again keeps its visibility");
        assertEquals(204, importer.api("DELETE", "/api/collections/" + id, null).status());
    }

    /**
     * The export of a shared collection names no organization (visibility: shared); imported under a new id it
     * becomes a private collection of the importer's instead of being refused for organizations the import form
     * cannot choose. Importing it over the original keeps the organizations it is shared with.
     */
    @Test
    void aSharedCollectionsExportImportsUnderANewId() {
        CurationPeople p = people();
        String id = create(p.mentor, body("IT shared « exporté » 🙂 d’abord", "shared", List.of(p.organization),
                "lachance-2019-inter-organizational-mentoring")).getString("id");
        String exported = p.mentor.get("/api/collections/" + id + "/export?format=content").body();
        assertTrue(exported.contains("visibility: shared"), exported);
        String copyId = id + "-copy";
        Http.Answer imported = p.mentor.api("POST", "/api/collections/import",
                Json.createObjectBuilder().add("text", exported.replace("id: " + id, "id: " + copyId).replace(
                        "IT shared « exporté »", "IT shared copy « exporté »")).build().toString());
        assertEquals(201, imported.status(), imported.body());
        assertEquals("private", p.mentor.get("/api/collections/" + copyId).json().getString("visibility"));
        assertEquals(404, status(p.member, "/api/collections/" + copyId), "not shared with anyone yet");
        Http.Answer over = p.mentor.api("POST", "/api/collections/import",
                Json.createObjectBuilder().add("text", exported.replace("IT shared", "IT shared again")).build()
                        .toString());
        assertEquals(200, over.status(), over.body());
        assertEquals(200, status(p.member, "/api/collections/" + id), "the original stays shared");
    }
}

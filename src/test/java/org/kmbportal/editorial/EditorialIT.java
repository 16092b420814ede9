package org.kmbportal.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kmbportal.testing.Bundle;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.testing.Visitor;

/**
 * The editorial workflow in the real server, through the editors' API as two editors use it: concurrent edits,
 * scheduled publishing, revisions with differences and restore (the bulk import and the export: {@link
 * LibraryArchiveIT}).
 */
@ExtendWith(RunningPortal.class)
@EnabledIf("org.kmbportal.testing.TestDatabase#available")
class EditorialIT {

    private static Visitor alice;
    private static Visitor bob;
    /**
     * This try's tail of every resource id the tests make: the pom reruns a failing test on the same portal, and a
     * portal given by kmb.e2e.portal may have seen an earlier run, where "it-revisions" (say) exists already.
     */
    private static String run;

    @BeforeAll
    static void twoEditors() {
        run = Long.toString(System.nanoTime(), 36);
        URI base = RunningPortal.base();
        Visitor admin = People.admin(base);
        alice = People.invited(base, admin, "alice.editor@kmb.test", "Alice Editor", "editor");
        bob = People.invited(base, admin, "bob.editor@kmb.test", "Bob Editor", "editor");
    }

    static String guide(String id, String title, String body) {
        return "---\nid: " + id + "\ntype: practice-guide\ntitle: \"" + title + "\"\nlanguage: en\nstatus: draft\n"
                + "topics: [match-closure]\nsummary: \"A guide written by the editorial test.\"\n---\n" + body + "\n";
    }

    static String save(String id, long version, String text) {
        return Json.createObjectBuilder().add("version", version).add("text", text).build().toString();
    }

    static JsonObject create(Visitor editor, String id, String title, String body) {
        Http.Answer created = editor.api("PUT", "/api/editor/resources/" + id, save(id, -1, guide(id, title, body)));
        assertEquals(200, created.status(), created.body());
        return created.json();
    }

    @Test
    void theSecondOfTwoConcurrentSavesIsRefusedWithWhatChangedAndNothingIsLost() {
        String id = "it-concurrent-edit-" + run;
        long version = create(alice, id, "Starting title", "1. First step.").getJsonNumber("version").longValue();

        Http.Answer first = alice.api("PUT", "/api/editor/resources/" + id,
                save(id, version, guide(id, "Alice's title", "1. First step.")));
        assertEquals(200, first.status(), first.body());
        String bobsText = guide(id, "Starting title", "1. First step.\n2. Bob's new step.");
        Http.Answer second = bob.api("PUT", "/api/editor/resources/" + id, save(id, version, bobsText));

        assertEquals(409, second.status(), second.body());
        JsonObject conflict = second.json();
        assertEquals("edit_conflict", conflict.getString("error"));
        assertTrue(conflict.getString("current_text").contains("Alice's title"), "shows what Alice changed");
        String stored = alice.get("/api/editor/resources/" + id).json().getString("text");
        assertTrue(stored.contains("Alice's title") && !stored.contains("Bob's new step"), stored);

        Http.Answer kept = bob.api("POST", "/api/editor/resources/" + id + "/revisions",
                Json.createObjectBuilder().add("text", bobsText).build().toString());
        assertEquals(201, kept.status(), kept.body());
        int keptNumber = kept.json().getInt("number");
        String keptText = bob.get("/api/editor/resources/" + id + "/revisions/" + keptNumber).json().getString("text");
        assertTrue(keptText.contains("Bob's new step"), "Bob's text is kept in the history");

        long current = conflict.getJsonNumber("current_version").longValue();
        Http.Answer over = bob.api("PUT", "/api/editor/resources/" + id, save(id, current, bobsText));
        assertEquals(200, over.status(), "saving over the other change, having seen it: " + over.body());
    }

    @Test
    void savesOfOneVersionSentAtTheSameMomentGiveOneSuccessAndConflictsNeverAServerError() throws Exception {
        String id = "it-simultaneous-edit-" + run;
        long version = create(alice, id, "Simultaneous start", "1. First step.").getJsonNumber("version").longValue();
        for (int round = 0; round < 10; round++) {
            java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
            long from = version;
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                List<java.util.concurrent.Future<Http.Answer>> answers = new java.util.ArrayList<>();
                for (Visitor editor : List.of(alice, bob)) {
                    String title = (editor == alice ? "Alice" : "Bob") + " at the same moment " + round;
                    answers.add(pool.submit(() -> {
                        together.await();
                        return editor.api("PUT", "/api/editor/resources/" + id,
                                save(id, from, guide(id, title, "1. First step.")));
                    }));
                }
                List<Integer> statuses = new java.util.ArrayList<>();
                List<String> bodies = new java.util.ArrayList<>();
                for (var answer : answers) {
                    statuses.add(answer.get().status());
                    bodies.add(answer.get().status() + " " + answer.get().body());
                }
                java.util.Collections.sort(statuses);
                assertEquals(List.of(200, 409), statuses,
                        "round " + round + ": one save wins, the other is told: " + bodies);
            } finally {
                pool.shutdown();
            }
            version = alice.get("/api/editor/resources/" + id).json().getJsonNumber("version").longValue();
            assertEquals(from + 1, version, "exactly one save was stored");
        }
    }

    /** Every field of the edit form as the page shows it (what a browser sends), the note set to the given text. */
    private static Map<String, String> editFormWithNote(Visitor editor, String id, String note) {
        org.jsoup.nodes.Element form = org.jsoup.Jsoup.parse(editor.get("/editor/edit?id=" + id).body())
                .getElementById("edit");
        Map<String, String> fields = new TreeMap<>();
        for (org.jsoup.nodes.Element field : form.select("input[type=text], input:not([type]), input[type=url],"
                + " input[type=number], input[type=date], textarea, select")) {
            String name = field.attr("name");
            if (!name.startsWith("edit:")) {
                continue;
            }
            String value = field.tagName().equals("textarea")
                    ? field.wholeText()
                    : field.tagName().equals("select")
                            ? field.select("option[selected]").stream().findFirst().map(o -> o.attr("value"))
                                    .orElse("")
                            : field.attr("value");
            fields.put(name.substring("edit:".length()), value);
        }
        fields.put("note", note);
        return fields;
    }

    @Test
    void aSaveThatChangesOnlyTheNoteMakesNoRevisionSaysNothingWasSavedAndKeepsTheNoteInItsBox() {
        String id = "it-note-only-" + run;
        String text = guide(id, "A title noted twice", "1. The only step.");
        long version = create(alice, id, "A title noted twice", "1. The only step.").getJsonNumber("version")
                .longValue();
        java.util.Random random = new java.util.Random(3031);
        String apiNote = org.kmbportal.testing.GeneratedText.libraryWords(300).filter(n -> !n.isBlank())
                .next(random);
        Http.Answer same = alice.api("PUT", "/api/editor/resources/" + id, Json.createObjectBuilder()
                .add("version", version).add("text", text).add("note", apiNote).build().toString());
        assertEquals(200, same.status(), same.body());
        assertEquals(1, same.json().getInt("revision"), "the revision the text already is: nothing new");
        assertEquals(1, alice.get("/api/editor/resources/" + id + "/revisions").jsonArray().size(),
                "a note alone adds no revision identical to the one before");

        for (String language : List.of("en", "fr")) {
            Visitor editor = new Visitor(RunningPortal.base(), language);
            assertTrue(editor.signIn("alice.editor@kmb.test", People.PASSWORD));
            String note = org.kmbportal.testing.GeneratedText.libraryWords(200).filter(n -> !n.isBlank())
                    .next(random).strip() + " « " + language + " » — l’éditrice’s note";
            Http.Answer saved = editor.submit("/editor/edit?id=" + id, "edit", editFormWithNote(editor, id, note),
                    "save");
            // Save answers at the page's own address (Post/Redirect/Get), with its message and the form as sent.
            assertEquals(302, saved.status(), saved.body());
            java.net.URI location = java.net.URI.create(saved.header("Location"));
            Http.Answer shown = editor.get(location.getRawPath() + "?" + location.getRawQuery());
            assertEquals(200, shown.status(), shown.body());
            org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(shown.body());
            assertTrue(page.text().contains(Bundle.shown(language, "editor.unchangedNoteKept")), page.text());
            assertEquals(note, page.getElementById("edit:note").attr("value"), "the note is still in its box");
            assertEquals(1, alice.get("/api/editor/resources/" + id + "/revisions").jsonArray().size(),
                    "nothing saved: the history shows no revision identical to the one before");
        }
    }

    @Test
    void aResourceInReviewIsPublishedAtItsScheduledTime() throws InterruptedException {
        String id = "it-scheduled-" + run;
        create(alice, id, "Published by the clock", "1. Wait.");
        assertEquals(200, alice.api("POST", "/api/editor/resources/" + id + "/transitions", "{\"to\": \"in-review\"}")
                .status());
        assertEquals(404, Http.get(RunningPortal.base(), "/api/resources/" + id).status(), "not yet public");
        Instant at = Instant.now().plusSeconds(3);
        Http.Answer scheduled = bob.api("PUT", "/api/editor/resources/" + id + "/schedule",
                "{\"at\": \"" + at + "\"}");
        assertEquals(200, scheduled.status(), scheduled.body());

        int status = 404;
        for (int i = 0; i < 40 && status != 200; i++) {
            Thread.sleep(500);
            status = Http.get(RunningPortal.base(), "/api/resources/" + id).status();
        }
        assertEquals(200, status, "published within a few seconds of its time");
        assertTrue(Instant.now().isAfter(at), "not before its time");
        JsonArray revisions = alice.get("/api/editor/resources/" + id + "/revisions").jsonArray();
        assertEquals("published", revisions.getJsonObject(0).getString("status"));
        assertEquals("bob.editor@kmb.test", revisions.getJsonObject(0).getString("author_email"),
                "published on behalf of whoever scheduled it");
        String audit = People.admin(RunningPortal.base()).get("/api/admin/audit").body();
        assertTrue(audit.contains("in-review -> published"), audit);
    }

    /**
     * A time already past was "scheduled" and the resource published at once, while the editor read "The publication
     * is scheduled" (user session). It is refused in words; the resource stays in review and unpublished.
     */
    @Test
    void aTimeAlreadyPastIsRefusedAndNothingIsPublished() {
        String id = "it-scheduled-past-" + run;
        create(alice, id, "Not published by a clock that has passed", "1. Wait.");
        assertEquals(200, alice.api("POST", "/api/editor/resources/" + id + "/transitions", "{\"to\": \"in-review\"}")
                .status());
        for (Instant past : new Instant[]{Instant.parse("2020-01-01T09:30:00Z"), Instant.now().minusSeconds(3600)}) {
            Http.Answer refused = bob.api("PUT", "/api/editor/resources/" + id + "/schedule",
                    "{\"at\": \"" + past + "\"}");
            assertEquals(400, refused.status(), refused.body());
            assertTrue(refused.body().contains("\"scheduleInPast\""), refused.body());
        }
        assertEquals(404, Http.get(RunningPortal.base(), "/api/resources/" + id).status(), "still not public");
        JsonArray revisions = alice.get("/api/editor/resources/" + id + "/revisions").jsonArray();
        assertEquals("in-review", revisions.getJsonObject(0).getString("status"));
        Http.Answer soon = bob.api("PUT", "/api/editor/resources/" + id + "/schedule",
                "{\"at\": \"" + Instant.now().plusSeconds(24 * 3600) + "\"}");
        assertEquals(200, soon.status(), "a time to come is still scheduled: " + soon.body());
    }

    @Test
    void everySaveIsARevisionThatCanBeComparedAndRestoredKeepingTheResourcesState() {
        String id = "it-revisions-" + run;
        long version = create(alice, id, "Version one", "1. Original step.").getJsonNumber("version").longValue();
        Http.Answer saved = alice.api("PUT", "/api/editor/resources/" + id,
                save(id, version, guide(id, "Version two", "1. Rewritten step.")));
        assertEquals(200, saved.status(), saved.body());
        assertEquals(200, alice.api("POST", "/api/editor/resources/" + id + "/transitions", "{\"to\": \"in-review\"}")
                .status());

        JsonArray history = alice.get("/api/editor/resources/" + id + "/revisions").jsonArray();
        assertEquals(3, history.size());
        assertEquals("Alice Editor", history.getJsonObject(2).getString("author"));
        assertEquals("created", history.getJsonObject(2).getString("action"));

        JsonArray diff = alice.get("/api/editor/resources/" + id + "/diff?from=1&to=2").jsonArray();
        List<String> removed = lines(diff, "removed");
        List<String> added = lines(diff, "added");
        assertTrue(removed.contains("title: \"Version one\"") && removed.contains("1. Original step."), removed
                .toString());
        assertTrue(added.contains("title: \"Version two\"") && added.contains("1. Rewritten step."), added.toString());

        Http.Answer restored = bob.api("POST", "/api/editor/resources/" + id + "/revisions/1/restore", null);
        assertEquals(200, restored.status(), restored.body());
        assertEquals(4, restored.json().getInt("revision"));
        assertEquals("in-review", restored.json().getString("status"), "a restore is a save: the state stays");
        String text = alice.get("/api/editor/resources/" + id).json().getString("text");
        assertEquals(guide(id, "Version one", "1. Original step.").replace("status: draft", "status: in-review"),
                text);
    }

    @Test
    void aShippedResourceSavesWithItsListsInAnotherOrderAndItsHistoryKeepsTheShippedVersion() {
        for (String id : List.of(
                unsavedShipped("research-summary", "aarons-2006-organizational-climate-staff-turnover"),
                unsavedShipped("practice-guide", "closing-a-match-well"))) {
            JsonObject opened = alice.get("/api/editor/resources/" + id).json();
            String shipped = opened.getString("text");
            assertEquals(List.of(), alice.get("/api/editor/resources/" + id + "/revisions").jsonArray(),
                    "as shipped: no revision yet");
            String reordered = reversedLists(shipped);
            assertFalse(reordered.equals(shipped), "the test changes the order of the resource's lists");
            Http.Answer saved = alice.api("PUT", "/api/editor/resources/" + id,
                    save(id, opened.getJsonNumber("version").longValue(), reordered));
            assertEquals(200, saved.status(), id + ": " + saved.body());
            assertEquals(reordered, alice.get("/api/editor/resources/" + id).json().getString("text"));

            JsonArray history = alice.get("/api/editor/resources/" + id + "/revisions").jsonArray();
            assertEquals(List.of("saved", "imported"), history.getValuesAs(JsonObject.class).stream()
                    .map(r -> r.getString("action")).toList(), "the shipped version is kept before the first save");
            assertEquals(shipped, alice.get("/api/editor/resources/" + id + "/revisions/1").json()
                    .getString("text"));
            // The shipped version is dated when it was imported (before this test's save), not when it was kept.
            java.time.Instant importedAt = java.time.Instant.parse(history.getJsonObject(1).getString("at"));
            java.time.Instant savedAt = java.time.Instant.parse(history.getJsonObject(0).getString("at"));
            assertTrue(importedAt.isBefore(savedAt.minusMillis(500)), importedAt + " vs " + savedAt);
            Http.Answer restored = bob.api("POST", "/api/editor/resources/" + id + "/revisions/1/restore", null);
            assertEquals(200, restored.status(), restored.body());
            assertEquals(shipped, alice.get("/api/editor/resources/" + id).json().getString("text"),
                    "the shipped version is back, still published");
            assertEquals(200, Http.get(RunningPortal.base(), "/api/resources/" + id).status(),
                    "readers still find it: restoring did not unpublish it");
        }
    }

    /**
     * A published resource of the type as it was shipped: no one saved it yet, and its lists can be put in another
     * order. The one named first while it is so; else the next in the library's list (a rerun of the test, or another
     * test on the same portal, saved the first).
     */
    private static String unsavedShipped(String type, String first) {
        List<String> candidates = new java.util.ArrayList<>(List.of(first));
        for (int page = 1;; page++) {
            JsonObject list = Http.get(RunningPortal.base(), "/api/resources?type=" + type + "&size=100&page=" + page)
                    .json();
            list.getJsonArray("hits").getValuesAs(JsonObject.class).forEach(hit -> candidates.add(hit.getString(
                    "id")));
            if (page * 100 >= list.getInt("total")) {
                break;
            }
        }
        for (String id : candidates) {
            if (alice.get("/api/editor/resources/" + id + "/revisions").jsonArray().isEmpty()) {
                String text = alice.get("/api/editor/resources/" + id).json().getString("text");
                if (!reversedLists(text).equals(text)) {
                    return id;
                }
            }
        }
        throw new AssertionError("every shipped " + type + " was saved already");
    }

    /** The content-format text with every list in its front matter (terms, authors, based_on) in reverse order. */
    static String reversedLists(String text) {
        java.util.regex.Matcher flow = java.util.regex.Pattern.compile("(?m)^(\\s*[a-z_]+: )\\[(.+)\\]$")
                .matcher(text);
        StringBuilder out = new StringBuilder();
        while (flow.find()) {
            List<String> items = new java.util.ArrayList<>(
                    List.of(flow.group(2).split(", (?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")));
            java.util.Collections.reverse(items);
            flow.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(flow.group(1) + "["
                    + String.join(", ", items) + "]"));
        }
        flow.appendTail(out);
        java.util.regex.Matcher block = java.util.regex.Pattern.compile("(?m)^(based_on:\\n)((?:  - .+\\n)+)")
                .matcher(out.toString());
        if (!block.find()) {
            return out.toString();
        }
        List<String> lines = new java.util.ArrayList<>(List.of(block.group(2).split("\\n")));
        java.util.Collections.reverse(lines);
        return out.substring(0, block.start(2)) + String.join("\n", lines) + "\n" + out.substring(block.end(2));
    }

    private static List<String> lines(JsonArray diff, String kind) {
        return diff.getValuesAs(JsonObject.class).stream().filter(l -> l.getString("kind").equals(kind))
                .map(l -> l.getString("text")).toList();
    }

}

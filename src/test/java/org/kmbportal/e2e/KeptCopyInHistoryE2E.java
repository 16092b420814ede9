package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Random;
import java.util.regex.Matcher;

import jakarta.json.Json;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kmbportal.testing.Bundle;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.testing.Visitor;

/**
 * Session us60: after a conflict, "Keep my text as a revision" made the kept text the history's "Current version",
 * in state Draft, and the default comparison showed "Published → Draft", while the resource stayed published with the
 * other editor's text; the next save then showed a "Draft → Published" change that never happened. The kept text is
 * now a revision marked not applied (still listed, comparable and restorable), the current version is the newest one
 * applied, and comparisons by default run between applied revisions.
 */
@ExtendWith(RunningPortal.class)
class KeptCopyInHistoryE2E extends LookFindings {

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aTextKeptAfterAConflictIsNotTheCurrentVersion(String language, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 37 + ("kept-copy-" + language).hashCode());
        Visitor editor = People.invited(portal, People.admin(portal), "kept-" + language + n + "@kmb.test",
                "Kept Copy Editor", "editor");
        String resource = draft(editor, "kept-copy-" + language + "-" + n);
        move(editor, resource, "in-review");
        move(editor, resource, "published");
        // The other editor's save, applied; then this editor's text, refused by the conflict and kept.
        int applied = save(editor, resource, withNotes(editor, resource, paragraph(random)));
        String mine = paragraph(random);
        Http.Answer kept = editor.api("POST", "/api/editor/resources/" + resource + "/revisions", Json
                .createObjectBuilder().add("text", withNotes(editor, resource, mine)).build().toString());
        assertEquals(201, kept.status(), kept.body());
        int keptNumber = kept.json().getInt("number");
        assertTrue(keptNumber > applied, kept.body());

        Document page = history(editor, resource, language);
        assertEquals(String.valueOf(applied), currentRow(page, language), "the current version is the applied one");
        assertEquals(Bundle.text(language, "history.notApplied"), statusOf(row(page, keptNumber)).text().strip());
        assertEquals(String.valueOf(applied), selected(page, "to"));
        assertFalse(String.valueOf(keptNumber).equals(selected(page, "from")), "compared with the kept text");
        assertTrue(stateLines(page).isEmpty(), "a state change that never happened: " + stateLines(page));
        // the kept text is still there to restore: its row has a Restore button
        assertNotNull(row(page, keptNumber).selectFirst("input[type=submit], button"), row(page, keptNumber)
                .outerHtml());

        // The next applied save is compared with the applied one before it, not with the kept text.
        int next = save(editor, resource, withNotes(editor, resource, paragraph(random)));
        page = history(editor, resource, language);
        assertEquals(String.valueOf(next), currentRow(page, language));
        assertEquals(String.valueOf(next), selected(page, "to"));
        assertEquals(String.valueOf(applied), selected(page, "from"));
        assertTrue(stateLines(page).isEmpty(), "a state change that never happened: " + stateLines(page));
        assertEquals("published", editor.get("/api/editor/resources/" + resource).json().getString("status"),
                "still published");
    }

    private static Document history(Visitor editor, String resource, String language) {
        Http.Answer page = editor.get("/editor/history?id=" + resource + "&lang=" + language);
        assertEquals(200, page.status());
        return Jsoup.parse(page.body());
    }

    /** The number of the row that says it is the current version. */
    private static String currentRow(Document page, String language) {
        String current = Bundle.text(language, "history.current");
        return page.select("#revisions tbody tr").stream().filter(r -> r.text().contains(current)).map(r -> r
                .child(0).text().strip()).reduce((a, b) -> a + "," + b).orElse("none");
    }

    private static Element row(Document page, int number) {
        return page.select("#revisions tbody tr").stream().filter(r -> r.child(0).text().strip().equals(String
                .valueOf(number))).findFirst().orElseThrow(() -> new AssertionError("no row " + number));
    }

    private static Element statusOf(Element row) {
        return row.child(4);
    }

    private static String selected(Document page, String select) {
        Element option = page.selectFirst("select#" + select + " option[selected]");
        return option == null ? "none" : option.attr("value");
    }

    /** The compared lines that change the resource's state. */
    private static java.util.List<String> stateLines(Document page) {
        return page.select("table.diff tr.diff__removed, table.diff tr.diff__added").stream().map(Element::text).filter(
                t -> t.contains("status:")).toList();
    }

    private static String withNotes(Visitor editor, String resource, String paragraph) {
        String stored = editor.get("/api/editor/resources/" + resource).json().getString("text");
        String changed = stored.replaceFirst("(?m)^## Notes of interest\n\n", "## Notes of interest\n\n" + Matcher
                .quoteReplacement(paragraph.replaceAll("^[#>\\-+*=\\d.\\s]+", "")) + "\n\n");
        assertFalse(changed.equals(stored), stored);
        return changed;
    }

    /** Saves the text as the current version; the number of the revision it made. */
    private static int save(Visitor editor, String resource, String text) {
        long version = editor.get("/api/editor/resources/" + resource).json().getJsonNumber("version").longValue();
        Http.Answer saved = editor.api("PUT", "/api/editor/resources/" + resource, Json.createObjectBuilder().add(
                "version", version).add("text", text).build().toString());
        assertEquals(200, saved.status(), saved.body());
        return editor.get("/api/editor/resources/" + resource + "/revisions").jsonArray().getJsonObject(0).getInt(
                "number");
    }

    private static void move(Visitor editor, String id, String to) {
        Http.Answer moved = editor.api("POST", "/api/editor/resources/" + id + "/transitions", "{\"to\": \"" + to
                + "\"}");
        assertEquals(200, moved.status(), moved.body());
    }
}

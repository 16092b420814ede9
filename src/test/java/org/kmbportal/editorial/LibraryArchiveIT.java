package org.kmbportal.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kmbportal.content.BatchValidator;
import org.kmbportal.content.ContentBatch;
import org.kmbportal.content.ContentWriter;
import org.kmbportal.content.ImportReport;
import org.kmbportal.library.ResourceContent;
import org.kmbportal.library.Taxonomy;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.testing.Visitor;

/**
 * The library in and out of the real server, through the editors' API: a bulk import with broken input, and the
 * export read back. Every id a test makes ends with this try's tail ({@link EditorialIT}'s reason).
 */
@ExtendWith(RunningPortal.class)
@EnabledIf("org.kmbportal.testing.TestDatabase#available")
class LibraryArchiveIT {

    private static Visitor alice;
    private static String run;

    @BeforeAll
    static void editor() {
        run = Long.toString(System.nanoTime(), 36);
        alice = People.invited(RunningPortal.base(), People.admin(RunningPortal.base()), "alice.editor@kmb.test",
                "Alice Editor", "editor");
    }

    @Test
    void aBulkImportShowsItsReportFirstThenStoresOnlyValidFilesAndRejectsBrokenArchivesWhole() {
        String one = "it-bulk-one-" + run;
        String two = "it-bulk-two-" + run;
        String brokenId = "it-bulk-broken-" + run;
        Map<String, String> files = new TreeMap<>();
        files.put("guides/" + one + ".md", EditorialIT.guide(one, "Bulk one", "Step."));
        files.put("guides/" + two + ".md", EditorialIT.guide(two, "Bulk two", "Step."));
        files.put("guides/" + brokenId + ".md", "---\nid: " + brokenId + "\ntitle: [unclosed\n---\n");
        byte[] zip = ContentArchive.write(files);

        Http.Answer report = alice.upload("/api/editor/import?dry_run=true", zip);
        assertEquals(200, report.status(), report.body());
        Map<String, String> verdicts = verdicts(report.json());
        assertEquals(Map.of("guides/" + brokenId + ".md", "error", "guides/" + one + ".md", "ok", "guides/" + two
                + ".md", "ok"), verdicts);
        assertFalse(report.json().getBoolean("stored"));
        assertEquals(404, alice.get("/api/editor/resources/" + one).status(), "nothing stored by the report");

        byte[] broken = java.util.Arrays.copyOf(zip, zip.length - 40);
        Http.Answer refused = alice.upload("/api/editor/import", broken);
        assertEquals(400, refused.status(), refused.body());
        assertEquals("archive_broken", refused.json().getString("error"));
        Http.Answer escaping = alice.upload("/api/editor/import", ContentArchive.write(Map.of(
                "guides/" + one + ".md", files.get("guides/" + one + ".md"), "../../escape.md", "x")));
        assertEquals(400, escaping.status(), escaping.body());
        assertEquals("archive_unsafePath", escaping.json().getString("error"));
        assertEquals(404, alice.get("/api/editor/resources/" + one).status(), "nothing stored from them");

        Http.Answer imported = alice.upload("/api/editor/import", zip);
        assertEquals(200, imported.status(), imported.body());
        assertEquals(2, imported.json().getInt("created"));
        assertEquals(200, alice.get("/api/editor/resources/" + two).status());
        assertEquals(404, alice.get("/api/editor/resources/" + brokenId).status());
        assertEquals("imported", alice.get("/api/editor/resources/" + one + "/revisions").jsonArray()
                .getJsonObject(0).getString("action"));
    }

    @Test
    void theExportIsTheWholeLibraryInTheContentFormatAndReadsBackIdentically() throws IOException {
        Map<String, byte[]> exported = unzip(alice.download("/api/editor/export"));
        assertTrue(exported.containsKey("taxonomy.yaml"));
        assertTrue(exported.keySet().stream().filter(p -> p.startsWith("summaries/")).count() >= 50);
        assertTrue(exported.keySet().stream().anyMatch(p -> p.startsWith("collections/")));

        // Read as an empty portal would (no taxonomy, nothing stored yet), then written again: the same files.
        BatchValidator.Validated read = BatchValidator.validate(new ContentBatch(exported), Taxonomy.EMPTY,
                id -> Optional.empty());
        assertFalse(read.report().hasErrors(), read.report().problems().toString());
        assertEquals(0, read.report().count(ImportReport.Verdict.IGNORED));
        for (ResourceContent resource : read.resources()) {
            String path = ContentChecks.pathOf(resource);
            assertEquals(new String(exported.get(path), StandardCharsets.UTF_8), ContentWriter.write(resource), path);
        }

        String chosen = "it-export-choice-" + run;
        EditorialIT.create(alice, chosen, "Chosen for export", "Step.");
        Map<String, byte[]> selection = unzip(alice.download("/api/editor/export?id=" + chosen + "&id="
                + "lachance-2019-inter-organizational-mentoring"));
        assertEquals(List.of("guides/" + chosen + ".md", "summaries/lachance-2019-inter-organizational-mentoring.md",
                "taxonomy.yaml"), List.copyOf(new TreeMap<>(selection).keySet()));
        assertEquals(404, alice.get("/api/editor/export?id=no-such-resource").status());
    }

    private static Map<String, String> verdicts(JsonObject report) {
        Map<String, String> verdicts = new TreeMap<>();
        report.getJsonArray("files").getValuesAs(JsonObject.class)
                .forEach(f -> verdicts.put(f.getString("path"), f.getString("verdict")));
        return verdicts;
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }
}

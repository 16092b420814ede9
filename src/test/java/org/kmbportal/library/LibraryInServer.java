package org.kmbportal.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.kmbportal.content.ContentImporter;
import org.kmbportal.content.ImportReport;
import org.kmbportal.content.Problem;
import org.kmbportal.platform.PortalSettings;
import org.kmbportal.testing.TestDatabase;

/** The library inside the real server ({@code InServerIT}): importing on demand, again and with broken files. */
public class LibraryInServer {

    private static final String LACHANCE = "lachance-2019-inter-organizational-mentoring";

    private final ContentImporter importer;
    private final LibraryService library;

    /** The services of the server it runs in. */
    public LibraryInServer(ContentImporter importer, LibraryService library) {
        this.importer = importer;
        this.library = library;
    }

    public void importingTheSameFolderAgainChangesNothing() {
        ImportReport again = importer.importFolder(PortalSettings.current().contentDir());
        assertEquals(List.of(), again.problems());
        assertEquals(0, again.created());
        assertEquals(0, again.updated());
        assertTrue(again.unchanged() >= 80);
    }

    public void brokenFilesAreReportedAndSkippedWhileTheRestGoesInAndNothingStoredIsDamaged() throws IOException {
        ResourceContent before = library.find(LACHANCE).orElseThrow().toContent();
        Path folder = Files.createTempDirectory("kmb-import");
        Files.createDirectories(folder.resolve("summaries"));
        Files.createDirectories(folder.resolve("guides"));
        String good = """
                ---
                id: it-import-probe
                type: practice-guide
                title: "A guide added by the import test"
                language: en
                published: 2025-05-05
                topics: [match-closure]
                summary: "Added on demand."
                ---
                Steps.
                """;
        Files.writeString(folder.resolve("guides/it-import-probe.md"), good);
        Files.writeString(folder.resolve("guides/bad-yaml.md"), "---\nid: bad-yaml\ntitle: [oops\n---\n");
        Files.writeString(folder.resolve("guides/unknown-topic.md"), good.replace("it-import-probe", "unknown-topic")
                .replace("[match-closure]", "[match-closur]"));
        // Same id as a stored research summary, but a guide: refused, and the summary is untouched.
        Files.writeString(folder.resolve("guides/" + LACHANCE + ".md"), good.replace("it-import-probe", LACHANCE));

        ImportReport report = importer.importFolder(folder);

        assertEquals(1, report.created(), report.toString());
        assertEquals(3, report.count(ImportReport.Verdict.ERROR), report.toString());
        Problem unknown = report.problems().stream().filter(p -> p.path().equals("guides/unknown-topic.md"))
                .findFirst().orElseThrow();
        assertEquals(7, unknown.line());
        assertTrue(unknown.message().contains("did you mean 'match-closure'"));
        assertTrue(library.published("it-import-probe").isPresent());
        assertTrue(library.find("unknown-topic").isEmpty());
        assertEquals(before, library.find(LACHANCE).orElseThrow().toContent());
        TestDatabase.deleteTree(folder);
    }
}

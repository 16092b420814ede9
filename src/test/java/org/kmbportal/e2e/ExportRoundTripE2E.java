package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.People;
import org.kmbportal.testing.PortalProcess;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.testing.TestDatabase;
import org.kmbportal.testing.Visitor;

/**
 * The library exported from one portal, imported into a second, empty one, and exported again gives the same files,
 * byte for byte.
 */
@ExtendWith(RunningPortal.class)
class ExportRoundTripE2E {

    @Test
    void exportImportIntoAnEmptyPortalAndExportAgainGivesIdenticalFiles(URI portal) throws IOException {
        Visitor admin = People.admin(portal);
        Visitor editor = People.invited(portal, admin, "roundtrip-editor@kmb.test", "Round Trip", "editor");
        byte[] first = editor.download("/api/editor/export");

        Path data = TestDatabase.projectDir().resolve("target/e2e-empty-data");
        TestDatabase.deleteTree(data);
        Map<String, String> environment = new HashMap<>(People.adminEnvironment());
        environment.put("KMB_IMPORT_ON_START", "never");
        // The floor of PBKDF2 iterations, as the shared portal's (RunningPortal): the administrator set up at start and
        // both sign-ins below hash in milliseconds instead of seconds; nothing here depends on the count.
        environment.put("KMB_PASSWORD_ITERATIONS", "10000");
        try (PortalProcess empty = PortalProcess.start("e2e-empty", data, environment)) {
            assertEquals(0, Http.get(empty.base(), "/api/resources?size=1").json().getInt("total"), "empty");
            Visitor emptyAdmin = People.admin(empty.base());
            long adminId = People.accounts(emptyAdmin).get(0).getJsonNumber("id").longValue();
            assertEquals(200, emptyAdmin.api("PUT", "/api/admin/users/" + adminId + "/roles",
                    "{\"roles\": [\"admin\", \"editor\"]}").status());
            Visitor importer = People.admin(empty.base());
            Http.Answer imported = importer.upload("/api/editor/import", first);
            assertEquals(200, imported.status(), imported.body());
            assertTrue(imported.json().getInt("created") >= 80, imported.body());

            byte[] second = importer.download("/api/editor/export");
            Map<String, String> before = unzip(first);
            Map<String, String> after = unzip(second);
            assertTrue(before.values().stream().anyMatch(t -> t.contains("\ncautions_when:\n")),
                    "the round trip covers cautions");
            assertTrue(before.values().stream().anyMatch(t -> t.contains("\nsource_summary:\n")),
                    "and source credits");
            assertEquals(before.keySet(), after.keySet());
            before.forEach((path, text) -> assertEquals(text, after.get(path), path));
        }
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}

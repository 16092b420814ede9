package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.PortalProcess;
import org.kmbportal.testing.TestDatabase;

/**
 * The portal killed with SIGKILL part-way through writing, then started again: the database and the search index
 * agree, nothing is missing and nothing is doubled. Runs the real portal process, on H2 and on PostgreSQL.
 */
@EnabledIf("org.kmbportal.testing.TestDatabase#available")
class CrashRecoveryIT {

    private static final int RESOURCES = 1500;
    private static final Duration SLOW = Duration.ofSeconds(240);

    private static Path content() {
        return GeneratedLibrary.write(TestDatabase.projectDir().resolve("target/crash-content"), RESOURCES, 7);
    }

    private static Map<String, String> environment(Path content, String scenario) {
        Map<String, String> env = new HashMap<>(TestDatabase.processDatabase("crash_" + scenario));
        env.put("KMB_CONTENT_DIR", content.toString());
        return env;
    }

    @Test
    void aKillDuringTheFirstImportLeavesEverythingConsistentAfterRestart() {
        killAfter("Importing the content folder", Duration.ofMillis(400), "import");
    }

    @Test
    void aKillWhileTheIndexIsBuiltLeavesEverythingConsistentAfterRestart() {
        killAfter("Search index generation 1 open", Duration.ofMillis(150), "build");
    }

    private void killAfter(String logLine, Duration delay, String scenario) {
        Path content = content();
        Path data = TestDatabase.projectDir().resolve("target/crash-data-" + TestDatabase.kind() + "-" + scenario);
        TestDatabase.deleteTree(data);
        Map<String, String> env = environment(content, scenario);
        PortalProcess first = PortalProcess.launch("crash-" + scenario + "-1", data, env);
        first.awaitLog(logLine, SLOW);
        sleep(delay);
        first.kill();

        try (PortalProcess second = PortalProcess.start("crash-" + scenario + "-2", data, env)) {
            long inDatabase = Http.get(second.base(), "/api/resources?size=1").json().getInt("total");
            long inIndex = Http.get(second.base(), "/api/search?size=1").json().getInt("total");
            assertEquals(RESOURCES, inDatabase, "every resource is in the database once");
            assertEquals(inDatabase, inIndex, "the index holds exactly what the database holds");
            String status = Http.get(second.base(), "/health/ready").body();
            assertEquals(true, status.contains("\"status\":\"UP\""), status);

            // A second kill once all is written, and a third start: nothing lost, nothing doubled.
            second.kill();
        }
        try (PortalProcess third = PortalProcess.start("crash-" + scenario + "-3", data, env)) {
            assertEquals(RESOURCES, Http.get(third.base(), "/api/search?size=1").json().getInt("total"));
            assertEquals(RESOURCES, Http.get(third.base(), "/api/resources?size=1").json().getInt("total"));
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

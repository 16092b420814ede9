package org.kmbportal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.TestDatabase;

/**
 * The database's side of a crash on H2, without a server: a process that commits one change at a time on the H2 file
 * with the URL the portal gives H2 ({@link PortalDataSource#withoutWriteDelay}) is killed with SIGKILL right after a
 * commit returned, several times on the same file; every commit it confirmed is in the file when it is opened again.
 * (H2's default write delay kept the last half second of confirmed commits in memory, and a kill lost them.) The
 * portal's own kill, with editors' saves through its pages' service and the index following, is
 * {@code search.CrashRecoveryIT}'s.
 */
class H2KilledWriterTest {

    private static final int KILLS = 3;

    @Test
    void everyCommitConfirmedBeforeAKillIsInTheFileAfterIt() throws IOException, InterruptedException, SQLException {
        Path dir = Files.createTempDirectory("kmb-h2-kill");
        try {
            String url = PortalDataSource
                    .withoutWriteDelay("jdbc:h2:file:" + dir.resolve("kmb") + ";DB_CLOSE_ON_EXIT=FALSE");
            Random random = new Random(Gen.seed() ^ 0x4832L);
            long confirmed = 0;
            for (int kill = 1; kill <= KILLS; kill++) {
                // Killed when a drawn number of its commits has been confirmed, the next one under way.
                int commits = 1 + random.nextInt(40);
                confirmed = killAfter(url, confirmed, commits);
                try (Connection c = DriverManager.getConnection(url);
                        Statement s = c.createStatement();
                        ResultSet rows = s.executeQuery("SELECT COUNT(*), COALESCE(MAX(n), 0) FROM saves")) {
                    rows.next();
                    long kept = rows.getLong(2);
                    assertTrue(kept >= confirmed, "kill " + kill + ": commit " + confirmed
                            + " was confirmed before the kill, the file ends at " + kept);
                    assertEquals(kept, rows.getLong(1), "kill " + kill + ": each commit once");
                    confirmed = kept;
                }
            }
        } finally {
            TestDatabase.deleteTree(dir);
        }
    }

    /** Starts a writer that goes on from {@code from}, kills it once it confirmed {@code commits} more. */
    private static long killAfter(String url, long from, int commits) throws IOException, InterruptedException {
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Writer.class.getName(), url, Long.toString(from))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        long last = from;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                last = Long.parseLong(line.trim());
                if (last - from >= commits) {
                    break;
                }
            }
            writer.destroyForcibly();
            assertTrue(writer.waitFor(60, TimeUnit.SECONDS), "the writer died");
        } finally {
            writer.destroyForcibly();
        }
        assertTrue(last - from >= commits, "the writer stopped after " + (last - from) + " commits");
        return last;
    }

    /** The killed process: commits one row at a time and prints its number once the commit has returned. */
    public static final class Writer {

        private Writer() {
        }

        public static void main(String[] args) throws SQLException {
            try (Connection c = new org.h2.Driver().connect(args[0], new java.util.Properties());
                    Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS saves (n BIGINT PRIMARY KEY, text VARCHAR(200))");
                c.setAutoCommit(false);
                for (long n = Long.parseLong(args[1]) + 1;; n++) {
                    s.execute("INSERT INTO saves VALUES (" + n + ", 'save " + n + "')");
                    c.commit();
                    System.out.println(n);
                    System.out.flush();
                }
            }
        }
    }
}

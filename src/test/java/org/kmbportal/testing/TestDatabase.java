package org.kmbportal.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.kmbportal.platform.PortalSettings;

/**
 * The database the in-server tests of this run use: embedded H2 in a data dir under target/, or the PostgreSQL named
 * by {@code KMB_TEST_PG_URL} (the PostgreSQL run is skipped when it is not set).
 */
public final class TestDatabase {

    /**
     * Which of the failsafe run's test JVMs this is (1, 2, …; {@code surefire.forkNumber}): the browser and HTTP tests
     * of the H2 run are shared between forks, each with its own portal, in-server port and data dirs.
     */
    public static final int FORK = fork(System.getProperty("kmb.fork", "1"));

    /**
     * The port Payara Micro listens on during in-server tests ({@code -Dkmb.it.port} to run two builds at once; each
     * fork of a run ten above the one before).
     */
    public static final int IT_PORT = Integer.getInteger("kmb.it.port", 18080) + 10 * (FORK - 1);

    /** Where the in-server tests' portal sends email: a test's own SMTP server on loopback (GreenMail). */
    public static final int SMTP_PORT = IT_PORT + 5;

    /**
     * PBKDF2 iterations of every test portal: the portal's floor ({@code kmb.password.iterations}; production keeps its
     * default). Nothing a test checks depends on the count.
     */
    public static final int TEST_PASSWORD_ITERATIONS = 10_000;

    private TestDatabase() {
    }

    /** The fork's number from "fork-2" (the form the pom gives it: a bare placeholder would be read as empty). */
    private static int fork(String name) {
        try {
            return Math.max(1, Integer.parseInt(name.replaceAll("[^0-9]", "")));
        } catch (NumberFormatException notInAFork) {
            return 1;
        }
    }

    /** What names a fork's own files and schemas: empty for the first fork, "-2" for the second, … */
    public static String forkSuffix() {
        return FORK == 1 ? "" : "-" + FORK;
    }

    /** {@code h2} or {@code postgresql}; outside the failsafe runs, empty. */
    public static String kind() {
        return System.getProperty("kmb.test.db", "");
    }

    public static boolean isPostgresql() {
        return kind().equals("postgresql");
    }

    /** Whether in-server tests can run in this run: always on H2, on PostgreSQL only when one is configured. */
    public static boolean available() {
        return kind().equals("h2") || (isPostgresql() && postgresUrl() != null);
    }

    public static String postgresUrl() {
        String url = System.getProperty("kmb.test.pg.url", "");
        return url.isBlank() || url.startsWith("${") ? null : url;
    }

    public static Path projectDir() {
        return Path.of(System.getProperty("kmb.project.dir", ".")).toAbsolutePath();
    }

    public static Path dataDir() {
        return projectDir().resolve("target").resolve("it-data-" + kind() + forkSuffix());
    }

    /** JVM options that point the portal at this run's database. */
    public static String jvmOptions() {
        StringBuilder options = new StringBuilder(System.getProperty("it.jvm", "-Xmx768m")).append(" -Dkmb.data.dir=")
                .append(dataDir()).append(" -Dkmb.content.dir=").append(projectDir().resolve("content"))
                .append(" -Dkmb.test.db=").append(kind()).append(" -Dkmb.project.dir=").append(projectDir())
                .append(" -Dkmb.it.port=").append(IT_PORT)
                .append(" -Dkmb.admin.email=").append(People.ADMIN_EMAIL).append(" -Dkmb.admin.password=")
                .append(People.ADMIN_PASSWORD).append(" -Dkmb.smtp.host=127.0.0.1 -Dkmb.smtp.port=").append(SMTP_PORT)
                .append(" -Dkmb.smtp.from=portal@kmb.test -Dkmb.public-url=http://127.0.0.1:").append(IT_PORT)
                // The in-server tests sign up and sign in about a hundred times; at the default 210,000 PBKDF2
                // iterations each costs the loaded test machine one to three seconds. The portal's floor hashes and
                // verifies the same way (as for the shared portal, RunningPortal).
                .append(" -D").append(PortalSettings.PASSWORD_ITERATIONS).append('=').append(TEST_PASSWORD_ITERATIONS)
                // Tests that run inside the server call it over HTTP too ({@link Deployments#base()}).
                .append(" -Dkmb.it.port=").append(IT_PORT);
        if (isPostgresql()) {
            options.append(" -Dkmb.test.pg.url=").append(postgresUrl()).append(" -Dkmb.db.url=").append(postgresUrl())
                    .append(" -Dkmb.db.user=")
                    .append(System.getProperty("kmb.test.pg.user")).append(" -Dkmb.db.password=")
                    .append(System.getProperty("kmb.test.pg.password"));
        }
        return options.toString();
    }

    /**
     * Environment for a portal process of its own: on PostgreSQL, an empty schema of the test database (so it does
     * not share tables with the in-server tests); on H2, nothing (its data dir holds the database).
     */
    public static Map<String, String> processDatabase(String schema) {
        if (!isPostgresql()) {
            return Map.of();
        }
        try (Connection c = DriverManager.getConnection(postgresUrl(), System.getProperty("kmb.test.pg.user"),
                System.getProperty("kmb.test.pg.password")); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare schema " + schema, e);
        }
        String url = postgresUrl() + (postgresUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return Map.of("KMB_DB_URL", url, "KMB_DB_USER", System.getProperty("kmb.test.pg.user"), "KMB_DB_PASSWORD",
                System.getProperty("kmb.test.pg.password"));
    }

    /** Empties this run's database and data dir, so the run starts like a first start. */
    public static void reset() {
        deleteTree(dataDir());
        if (isPostgresql() && postgresUrl() != null) {
            try (Connection c = DriverManager.getConnection(postgresUrl(), System.getProperty("kmb.test.pg.user"),
                    System.getProperty("kmb.test.pg.password")); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS public CASCADE");
                s.execute("CREATE SCHEMA public");
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot reset the test PostgreSQL at " + postgresUrl(), e);
            }
        }
    }

    public static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

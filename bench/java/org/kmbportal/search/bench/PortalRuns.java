package org.kmbportal.search.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kmbportal.testing.Http;
import org.kmbportal.testing.People;
import org.kmbportal.testing.PortalProcess;
import org.kmbportal.testing.TestDatabase;

/**
 * Starts and stops the real portal ({@code java -jar target/payara-micro.jar ... --deploy target/kmb-portal.war}) on
 * the benchmark's PostgreSQL database, one at a time, and reads what it reports: readiness, its first-build log line,
 * and its memory from {@code /proc}.
 */
final class PortalRuns {

    private static final Pattern BUILT = Pattern.compile(
            "Search index built from the database: (\\d+) items in ([\\d.,]+) s \\(([\\d.,]+) per second");
    private static final Pattern MERGED = Pattern.compile(
            "Search index merged into one segment in ([\\d.,]+) s");
    private static final long READY_TIMEOUT_MS = 600_000;

    /** One start: how long until {@code /health/ready} said UP, and the first build's figures if it built. */
    record Start(PortalProcess portal, double readySeconds, int builtItems, double buildSeconds, double buildRate) {
    }

    /** Resident memory of a process, in MiB: all of it, the anonymous part (heap and more), the mapped files. */
    record Memory(double rss, double anonymous, double files) {
    }

    private final BenchSettings settings;
    private final Path data;
    private final Path content;

    PortalRuns(BenchSettings settings) {
        this.settings = settings;
        this.data = settings.workDir().resolve("data");
        this.content = settings.workDir().resolve("content");
    }

    /**
     * The very first start on the empty database: Flyway creates the schema and the portal imports a content folder
     * that holds only the taxonomy (the vocabularies the generated library uses). Stopped at once.
     */
    void createSchema() throws IOException {
        TestDatabase.deleteTree(data);
        TestDatabase.deleteTree(content);
        Files.createDirectories(content);
        Files.copy(settings.contentDir().resolve("taxonomy.yaml"), content.resolve("taxonomy.yaml"));
        Map<String, String> env = environment();
        env.put("KMB_IMPORT_ON_START", "if-empty");
        PortalProcess portal = PortalProcess.launch("bench-schema", data, env);
        try {
            awaitReady(portal);
        } finally {
            portal.stop();
        }
    }

    /** Starts with the index directory deleted, so the portal builds its index from the database. */
    Start startWithoutIndex(String name) {
        TestDatabase.deleteTree(data.resolve("index"));
        return start(name);
    }

    /** Starts with whatever index the data directory holds. */
    Start start(String name) {
        return start(name, "");
    }

    /** Starts with whatever index the data directory holds, with more JVM options for this start only. */
    Start start(String name, String moreJvmOptions) {
        long begin = System.nanoTime();
        Map<String, String> env = environment();
        if (!moreJvmOptions.isEmpty()) {
            System.setProperty("it.jvm", settings.portalJvm() + " " + moreJvmOptions);
        }
        PortalProcess portal = PortalProcess.launch(name, data, env);
        awaitReady(portal);
        double ready = (System.nanoTime() - begin) / 1e9;
        try {
            Matcher built = BUILT.matcher(Files.readString(portal.log()));
            if (built.find()) {
                return new Start(portal, ready, Integer.parseInt(built.group(1)), number(built.group(2)),
                        number(built.group(3)));
            }
            return new Start(portal, ready, 0, 0, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Waits for the portal's log to say its first build was merged into one segment (in the background, after ready),
     * and gives the seconds it logged, so that the next start serves a merged index as a production portal does.
     */
    static double awaitMerged(PortalProcess portal) {
        long deadline = System.currentTimeMillis() + READY_TIMEOUT_MS;
        while (System.currentTimeMillis() < deadline) {
            try {
                Matcher merged = MERGED.matcher(Files.readString(portal.log()));
                if (merged.find()) {
                    return number(merged.group(1));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (!portal.isAlive()) {
                throw new IllegalStateException("The portal exited before its index was merged:\n" + portal.tail());
            }
            sleep(200);
        }
        throw new IllegalStateException("The portal's index was not merged in time:\n" + portal.tail());
    }

    Path indexDir() {
        return data.resolve("index");
    }

    static Memory memory(long pid) {
        try {
            Map<String, Double> values = new HashMap<>();
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                String[] parts = line.split("\\s+");
                if (parts.length >= 3 && parts[2].equals("kB")) {
                    values.put(parts[0].replace(":", ""), Double.parseDouble(parts[1]) / 1024);
                }
            }
            return new Memory(values.getOrDefault("VmRSS", 0.0), values.getOrDefault("RssAnon", 0.0),
                    values.getOrDefault("RssFile", 0.0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, String> environment() {
        System.setProperty("it.jvm", settings.portalJvm());
        Map<String, String> env = new HashMap<>();
        env.put("KMB_DB_URL", settings.pgUrl());
        env.put("KMB_DB_USER", settings.pgUser());
        env.put("KMB_DB_PASSWORD", settings.pgPassword());
        env.put("KMB_CONTENT_DIR", content.toString());
        env.put("KMB_IMPORT_ON_START", "never");
        env.putAll(People.adminEnvironment());
        return env;
    }

    /** Polls readiness every 50 ms (finer than the tests' helper, since start-up time is one of the figures). */
    private static void awaitReady(PortalProcess portal) {
        long deadline = System.currentTimeMillis() + READY_TIMEOUT_MS;
        while (System.currentTimeMillis() < deadline) {
            if (!portal.isAlive()) {
                throw new IllegalStateException("The portal exited:\n" + portal.tail());
            }
            try {
                if (Http.get(portal.base(), "/health/ready").status() == 200) {
                    return;
                }
            } catch (UncheckedIOException notYet) {
                // not listening yet
            }
            sleep(50);
        }
        portal.kill();
        throw new IllegalStateException("The portal was not ready in time:\n" + portal.tail());
    }

    private static double number(String text) {
        return Double.parseDouble(text.replace(',', '.'));
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.People;
import org.kmbportal.testing.PortalProcess;
import org.kmbportal.testing.TestDatabase;
import org.kmbportal.testing.Visitor;

/**
 * The portal process killed with SIGKILL once, at a random moment while several editors save in a loop through the
 * API (when a number of saves drawn from the seed is confirmed, the others' saves in flight), on a generated
 * library of {@value #RESOURCES} resources: after the restart every save a client saw confirmed is
 * in the database, the index agrees with the database (as {@code /api/admin/index} and {@code /health/ready} both say)
 * and the next change is searchable; then the portal is stopped as an administrator stops it and started again on the
 * same data, and neither loses nor re-imports anything. Runs on H2 and on PostgreSQL; the figures go to
 * {@code target/crash-recovery-<database>.txt}. The index's side of other crashes (killed after changes it had not
 * committed, round after round at random; killed part-way through its first build; ahead of a restored database) is
 * covered without a server by {@link IndexRecoveryTest}; the first import stores the whole library in one transaction
 * or nothing ({@code BatchStore}), so a start killed during it starts on an empty library again.
 */
@EnabledIf("org.kmbportal.testing.TestDatabase#available")
class CrashRecoveryIT {

    /**
     * A library over twice the shipped one. The kill no longer lands during the import or the first build (those
     * crashes are {@link IndexRecoveryTest}'s and {@code BatchStore}'s): a larger one would only slow the first start.
     */
    private static final int RESOURCES = 300;
    /**
     * The kill comes when 1 to this many saves are confirmed: at 5 to 30 a second (loaded to quiet machine), within
     * the 0.3 to 3 s after the first save that the kill used to wait for.
     */
    private static final int MOST_SAVES_BEFORE_KILL = 30;
    private static final int CLIENTS = 4;
    /** How long a start-up step may take on a loaded two-core build machine (several builds at once). */
    private static final Duration SLOW = Duration.ofSeconds(480);
    private static final Pattern SAVE_NUMBER = Pattern.compile("client \\d+ save (\\d+)");

    private final long seed = Long.getLong("kmb.crash.seed", System.nanoTime());
    private final Random random = new Random(seed);
    private final Path data = TestDatabase.projectDir().resolve("target/crash-data-" + TestDatabase.kind());
    private final Path results = TestDatabase.projectDir()
            .resolve("target/crash-recovery-" + TestDatabase.kind() + ".txt");

    @Test
    void killedWhileEditorsSaveThePortalLosesNothingItConfirmedAndItsIndexAgreesWithTheDatabase() {
        Path content = GeneratedLibrary.write(TestDatabase.projectDir().resolve("target/crash-content"), RESOURCES, 7);
        TestDatabase.deleteTree(data);
        Map<String, String> env = new HashMap<>(TestDatabase.processDatabase("crash"));
        env.put("KMB_CONTENT_DIR", content.toString());
        env.putAll(People.adminEnvironment());
        // The administrator signs in a few times per start: at the default PBKDF2 count each costs seconds here.
        env.put("KMB_PASSWORD_ITERATIONS", String.valueOf(TestDatabase.TEST_PASSWORD_ITERATIONS));
        try {
            Files.deleteIfExists(results);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        note("seed " + seed + " (-Dkmb.crash.seed to replay)");

        PortalProcess portal = PortalProcess.start("crash-first-start", data, env);
        try {
            assertLibraryWhole(portal);
            note("first start: " + RESOURCES + " resources in the database and the index, consistent");
            portal = killDuringSaves(portal, env, 1);
            portal = restartPolitely(portal, env);
        } finally {
            portal.close();
        }
    }

    /**
     * Stops the portal as an administrator would (SIGTERM) and starts it on the same data: what was saved is there,
     * and the start neither lost nor imported anything again.
     */
    private PortalProcess restartPolitely(PortalProcess portal, Map<String, String> env) {
        Visitor editor = editor(portal);
        String id = editor.api("GET", "/api/editor/resources?status=published", null).jsonArray().getJsonObject(0)
                .getString("id");
        String title = "Saved before a polite restart";
        JsonObject current = editor.api("GET", "/api/editor/resources/" + id, null).json();
        Http.Answer saved = editor.api("PUT", "/api/editor/resources/" + id, body(current.getJsonNumber("version")
                .longValue(), current.getString("text").replaceFirst("(?m)^title: .*$", "title: \"" + title + "\"")));
        assertEquals(200, saved.status(), saved.body());
        long before = Http.get(portal.base(), "/api/resources?size=1").json().getInt("total");

        portal.stop();
        assertFalse(portal.isAlive(), "the portal exited after SIGTERM");
        assertFalse(Http.listening(portal.base().getPort()), "and let go of its port");
        PortalProcess restarted = PortalProcess.start("crash-polite-restart", data, env);

        Http.Answer probe = Http.get(restarted.base(), "/api/resources/" + id);
        assertEquals(200, probe.status(), probe.body());
        assertEquals(title, probe.json().getString("title"));
        long after = Http.get(restarted.base(), "/api/resources?size=1").json().getInt("total");
        assertEquals(before, after, "the restart neither lost nor re-imported anything");
        assertReadyAndConsistent(restarted, editor(restarted));
        note("polite restart: the last save is there, " + after + " resources before and after, consistent");
        return restarted;
    }

    private static void assertLibraryWhole(PortalProcess portal) {
        long inDatabase = Http.get(portal.base(), "/api/resources?size=1").json().getInt("total");
        long inIndex = Http.get(portal.base(), "/api/search?size=1").json().getInt("total");
        assertEquals(RESOURCES, inDatabase, "every resource is in the database once");
        assertEquals(inDatabase, inIndex, "the index holds exactly what the database holds");
        assertReadyAndConsistent(portal, People.admin(portal.base()));
    }

    /**
     * Several editors save in a loop; the portal is killed at a random moment; after the restart every confirmed save
     * is there, the index agrees, and a new change is found by search.
     */
    private PortalProcess killDuringSaves(PortalProcess portal, Map<String, String> env, int round) {
        Visitor editor = editor(portal);
        List<String> ids = editor.api("GET", "/api/editor/resources?status=published", null).jsonArray().stream()
                .map(v -> v.asJsonObject().getString("id")).limit(CLIENTS).toList();
        Map<String, int[]> confirmed = new ConcurrentHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        // The clients' own confirmations trigger the kill, not a sleep: when the k-th save of any client is
        // confirmed, with the other clients' saves in flight.
        int killAfter = 1 + random.nextInt(MOST_SAVES_BEFORE_KILL);
        CountDownLatch enough = new CountDownLatch(killAfter);
        // A client that stops before the kill (its save refused, or no answer) says why, and ends its part of the wait:
        // the kill comes after killAfter confirmed saves, or when every client has stopped.
        CountDownLatch ended = new CountDownLatch(CLIENTS);
        Map<Integer, String> stoppedBecause = new ConcurrentHashMap<>();
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            String id = ids.get(c);
            int client = c;
            Thread thread = new Thread(() -> {
                try {
                    saveInALoop(editor, id, round, client, confirmed, stop, enough, stoppedBecause);
                } finally {
                    ended.countDown();
                }
            });
            thread.start();
            clients.add(thread);
        }
        awaitEither(enough, ended);
        portal.kill();
        stop.set(true);
        clients.forEach(CrashRecoveryIT::join);
        int saves = confirmed.values().stream().mapToInt(v -> v[0]).sum();
        assertTrue(saves > 0, "round " + round + ": no save was confirmed before the kill, so it proves nothing;"
                + " the clients stopped because: " + stoppedBecause);

        PortalProcess restarted = PortalProcess.start("crash-saves-" + round, data, env);
        Visitor after = editor(restarted);
        confirmed.forEach((id, last) -> {
            JsonObject stored = after.api("GET", "/api/editor/resources/" + id, null).json();
            long version = stored.getJsonNumber("version").longValue();
            int number = saveNumber(stored.getString("text"));
            assertTrue(version >= last[1] && number >= last[0], "round " + round + ", " + id + ": save " + last[0]
                    + " (version " + last[1] + ") was confirmed, the database has save " + number + " (version "
                    + version + ")");
        });
        JsonObject index = assertReadyAndConsistent(restarted, after);
        long searchableIn = nextChangeIsSearchable(restarted, after, ids.get(0), round);
        note("saves round " + round + ": " + saves + " saves confirmed by " + CLIENTS + " clients, killed when save "
                + killAfter + " was confirmed; after restart all are in the database, index at change "
                + index.getJsonNumber("applied_seq") + " of " + index.getJsonNumber("last_seq")
                + ", consistent, a new change searchable in " + searchableIn + " ms");
        return restarted;
    }

    private static void saveInALoop(Visitor editor, String id, int round, int client, Map<String, int[]> confirmed,
            AtomicBoolean stop, CountDownLatch enough, Map<Integer, String> stoppedBecause) {
        try {
            JsonObject current = editor.api("GET", "/api/editor/resources/" + id, null).json();
            String text = current.getString("text");
            long version = current.getJsonNumber("version").longValue();
            for (int n = 1; !stop.get(); n++) {
                String title = "Kill round " + round + " client " + client + " save " + n;
                Http.Answer answer = editor.api("PUT", "/api/editor/resources/" + id,
                        body(version, text.replaceFirst("(?m)^title: .*$", "title: \"" + title + "\"")));
                if (answer.status() != 200) {
                    if (!stop.get()) {
                        stoppedBecause.put(client, "save " + n + " answered " + answer.status() + ": "
                                + answer.body().substring(0, Math.min(300, answer.body().length())));
                    }
                    return;
                }
                version = answer.json().getJsonNumber("version").longValue();
                confirmed.put(id, new int[]{n, (int) version});
                enough.countDown();
            }
        } catch (RuntimeException killed) {
            // The portal went away mid-request: what was confirmed before is what counts.
            if (!stop.get()) {
                stoppedBecause.put(client, "no answer before the kill: " + killed);
            }
        }
    }

    private static JsonObject assertReadyAndConsistent(PortalProcess portal, Visitor admin) {
        Http.Answer ready = Http.get(portal.base(), "/health/ready");
        assertEquals(200, ready.status(), ready.body());
        JsonObject index = admin.api("GET", "/api/admin/index", null).json();
        assertTrue(index.getBoolean("consistent"), index.toString());
        assertEquals(index.getJsonNumber("last_seq").longValue(), index.getJsonNumber("applied_seq").longValue(),
                index.toString());
        return index;
    }

    private static long nextChangeIsSearchable(PortalProcess portal, Visitor editor, String id, int round) {
        String marker = "crashround" + round + "marker";
        JsonObject current = editor.api("GET", "/api/editor/resources/" + id, null).json();
        String title = "After kill round " + round + " " + marker;
        Http.Answer saved = editor.api("PUT", "/api/editor/resources/" + id, body(current.getJsonNumber("version")
                .longValue(), current.getString("text").replaceFirst("(?m)^title: .*$", "title: \"" + title + "\"")));
        assertEquals(200, saved.status(), saved.body());
        long start = System.nanoTime();
        while (System.nanoTime() - start < Duration.ofSeconds(15).toNanos()) {
            JsonObject hits = Http.get(portal.base(), "/api/search?q=" + marker).json();
            if (hits.getInt("total") == 1 && hits.getJsonArray("hits").getJsonObject(0).getString("id").equals(id)) {
                return (System.nanoTime() - start) / 1_000_000;
            }
            sleep(100);
        }
        throw new AssertionError("round " + round + ": the change saved after the restart is not searchable");
    }

    private static Visitor editor(PortalProcess portal) {
        Visitor admin = People.admin(portal.base());
        JsonObject me = People.accounts(admin).stream()
                .filter(u -> u.getString("email").equals(People.ADMIN_EMAIL)).findFirst().orElseThrow();
        if (!me.getJsonArray("roles").toString().contains("editor")) {
            Http.Answer roles = admin.api("PUT", "/api/admin/users/" + me.getJsonNumber("id") + "/roles",
                    "{\"roles\": [\"admin\", \"editor\"]}");
            assertEquals(200, roles.status(), roles.body());
        }
        return People.admin(portal.base());
    }

    private static String body(long version, String text) {
        return Json.createObjectBuilder().add("version", version).add("text", text).build().toString();
    }

    private static int saveNumber(String text) {
        Matcher m = SAVE_NUMBER.matcher(text);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private void note(String line) {
        String entry = TestDatabase.kind() + ": " + line;
        System.out.println(entry);
        try {
            Files.writeString(results, entry + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until {@code enough} is reached or every client has {@code ended}, at most {@link #SLOW}. */
    private static void awaitEither(CountDownLatch enough, CountDownLatch ended) {
        long until = System.nanoTime() + SLOW.toNanos();
        try {
            while (!enough.await(50, TimeUnit.MILLISECONDS) && ended.getCount() > 0 && System.nanoTime() < until) {
                // The next look at the two latches.
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package org.kmbportal.curation.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The link checker against a local server that answers 200, 301, 302, 404, 500, slowly, flakily and in loops; and,
 * for what depends on counting and timing (attempts, pauses, spacing), on scripted answers and a clock that moves only
 * when the checker waits, so a loaded machine cannot turn a slow answer into a retry.
 */
class LinkCheckerTest {

    private static HttpServer server;
    private static String base;
    private static final AtomicInteger flaky = new AtomicInteger();
    private static final List<Long> politeTimes = Collections.synchronizedList(new ArrayList<>());

    /**
     * A generous timeout: on a loaded machine a local answer can take over a second, and a timed-out first try would
     * be retried and counted (only the slow-server test needs a short one, and sets its own).
     */
    private static final LinkChecker.Settings LOCAL = new LinkChecker.Settings(Duration.ofSeconds(20),
            Duration.ofMillis(1), 3, Duration.ofMillis(20), 5, true);

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/ok", e -> answer(e, 200, null));
        server.createContext("/moved", e -> answer(e, 301, "/ok"));
        server.createContext("/temporary", e -> answer(e, 302, "/ok"));
        server.createContext("/chain", e -> answer(e, 308, "/temporary"));
        server.createContext("/gone", e -> answer(e, 404, null));
        server.createContext("/error", e -> answer(e, 500, null));
        server.createContext("/loop", e -> answer(e, 302, "/loop"));
        server.createContext("/flaky", e -> answer(e, flaky.incrementAndGet() < 3 ? 503 : 200, null));
        server.createContext("/no-head", e -> answer(e, e.getRequestMethod().equals("HEAD") ? 405 : 200, null));
        server.createContext("/polite", e -> {
            politeTimes.add(System.nanoTime());
            answer(e, 200, null);
        });
        server.createContext("/slow", e -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            answer(e, 200, null);
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static void answer(HttpExchange exchange, int status, String location) throws IOException {
        if (location != null) {
            exchange.getResponseHeaders().add("Location", location);
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    private static CheckOutcome check(String path) {
        return new LinkChecker(LOCAL).check(base + path);
    }

    @Test
    void aWorkingLinkIsOk() {
        CheckOutcome ok = check("/ok");
        assertEquals(CheckOutcome.Result.OK, ok.result());
        assertEquals(200, ok.httpStatus());
    }

    @Test
    void aWorkingLinkIsCheckedOnceAndNeverWaitedOn() {
        Script script = new Script(Map.of("/ok", List.of(new LinkChecker.Answer(200, null))));
        CheckOutcome ok = script.checker(LOCAL).check("http://example.org/ok");
        assertEquals(CheckOutcome.Result.OK, ok.result());
        assertEquals(1, ok.attempts());
        assertEquals(List.of("HEAD /ok"), script.requests);
        assertEquals(List.of(), script.clock.pauses);
    }

    @Test
    void aPermanentRedirectIsReportedAsMovedWithItsHopsAndTheNewAddress() {
        CheckOutcome moved = check("/moved");
        assertEquals(CheckOutcome.Result.MOVED, moved.result());
        assertEquals(base + "/ok", moved.finalUrl());
        assertEquals(List.of("301 " + base + "/ok"), moved.hops());
        CheckOutcome chain = check("/chain");
        assertEquals(CheckOutcome.Result.MOVED, chain.result(), "a permanent hop anywhere in the chain");
        assertEquals(2, chain.hops().size());
        assertEquals(CheckOutcome.Result.OK, check("/temporary").result(), "temporary redirects are normal");
    }

    @Test
    void notFoundFailsAtOnceButServerErrorsAreRetriedFirst() {
        CheckOutcome gone = check("/gone");
        assertEquals(CheckOutcome.Result.FAILED, gone.result());
        assertEquals(404, gone.httpStatus());
        CheckOutcome error = check("/error");
        assertEquals(CheckOutcome.Result.FAILED, error.result());
        assertEquals(500, error.httpStatus());
        CheckOutcome recovers = check("/flaky");
        assertEquals(CheckOutcome.Result.OK, recovers.result(), "two 503s then a 200");
    }

    @Test
    void aNotFoundIsNotRetriedAServerErrorIsRetriedWithLongerPausesAndATimeoutCountsAsTransient() {
        LinkChecker.Answer notFound = new LinkChecker.Answer(404, null);
        LinkChecker.Answer error = new LinkChecker.Answer(500, null);
        LinkChecker.Answer unavailable = new LinkChecker.Answer(503, null);
        Script script = new Script(Map.of("/gone", List.of(notFound), "/error", List.of(error, error, error),
                "/flaky", List.of(unavailable, unavailable, new LinkChecker.Answer(200, null))));
        LinkChecker checker = script.checker(LOCAL);

        CheckOutcome gone = checker.check("http://example.org/gone");
        assertEquals(1, gone.attempts(), "a 404 is not retried");
        assertEquals(List.of(), script.clock.pauses);

        CheckOutcome failed = checker.check("http://example.org/error");
        assertEquals(CheckOutcome.Result.FAILED, failed.result());
        assertEquals(3, failed.attempts());
        assertEquals(List.of(Duration.ofMillis(20), Duration.ofMillis(40)), script.clock.retryPauses(),
                "the pause grows with each attempt, and none after the last");

        script.clock.pauses.clear();
        CheckOutcome recovers = checker.check("http://example.org/flaky");
        assertEquals(CheckOutcome.Result.OK, recovers.result(), "two 503s then a 200");
        assertEquals(3, recovers.attempts());

        Script silent = new Script(Map.of());
        CheckOutcome timedOut = silent.checker(LOCAL).check("http://example.org/silent");
        assertEquals(CheckOutcome.Result.FAILED, timedOut.result());
        assertEquals(0, timedOut.httpStatus());
        assertEquals(3, timedOut.attempts(), "no answer in time is worth another try");
        assertTrue(timedOut.message().startsWith("no answer within"), timedOut.message());
    }

    @Test
    void aSlowServerTimesOutAndRedirectLoopsEnd() {
        long start = System.nanoTime();
        CheckOutcome slow = new LinkChecker(new LinkChecker.Settings(Duration.ofMillis(500), Duration.ofMillis(1), 1,
                Duration.ofMillis(1), 5, true)).check(base + "/slow");
        assertEquals(CheckOutcome.Result.FAILED, slow.result());
        assertEquals(0, slow.httpStatus());
        assertTrue(slow.message().startsWith("no answer within"), slow.message());
        assertTrue((System.nanoTime() - start) / 1_000_000 < 2500, "the timeout was respected");
        CheckOutcome loop = check("/loop");
        assertEquals(CheckOutcome.Result.FAILED, loop.result());
        assertTrue(loop.message().contains("redirects"));
    }

    @Test
    void sitesThatRefuseHeadAreAskedWithGet() {
        assertEquals(CheckOutcome.Result.OK, check("/no-head").result());
    }

    @Test
    void privateAndLoopbackAddressesAreNotRequestedOutsideTests() {
        LinkChecker production = new LinkChecker(LinkChecker.Settings.DEFAULT);
        for (String url : List.of(base + "/ok", "http://localhost/", "http://10.1.2.3/", "http://192.168.0.1/x",
                "http://[::1]/", "http://169.254.169.254/latest/meta-data", "ftp://example.org/",
                "javascript:alert(1)")) {
            CheckOutcome outcome = production.check(url);
            assertEquals(CheckOutcome.Result.SKIPPED, outcome.result(), url);
        }
    }

    @Test
    void requestsToOneHostAreSpacedPolitely() {
        politeTimes.clear();
        LinkChecker polite = new LinkChecker(new LinkChecker.Settings(Duration.ofSeconds(20), Duration.ofMillis(300), 1,
                Duration.ofMillis(1), 5, true));
        // Measured where the checker decides (the caller's side): each request after the first waits for the interval,
        // so four requests span at least three intervals. Arrival times at the server are not used: a loaded machine
        // can deliver one request late and the next on time, which says nothing about the checker.
        long start = System.nanoTime();
        for (int i = 0; i < 4; i++) {
            assertEquals(CheckOutcome.Result.OK, polite.check(base + "/polite").result());
        }
        long elapsed = (System.nanoTime() - start) / 1_000_000;
        assertEquals(4, politeTimes.size(), "every request reached the server");
        assertTrue(elapsed >= 900, "four requests to one host took " + elapsed + " ms, less than three intervals");
    }

    @Test
    void eachRequestToAHostWaitsForTheIntervalSinceThePreviousOneAndOtherHostsDoNotWait() {
        Script script = new Script(Map.of("/a", List.of(new LinkChecker.Answer(200, null))));
        LinkChecker polite = script.checker(new LinkChecker.Settings(Duration.ofSeconds(20), Duration.ofMillis(300),
                1, Duration.ofMillis(1), 5, true));
        long start = script.clock.now;
        for (int i = 0; i < 4; i++) {
            assertEquals(CheckOutcome.Result.OK, polite.check("http://example.org/a").result());
        }
        assertEquals(Duration.ofMillis(900), Duration.ofNanos(script.clock.now - start),
                "four requests to one host span exactly three intervals of the checker's clock");
        long before = script.clock.now;
        assertEquals(CheckOutcome.Result.OK, polite.check("http://example.net/a").result());
        assertEquals(before, script.clock.now, "another host is not kept waiting");
    }

    /**
     * Answers scripted per path, in order (the last one repeats; a path without answers never answers in time), on a
     * clock that advances only by what the checker waits.
     */
    private static final class Script implements LinkChecker.Transport {
        final Map<String, List<LinkChecker.Answer>> answers;
        final Map<String, Integer> asked = new HashMap<>();
        final List<String> requests = new ArrayList<>();
        final StoppedClock clock = new StoppedClock();

        Script(Map<String, List<LinkChecker.Answer>> answers) {
            this.answers = answers;
        }

        LinkChecker checker(LinkChecker.Settings settings) {
            return new LinkChecker(settings, this, clock);
        }

        @Override
        public LinkChecker.Answer send(URI uri, String method) throws HttpTimeoutException {
            requests.add(method + " " + uri.getPath());
            List<LinkChecker.Answer> scripted = answers.get(uri.getPath());
            if (scripted == null) {
                throw new HttpTimeoutException("request timed out");
            }
            int n = asked.merge(uri.getPath(), 1, Integer::sum);
            return scripted.get(Math.min(n, scripted.size()) - 1);
        }
    }

    /** A clock that stands still until the checker waits on it; it notes every wait. */
    private static final class StoppedClock implements LinkChecker.Clock {
        long now = 1_000_000_000L;
        final List<Duration> pauses = new ArrayList<>();

        @Override
        public long nanoTime() {
            return now;
        }

        @Override
        public void sleep(Duration duration) {
            pauses.add(duration);
            now += Math.max(1_000_000, duration.toNanos());
        }

        /** The waits between attempts (waits for a host's interval are a millisecond at most here). */
        List<Duration> retryPauses() {
            return pauses.stream().filter(p -> p.toMillis() >= 20).toList();
        }
    }
}

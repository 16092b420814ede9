package org.kmbportal.curation.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** The link checker against a local server that answers 200, 301, 302, 404, 500, slowly, flakily and in loops. */
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
        assertEquals(1, ok.attempts());
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
        assertEquals(1, gone.attempts(), "a 404 is not retried");
        CheckOutcome error = check("/error");
        assertEquals(CheckOutcome.Result.FAILED, error.result());
        assertEquals(3, error.attempts());
        CheckOutcome recovers = check("/flaky");
        assertEquals(CheckOutcome.Result.OK, recovers.result(), "two 503s then a 200");
        assertEquals(3, recovers.attempts());
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
}

package org.kmbportal.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.kmbportal.curation.links.CheckOutcome;
import org.kmbportal.curation.links.LinkCheck;
import org.kmbportal.curation.links.LinkChecker;
import org.kmbportal.curation.links.LinkChecks;
import org.kmbportal.curation.links.LinkReport;
import org.kmbportal.curation.links.LinkState;

/** Link checking inside the real server ({@code InServerIT}), against a local HTTP server. */
public class CurationInServer {

    private final CollectionService collections;
    private final LinkChecks linkChecks;

    /** The services of the server it runs in. */
    public CurationInServer(CollectionService collections, LinkChecks linkChecks) {
        this.collections = collections;
        this.linkChecks = linkChecks;
    }

    public void linksAreCheckedAndCalledBrokenOnlyAfterRepeatedFailuresAndNothingIsDeleted() throws IOException {
        CountDownLatch over = new CountDownLatch(1);
        HttpServer site = localSite(over);
        try {
            String base = "http://127.0.0.1:" + site.getAddress().getPort();
            List<String> urls = List.of(base + "/ok", base + "/moved", base + "/missing", base + "/error",
                    base + "/slow");
            collections.saveAll(List.of(new CollectionContent("it-link-checks", "Links checked by the test", "en",
                    java.time.LocalDate.of(2025, 1, 1), Map.of(), "Test", "", Visibility.PRIVATE,
                    urls.stream().map(u -> CollectionEntry.link(u, "Link " + u, "")).toList())));

            assertEquals(5, checkTwoWays(urls));
            assertEquals(LinkState.OK, state(base + "/ok"));
            assertEquals(LinkState.MOVED, state(base + "/moved"));
            LinkCheck moved = linkChecks.find(base + "/moved").orElseThrow();
            assertEquals(base + "/ok", moved.getFinalUrl());
            assertTrue(moved.getHops().startsWith("301 " + base + "/ok"), moved.getHops());
            assertEquals(404, linkChecks.find(base + "/missing").orElseThrow().getHttpStatus());
            for (String failing : List.of("/missing", "/error", "/slow")) {
                assertEquals(LinkState.FAILING, state(base + failing), failing + " after one failed check");
            }
            checkTwoWays(urls);
            for (String broken : List.of("/missing", "/error", "/slow")) {
                assertEquals(LinkState.BROKEN, state(base + broken), broken + " after two failed checks");
            }
            assertEquals(500, linkChecks.find(base + "/error").orElseThrow().getHttpStatus());
            assertEquals(0, linkChecks.find(base + "/slow").orElseThrow().getHttpStatus(), "no answer in time");

            List<LinkReport> report = linkChecks.report().stream().filter(r -> r.url().startsWith(base)).toList();
            assertEquals(5, report.size());
            assertEquals(LinkState.BROKEN, report.get(0).state(), "worst first");
            assertEquals("it-link-checks", report.get(0).uses().get(0).ownerId());
            assertEquals(5, collections.find("it-link-checks").orElseThrow().itemCount(), "nothing deleted");

            linkChecks.save(base + "/error", new CheckOutcome(CheckOutcome.Result.OK, 200, base + "/error",
                    List.of(), 1, ""), 2);
            assertEquals(LinkState.OK, state(base + "/error"), "a link that works again is OK again");
        } finally {
            over.countDown();
            site.stop(0);
            ((ExecutorService) site.getExecutor()).shutdownNow();
        }
    }

    /**
     * Checks the links that answer with a timeout they never reach, and the one that never answers with a short one:
     * it fails the same way after any timeout, so the test waits out a fifth of a second per try, not seconds.
     */
    private int checkTwoWays(List<String> urls) {
        List<String> answering = urls.stream().filter(u -> !u.endsWith("/slow")).toList();
        List<String> silent = urls.stream().filter(u -> u.endsWith("/slow")).toList();
        return linkChecks.check(answering, checker(Duration.ofSeconds(10)), 2)
                + linkChecks.check(silent, checker(Duration.ofMillis(200)), 2);
    }

    private static LinkChecker checker(Duration timeout) {
        return new LinkChecker(new LinkChecker.Settings(timeout, Duration.ZERO, 2, Duration.ofMillis(20), 5, true));
    }

    /** A local server answering 200, 301 (to the 200), 404, 500, and, until the test is over, nothing. */
    private static HttpServer localSite(CountDownLatch over) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/ok", e -> answer(e, 200, null));
        server.createContext("/moved", e -> answer(e, 301, "/ok"));
        server.createContext("/missing", e -> answer(e, 404, null));
        server.createContext("/error", e -> answer(e, 500, null));
        server.createContext("/slow", e -> {
            try {
                over.await();
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            answer(e, 200, null);
        });
        // A thread for each request: every try at /slow holds one until the test is over.
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        return server;
    }

    private static void answer(HttpExchange exchange, int status, String location) throws IOException {
        if (location != null) {
            exchange.getResponseHeaders().add("Location", location);
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    private LinkState state(String url) {
        return linkChecks.find(url).map(LinkCheck::getState).orElse(LinkState.UNCHECKED);
    }
}

package org.kmbportal.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;

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
        HttpServer site = localSite();
        try {
            String base = "http://127.0.0.1:" + site.getAddress().getPort();
            List<String> urls = List.of(base + "/ok", base + "/moved", base + "/missing", base + "/error",
                    base + "/slow");
            collections.saveAll(List.of(new CollectionContent("it-link-checks", "Links checked by the test", "en",
                    java.time.LocalDate.of(2025, 1, 1), Map.of(), "Test", "", Visibility.PRIVATE,
                    urls.stream().map(u -> CollectionEntry.link(u, "Link " + u, "")).toList())));
            LinkChecker checker = new LinkChecker(new LinkChecker.Settings(java.time.Duration.ofSeconds(1),
                    java.time.Duration.ZERO, 2, java.time.Duration.ofMillis(20), 5, true));

            assertEquals(5, linkChecks.check(urls, checker, 2));
            assertEquals(LinkState.OK, state(base + "/ok"));
            assertEquals(LinkState.MOVED, state(base + "/moved"));
            LinkCheck moved = linkChecks.find(base + "/moved").orElseThrow();
            assertEquals(base + "/ok", moved.getFinalUrl());
            assertTrue(moved.getHops().startsWith("301 " + base + "/ok"), moved.getHops());
            assertEquals(404, linkChecks.find(base + "/missing").orElseThrow().getHttpStatus());
            for (String failing : List.of("/missing", "/error", "/slow")) {
                assertEquals(LinkState.FAILING, state(base + failing), failing + " after one failed check");
            }
            linkChecks.check(urls, checker, 2);
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
            site.stop(0);
        }
    }

    /** A local server answering 200, 301 (to the 200), 404, 500, and too slowly. */
    private static HttpServer localSite() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/ok", e -> answer(e, 200, null));
        server.createContext("/moved", e -> answer(e, 301, "/ok"));
        server.createContext("/missing", e -> answer(e, 404, null));
        server.createContext("/error", e -> answer(e, 500, null));
        server.createContext("/slow", e -> {
            try {
                Thread.sleep(2500);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            answer(e, 200, null);
        });
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
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

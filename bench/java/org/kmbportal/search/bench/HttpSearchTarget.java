package org.kmbportal.search.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kmbportal.search.bench.QueryMix.SearchCase;

/** {@code GET /api/search} on the running portal, over loopback HTTP/1.1 with kept-alive connections. */
final class HttpSearchTarget implements LoadRun.Target {

    /**
     * The answer's total. JSON-B writes properties in alphabetical order and no hit or facet has a total, so the
     * answer's own is the last one.
     */
    private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)(?!.*\"total\":)", Pattern.DOTALL);

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    HttpSearchTarget(URI base) {
        this.base = base;
    }

    URI base() {
        return base;
    }

    @Override
    public String name() {
        return "portal";
    }

    @Override
    public LoadRun.Client client() {
        return this::search;
    }

    long search(SearchCase search) throws Exception {
        HttpResponse<String> response = get(search.path(), search.language());
        Matcher total = TOTAL.matcher(response.body());
        if (response.statusCode() != 200 || !total.find()) {
            throw new IllegalStateException(response.statusCode() + " for " + search.path() + ": "
                    + response.body().substring(0, Math.min(200, response.body().length())));
        }
        return Long.parseLong(total.group(1));
    }

    HttpResponse<String> get(String path, String language) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Accept-Language", language).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
    }
}

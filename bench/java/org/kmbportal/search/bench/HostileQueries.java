package org.kmbportal.search.bench;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Queries that could be costly: over 500 characters, brackets nested 40 deep, a leading wildcard, a regular
 * expression. The portal must refuse (400) or neutralise (200) each well within 200 ms; this times the answer.
 */
final class HostileQueries {

    /** One kind of hostile query: the median time to its answer, and the status it got. */
    record Refusal(String kind, double medianMillis, int status, int runs) {
    }

    private final HttpSearchTarget portal;

    HostileQueries(HttpSearchTarget portal) {
        this.portal = portal;
    }

    static Map<String, String> queries() {
        Map<String, String> queries = new LinkedHashMap<>();
        String words = "how do we keep volunteer mentors from quitting in the first months of a match ";
        queries.put("600-character query", words.repeat(10).substring(0, 600));
        queries.put("brackets nested 40 deep", "(".repeat(40) + "mentor training" + ")".repeat(40));
        queries.put("leading wildcard", "*ment* ?outh");
        queries.put("regular expression", "/ment[a-z]{2,}(ing|or)s?/ program");
        return queries;
    }

    List<Refusal> measure(int repetitions) throws Exception {
        List<Refusal> refusals = new ArrayList<>();
        for (Map.Entry<String, String> query : queries().entrySet()) {
            String path = "/api/search?q=" + URLEncoder.encode(query.getValue(), StandardCharsets.UTF_8);
            portal.get(path, "en");
            long[] times = new long[repetitions];
            int status = 0;
            for (int i = 0; i < repetitions; i++) {
                long start = System.nanoTime();
                HttpResponse<String> answer = portal.get(path, "en");
                times[i] = System.nanoTime() - start;
                status = answer.statusCode();
            }
            java.util.Arrays.sort(times);
            refusals.add(new Refusal(query.getKey(), LoadRun.percentile(times, 0.5) / 1e6, status, repetitions));
        }
        return refusals;
    }
}

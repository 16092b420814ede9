package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Search relevance on the judged query set: mean nDCG@10 must stay above a floor, and above a plain BM25 baseline on
 * the same documents. The table printed shows both, per kind of query.
 */
class RelevanceTest {

    /** Set a little under the measured figure, so that a change that makes search worse fails the build. */
    static final double FLOOR = 0.70;
    private static final int K = 10;

    private static SearchFixture library;
    private static PlainBm25Baseline baseline;

    @BeforeAll
    static void buildIndexes() {
        library = SearchFixture.sharedShippedLibrary();
        List<IndexEntry> entries = new ArrayList<>();
        library.resources.forEach(r -> entries.add(LibraryReader.entry(r, 1)));
        library.collections.forEach(c -> entries.add(LibraryReader.entry(c, 1)));
        baseline = new PlainBm25Baseline(entries);
    }

    /**
     * The grades as a reader sees results since search lists each resource once, in the reader's language where it
     * exists: the other-language version of a resource that exists in the query's language grades 0, as in the
     * held-out set (the file grades both versions of a pair, written when search listed both).
     */
    static Map<String, Integer> oneVersion(Map<String, Integer> grades, String language) {
        Map<String, Integer> kept = new java.util.HashMap<>();
        grades.forEach((id, grade) -> {
            boolean otherVersion = library.resources.stream().anyMatch(r -> !r.language().equals(language)
                    && r.id().equals(id) && library.resources.stream().anyMatch(t -> t.language().equals(language)
                            && (t.id().equals(r.translationOf()) || t.translationOf().equals(r.id()))));
            kept.put(id, otherVersion ? 0 : grade);
        });
        return kept;
    }

    @Test
    void searchRanksWhatPractitionersNeedAboveAFloorAndAboveThePlainBaseline() {
        Map<String, double[]> byKind = new TreeMap<>();
        double ours = 0;
        double plain = 0;
        List<Judgments.Judged> queries = Judgments.load();
        StringBuilder worst = new StringBuilder();
        for (Judgments.Judged q : queries) {
            List<String> ranked = library.ids(library.search.search(new SearchRequest(q.query(), Map.of(), null, null,
                    SearchRequest.Order.RELEVANCE, 1, K, q.language())));
            Map<String, Integer> grades = oneVersion(q.grades(), q.language());
            double n = Judgments.ndcg(ranked, grades, K);
            double b = Judgments.ndcg(baseline.search(q.query(), K), grades, K);
            ours += n;
            plain += b;
            double[] sums = byKind.computeIfAbsent(q.kind(), k -> new double[3]);
            sums[0] += n;
            sums[1] += b;
            sums[2]++;
            if (n < 0.5) {
                worst.append(String.format("  %s %-45s %.3f (baseline %.3f)%n", q.id(), q.query(), n, b));
            }
        }
        ours /= queries.size();
        plain /= queries.size();
        System.out.printf("%nSearch relevance, nDCG@%d on %d judged queries%n", K, queries.size());
        System.out.printf("%-12s %8s %8s %8s%n", "kind", "queries", "portal", "BM25");
        byKind.forEach((kind, s) -> System.out.printf("%-12s %8d %8.3f %8.3f%n", kind, (int) s[2], s[0] / s[2],
                s[1] / s[2]));
        System.out.printf("%-12s %8d %8.3f %8.3f%n", "all", queries.size(), ours, plain);
        System.out.println("Queries below 0.5:\n" + worst);
        assertTrue(queries.size() >= 25, "at least 25 judged queries");
        assertTrue(ours >= FLOOR, String.format("nDCG@10 %.3f fell below the floor %.2f", ours, FLOOR));
        assertTrue(ours > plain, String.format("nDCG@10 %.3f is not above the plain baseline %.3f", ours, plain));
    }
}

package org.kmbportal.search;

import java.util.HashSet;
import java.util.Set;

import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * Which matches are strong: a relevance floor relative to the best hit, counted over the ranking's leading hits, so the count says something ("12 strong
 * matches · 80 more related") where almost every query finds some words in most of the library. A hit is strong when
 * its score by words is at least {@link #floor} of the best score by words, or its closeness in meaning (cosine) at
 * least {@link #floor} of the closest's. Judged on the tuning set ({@code StrongMatchesTest}): strong matches against
 * the resources judged useful or better. Only the hits each ranking scored are looked at (the first
 * {@link SearchService#RESCORED} by words, {@link HybridRanking#DEPTH} by meaning).
 */
final class StrongMatches {

    /**
     * Chosen on the tuning set (StrongMatchesTest prints the agreement for each candidate); {@code
     * -Dkmb.search.strong-floor} overrides it, and the tuning test sets it.
     */
    static volatile double floor = floor();

    private StrongMatches() {
    }

    private static double floor() {
        String value = System.getProperty("kmb.search.strong-floor");
        return value == null ? 0.8 : Double.parseDouble(value);
    }

    /**
     * The documents above the floor.
     *
     * @param words
     *            hits by words, best first, with their scores
     * @param meaning
     *            hits by meaning (Lucene's cosine score, (1 + cos) / 2), or null
     */
    static Set<Integer> of(TopDocs words, TopDocs meaning, double floor) {
        Set<Integer> strong = new HashSet<>();
        float bestWords = 0;
        for (ScoreDoc hit : words.scoreDocs) {
            bestWords = Math.max(bestWords, hit.score);
        }
        for (ScoreDoc hit : words.scoreDocs) {
            if (bestWords > 0 && hit.score >= floor * bestWords) {
                strong.add(hit.doc);
            }
        }
        if (meaning != null && meaning.scoreDocs.length > 0) {
            double closest = 0;
            for (ScoreDoc hit : meaning.scoreDocs) {
                closest = Math.max(closest, 2.0 * hit.score - 1.0);
            }
            for (ScoreDoc hit : meaning.scoreDocs) {
                double cosine = 2.0 * hit.score - 1.0;
                if (closest > 0 && cosine >= floor * closest
                        && (cosine >= HybridRanking.CLOSE_IN_MEANING || strong.contains(hit.doc)
                                || contains(words, hit.doc))) {
                    strong.add(hit.doc);
                }
            }
        }
        return strong;
    }

    private static boolean contains(TopDocs docs, int doc) {
        for (ScoreDoc hit : docs.scoreDocs) {
            if (hit.doc == doc) {
                return true;
            }
        }
        return false;
    }

    /**
     * How many hits lead the ranking above the floor: the strong matches the page counts and lists before "more
     * results". The ranking itself is not changed, so a hit above the floor that ranks below a weaker one is counted
     * with the rest.
     */
    static int leading(TopDocs ranked, Set<Integer> strong) {
        int count = 0;
        while (count < ranked.scoreDocs.length && strong.contains(ranked.scoreDocs[count].doc)) {
            count++;
        }
        return count;
    }
}

package org.kmbportal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * Which matches are strong: a relevance floor relative to the best hit of the query alone (without filters), counted
 * over the ranking's leading hits, so the count says something ("12 strong
 * matches · 80 more related") where almost every query finds some words in most of the library. A hit is strong when
 * its score by words is at least {@link #floor} of the best score by words, or its closeness in meaning (cosine) at
 * least {@link #floor} of the closest's. Judged on the tuning set ({@code StrongMatchesTest}): strong matches against
 * the resources judged useful or better. Only the hits each ranking scored are looked at (the first
 * {@link SearchService#RESCORED} by words, {@link HybridRanking#DEPTH} by meaning). A filtered search's strong matches
 * are those of its query alone that the filters keep, listed first: narrowing never raises the count. The page of the
 * query's language judges them ({@link Speller#queryLanguage}); on the other page they are listed first too, in the
 * reader's version, so both pages count the same resources.
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
        return of(words, meaning, floor, null);
    }

    /**
     * @param topic
     *            the hits by words that hold the query's topic ({@link TopicWords}), the only ones that can be strong by
     *            words (the floor is the best of their scores), and whether the query's words are mostly the library's,
     *            without which none is strong by meaning; null to judge by the scores alone
     */
    static Set<Integer> of(TopDocs words, TopDocs meaning, double floor, TopicWords.Judged topic) {
        Set<Integer> strong = new HashSet<>();
        float bestWords = 0;
        for (ScoreDoc hit : words.scoreDocs) {
            if (topic == null || topic.holding().contains(hit.doc)) {
                bestWords = Math.max(bestWords, hit.score);
            }
        }
        for (ScoreDoc hit : words.scoreDocs) {
            if (bestWords > 0 && hit.score >= floor * bestWords
                    && (topic == null || topic.holding().contains(hit.doc))) {
                strong.add(hit.doc);
            }
        }
        if (meaning != null && meaning.scoreDocs.length > 0 && (topic == null || topic.mostlyKnown())) {
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

    /**
     * The resources (ids and translation groups) of the strong matches that lead a ranking: a search's strong matches
     * for its query alone.
     */
    static Set<String> resources(IndexSearcher searcher, TopDocs ranking, long strong) throws IOException {
        Set<String> resources = new HashSet<>();
        for (int i = 0; i < Math.min(strong, ranking.scoreDocs.length); i++) {
            Translations.Version version = Translations.version(searcher, ranking.scoreDocs[i].doc);
            resources.add(version.id());
            resources.add(version.group());
        }
        return resources;
    }

    /** The documents of these resources, each of their versions. */
    static Set<Integer> versions(IndexSearcher searcher, Set<String> resources) throws IOException {
        Set<Integer> docs = new HashSet<>();
        if (resources.isEmpty()) {
            return docs;
        }
        List<BytesRef> keys = resources.stream().map(BytesRef::new).toList();
        Query versions = new BooleanQuery.Builder()
                .add(new TermInSetQuery(Fields.ID, keys), BooleanClause.Occur.SHOULD)
                .add(new TermInSetQuery(Fields.TRANSLATION_GROUP, keys), BooleanClause.Occur.SHOULD).build();
        for (ScoreDoc hit : searcher.search(versions, Math.max(1, searcher.count(versions))).scoreDocs) {
            docs.add(hit.doc);
        }
        return docs;
    }

    /** The ranking with these documents first, each part in its own order (the ranking itself where they lead it). */
    static TopDocs first(TopDocs ranking, Set<Integer> docs) {
        List<ScoreDoc> first = new ArrayList<>();
        List<ScoreDoc> rest = new ArrayList<>();
        for (ScoreDoc hit : ranking.scoreDocs) {
            (docs.contains(hit.doc) ? first : rest).add(hit);
        }
        first.addAll(rest);
        return new TopDocs(ranking.totalHits, first.toArray(ScoreDoc[]::new));
    }
}

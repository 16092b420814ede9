package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kmbportal.library.ResourceContent;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;

/**
 * The first pass of a search counts every match without scoring it, then ranks the best few in a pass that skips what
 * cannot reach them (it was one pass scoring every match: most of a search's time at 50,000 resources, where common
 * words match nearly the whole library). What a reader sees must not change: on the shipped library, for generated
 * questions in both languages with and without filters, the same hits in the same order with the same scores, the same
 * exact total, and the same facet counts (drilled sideways) as Lucene's one scoring pass.
 */
class CountedThenRankedTest {

    private static SearchFixture library;
    private static final List<String> TITLE_WORDS = new ArrayList<>();
    /** Each dimension's values in the library, to filter by. */
    private static final java.util.Map<String, List<String>> VALUES = new java.util.TreeMap<>();
    /** How many questions were compared counted then ranked [0], or ranked in Lucene's one pass [1]. */
    private static final int[] WAYS = new int[2];

    @BeforeAll
    static void build() {
        library = SearchFixture.sharedShippedLibrary();
        for (ResourceContent resource : library.resources) {
            for (String word : resource.title().split("[\\s,:;.?!()«»\"]+")) {
                if (word.length() > 2) {
                    TITLE_WORDS.add(word);
                }
            }
        }
        library.index.withSearcher(searcher -> {
            try {
                DrillSideways.DrillSidewaysResult all = new DrillSideways(searcher, library.index.facetsConfig(),
                        searcher.facetState()).search(
                                new DrillDownQuery(library.index.facetsConfig(), new MatchAllDocsQuery()), 1);
                for (String dimension : new FacetLabels(library.index.taxonomy(), "en").dimensions()) {
                    FacetResult values = topChildren(all, dimension);
                    if (values != null) {
                        VALUES.put(dimension,
                                java.util.Arrays.stream(values.labelValues).map(v -> v.label).toList());
                    }
                }
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertTrue(VALUES.size() > 3, "the library has values to filter by: " + VALUES.keySet());
    }

    @Test
    void theSameHitsTotalAndFacetCountsAsScoringEveryMatch() {
        Random random = new Random(Gen.seed() * 31 + 17);
        Gen<String> odd = GeneratedText.libraryWords(80);
        int compared = 0;
        int manyMatches = 0;
        for (int i = 0; i < 250; i++) {
            String question = random.nextInt(4) == 0 ? odd.next(random) : titleWords(random);
            String language = random.nextBoolean() ? "en" : "fr";
            int depth = random.nextBoolean()
                    ? SearchService.RESCORED
                    : 10 * (1 + random.nextInt(5)) + SearchService.RESCORED + HybridRanking.DEPTH;
            int filters = random.nextInt(3);
            long total = library.index.withSearcher(searcher -> compare(searcher, question, language, depth, filters,
                    random));
            if (total >= 0) {
                compared++;
                if (total > library.resources.size() / 3) {
                    manyMatches++;
                }
            }
        }
        assertTrue(compared > 200, "most questions have words to rank by: " + compared);
        assertTrue(manyMatches > 20, "many match a large part of the library, where the passes differ most: "
                + manyMatches);
        // A one-word question, or one without a filter, is ranked in Lucene's one pass itself: enough filtered longer
        // ones are left to compare the counted way with it.
        assertTrue(WAYS[0] > 20 && WAYS[1] > 20,
                "filtered longer questions and the others compared: " + java.util.Arrays.toString(WAYS));
    }

    /**
     * Matching's search of a challenge's words, in a library large for its candidates (common words at 50,000
     * resources): only the cheap pass's picks are scored by the whole query. Each hit listed is a match with the score
     * the whole query gives it, in order, as many as asked, and most of the best ten are those of scoring every match.
     */
    @Test
    void withFewCandidatesEachHitKeepsItsScoreAndMostOfTheBestStay() {
        Random random = new Random(Gen.seed() * 31 + 29);
        Gen<String> odd = GeneratedText.libraryWords(80);
        int before = CountedThenRanked.candidates;
        CountedThenRanked.candidates = 24;
        int[] kept = new int[2];
        int twoStage = 0;
        try {
            for (int i = 0; i < 200; i++) {
                String question = random.nextInt(4) == 0 ? odd.next(random) : titleWords(random);
                if (library.index.withSearcher(searcher -> fewCandidates(searcher, question, kept))) {
                    twoStage++;
                }
            }
        } finally {
            CountedThenRanked.candidates = before;
        }
        assertTrue(twoStage > 30, "many questions match more than the candidates: " + twoStage);
        assertTrue(kept[0] >= 0.7 * kept[1], "most of the best ten kept: " + kept[0] + " of " + kept[1]);
    }

    /** Whether the question's words matched more than the candidates (so that two stages could rank them). */
    private static boolean fewCandidates(FacetSearcher searcher, String question, int[] kept) {
        try {
            Query words = QueryInterpreter.interpret(question.strip(), library.index.analysis(),
                    searcher.getIndexReader(), true).matches();
            if (words instanceof MatchAllDocsQuery) {
                return false;
            }
            String what = "\"" + question + "\"";
            TopDocs expected = searcher.search(words, library.resources.size() * 2);
            TopDocs actual = CountedThenRanked.best(searcher, words, 10);
            java.util.Map<Integer, Float> full = new java.util.HashMap<>();
            for (var hit : expected.scoreDocs) {
                full.put(hit.doc, hit.score);
            }
            float previous = Float.POSITIVE_INFINITY;
            for (var hit : actual.scoreDocs) {
                assertTrue(full.containsKey(hit.doc), what + ": a match");
                assertEquals(full.get(hit.doc), hit.score, 1e-5f * Math.abs(hit.score), what + ": its score");
                assertTrue(hit.score <= previous, what + ": in order");
                previous = hit.score;
            }
            assertEquals(Math.min(10, expected.scoreDocs.length), actual.scoreDocs.length, what);
            if (expected.scoreDocs.length <= 4 * 10) {
                return false;
            }
            java.util.Set<Integer> best = new java.util.HashSet<>();
            for (int r = 0; r < 10; r++) {
                best.add(expected.scoreDocs[r].doc);
            }
            for (var hit : actual.scoreDocs) {
                kept[0] += best.contains(hit.doc) ? 1 : 0;
            }
            kept[1] += 10;
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String titleWords(Random random) {
        int words = 1 + random.nextInt(4);
        List<String> picked = new ArrayList<>();
        for (int w = 0; w < words; w++) {
            picked.add(TITLE_WORDS.get(random.nextInt(TITLE_WORDS.size())));
        }
        return String.join(" ", picked);
    }

    /** The total compared, or -1 when the question has nothing to rank by. */
    private static long compare(FacetSearcher searcher, String question, String language, int depth, int filters,
            Random random) {
        try {
            Query words = QueryInterpreter.interpret(question.strip(), library.index.analysis(),
                    searcher.getIndexReader(), true).matches();
            if (words instanceof MatchAllDocsQuery) {
                return -1;
            }
            FacetLabels labels = new FacetLabels(library.index.taxonomy(), language);
            DrillDownQuery drillDown = new DrillDownQuery(library.index.facetsConfig(), words);
            DrillSideways sideways = new DrillSideways(searcher, library.index.facetsConfig(), searcher.facetState());
            List<String> chosen = new ArrayList<>();
            List<String> dimensions = List.copyOf(VALUES.keySet());
            for (int f = 0; f < filters; f++) {
                String dimension = dimensions.get(random.nextInt(dimensions.size()));
                List<String> values = VALUES.get(dimension);
                String value = values.get(random.nextInt(values.size()));
                drillDown.add(dimension, value);
                chosen.add(dimension + "=" + value);
            }
            WAYS[CountedThenRanked.rankingSkips(words) && filters > 0 ? 0 : 1]++;
            String what = "\"" + question + "\" " + chosen + " depth " + depth;

            DrillSideways.DrillSidewaysResult expected = sideways.search(drillDown, depth);
            DrillSideways.DrillSidewaysResult actual = CountedThenRanked.search(searcher, sideways, drillDown,
                    depth);

            assertEquals(TotalHits.Relation.EQUAL_TO, actual.hits.totalHits.relation(), what);
            assertEquals(expected.hits.totalHits.value(), actual.hits.totalHits.value(), what + ": total");
            assertArrayEquals(docs(expected.hits), docs(actual.hits), what + ": hits and their order");
            assertArrayEquals(scores(expected.hits), scores(actual.hits), what + ": scores");
            for (String dimension : labels.dimensions()) {
                assertEquals(counts(topChildren(expected, dimension)), counts(topChildren(actual, dimension)),
                        what + ": counts of " + dimension);
            }
            return actual.hits.totalHits.value();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FacetResult topChildren(DrillSideways.DrillSidewaysResult result, String dimension)
            throws IOException {
        try {
            return result.facets.getTopChildren(200, dimension);
        } catch (IllegalArgumentException notInIndex) {
            return null;
        }
    }

    private static List<String> counts(FacetResult result) {
        List<String> counts = new ArrayList<>();
        if (result != null) {
            counts.add("total " + result.value + " children " + result.childCount);
            for (LabelAndValue value : result.labelValues) {
                counts.add(value.label + "=" + value.value);
            }
        }
        return counts;
    }

    private static int[] docs(TopDocs hits) {
        return java.util.Arrays.stream(hits.scoreDocs).mapToInt(hit -> hit.doc).toArray();
    }

    private static float[] scores(TopDocs hits) {
        float[] scores = new float[hits.scoreDocs.length];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = hits.scoreDocs[i].score;
        }
        return scores;
    }
}

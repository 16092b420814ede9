package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Ranking by meaning beside the words, on the shipped library with the real model. */
class HybridRankingTest {

    private static final Set<String> ON_OFFENDING = Set.of("tolan-2014-mentoring-delinquency-meta-analysis",
            "jolliffe-2008-mentoring-and-reoffending", "blechman-2000-mentoring-skill-training-recidivism");

    private static SearchFixture library;

    @BeforeAll
    static void buildIndex() {
        library = SearchFixture.sharedShippedLibrary();
    }

    @Test
    void theModelLoadsInTheTestJvmAndGivesUnitVectors() {
        float[] vector = SentenceEncoder.embed("How do we keep volunteers from quitting?");
        assertNotNull(vector, "the model loads from its jar with its native library");
        assertEquals(SentenceEncoder.DIMENSIONS, vector.length);
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        assertEquals(1.0, norm, 1e-3);
    }

    /** Found by generated input: text Java does not call blank but the model's tokenizer reduces to nothing. */
    @Test
    void aSearchOfInvisibleOrSymbolOnlyCharactersIsAnsweredByWordsAlone() {
        for (String typed : List.of("\u200B", "\uFEFF\u200B", "\u00A0\u3000", "🙂 👍🏿", "« » — …", "\u0301\u0301",
                "\u200F\u202E", "𝔪𝔢𝔫𝔱𝔬𝔯")) {
            if (typed.codePoints().noneMatch(Character::isLetterOrDigit)) {
                assertNull(SentenceEncoder.embed(typed), "no meaning to embed in " + typed.codePoints().boxed()
                        .toList());
            }
            try {
                SearchResult results = library.search.search(new SearchRequest(typed, Map.of(), null, null,
                        SearchRequest.Order.RELEVANCE, 1, 10, "en"));
                assertNotNull(results, typed);
            } catch (BadQueryException refused) {
                // No word to search for: refused with a message, as the search page and API show it.
                org.junit.jupiter.api.Assertions.assertEquals(BadQueryException.WITHOUT_WORDS, refused.code(), typed);
            }
        }
    }

    @Test
    void aQuestionInOtherWordsFindsTheResourcesAboutItByMeaning() {
        // None of these words is in the three titles (they speak of delinquency, reoffending and rearrests).
        float[] meaning = SentenceEncoder.embed("teenagers who keep getting in trouble with the police");
        List<String> nearest = library.index.withSearcher(searcher -> {
            try {
                List<String> ids = new ArrayList<>();
                for (ScoreDoc hit : HybridRanking.nearest(searcher, meaning, null, 5).scoreDocs) {
                    ids.add(searcher.storedFields().document(hit.doc).get(Fields.ID));
                }
                return ids;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertTrue(nearest.stream().anyMatch(ON_OFFENDING::contains), nearest.toString());
    }

    @Test
    void anItemBothRankingsPutHighBeatsOneOnlyOneRankingPutsFirst() {
        TopDocs words = topDocs(1, 2, 3);
        TopDocs meaning = topDocs(4, 2, 5);
        TopDocs fused = HybridRanking.fuse(words, meaning, 10, 1.0);
        assertEquals(2, fused.scoreDocs[0].doc);
        assertEquals(5, fused.scoreDocs.length, "each item once");
        assertEquals(3 + 2, fused.totalHits.value(), "the word matches plus the items only the meaning found");
    }

    /**
     * A match by words that holds little of the query's topic (found by its common words) no longer outranks, by its
     * place by words alone, the next match by words that holds the topic and that the meaning puts above it: before
     * stop 58 every match by words counted fully, and the words' weight (1.2 against the meaning's 1) kept the
     * off-topic one first. Generated: 200 rankings, the pair at any adjacent places of the first 30 by words.
     */
    @Test
    void aMatchByWordsOffTheTopicCountsLessThanOneOnIt() {
        java.util.Random random = new java.util.Random(58);
        for (int round = 0; round < 200; round++) {
            List<Integer> docs = new java.util.ArrayList<>(java.util.stream.IntStream.range(0, 40).boxed().toList());
            java.util.Collections.shuffle(docs, random);
            int at = random.nextInt(30);
            int offTopic = docs.get(at);
            int onTopic = docs.get(at + 1);
            List<Integer> near = new java.util.ArrayList<>(docs);
            near.remove(Integer.valueOf(offTopic));
            near.add(near.indexOf(onTopic) + 1, offTopic);
            Set<Integer> holding = new java.util.HashSet<>(docs);
            holding.remove(offTopic);
            TopDocs words = topDocs(docs.stream().mapToInt(Integer::intValue).toArray());
            TopDocs meaning = topDocs(near.stream().mapToInt(Integer::intValue).toArray());
            List<Integer> before = ids(HybridRanking.fuse(words, meaning, 100, 1.0, null));
            List<Integer> after = ids(HybridRanking.fuse(words, meaning, 100, 1.0, holding));
            assertTrue(before.indexOf(offTopic) < before.indexOf(onTopic), "all counted fully: " + before);
            assertTrue(after.indexOf(onTopic) < after.indexOf(offTopic), "at " + at + ": " + after);
            assertEquals(new java.util.HashSet<>(before), new java.util.HashSet<>(after), "the same items");
        }
    }

    private static List<Integer> ids(TopDocs docs) {
        return java.util.Arrays.stream(docs.scoreDocs).map(d -> d.doc).toList();
    }

    @Test
    void withoutWeightTheMeaningChangesNothing() {
        TopDocs fused = HybridRanking.fuse(topDocs(7, 8, 9), topDocs(9, 8, 1), 3, 0.0);
        assertEquals(List.of(7, 8, 9), java.util.Arrays.stream(fused.scoreDocs).map(d -> d.doc).toList());
    }

    @Test
    void authorsNamesAndYearsAreSearchedByTheirWordsAndSentencesByTheirMeaning() throws IOException {
        double names = library.index.withSearcher(s -> weight("Spencer 2007", s));
        double sentence = library.index.withSearcher(
                s -> weight("how can our volunteer mentors keep teenagers engaged through the whole school year", s));
        double twoWords = library.index.withSearcher(s -> weight("staff turnover", s));
        assertEquals(0.0, names);
        assertEquals(1.0, sentence);
        assertTrue(twoWords > 0 && twoWords < 1, "a few words count a little: " + twoWords);
    }

    @Test
    void operatorsAndFrenchReadersAreSearchedByWordsOnly() {
        assertNull(HybridRanking.queryMeaning("\"match closure\" -school", "en"));
        assertNull(HybridRanking.queryMeaning("mentorat OR tutorat", "en"));
        assertNull(HybridRanking.queryMeaning("comment garder nos bénévoles", "fr"));
        assertNotNull(HybridRanking.queryMeaning("how to keep our volunteers", "en"));
    }

    private static double weight(String query, FacetSearcher searcher) {
        try {
            return HybridRanking.meaningWeight(query, searcher.getIndexReader());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static TopDocs topDocs(int... docs) {
        ScoreDoc[] hits = new ScoreDoc[docs.length];
        for (int i = 0; i < docs.length; i++) {
            hits[i] = new ScoreDoc(docs[i], docs.length - i);
        }
        return new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), hits);
    }
}

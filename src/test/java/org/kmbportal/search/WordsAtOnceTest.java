package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.junit.jupiter.api.Test;
import org.kmbportal.library.ResourceContent;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;

/**
 * A search's words scored a window of documents at a time (where every match is scored) rank exactly as the query
 * itself: on the shipped library, for generated questions of one to five words in both languages (the library's
 * title words, odd library words, capitals, elisions, accents), every match with the very same score to the bit, in
 * the same order, the same total, and the same facet counts in Lucene's one pass with its counts.
 */
class WordsAtOnceTest {

    @Test
    void everyMatchWithTheSameScoreTotalAndCounts() {
        SearchFixture library = SearchFixture.sharedShippedLibrary();
        List<String> titleWords = new ArrayList<>();
        for (ResourceContent resource : library.resources) {
            for (String word : resource.title().split("[\\s,:;.?!()«»\"]+")) {
                if (word.length() > 1) {
                    titleWords.add(word);
                }
            }
        }
        Random random = new Random(Gen.seed() * 31 + 41);
        Gen<String> odd = GeneratedText.libraryWords(80);
        int[] windowed = new int[2];
        for (int i = 0; i < 300; i++) {
            String question;
            if (random.nextInt(4) == 0) {
                question = odd.next(random);
            } else {
                List<String> picked = new ArrayList<>();
                for (int w = 0, n = 1 + random.nextInt(5); w < n; w++) {
                    String word = titleWords.get(random.nextInt(titleWords.size()));
                    picked.add(random.nextInt(5) == 0 ? word.toUpperCase(java.util.Locale.ROOT) : word);
                }
                question = String.join(" ", picked);
            }
            String language = random.nextBoolean() ? "en" : "fr";
            library.index.withSearcher(searcher -> compare(library, searcher, question, language, windowed));
        }
        // The others (a last word that may still be being typed, phrases, ages) are left as they are.
        assertTrue(windowed[0] > 60, "many questions are words only, scored a window at a time: " + windowed[0]);
        assertTrue(windowed[1] > 20, "many of them of several words: " + windowed[1]);
    }

    private static Void compare(SearchFixture library, FacetSearcher searcher, String question, String language,
            int[] windowed) {
        try {
            Query words = QueryInterpreter.interpret(question.strip(),
                    library.index.analysis().forReader(language), searcher.getIndexReader(), true).matches();
            if (words instanceof MatchAllDocsQuery) {
                return null;
            }
            Query atOnce = WordsAtOnce.of(words);
            if (atOnce instanceof WordsAtOnce) {
                windowed[0]++;
                windowed[1] += words instanceof org.apache.lucene.search.BooleanQuery ? 1 : 0;
            }
            String what = "\"" + question + "\" (" + language + ")";
            int all = searcher.getIndexReader().maxDoc();
            TopDocs expected = searcher.search(words, new TopScoreDocCollectorManager(all, Integer.MAX_VALUE));
            TopDocs actual = searcher.search(atOnce, new TopScoreDocCollectorManager(all, Integer.MAX_VALUE));
            assertEquals(expected.totalHits, actual.totalHits, what);
            assertEquals(expected.scoreDocs.length, actual.scoreDocs.length, what);
            for (int r = 0; r < expected.scoreDocs.length; r++) {
                assertEquals(expected.scoreDocs[r].doc, actual.scoreDocs[r].doc, what + ": place " + r);
                assertEquals(Float.floatToIntBits(expected.scoreDocs[r].score),
                        Float.floatToIntBits(actual.scoreDocs[r].score), what + ": score at place " + r);
            }
            DrillSideways sideways = new FacetCounts.Sideways(searcher, library.index.facetsConfig());
            DrillSideways.DrillSidewaysResult one = sideways
                    .search(new DrillDownQuery(library.index.facetsConfig(), words), 20);
            DrillSideways.DrillSidewaysResult other = sideways
                    .search(new DrillDownQuery(library.index.facetsConfig(), atOnce), 20);
            for (String dimension : new FacetLabels(library.index.taxonomy(), language).dimensions()) {
                assertEquals(String.valueOf(one.facets.getTopChildren(100, dimension)),
                        String.valueOf(other.facets.getTopChildren(100, dimension)), what + ": " + dimension);
            }
            assertEquals(java.util.Arrays.toString(one.hits.scoreDocs), java.util.Arrays.toString(other.hits.scoreDocs),
                    what);
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

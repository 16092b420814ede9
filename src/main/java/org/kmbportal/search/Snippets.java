package org.kmbportal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Highlighted snippets with the unified highlighter, from offsets stored in the postings (no re-analysis): the
 * passage of a hit's notes, else of its body, that best matches the query, escaped, with matches in {@code <mark>}.
 * The highlighter reads the query's terms per field ("weight matches" off): with weight matches it would rewrite the
 * whole query and build its weight (a term lookup for every word in every weighted field) again for each hit and
 * field, which made highlighting half the cost of a search. Phrases still highlight only where they occur.
 */
final class Snippets {

    private static final String[] FIELDS = {"notes_en", "body_en", "notes_fr", "body_fr"};
    private static final int MAX_LENGTH = 20_000;

    private Snippets() {
    }

    static String[] forHits(IndexSearcher searcher, Analyzer analyzer, Query query, int[] docIds) {
        String[] snippets = new String[docIds.length];
        if (docIds.length == 0) {
            return snippets;
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true)).withMaxLength(MAX_LENGTH)
                .withBreakIterator(() -> BreakIterator.getSentenceInstance(Locale.ROOT)).withWeightMatches(false)
                .build();
        try {
            Map<String, String[]> found = highlighter.highlightFields(FIELDS, query, docIds, new int[]{1, 1, 1, 1});
            for (int i = 0; i < docIds.length; i++) {
                snippets[i] = best(found, i);
            }
            return snippets;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String best(Map<String, String[]> found, int i) {
        String fallback = null;
        for (String field : FIELDS) {
            String passage = found.get(field)[i];
            if (passage != null && passage.contains("<mark>")) {
                return passage;
            }
            if (fallback == null && passage != null && field.startsWith("notes")) {
                fallback = passage;
            }
        }
        return fallback == null ? "" : fallback;
    }
}

package org.kmbportal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
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

    /**
     * The fewest characters a passage holds, from its start: a sentence shorter than this runs on into the next, so a
     * list item's bold lead ("**Burnout.** Youth have school, jobs and families.") is shown with what it leads, not
     * as "Burnout." alone.
     */
    static final int MIN_PASSAGE = 60;

    private Snippets() {
    }

    static String[] forHits(IndexSearcher searcher, Analyzer analyzer, Query query, int[] docIds) {
        return forHits(searcher, analyzer, query, docIds, null);
    }

    /**
     * @param read
     *            the hits' stored documents as already read, parallel to {@code docIds} (null for one not read, or
     *            none): the highlighter takes their texts instead of decompressing the same documents again
     */
    static String[] forHits(IndexSearcher searcher, Analyzer analyzer, Query query, int[] docIds, Document[] read) {
        String[] snippets = new String[docIds.length];
        if (docIds.length == 0) {
            return snippets;
        }
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true)).withMaxLength(MAX_LENGTH)
                .withBreakIterator(() -> LengthGoalBreakIterator.createMinLength(BreakIterator.getSentenceInstance(
                        Locale.ROOT), MIN_PASSAGE, 0f))
                .withWeightMatches(false);
        UnifiedHighlighter highlighter = new Highlighter(builder, searcher, docIds, read);
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

    /**
     * Lucene's highlighter, with the searcher's fields merged once ({@link FacetSearcher#fieldInfos}) and the texts of
     * the documents a page has read already taken from them. A text is what Lucene's own reading gives: each value of
     * the field in the stored order, joined by its separator, cut at the highlighter's maximum length.
     */
    private static final class Highlighter extends UnifiedHighlighter {

        private final IndexSearcher reading;
        private final Map<Integer, Document> read = new HashMap<>();

        Highlighter(UnifiedHighlighter.Builder builder, IndexSearcher searcher, int[] docIds, Document[] docs) {
            super(builder);
            this.reading = searcher;
            for (int i = 0; docs != null && i < docIds.length; i++) {
                if (docs[i] != null) {
                    read.putIfAbsent(docIds[i], docs[i]);
                }
            }
        }

        @Override
        protected FieldInfo getFieldInfo(String field) {
            return reading instanceof FacetSearcher merged
                    ? merged.fieldInfos().fieldInfo(field)
                    : super.getFieldInfo(field);
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                throws IOException {
            if (read.isEmpty()) {
                return super.loadFieldValues(fields, docs, cacheCharsThreshold);
            }
            List<CharSequence[]> texts = new ArrayList<>();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                Document stored = read.get(doc);
                texts.add(texts(fields, stored != null ? stored : reading.storedFields().document(doc)));
            }
            return texts;
        }

        /** As Lucene's {@code LimitedStoredFieldVisitor} reads them. */
        private CharSequence[] texts(String[] fields, Document doc) {
            int max = getMaxLength();
            CharSequence[] values = new CharSequence[fields.length];
            for (int f = 0; f < fields.length; f++) {
                for (String value : doc.getValues(fields[f])) {
                    CharSequence current = values[f];
                    if (current == null) {
                        values[f] = value.substring(0, Math.min(max, value.length()));
                        continue;
                    }
                    int budget = max - current.length();
                    if (budget <= 0) {
                        continue;
                    }
                    StringBuilder joined = current instanceof StringBuilder builder
                            ? builder
                            : new StringBuilder(current.length() + Math.min(budget, value.length() + 256))
                                    .append(current);
                    joined.append(MULTIVAL_SEP_CHAR).append(value, 0, Math.min(budget - 1, value.length()));
                    values[f] = joined;
                }
            }
            return values;
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

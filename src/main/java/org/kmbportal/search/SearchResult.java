package org.kmbportal.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a search.
 *
 * @param facets
 *            dimension to its values with counts; each dimension's counts ignore that dimension's own filter (drill
 *            sideways), so they stay right while filtered
 * @param suggestion
 *            "did you mean": a corrected query, or null
 * @param corrected
 *            true when the hits are those of the suggestion because the query as typed found nothing
 */
public record SearchResult(long total, int page, int size, List<Hit> hits, Map<String, List<FacetValue>> facets,
        String suggestion, boolean corrected) {

    /**
     * One found item; {@code snippet} is HTML-escaped text where matches are wrapped in {@code <mark>}.
     *
     * @param alsoIn
     *            the id of the same resource in the other language, or null when it has no published translation
     * @param alsoInLanguage
     *            that version's language, or null
     */
    public record Hit(String id, String type, String title, String language, Integer year, float score,
            String snippet, String alsoIn, String alsoInLanguage) {

        public Hit(String id, String type, String title, String language, Integer year, float score,
                String snippet) {
            this(id, type, title, language, year, score, snippet, null, null);
        }

        /** Whether the resource also exists in the other language. */
        public boolean hasTranslation() {
            return alsoIn != null;
        }
    }

    /** A value of a facet with the number of hits that have it. */
    public record FacetValue(String key, String label, long count) {
    }

    SearchResult withSuggestion(String newSuggestion, boolean isCorrected) {
        return new SearchResult(total, page, size, hits, facets, newSuggestion, isCorrected);
    }

    public int pageCount() {
        return (int) Math.max(1, Math.min(SearchRequest.MAX_DEPTH / size, (total + size - 1) / size));
    }
}

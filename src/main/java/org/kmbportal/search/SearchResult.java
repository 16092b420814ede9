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
 * @param offered
 *            what the suggestion is to the reader: another spelling, the same words searched everywhere (a field search
 *            found nothing), or the same words without their quotation marks (an exact phrase found nothing)
 * @param strong
 *            how many of the total are strong matches (above the relevance floor, {@link StrongMatches}), listed
 *            first; -1 when not counted (newest first, or no words)
 */
public record SearchResult(long total, int page, int size, List<Hit> hits, Map<String, List<FacetValue>> facets,
        String suggestion, boolean corrected, long strong, Offer offered) {

    /** What a suggestion offers: the page words each differently, and never offers what was typed. */
    public enum Offer {
        SPELLING, EVERYWHERE, WITHOUT_QUOTES
    }

    public SearchResult(long total, int page, int size, List<Hit> hits, Map<String, List<FacetValue>> facets,
            String suggestion, boolean corrected, long strong) {
        this(total, page, size, hits, facets, suggestion, corrected, strong, Offer.SPELLING);
    }

    public SearchResult(long total, int page, int size, List<Hit> hits, Map<String, List<FacetValue>> facets,
            String suggestion, boolean corrected) {
        this(total, page, size, hits, facets, suggestion, corrected, -1);
    }

    /**
     * One found item; {@code snippet} is HTML-escaped text where matches are wrapped in {@code <mark>}.
     *
     * @param alsoIn
     *            the id of the same resource in the other language, or null when it has no published translation
     * @param alsoInLanguage
     *            that version's language, or null
     * @param strong
     *            whether it is a strong match (above the relevance floor)
     */
    public record Hit(String id, String type, String title, String language, Integer year, float score,
            String snippet, String alsoIn, String alsoInLanguage, boolean strong) {

        public Hit(String id, String type, String title, String language, Integer year, float score,
                String snippet) {
            this(id, type, title, language, year, score, snippet, null, null, false);
        }

        public Hit(String id, String type, String title, String language, Integer year, float score,
                String snippet, String alsoIn, String alsoInLanguage) {
            this(id, type, title, language, year, score, snippet, alsoIn, alsoInLanguage, false);
        }

        Hit asStrong(boolean isStrong) {
            return new Hit(id, type, title, language, year, score, snippet, alsoIn, alsoInLanguage, isStrong);
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
        return withOffer(newSuggestion, isCorrected, Offer.SPELLING);
    }

    SearchResult withOffer(String newSuggestion, boolean isCorrected, Offer offer) {
        return new SearchResult(total, page, size, hits, facets, newSuggestion, isCorrected, strong, offer);
    }

    /** Whether strong matches were counted apart from the rest (and the page says so). */
    public boolean strongCounted() {
        return strong > 0 && total > 0;
    }

    /**
     * How many results answer the query, as statistics of searches keep it: the strong matches where they are counted
     * (a search whose results only share a common word with it, or whose words the library holds nowhere, found
     * nothing: "zzqx quokka mentoring"), else every result.
     */
    public long found() {
        return strong >= 0 ? Math.min(strong, total) : total;
    }

    /** How many results are related but below the relevance floor. */
    public long related() {
        return strongCounted() ? Math.max(0, total - strong) : 0;
    }

    /** Whether the hit at this index of the page is the first one below the relevance floor. */
    public boolean moreResultsStartAt(int index) {
        return strongCounted() && strong > 0 && (long) (page - 1) * size + index == strong;
    }

    public int pageCount() {
        return (int) Math.max(1, Math.min(SearchRequest.MAX_DEPTH / size, (total + size - 1) / size));
    }
}

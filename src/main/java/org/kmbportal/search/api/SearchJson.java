package org.kmbportal.search.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kmbportal.search.IndexStatus;
import org.kmbportal.search.SearchResult;
import org.kmbportal.search.Suggestions;

/** The answers of the search endpoints, as DESIGN.md gives them: records JSON-B writes and {@code /openapi} describes. */
public final class SearchJson {

    private SearchJson() {
    }

    @Schema(name = "SearchAnswer", description = "A page of hits with the facets' counts.")
    public record Answer(long total,
            @Schema(description = "How many of the hits are strong matches (listed first); absent when the query ranks nothing", nullable = true) Long strong,
            int page, int size, List<Hit> hits,
            @Schema(description = "Each dimension (topic, audience, type, language, …) to its values with counts") Map<String, List<FacetCount>> facets,
            @Schema(description = "\"Did you mean\": a corrected query; when nothing was found, the same words searched everywhere (a field search) or without their quotation marks (an exact phrase); never the query itself; or null") @JsonbNillable String suggestion,
            @Schema(description = "What the search read differently from what was asked, in the reader's language, to show above the hits: only the first 40 words of a longer query searched, years given the wrong way round read in order; empty when none") List<String> notices) {
    }

    @Schema(name = "SearchHit", description = "A found resource; the snippet is escaped HTML with matches in <mark>.")
    public record Hit(String id, @Schema(enumeration = {
            "research-summary", "practice-guide", "collection"}) String type, String title,
            String language, @JsonbNillable Integer year,
            @Schema(description = "The hit's place in the ranking as a score, 1 / (10 + place), place 1 first across"
                    + " pages (in a list of related resources, the first is place 1); on one scale whatever"
                    + " Accept-Language, the hits listed in its order. A search's ranking fuses the ranking by words and the ranking by meaning (by reciprocal rank), then"
                    + " lists strong matches and exact titles first: no single engine score orders it, so the place"
                    + " is what is published. Compare scores within one search only.") float score,
            @JsonbNillable String snippet,
            @Schema(name = "also_in", description = "The same resource in the other language, when published") @JsonbProperty("also_in") Translation alsoIn,
            @Schema(description = "Whether it is a strong match (above the relevance floor), listed before the rest") boolean strong){
    }

    @Schema(name = "TranslationLink", description = "The same resource in another language.")
    public record Translation(String id, String language) {
    }

    @Schema(name = "FacetCount", description = "A value of a facet with the number of hits that have it.")
    public record FacetCount(String key, String label, long count) {
    }

    @Schema(name = "RelatedResources")
    public record Related(List<Hit> hits) {
    }

    @Schema(name = "SuggestAnswer", description = "Topics, authors and titles that begin with what was typed.")
    public record Suggest(@Schema(description = "The texts alone") List<String> suggestions, List<Suggestion> items) {
    }

    @Schema(name = "Suggestion", description = "A suggestion; a title also names the resource it belongs to.")
    public record Suggestion(String text, @Schema(enumeration = {
            "topic", "author", "title"}) String kind,
            @Schema(description = "For a title: the resource's type") String type,
            @Schema(description = "For a title: the resource's id") String id,
            @Schema(description = "For a vocabulary term: the search filter it is (topic, audience, program_model, population, setting), to apply it as /api/search?{facet}={value}") String facet,
            @Schema(description = "For a vocabulary term: its key, the filter's value") String value,
            @Schema(name = "facet_label", description = "For a vocabulary term: what the filter is, in the language asked (\"Audience\")") @JsonbProperty("facet_label") String facetLabel){
    }

    @Schema(name = "IndexState", description = "The search index compared with the database, and the rebuild.")
    public record IndexState(long generation, long documents, long published,
            @Schema(name = "applied_seq") @JsonbProperty("applied_seq") long appliedSeq,
            @Schema(name = "last_seq") @JsonbProperty("last_seq") long lastSeq,
            boolean consistent, Discrepancy missing, Discrepancy stale, Discrepancy orphaned,
            RebuildProgress rebuild) {
    }

    @Schema(name = "IndexDiscrepancy", description = "How many resources are in this state, with a few of their ids.")
    public record Discrepancy(long count, List<String> examples) {
    }

    @Schema(name = "RebuildProgress", description = "Where a full rebuild of the index stands.")
    public record RebuildProgress(@Schema(example = "idle") String state, long done, long total, int percent,
            @Schema(name = "per_second") @JsonbProperty("per_second") long perSecond,
            @Schema(description = "Why it failed, if it did") String message) {
    }

    public static Answer result(SearchResult result) {
        return result(result, List.of());
    }

    /** The answer with what the search says about how it read the query and the years. */
    public static Answer result(SearchResult result, List<String> notices) {
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        result.facets().forEach((dimension, values) -> facets.put(dimension,
                values.stream().map(v -> new FacetCount(v.key(), v.label(), v.count())).toList()));
        return new Answer(result.total(), result.strong() >= 0 ? Long.valueOf(result.strong()) : null, result.page(),
                result.size(),
                byPlace(hits(result.hits()), (result.page() - 1) * result.size()), facets,
                result.suggestion(), List.copyOf(notices));
    }

    /**
     * The hits with their place's score: the engine's scores were on one scale for English readers (fused ranks) and
     * another for French ones (by words alone), and the hits moved after scoring were out of their order (user session
     * us55).
     */
    static List<Hit> byPlace(List<Hit> hits, int before) {
        List<Hit> placed = new java.util.ArrayList<>(hits.size());
        for (int i = 0; i < hits.size(); i++) {
            Hit h = hits.get(i);
            placed.add(new Hit(h.id(), h.type(), h.title(), h.language(), h.year(), placeScore(before + i + 1),
                    h.snippet(), h.alsoIn(), h.strong()));
        }
        return placed;
    }

    /** The score of a place in the ranking (1 first): 1 / (10 + place). */
    static float placeScore(int place) {
        return (float) (1.0 / (10 + place));
    }

    /**
     * Related resources, scored by their place as a search's hits are: the engine's score of a more-like-this query
     * (a raw number such as 37.2, on a scale of its own) read as comparable with search scores (user session us57).
     */
    public static Related related(List<SearchResult.Hit> hits) {
        return new Related(byPlace(hits(hits), 0));
    }

    public static List<Hit> hits(List<SearchResult.Hit> hits) {
        return hits.stream().map(hit -> new Hit(hit.id(), hit.type(), hit.title(), hit.language(), hit.year(),
                hit.score(), hit.snippet(),
                hit.hasTranslation() ? new Translation(hit.alsoIn(), hit.alsoInLanguage()) : null, hit.strong()))
                .toList();
    }

    static Suggest suggest(List<Suggestions.Suggestion> found) {
        return new Suggest(found.stream().map(Suggestions.Suggestion::text).toList(),
                found.stream().map(s -> new Suggestion(s.text(), s.kind(), s.id() == null ? null : s.type(), s.id(),
                        s.facet(), s.value(), s.facetLabel()))
                        .toList());
    }

    static IndexState state(IndexStatus s, org.kmbportal.search.RebuildProgress rebuild) {
        return new IndexState(s.generation(), s.documents(), s.published(), s.appliedSeq(), s.lastSeq(),
                s.consistent(), new Discrepancy(s.missingCount(), s.missing()),
                new Discrepancy(s.staleCount(), s.stale()), new Discrepancy(s.orphanedCount(), s.orphaned()),
                progress(rebuild));
    }

    static RebuildProgress progress(org.kmbportal.search.RebuildProgress p) {
        return new RebuildProgress(p.state(), p.done(), p.total(), p.percent(), Math.round(p.perSecond()),
                p.message().isEmpty() ? null : p.message());
    }
}

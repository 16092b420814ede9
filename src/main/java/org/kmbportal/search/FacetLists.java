package org.kmbportal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.range.LongRange;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * The facet values a search lists beside its results: each dimension's values with their labels in the reader's
 * language and their counts, a vocabulary's in the taxonomy's order, and the decades.
 */
final class FacetLists {

    private FacetLists() {
    }

    static Map<String, List<SearchResult.FacetValue>> of(Facets counts, FacetLabels labels)
            throws IOException {
        Map<String, List<SearchResult.FacetValue>> facets = new LinkedHashMap<>();
        for (String dimension : labels.dimensions()) {
            List<SearchResult.FacetValue> values = new ArrayList<>();
            FacetResult result = topChildren(counts, dimension);
            if (result != null) {
                for (LabelAndValue value : result.labelValues) {
                    values.add(new SearchResult.FacetValue(value.label, labels.label(dimension, value.label),
                            value.value.longValue()));
                }
            }
            if (labels.vocabulary(dimension) != null) {
                List<String> order = labels.vocabulary(dimension).terms().stream().map(t -> t.key()).toList();
                values.sort(java.util.Comparator.comparingInt(v -> order.indexOf(v.key())));
            }
            facets.put(dimension, values);
        }
        return facets;
    }

    private static FacetResult topChildren(Facets counts, String dimension) throws IOException {
        try {
            return counts.getTopChildren(200, dimension);
        } catch (IllegalArgumentException notInIndex) {
            return null;
        }
    }

    static FacetsCollector hitsOf(IndexSearcher searcher, Query query) throws IOException {
        return FacetsCollectorManager.search(searcher, query, 1, new FacetsCollectorManager()).facetsCollector();
    }

    /** Counts by decade, for the hits as filtered by everything but the years (so the counts stay meaningful). */
    static List<SearchResult.FacetValue> years(FacetSearcher searcher, FacetsCollector collector,
            FacetLabels labels) throws IOException {
        List<LongRange> ranges = FacetLabels.yearRanges();
        int[] counts = FacetCounts.inRanges(searcher.facetValues(), collector, ranges.toArray(LongRange[]::new));
        List<SearchResult.FacetValue> values = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                String label = ranges.get(i).label;
                values.add(new SearchResult.FacetValue(label, labels.yearLabel(label), counts[i]));
            }
        }
        return values;
    }
}

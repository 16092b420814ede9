package org.kmbportal.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kmbportal.search.CatalogEntry;

/**
 * How many items of one catalog carry each value of each shared dimension, and from that how common an
 * organization's values are in the library ({@link Ranker#UNTAGGED}).
 *
 * @param catalog
 *            the catalog counted (the search keeps one list per index refresh and language: the counts are kept
 *            against it)
 * @param byDimension
 *            dimension to value to the number of the catalog's items tagged with it
 * @param madeFor
 *            language to context facet to the values some item in that language is made for ({@code applies_when})
 */
record CatalogValueCounts(List<CatalogEntry> catalog, Map<String, Map<String, Integer>> byDimension,
        Map<String, Map<String, Set<String>>> madeFor) {

    /** No catalog: every value is as rare as can be (a resource scored alone). */
    static final CatalogValueCounts NONE = new CatalogValueCounts(List.of(), Map.of(), Map.of());

    /** One pass over the catalog's terms of those dimensions. */
    static CatalogValueCounts of(List<CatalogEntry> catalog, Set<String> dimensions) {
        Map<String, Map<String, Integer>> byDimension = new HashMap<>();
        for (String dimension : dimensions) {
            Map<String, Integer> values = new HashMap<>();
            for (CatalogEntry entry : catalog) {
                for (String value : entry.terms(dimension)) {
                    values.merge(value, 1, Integer::sum);
                }
            }
            byDimension.put(dimension, values);
        }
        Map<String, Map<String, Set<String>>> madeFor = new HashMap<>();
        for (CatalogEntry entry : catalog) {
            entry.conditions().forEach((facet, values) -> madeFor.computeIfAbsent(entry.language(),
                    l -> new HashMap<>()).computeIfAbsent(facet, f -> new java.util.HashSet<>()).addAll(values));
        }
        return new CatalogValueCounts(catalog, byDimension, madeFor);
    }

    /** The values of the context facet that some item of the catalog in the language is made for. */
    Set<String> madeFor(String facet, String language) {
        return madeFor.getOrDefault(language, Map.of()).getOrDefault(facet, Set.of());
    }

    /**
     * How common in the catalog the values are, from 0 (none given, one of them is nowhere, or no catalog) to nearly
     * 1 (every one is on nearly every item): 1 less the greatest specificity of the values,
     * ln(items / items with it) / ln(items).
     */
    double common(String dimension, List<String> values) {
        int items = catalog.size();
        if (items <= 1 || values.isEmpty()) {
            return 0;
        }
        Map<String, Integer> tagged = byDimension.getOrDefault(dimension, Map.of());
        double specific = 0;
        for (String value : values) {
            int with = tagged.getOrDefault(value, 0);
            specific = Math.max(specific, with == 0 ? 1 : Math.log((double) items / with) / Math.log(items));
        }
        return 1 - specific;
    }
}

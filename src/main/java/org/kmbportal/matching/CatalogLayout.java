package org.kmbportal.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kmbportal.search.CatalogEntry;

/**
 * One catalog laid out for the ranking pass, by the entries' places in it: each entry's terms of each shared dimension
 * and the strength of its evidence, and where each id is. Worked out once per catalog (the search keeps one list per
 * index refresh and language), so that ranking 50,000 entries reads arrays instead of looking each entry's terms and
 * its challenge relevance up in hash maps (half of a match's ranking at 50,000 resources: bench/README.md, stop 48).
 * The same lists and numbers as the entries give.
 */
final class CatalogLayout {

    /** No catalog (a resource scored alone): nothing laid out. */
    static final CatalogLayout NONE = new CatalogLayout(List.of(), List.of());

    private final List<CatalogEntry> catalog;
    final CatalogEntry[] entries;
    /** By dimension (in the order given), by place: the entry's terms of it ({@link CatalogEntry#terms}). */
    private final List<?>[][] terms;
    /** By place: the strength of the entry's evidence ({@link Ranker#evidence}). */
    final double[] evidence;
    /** By id: its first place; {@link #sameId} chains the others (an id is normally once in a catalog). */
    private final Map<String, Integer> first;
    private final int[] sameId;

    private CatalogLayout(List<CatalogEntry> catalog, List<String> dimensions) {
        this.catalog = catalog;
        this.entries = catalog.toArray(CatalogEntry[]::new);
        this.terms = new List<?>[dimensions.size()][entries.length];
        this.evidence = new double[entries.length];
        this.first = new HashMap<>();
        this.sameId = new int[entries.length];
        int[] last = new int[entries.length];
        for (int at = 0; at < entries.length; at++) {
            CatalogEntry entry = entries[at];
            for (int d = 0; d < dimensions.size(); d++) {
                terms[d][at] = entry.terms(dimensions.get(d));
            }
            evidence[at] = Ranker.evidence(entry);
            sameId[at] = -1;
            Integer before = first.putIfAbsent(entry.id(), at);
            if (before != null) {
                int tail = last[before];
                sameId[tail] = at;
                last[before] = at;
            } else {
                last[at] = at;
            }
        }
    }

    /** The layout of the catalog, the one given when it is of the same list. */
    static CatalogLayout of(List<CatalogEntry> catalog, List<String> dimensions, CatalogLayout known) {
        return known.catalog == catalog ? known : new CatalogLayout(catalog, dimensions);
    }

    /** The entry's terms of the dimension (its place in {@link Ranker#OVERLAPS}). */
    @SuppressWarnings("unchecked")
    List<String> terms(int dimension, int at) {
        return (List<String>) terms[dimension][at];
    }

    /** Each place's challenge relevance (0 where the text does not reach the entry), as the map gives it by id. */
    float[] challenges(Map<String, Float> relevance) {
        float[] byPlace = new float[entries.length];
        relevance.forEach((id, score) -> {
            Integer at = first.get(id);
            for (int place = at == null ? -1 : at; place >= 0; place = sameId[place]) {
                byPlace[place] = score;
            }
        });
        return byPlace;
    }
}

package org.kmbportal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.MultiFacets;
import org.apache.lucene.facet.range.LongRange;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSet;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;

/**
 * A search's facet counts from the facet values its searcher holds in memory ({@link FacetValues}): the same counts,
 * in the same order, as Lucene's {@code SortedSetDocValuesFacetCounts}, which decodes each match's values from the
 * doc values (a seventh of a search that matched most of 50,000 resources). Flat dimensions only, as the index has.
 */
final class FacetCounts extends Facets {

    private final SortedSetDocValuesReaderState state;
    private final SortedSetDocValues labels;
    private final int[] counts;

    FacetCounts(SortedSetDocValuesReaderState state, FacetValues.Segment[] values, FacetsCollector hits)
            throws IOException {
        this.state = state;
        this.labels = state.getDocValues();
        this.counts = new int[state.getSize()];
        // Several segments: each counts in its own ordinals, then adds them to the reader's (the same terms).
        OrdinalMap global = labels instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
        for (FacetsCollector.MatchingDocs matching : hits.getMatchingDocs()) {
            FacetValues.Segment segment = values[matching.context().ord];
            DocIdSetIterator docs = iterator(matching.bits());
            if (docs == null) {
                continue;
            }
            if (global == null) {
                count(segment, docs, counts);
                continue;
            }
            int[] own = new int[segment.valueCount()];
            count(segment, docs, own);
            LongValues toGlobal = global.getGlobalOrds(matching.context().ord);
            for (int ord = 0; ord < own.length; ord++) {
                if (own[ord] != 0) {
                    counts[(int) toGlobal.get(ord)] += own[ord];
                }
            }
        }
    }

    private static DocIdSetIterator iterator(DocIdSet bits) throws IOException {
        return bits == null ? null : bits.iterator();
    }

    private static void count(FacetValues.Segment segment, DocIdSetIterator docs, int[] into) throws IOException {
        int[] starts = segment.starts();
        int[] ords = segment.ords();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            for (int i = starts[doc]; i < starts[doc + 1]; i++) {
                into[ords[i]]++;
            }
        }
    }

    /**
     * A dimension's values with their counts, most first, on a tie in the order of their terms (as Lucene orders
     * them); the dimension's count is the sum for a single-valued one and -1 for a multi-valued one (unknown); null
     * when no match has a value of it.
     */
    @Override
    public FacetResult getTopChildren(int topN, String dim, String... path) throws IOException {
        validateTopN(topN);
        FacetsConfig.DimConfig config = state.getFacetsConfig().getDimConfig(dim);
        if (config.hierarchical) {
            throw new UnsupportedOperationException("This operation is only supported for flat dimensions");
        }
        if (path.length > 0) {
            throw new IllegalArgumentException("Field is not configured as hierarchical, path should be 0 length");
        }
        SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
        if (range == null) {
            return null;
        }
        int first = range.start();
        if (config.multiValued && config.requireDimCount) {
            first++;
        }
        List<int[]> counted = new ArrayList<>();
        int sum = 0;
        for (int ord = first; ord <= range.end(); ord++) {
            if (counts[ord] > 0) {
                counted.add(new int[]{ord, counts[ord]});
                sum += counts[ord];
            }
        }
        if (counted.isEmpty()) {
            return null;
        }
        counted.sort((a, b) -> a[1] != b[1] ? Integer.compare(b[1], a[1]) : Integer.compare(a[0], b[0]));
        LabelAndValue[] top = new LabelAndValue[Math.min(topN, counted.size())];
        for (int i = 0; i < top.length; i++) {
            BytesRef term = labels.lookupOrd(counted.get(i)[0]);
            String[] parts = FacetsConfig.stringToPath(term.utf8ToString());
            top[i] = new LabelAndValue(parts[parts.length - 1], counted.get(i)[1]);
        }
        int value = !config.multiValued ? sum : config.requireDimCount ? counts[range.start()] : -1;
        return new FacetResult(dim, path, value, top, counted.size());
    }

    @Override
    public FacetResult getAllChildren(String dim, String... path) {
        throw new UnsupportedOperationException("search asks for the top children");
    }

    @Override
    public Number getSpecificValue(String dim, String... path) {
        throw new UnsupportedOperationException("search asks for the top children");
    }

    @Override
    public List<FacetResult> getAllDims(int topN) {
        throw new UnsupportedOperationException("search asks for the top children");
    }

    /**
     * How many of the hits fall in each range of years (a hit without a year in none), as Lucene's
     * {@code LongRangeFacetCounts} over the years' doc values counts them.
     */
    static int[] inRanges(FacetValues.Segment[] values, FacetsCollector hits, LongRange[] ranges) throws IOException {
        int[] counts = new int[ranges.length];
        for (FacetsCollector.MatchingDocs matching : hits.getMatchingDocs()) {
            FacetValues.Segment segment = values[matching.context().ord];
            DocIdSetIterator docs = iterator(matching.bits());
            if (docs == null) {
                continue;
            }
            long[] years = segment.years();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (segment.hasYear().get(doc)) {
                    for (int r = 0; r < ranges.length; r++) {
                        if (ranges[r].accept(years[doc])) {
                            counts[r]++;
                        }
                    }
                }
            }
        }
        return counts;
    }

    /** Drill sideways whose counts (down and sideways) are {@link FacetCounts} over the searcher's facet values. */
    static final class Sideways extends DrillSideways {

        private final FacetValues.Segment[] values;

        Sideways(FacetSearcher searcher, FacetsConfig config) {
            super(searcher, config, searcher.facetState());
            this.values = searcher.facetValues();
        }

        @Override
        protected Facets buildFacetsResult(FacetsCollector drillDowns, FacetsCollector[] drillSideways,
                String[] drillSidewaysDims) throws IOException {
            Facets down = drillDowns == null ? null : new FacetCounts(state, values, drillDowns);
            Map<String, Facets> sideways = new HashMap<>();
            for (int i = 0; drillSideways != null && i < drillSideways.length; i++) {
                sideways.put(drillSidewaysDims[i], new FacetCounts(state, values, drillSideways[i]));
            }
            return sideways.isEmpty() ? down : new MultiFacets(sideways, down);
        }
    }
}

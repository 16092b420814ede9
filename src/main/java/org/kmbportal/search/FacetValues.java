package org.kmbportal.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.FixedBitSet;

/**
 * Each document's facet values (the ordinals of the facets' doc values in its segment) and year, read into memory
 * when a searcher is opened, so that a search counts its matches' facets and decades without decoding doc values for
 * each match (most of the library for a common word). Segments never change once written, so what was read from one
 * is kept for the next searchers of the generation, as the catalog is: a refresh reads only the new segments.
 */
final class FacetValues {

    /**
     * One segment's values: document {@code d}'s facet ordinals are {@code ords[starts[d]]} up to
     * {@code ords[starts[d + 1]]}, in the segment's own ordinals ({@code valueCount} of them); its year is
     * {@code years[d]} where {@code hasYear} is set.
     */
    record Segment(int[] starts, int[] ords, int valueCount, long[] years, FixedBitSet hasYear) {
    }

    private final Map<Object, Segment> segments = new HashMap<>();

    /** The reader's segments' values, by leaf {@code ord}. */
    synchronized Segment[] read(IndexReader reader, String facetField) throws IOException {
        Segment[] byLeaf = new Segment[reader.leaves().size()];
        Map<Object, Segment> current = new HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            LeafReader segment = leaf.reader();
            IndexReader.CacheHelper core = segment.getCoreCacheHelper();
            Object key = core == null ? segment : core.getKey();
            Segment values = segments.get(key);
            if (values == null) {
                values = readSegment(segment, facetField);
            }
            current.put(key, values);
            byLeaf[leaf.ord] = values;
        }
        segments.keySet().retainAll(current.keySet());
        segments.putAll(current);
        return byLeaf;
    }

    private static Segment readSegment(LeafReader segment, String facetField) throws IOException {
        int maxDoc = segment.maxDoc();
        SortedSetDocValues facets = DocValues.getSortedSet(segment, facetField);
        int[] starts = new int[maxDoc + 1];
        int[] ords = new int[Math.max(16, maxDoc * 8)];
        int count = 0;
        for (int doc = 0; doc < maxDoc; doc++) {
            starts[doc] = count;
            if (facets.advanceExact(doc)) {
                int values = facets.docValueCount();
                if (count + values > ords.length) {
                    ords = Arrays.copyOf(ords, Math.max(ords.length * 2, count + values));
                }
                for (int i = 0; i < values; i++) {
                    ords[count++] = (int) facets.nextOrd();
                }
            }
        }
        starts[maxDoc] = count;
        long[] years = new long[maxDoc];
        FixedBitSet hasYear = new FixedBitSet(Math.max(1, maxDoc));
        NumericDocValues year = segment.getNumericDocValues(Fields.YEAR);
        if (year != null) {
            for (int doc = year.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = year.nextDoc()) {
                years[doc] = year.longValue();
                hasYear.set(doc);
            }
        }
        return new Segment(starts, Arrays.copyOf(ords, count), (int) facets.getValueCount(), years, hasYear);
    }
}

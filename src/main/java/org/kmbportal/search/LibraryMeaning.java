package org.kmbportal.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

/**
 * The library's mean meaning vectors, one per language: the average of the sentence embeddings of the items written
 * in it. A text written in the library's commonest words (a summary whose notes open "Recruiting and keeping
 * volunteers is one of the hardest parts of running a mentoring program") lies near its language's mean, so near
 * every query, and was listed among the closest in meaning for questions it does not answer (a "hub"); search
 * counts that closeness against it ({@link HybridRanking#nearestInLibrary}). Worked out when a searcher opens (on
 * refresh, off the request path), and so recomputed with the index (a rebuild, a publication); segments never change
 * once written, so each one's sums are kept for the next searchers: only new segments are read in full, and the
 * vectors of documents deleted since.
 */
final class LibraryMeaning {

    /** A segment's sums of vectors by the items' language, and how many each adds up. */
    private record Sums(Map<String, double[]> vectors, Map<String, Long> counts) {
    }

    private final Map<Object, Sums> segments = new HashMap<>();

    /** The mean of the live items' vectors by their language; empty when none has one (no model, an empty index). */
    synchronized Map<String, float[]> means(IndexReader reader) throws IOException {
        Map<String, double[]> total = new HashMap<>();
        Map<String, Long> count = new HashMap<>();
        Map<Object, Sums> current = new HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            LeafReader segment = leaf.reader();
            IndexReader.CacheHelper core = segment.getCoreCacheHelper();
            Object key = core == null ? segment : core.getKey();
            Sums all = segments.get(key);
            if (all == null) {
                all = sums(segment, null);
            }
            current.put(key, all);
            add(total, count, all, 1);
            if (segment.getLiveDocs() != null && !all.counts().isEmpty()) {
                add(total, count, sums(segment, segment.getLiveDocs()), -1);
            }
        }
        segments.keySet().retainAll(current.keySet());
        segments.putAll(current);
        Map<String, float[]> means = new HashMap<>();
        total.forEach((language, sum) -> {
            long n = count.getOrDefault(language, 0L);
            if (n > 0) {
                float[] mean = new float[sum.length];
                for (int i = 0; i < mean.length; i++) {
                    mean[i] = (float) (sum[i] / n);
                }
                means.put(language, mean);
            }
        });
        return Map.copyOf(means);
    }

    private static void add(Map<String, double[]> total, Map<String, Long> count, Sums sums, int sign) {
        sums.vectors().forEach((language, sum) -> {
            double[] into = total.computeIfAbsent(language, l -> new double[sum.length]);
            for (int i = 0; i < into.length; i++) {
                into[i] += sign * sum[i];
            }
            count.merge(language, sign * sums.counts().get(language), Long::sum);
        });
    }

    /**
     * The sums of a segment's vectors by language: of all of them, or with {@code live} given, of the deleted
     * documents' only.
     */
    private static Sums sums(LeafReader segment, Bits live) throws IOException {
        Map<String, double[]> sums = new HashMap<>();
        Map<String, Long> counts = new HashMap<>();
        FloatVectorValues values = segment.getFloatVectorValues(Fields.MEANING);
        if (values == null) {
            return new Sums(sums, counts);
        }
        SortedDocValues languages = segment.getSortedDocValues(Fields.LANGUAGE);
        KnnVectorValues.DocIndexIterator docs = values.iterator();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            if (live != null && live.get(doc)) {
                continue;
            }
            String language = languages != null && languages.advanceExact(doc)
                    ? languages.lookupOrd(languages.ordValue()).utf8ToString()
                    : "";
            float[] vector = values.vectorValue(docs.index());
            double[] sum = sums.computeIfAbsent(language, l -> new double[vector.length]);
            for (int i = 0; i < sum.length; i++) {
                sum[i] += vector[i];
            }
            counts.merge(language, 1L, Long::sum);
        }
        return new Sums(sums, counts);
    }
}

package org.kmbportal.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * A meaning for a text the model cannot read (it learned English), borrowed from the library: the text's best hits by
 * words are taken through their English versions (the library pairs translations), and the mean of those versions'
 * stored vectors stands for the text's meaning (pseudo-relevance feedback in meaning). No model call: the vectors are
 * the index's own.
 */
final class BorrowedMeaning {

    /**
     * How many of the best hits by words lend their meaning: on the judged French profiles (nDCG@5, share 0.3), 0.742
     * with 3, 0.724 with 2; 1 gave 0.753 there but 0.727 at a share of 0.2 (3: 0.740), and 5, English versions
     * only, 0.714 (3: 0.724).
     */
    static final int HITS = 3;

    private BorrowedMeaning() {
    }

    /**
     * The mean of the vectors of the first {@link #HITS} hits' English versions (a hit's own when it has none), each
     * weighed by the hit's score and normalized; null when none has a vector (no model).
     */
    static float[] of(IndexSearcher searcher, TopDocs byWords) throws IOException {
        int n = Math.min(HITS, byWords.scoreDocs.length);
        if (n == 0) {
            return null;
        }
        Map<String, Float> weightOfGroup = new LinkedHashMap<>();
        Map<String, Integer> ownDoc = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            ScoreDoc hit = byWords.scoreDocs[i];
            Translations.Version version = Translations.version(searcher, hit.doc);
            weightOfGroup.merge(version.group(), hit.score, Math::max);
            ownDoc.putIfAbsent(version.group(), hit.doc);
        }
        List<BytesRef> groups = weightOfGroup.keySet().stream().map(BytesRef::new).toList();
        Map<String, Integer> english = new LinkedHashMap<>();
        for (ScoreDoc version : searcher.search(new TermInSetQuery(Fields.TRANSLATION_GROUP, groups),
                4 * groups.size()).scoreDocs) {
            Translations.Version v = Translations.version(searcher, version.doc);
            if ("en".equals(v.language())) {
                english.putIfAbsent(v.group(), version.doc);
            }
        }
        float[] sum = null;
        for (Map.Entry<String, Float> group : weightOfGroup.entrySet()) {
            Integer doc = english.get(group.getKey());
            if (doc == null) {
                // Untranslated, its own vector (the model's reading of its French) still says something: French
                // profiles 0.742 with it, 0.724 without (share 0.3).
                doc = ownDoc.get(group.getKey());
            }
            float[] vector = doc == null ? null : vector(searcher, doc);
            if (vector != null) {
                sum = sum == null ? new float[vector.length] : sum;
                for (int d = 0; d < vector.length; d++) {
                    sum[d] += group.getValue() * vector[d];
                }
            }
        }
        return sum == null ? null : normalized(sum);
    }

    /** A document's stored vector, or null when it was indexed by its words alone. */
    static float[] vector(IndexSearcher searcher, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        FloatVectorValues values = leaf.reader().getFloatVectorValues(Fields.MEANING);
        if (values == null) {
            return null;
        }
        KnnVectorValues.DocIndexIterator at = values.iterator();
        int local = doc - leaf.docBase;
        return at.advance(local) == local ? values.vectorValue(at.index()).clone() : null;
    }

    private static float[] normalized(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        if (norm == 0) {
            return null;
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int d = 0; d < v.length; d++) {
            v[d] *= scale;
        }
        return v;
    }
}

package org.kmbportal.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * A French reader's search ranked by meaning too, with a meaning borrowed from its first hits (pseudo-relevance
 * feedback): the model learned English, so a French query's own vector says little, but its first hits by words
 * have English versions (the library pairs translations) whose stored vectors say what they are about. Their mean
 * is searched as the query's meaning and fused with the ranking by words, as an English reader's meaning is. No
 * model call: the vectors are the index's own.
 */
final class Feedback {

    /**
     * How many of the first hits by words lend their meaning. Measured on the judged queries (French nDCG@10; 0.802 by
     * words alone), shares 0.5 to 1.0: 2 hits 0.814 to 0.821, 3 hits 0.811 to 0.829, 4 hits 0.804 to 0.819, 5 hits
     * 0.781 to 0.802, 10 hits 0.725 to 0.801 (bench/README.md, stop 53).
     */
    static final int FRENCH_HITS = 3;
    /**
     * The borrowed meaning's weight in the fusion, as a share of the weight an English reader's meaning has for a
     * query of as many words (3 hits: 0.4 gives 0.812, 0.5 0.812, 0.7 0.827, 0.8 0.829, 0.9 0.829, 1.0 0.826).
     */
    static final double FRENCH_SHARE = 0.8;

    private Feedback() {
    }

    /** The items nearest in meaning to a vector, as the search's filters and reader allow. */
    interface Nearest {
        TopDocs to(float[] meaning) throws IOException;
    }

    /**
     * A French reader's ranking by words reordered by the meaning its first hits lend it: the mean of the first
     * {@link #FRENCH_HITS} hits' vectors (their English versions'), the items nearest it fused with the head of the
     * ranking ({@link HybridRanking#fuse}, at {@link #FRENCH_SHARE} of an English reader's weight), the rest after
     * it. Only items the words found take part, so the total and the facet counts stay those of the words (a mean of
     * texts is near many texts). The ranking as it was for an English reader, for exact words (quotes, operators)
     * or without a model.
     *
     * @param head
     *            the first {@link SearchService#RESCORED} of the ranking by words
     * @param matched
     *            the documents the words matched, as the first pass collected them, or null
     */
    static TopDocs forFrenchReader(IndexSearcher searcher, SearchRequest request, String normalized, TopDocs head,
            TopDocs words, Query matches, FacetsCollector matched, Nearest nearest) throws IOException {
        if (!"fr".equals(request.readerLanguage()) || HybridRanking.asksForExactWords(request.query())) {
            return words;
        }
        double weight = HybridRanking.meaningWeight(normalized, searcher.getIndexReader()) * FRENCH_SHARE;
        float[] lent = weight > 0 ? mean(searcher, head.scoreDocs, FRENCH_HITS) : null;
        if (lent == null) {
            return words;
        }
        Set<Integer> byWords = new HashSet<>();
        for (ScoreDoc hit : head.scoreDocs) {
            byWords.add(hit.doc);
        }
        TopDocs near = nearest.to(lent);
        near = new TopDocs(near.totalHits,
                Arrays.stream(near.scoreDocs).filter(hit -> byWords.contains(hit.doc)).toArray(ScoreDoc[]::new));
        TopDocs fused = HybridRanking.fuse(head, near, Integer.MAX_VALUE, weight);
        return OneRanking.withTheRest(searcher, Translations.collapse(searcher, fused, Integer.MAX_VALUE), words,
                SearchService.RESCORED, matches, matched);
    }

    /**
     * The mean of the first {@code n} hits' vectors, each its English version's where it has one (its own
     * otherwise), normalized; null when none has a vector (no model).
     */
    static float[] mean(IndexSearcher searcher, ScoreDoc[] ranked, int n) throws IOException {
        int k = Math.min(n, ranked.length);
        if (k == 0) {
            return null;
        }
        Map<String, Integer> ownDoc = new LinkedHashMap<>();
        for (int i = 0; i < k; i++) {
            ownDoc.putIfAbsent(Translations.version(searcher, ranked[i].doc).group(), ranked[i].doc);
        }
        Map<String, Integer> english = new LinkedHashMap<>();
        List<BytesRef> groups = ownDoc.keySet().stream().map(BytesRef::new).toList();
        for (ScoreDoc version : searcher.search(new TermInSetQuery(Fields.TRANSLATION_GROUP, groups),
                4 * groups.size()).scoreDocs) {
            Translations.Version v = Translations.version(searcher, version.doc);
            if ("en".equals(v.language())) {
                english.putIfAbsent(v.group(), version.doc);
            }
        }
        float[] sum = null;
        for (Map.Entry<String, Integer> group : ownDoc.entrySet()) {
            float[] vector = vector(searcher, english.getOrDefault(group.getKey(), group.getValue()));
            if (vector != null) {
                sum = sum == null ? new float[vector.length] : sum;
                for (int d = 0; d < vector.length; d++) {
                    sum[d] += vector[d];
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

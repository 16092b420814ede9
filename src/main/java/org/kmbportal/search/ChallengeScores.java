package org.kmbportal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * The parts of a challenge's relevance shared by its readings ({@link ChallengeSearch}, {@link SentenceScoresAmong}):
 * nearness in meaning added to the words' scores, collections scored by their best items, and hits' ids.
 */
final class ChallengeScores {

    private ChallengeScores() {
    }

    /**
     * Adds each item's nearness in meaning, scaled so that the nearest item gets {@link ChallengeSearch#MEANING_SHARE} and an item
     * no nearer than {@link ChallengeSearch#UNRELATED} gets nothing (texts about youth mentoring are all somewhat alike).
     */
    static void addMeaning(Map<String, Float> scores, TopDocs nearest, FacetSearcher searcher)
            throws IOException {
        if (nearest.scoreDocs.length == 0) {
            return;
        }
        addMeaning(scores, nearest.scoreDocs[0].score, nearest, searcher);
    }

    /** As {@link #addMeaning(Map, TopDocs, FacetSearcher)}, on the scale of the nearest item's score {@code nearest}. */
    static void addMeaning(Map<String, Float> scores, float nearestScore, TopDocs nearest,
            FacetSearcher searcher) throws IOException {
        Map<Integer, String> ids = ids(searcher, nearest.scoreDocs);
        double best = cosine(nearestScore);
        for (ScoreDoc hit : nearest.scoreDocs) {
            String id = ids.get(hit.doc);
            double share = (cosine(hit.score) - ChallengeSearch.UNRELATED)
                    / Math.max(1e-6, best - ChallengeSearch.UNRELATED);
            if (id != null && share > 0) {
                scores.merge(id, (float) (ChallengeSearch.MEANING_SHARE * share), Float::sum);
            }
        }
    }

    /** How many of a collection's items that answer a challenge best speak for the collection. */
    static final int COLLECTION_ITEMS = 3;

    /**
     * A collection answers a challenge at least as well as its items do (the mean of its {@link #COLLECTION_ITEMS}
     * best, each item by the best of its language versions): its own few words (title, description, notes) are in
     * one language, while most of its items are in both, so a French challenge finds an English collection, and the
     * other way round, through the resources it gathers.
     */
    static void addCollections(Map<String, Float> scores, FacetSearcher searcher) throws IOException {
        addCollections(scores, searcher, searcher.collections());
    }

    static void addCollections(Map<String, Float> scores, FacetSearcher searcher, List<String> collections)
            throws IOException {
        Map<String, Float> byGroup = new HashMap<>();
        scores.forEach((id, score) -> {
            if (searcher.isResource(id)) {
                byGroup.merge(searcher.groupOf(id), score, Math::max);
            }
        });
        if (collections.isEmpty() || byGroup.isEmpty()) {
            return;
        }
        List<BytesRef> terms = collections.stream().map(BytesRef::new).toList();
        for (ScoreDoc hit : searcher.search(new TermInSetQuery(Fields.ID, terms), collections.size()).scoreDocs) {
            var doc = searcher.storedFields().document(hit.doc, Set.of(Fields.ID, Fields.ITEM));
            List<Float> items = new ArrayList<>();
            for (String item : doc.getValues(Fields.ITEM)) {
                items.add(byGroup.getOrDefault(searcher.groupOf(item), 0f));
            }
            items.sort(Comparator.reverseOrder());
            float sum = 0;
            for (int i = 0; i < Math.min(COLLECTION_ITEMS, items.size()); i++) {
                sum += items.get(i);
            }
            if (sum > 0) {
                scores.merge(doc.get(Fields.ID), sum / COLLECTION_ITEMS, Math::max);
            }
        }
    }

    /** Lucene scores a cosine similarity c as (1 + c) / 2. */
    private static double cosine(float score) {
        return 2.0 * score - 1.0;
    }

    /**
     * The ids of the hits, read from the catalog the searcher holds in memory (the same ids as the documents' doc
     * values, which it was read from); from doc values, in document order, where a segment has no catalog.
     */
    static Map<Integer, String> ids(FacetSearcher searcher, ScoreDoc[] hits) throws IOException {
        ScoreDoc[] byDoc = hits.clone();
        Arrays.sort(byDoc, Comparator.comparingInt(hit -> hit.doc));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Map<Integer, String> ids = new HashMap<>();
        int current = -1;
        LeafReaderContext leaf = null;
        CatalogEntry[] entries = null;
        SortedDocValues values = null;
        for (ScoreDoc hit : byDoc) {
            int index = ReaderUtil.subIndex(hit.doc, leaves);
            if (index != current) {
                current = index;
                leaf = leaves.get(index);
                entries = searcher.entries(leaf.ord);
                values = entries == null ? leaf.reader().getSortedDocValues(Fields.ID) : null;
            }
            int doc = hit.doc - leaf.docBase;
            if (entries != null) {
                if (doc < entries.length && entries[doc] != null) {
                    ids.put(hit.doc, entries[doc].id());
                }
            } else if (values != null && values.advanceExact(doc)) {
                ids.put(hit.doc, values.lookupOrd(values.ordValue()).utf8ToString());
            }
        }
        return ids;
    }
}

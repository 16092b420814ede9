package org.kmbportal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.BytesRef;

/**
 * The one ranking every page of a search is cut from, whichever page is asked: the proximity bonus and the fusion
 * with the ranking by meaning reorder the first {@link SearchService#RESCORED} matches by words (the head); the
 * matches after them (the tail) keep their order by words. Neither depends on how deep a page reaches, so walking the
 * pages lists each resource once, and as many as the total says (reranking as deep as the page asked moved resources
 * across the cut between pages: user test, ranks 99 to 102 of "mentoring match").
 */
final class OneRanking {

    private OneRanking() {
    }

    /**
     * The ranking by words: the first {@code head} matches reordered by the proximity bonus, the others after them in
     * their first-pass order. The first pass is left as it was.
     *
     * @param times
     *            how many times the bonus counts: twice where the ranking by meaning is fused with it, as the judged
     *            figures were measured (the first pass was rescored in place twice)
     */
    static TopDocs byWords(IndexSearcher searcher, TopDocs firstPass, Query bonus, int head, int times)
            throws IOException {
        ScoreDoc[] all = new ScoreDoc[firstPass.scoreDocs.length];
        for (int i = 0; i < all.length; i++) {
            all[i] = new ScoreDoc(firstPass.scoreDocs[i].doc, firstPass.scoreDocs[i].score);
        }
        if (bonus == null || all.length == 0) {
            return new TopDocs(firstPass.totalHits, all);
        }
        ScoreDoc[] first = Arrays.copyOf(all, Math.min(head, all.length));
        // The bonus query runs once: a document's bonus does not depend on its score, so adding it `times` times
        // (as many rescoring passes did, each rounding to a float) gives the same scores for half the work.
        first = new QueryRescorer(bonus) {
            @Override
            protected float combine(float firstPassScore, boolean secondPassMatches, float secondPassScore) {
                float score = firstPassScore;
                for (int i = 0; secondPassMatches && i < times; i++) {
                    score = (float) (score + 1.0 * secondPassScore);
                }
                return score;
            }
        }.rescore(searcher, new TopDocs(firstPass.totalHits, first), first.length).scoreDocs;
        Arrays.sort(first, BY_SCORE);
        System.arraycopy(first, 0, all, 0, first.length);
        return new TopDocs(firstPass.totalHits, all);
    }

    /** The first {@code n} of a ranking. */
    static TopDocs first(TopDocs ranked, int n) {
        return n >= ranked.scoreDocs.length
                ? ranked
                : new TopDocs(ranked.totalHits, Arrays.copyOf(ranked.scoreDocs, n));
    }

    /**
     * The fused head (each resource once) followed by the rest of the matches by words, each at the score the fusion
     * gives its place by words, so the whole ranking is ordered by one score. A match by words whose resource the head
     * already lists (found there by meaning) is left out, and the total counts each resource once.
     *
     * @param head
     *            the fused and collapsed ranking of the first {@code headSize} matches by words and of the meaning's
     * @param words
     *            the ranking by words ({@link #byWords}), as deep as the pages need
     * @param matches
     *            the query the matches by words answer (filters included), to find those the head lists by meaning
     * @param matched
     *            the documents {@code matches} matched, as the first pass collected them (its drill-down hits), or
     *            null: then {@code matches} is searched again
     */
    static TopDocs withTheRest(IndexSearcher searcher, TopDocs head, TopDocs words, int headSize, Query matches,
            FacetsCollector matched) throws IOException {
        Set<Integer> headWords = new HashSet<>();
        for (int i = 0; i < Math.min(headSize, words.scoreDocs.length); i++) {
            headWords.add(words.scoreDocs[i].doc);
        }
        // The ids and translation groups the head lists: a later match by words sharing one is the same resource.
        Set<String> listed = new HashSet<>();
        for (ScoreDoc hit : head.scoreDocs) {
            Translations.Version version = Translations.version(searcher, hit.doc);
            listed.add(version.id());
            listed.add(version.group());
        }
        Set<Integer> already = new HashSet<>();
        if (!listed.isEmpty()) {
            List<BytesRef> keys = listed.stream().map(BytesRef::new).toList();
            Query linked = new BooleanQuery.Builder()
                    .add(new TermInSetQuery(Fields.ID, keys), BooleanClause.Occur.SHOULD)
                    .add(new TermInSetQuery(Fields.TRANSLATION_GROUP, keys), BooleanClause.Occur.SHOULD).build();
            // One pass over them (not a count, then a search as deep as the count). The first pass's hits tell which
            // of them match: searching the words again built their weight (a term look-up for every word and field).
            List<Integer> sameResources = matched != null
                    ? among(searcher.search(new ConstantScoreQuery(linked), new AllDocs()), matched)
                    : searcher.search(new BooleanQuery.Builder().add(matches, BooleanClause.Occur.FILTER)
                            .add(linked, BooleanClause.Occur.FILTER).build(), new AllDocs());
            for (int doc : sameResources) {
                Translations.Version version = Translations.version(searcher, doc);
                if (!headWords.contains(doc) && (listed.contains(version.id()) || listed.contains(version.group()))) {
                    already.add(doc);
                }
            }
        }
        List<ScoreDoc> rest = new ArrayList<>();
        for (int place = headSize; place < words.scoreDocs.length; place++) {
            int doc = words.scoreDocs[place].doc;
            if (!already.contains(doc)) {
                // Not judged for the query's topic, they count as the head's matches off the topic do
                // (HybridRanking.OFF_TOPIC_WORDS): never above a match by words the head ranks, which only the deeper
                // pages' requests would do (the pages would list that match twice and skip another).
                rest.add(new ScoreDoc(doc, (float) (HybridRanking.OFF_TOPIC_WORDS * HybridRanking.wordsScore(place))));
            }
        }
        ScoreDoc[] ranked = new ScoreDoc[head.scoreDocs.length + rest.size()];
        int h = 0;
        int r = 0;
        for (int i = 0; i < ranked.length; i++) {
            boolean fromHead = r >= rest.size()
                    || h < head.scoreDocs.length && head.scoreDocs[h].score >= rest.get(r).score;
            ranked[i] = fromHead ? head.scoreDocs[h++] : rest.get(r++);
        }
        long total = Math.max(ranked.length, head.totalHits.value() - already.size());
        return new TopDocs(new TotalHits(total, head.totalHits.relation()), ranked);
    }

    /** Those of the documents (numbers in the whole reader) that the collector holds, in order. */
    static List<Integer> among(List<Integer> docs, FacetsCollector collected) throws IOException {
        List<Integer> sorted = new ArrayList<>(docs);
        sorted.sort(null);
        List<Integer> kept = new ArrayList<>();
        for (FacetsCollector.MatchingDocs matching : collected.getMatchingDocs()) {
            int base = matching.context().docBase;
            int end = base + matching.context().reader().maxDoc();
            DocIdSetIterator hits = matching.bits() == null ? null : matching.bits().iterator();
            for (int doc : sorted) {
                if (hits == null || doc < base) {
                    continue;
                }
                if (doc >= end) {
                    break;
                }
                int at = hits.docID() >= doc - base ? hits.docID() : hits.advance(doc - base);
                if (at == DocIdSetIterator.NO_MORE_DOCS) {
                    break;
                }
                if (at == doc - base) {
                    kept.add(doc);
                }
            }
        }
        return kept;
    }

    /** The numbers of the documents a query matches, unscored, in no particular order. */
    static final class AllDocs implements CollectorManager<AllDocs.Docs, List<Integer>> {

        @Override
        public Docs newCollector() {
            return new Docs();
        }

        @Override
        public List<Integer> reduce(java.util.Collection<Docs> collectors) {
            List<Integer> all = new ArrayList<>();
            collectors.forEach(c -> all.addAll(c.docs));
            return all;
        }

        static final class Docs extends SimpleCollector {
            final List<Integer> docs = new ArrayList<>();
            private int base;

            @Override
            protected void doSetNextReader(LeafReaderContext context) {
                base = context.docBase;
            }

            @Override
            public void collect(int doc) {
                docs.add(base + doc);
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        }
    }

    static final java.util.Comparator<ScoreDoc> BY_SCORE = java.util.Comparator
            .<ScoreDoc> comparingDouble(d -> -d.score).thenComparingInt(d -> d.doc);
}

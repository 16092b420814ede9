package org.kmbportal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * How well each of a few items answers one sentence of a long paragraph ({@link ChallengeSearch#relevance(String,
 * Collection)}): the sentence's words and meaning scored over those items only, on the scale of the whole library.
 */
final class SentenceScoresAmong {

    private SentenceScoresAmong() {
    }

    /** From how many of the library's first answers the scale of {@link ChallengeSearch#relevance(String, Collection)} is read. */
    static final int BEST_OF = 20;

    static Map<String, Float> of(FacetSearcher searcher, SearchIndex index, String text, String words,
            Collection<String> among) {
        float[] meaning = HybridRanking.looksFrench(text)
                ? null
                : SentenceEncoder.embed(SpellingFolding.folded(text));
        try {
            Set<String> read = withCollectionItems(searcher, among);
            Query only = new TermInSetQuery(Fields.ID, read.stream().map(BytesRef::new).toList());
            String kept = CommonWords.without(text, words, ChallengeSearch.languageOf(text), searcher.getIndexReader(),
                    index.analysis().query(), index.taxonomy());
            Map<String, Float> scores = new HashMap<>();
            QueryInterpreter.Interpreted interpreted = QueryInterpreter.interpret(kept, index.analysis(),
                    searcher.getIndexReader());
            TopDocs top = ChallengeSearch.best(searcher, interpreted, BEST_OF, SCALE_POOL);
            if (top.scoreDocs.length > 0) {
                float best = top.scoreDocs[0].score;
                double wordsShare = meaning == null ? 1.0 : 1.0 - ChallengeSearch.MEANING_SHARE;
                TopDocs hits = bestAmong(searcher, interpreted, only, read.size());
                Map<Integer, String> ids = ChallengeScores.ids(searcher, hits.scoreDocs);
                for (ScoreDoc hit : hits.scoreDocs) {
                    String id = ids.get(hit.doc);
                    if (id != null) {
                        scores.put(id, (float) (wordsShare * hit.score / best));
                    }
                }
            }
            if (meaning != null) {
                TopDocs nearest = HybridRanking.nearest(searcher, meaning, null, BEST_OF);
                if (nearest.scoreDocs.length > 0) {
                    ChallengeScores.addMeaning(scores, nearest.scoreDocs[0].score,
                            HybridRanking.nearest(searcher, meaning, only, read.size()), searcher);
                }
            }
            ChallengeScores.addCollections(scores, searcher,
                    searcher.collections().stream().filter(among::contains).toList());
            return scores;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * How many of the library's best by a sentence's short fields its whole query scores for the scale: the library's
     * best {@link #BEST_OF} by the words, whose first score is the scale (stop 60).
     */
    static final int SCALE_POOL = 200;

    /**
     * The items with, for each collection among them, every version of its items (a collection answers as its best
     * items do, each by the best of its versions).
     */
    private static Set<String> withCollectionItems(FacetSearcher searcher, Collection<String> among)
            throws IOException {
        Set<String> read = new java.util.HashSet<>(among);
        List<String> collections = searcher.collections().stream().filter(among::contains).toList();
        if (collections.isEmpty()) {
            return read;
        }
        Set<String> groups = new java.util.HashSet<>();
        List<BytesRef> terms = collections.stream().map(BytesRef::new).toList();
        for (ScoreDoc hit : searcher.search(new TermInSetQuery(Fields.ID, terms), collections.size()).scoreDocs) {
            for (String item : searcher.storedFields().document(hit.doc, Set.of(Fields.ITEM)).getValues(Fields.ITEM)) {
                groups.add(searcher.groupOf(item));
            }
        }
        for (CatalogEntry entry : searcher.catalog()) {
            if (searcher.isResource(entry.id()) && groups.contains(searcher.groupOf(entry.id()))) {
                read.add(entry.id());
            }
        }
        return read;
    }

    /**
     * The items the filter keeps, each scored by the words as {@link #best} scores it (with the bonus for words found
     * close together).
     */
    private static TopDocs bestAmong(IndexSearcher searcher, QueryInterpreter.Interpreted interpreted, Query filter,
            int n) throws IOException {
        Query matches = new BooleanQuery.Builder().add(interpreted.matches(), BooleanClause.Occur.MUST)
                .add(filter, BooleanClause.Occur.FILTER).build();
        TopDocs byWords = searcher.search(matches, Math.max(1, n));
        Query bonus = interpreted.bonus();
        return bonus == null ? byWords : QueryRescorer.rescore(searcher, byWords, bonus, 1.0, Math.max(1, n));
    }
}

package org.kmbportal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * The words of a search (each word's disjunction over its fields with a tie-breaker, {@link WeightedSynonymParser}),
 * scored for a pass that scores every match a window of documents at a time: each field's matches are read in order
 * straight into the window's best and other scores per document, instead of Lucene merging the fields' postings
 * through a priority queue, document by document, for every word. The same matches and the very same scores as the
 * query itself: each word's {@code (float) (max + others * tieBreaker)} with the others summed in a double as
 * {@code DisjunctionMaxScorer} does, the words summed in a double as {@code BooleanScorer} does. Any other use of the
 * query (ranking free to skip, filtering, counting, highlighting, explaining) is the query's own.
 */
final class WordsAtOnce extends Query {

    private static final int WINDOW = 2048;

    private final Query query;
    private final List<DisjunctionMaxQuery> words;
    private final float[] boosts;

    private WordsAtOnce(Query query, List<DisjunctionMaxQuery> words, float[] boosts) {
        this.query = query;
        this.words = words;
        this.boosts = boosts;
    }

    /**
     * The query scored a window at a time when it is words only: one word's disjunction, or a disjunction of words
     * (each optional, any number may match); any other query as it is.
     */
    static Query of(Query query) {
        List<DisjunctionMaxQuery> words = new ArrayList<>();
        List<Float> boosts = new ArrayList<>();
        if (!word(query, 1f, words, boosts)) {
            if (!(query instanceof BooleanQuery bool) || bool.getMinimumNumberShouldMatch() > 1
                    || bool.clauses().isEmpty()) {
                return query;
            }
            for (BooleanClause clause : bool.clauses()) {
                if (clause.occur() != BooleanClause.Occur.SHOULD || !word(clause.query(), 1f, words, boosts)) {
                    return query;
                }
            }
        }
        float[] weights = new float[boosts.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = boosts.get(i);
        }
        return new WordsAtOnce(query, words, weights);
    }

    private static boolean word(Query query, float boost, List<DisjunctionMaxQuery> words, List<Float> boosts) {
        if (query instanceof BoostQuery boosted) {
            return word(boosted.getQuery(), boost * boosted.getBoost(), words, boosts);
        }
        if (query instanceof DisjunctionMaxQuery word && word.getDisjuncts().size() > 1) {
            words.add(word);
            boosts.add(boost);
            return true;
        }
        return false;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query rewritten = query.rewrite(searcher);
        return rewritten == query ? this : of(rewritten);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        if (scoreMode != ScoreMode.COMPLETE) {
            return query.createWeight(searcher, scoreMode, boost);
        }
        // Each field's weight is made once: the query's own weight (for its scorers) is built over the same ones.
        List<List<Weight>> fields = new ArrayList<>();
        BooleanQuery.Builder whole = new BooleanQuery.Builder();
        for (int w = 0; w < words.size(); w++) {
            List<Weight> own = new ArrayList<>();
            List<Query> built = new ArrayList<>();
            for (Query field : words.get(w).getDisjuncts()) {
                Weight weight = searcher.createWeight(field, scoreMode, boost * boosts[w]);
                own.add(weight);
                built.add(new Built(weight));
            }
            fields.add(own);
            whole.add(new DisjunctionMaxQuery(built, words.get(w).getTieBreakerMultiplier()),
                    BooleanClause.Occur.SHOULD);
        }
        Query same = words.size() == 1 ? whole.build().clauses().get(0).query() : whole.build();
        return new Windowed(this, same.createWeight(searcher, scoreMode, 1f), fields);
    }

    private final class Windowed extends Weight {

        private final Weight whole;
        private final List<List<Weight>> fields;

        Windowed(Query query, Weight whole, List<List<Weight>> fields) {
            super(query);
            this.whole = whole;
            this.fields = fields;
        }

        @Override
        public Explanation explain(LeafReaderContext context, int doc) throws IOException {
            return whole.explain(context, doc);
        }

        @Override
        public Matches matches(LeafReaderContext context, int doc) throws IOException {
            return whole.matches(context, doc);
        }

        @Override
        public int count(LeafReaderContext context) throws IOException {
            return whole.count(context);
        }

        @Override
        public boolean isCacheable(LeafReaderContext context) {
            return whole.isCacheable(context);
        }

        @Override
        public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
            ScorerSupplier same = whole.scorerSupplier(context);
            if (same == null) {
                return null;
            }
            return new ScorerSupplier() {
                @Override
                public Scorer get(long leadCost) throws IOException {
                    return same.get(leadCost);
                }

                @Override
                public long cost() {
                    return same.cost();
                }

                @Override
                public void setTopLevelScoringClause() throws IOException {
                    same.setTopLevelScoringClause();
                }

                @Override
                public BulkScorer bulkScorer() throws IOException {
                    List<Scorer[]> scorers = new ArrayList<>();
                    float[] ties = new float[fields.size()];
                    for (int w = 0; w < fields.size(); w++) {
                        List<Scorer> own = new ArrayList<>();
                        for (Weight field : fields.get(w)) {
                            Scorer scorer = field.scorer(context);
                            if (scorer != null) {
                                own.add(scorer);
                            }
                        }
                        ties[scorers.size()] = words.get(w).getTieBreakerMultiplier();
                        if (!own.isEmpty()) {
                            scorers.add(own.toArray(Scorer[]::new));
                        }
                    }
                    return new WindowScorer(scorers.toArray(Scorer[][]::new), Arrays.copyOf(ties, scorers.size()),
                            same.cost());
                }
            };
        }
    }

    /** A window of documents at a time: each field's matches into its word's best and other scores. */
    private static final class WindowScorer extends BulkScorer {

        private final Scorer[][] scorers;
        private final DocIdSetIterator[][] docs;
        private final TwoPhaseIterator[][] twoPhase;
        private final float[] ties;
        private final long cost;
        private final float[][] best;
        private final double[][] others;
        private final long[][] matched;
        private final long[] any = new long[WINDOW / 64];
        private final Score score = new Score();

        WindowScorer(Scorer[][] scorers, float[] ties, long cost) {
            this.scorers = scorers;
            this.ties = ties;
            this.cost = cost;
            this.docs = new DocIdSetIterator[scorers.length][];
            this.twoPhase = new TwoPhaseIterator[scorers.length][];
            this.best = new float[scorers.length][WINDOW];
            this.others = new double[scorers.length][WINDOW];
            this.matched = new long[scorers.length][WINDOW / 64];
            for (int w = 0; w < scorers.length; w++) {
                docs[w] = new DocIdSetIterator[scorers[w].length];
                twoPhase[w] = new TwoPhaseIterator[scorers[w].length];
                for (int f = 0; f < scorers[w].length; f++) {
                    twoPhase[w][f] = scorers[w][f].twoPhaseIterator();
                    docs[w][f] = twoPhase[w][f] == null ? scorers[w][f].iterator() : twoPhase[w][f].approximation();
                }
            }
        }

        @Override
        public long cost() {
            return cost;
        }

        @Override
        public int score(LeafCollector collector, Bits acceptDocs, int min, int max) throws IOException {
            collector.setScorer(score);
            int next = next(min);
            while (next < max) {
                int from = Math.max(next, min);
                int to = (int) Math.min((long) max, (long) from + WINDOW);
                for (int w = 0; w < scorers.length; w++) {
                    for (int f = 0; f < scorers[w].length; f++) {
                        window(w, f, acceptDocs, from, to);
                    }
                }
                replay(collector, from);
                next = next(to);
            }
            return next;
        }

        /** The first document at or after {@code min} any field may match. */
        private int next(int min) throws IOException {
            int next = DocIdSetIterator.NO_MORE_DOCS;
            for (DocIdSetIterator[] word : docs) {
                for (DocIdSetIterator field : word) {
                    int doc = field.docID() < min ? field.advance(min) : field.docID();
                    next = Math.min(next, doc);
                }
            }
            return next;
        }

        private void window(int w, int f, Bits acceptDocs, int from, int to) throws IOException {
            DocIdSetIterator it = docs[w][f];
            TwoPhaseIterator check = twoPhase[w][f];
            Scorer scorer = scorers[w][f];
            float[] wordBest = best[w];
            double[] wordOthers = others[w];
            long[] wordMatched = matched[w];
            int doc = it.docID() < from ? it.advance(from) : it.docID();
            for (; doc < to; doc = it.nextDoc()) {
                if ((acceptDocs != null && !acceptDocs.get(doc)) || (check != null && !check.matches())) {
                    continue;
                }
                int i = doc - from;
                float s = scorer.score();
                // As DisjunctionMaxScorer adds its fields' scores: the best so far goes to the others.
                if (s >= wordBest[i]) {
                    wordOthers[i] += wordBest[i];
                    wordBest[i] = s;
                } else {
                    wordOthers[i] += s;
                }
                wordMatched[i >>> 6] |= 1L << i;
                any[i >>> 6] |= 1L << i;
            }
        }

        private void replay(LeafCollector collector, int from) throws IOException {
            for (int block = 0; block < any.length; block++) {
                long bits = any[block];
                while (bits != 0) {
                    int i = block << 6 | Long.numberOfTrailingZeros(bits);
                    bits &= bits - 1;
                    double sum = 0;
                    for (int w = 0; w < scorers.length; w++) {
                        if ((matched[w][i >>> 6] & 1L << i) != 0) {
                            sum += (float) (best[w][i] + others[w][i] * ties[w]);
                            best[w][i] = 0;
                            others[w][i] = 0;
                        }
                    }
                    score.value = (float) sum;
                    collector.collect(from + i);
                }
                any[block] = 0;
                for (long[] word : matched) {
                    word[block] = 0;
                }
            }
        }
    }

    private static final class Score extends Scorable {
        float value;

        @Override
        public float score() {
            return value;
        }
    }

    /** A weight already made, as a query (so that the query's own weight is built over it). */
    private static final class Built extends Query {
        private final Weight weight;

        Built(Weight weight) {
            this.weight = weight;
        }

        @Override
        public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
            return weight;
        }

        @Override
        public String toString(String field) {
            return weight.getQuery().toString(field);
        }

        @Override
        public void visit(QueryVisitor visitor) {
            weight.getQuery().visit(visitor);
        }

        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    @Override
    public String toString(String field) {
        return query.toString(field);
    }

    @Override
    public void visit(QueryVisitor visitor) {
        query.visit(visitor);
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && query.equals(((WordsAtOnce) other).query);
    }

    @Override
    public int hashCode() {
        return 31 * classHash() + query.hashCode();
    }
}

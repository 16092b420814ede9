package org.kmbportal.search;

import java.io.IOException;
import java.util.Objects;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;

/**
 * The same matches and scores as the query it wraps, but when only the best are collected, whole blocks of documents
 * whose highest possible score cannot reach them are skipped. Lucene does this for a term and for several words, not
 * for one word's disjunction over fields with a tie-breaker ({@code DisjunctionMaxScorer} only passes the minimum on
 * when the tie-breaker is 0), which is how every one-word search is asked ({@link WeightedSynonymParser}).
 */
final class BlockMaxQuery extends Query {

    private final Query in;

    BlockMaxQuery(Query in) {
        this.in = Objects.requireNonNull(in);
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query rewritten = in.rewrite(searcher);
        return rewritten == in ? this : new BlockMaxQuery(rewritten);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight weight = in.createWeight(searcher, scoreMode, boost);
        if (scoreMode != ScoreMode.TOP_SCORES) {
            return weight;
        }
        return new FilterWeight(this, weight) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
                ScorerSupplier supplier = in.scorerSupplier(context);
                if (supplier == null) {
                    return null;
                }
                return new ScorerSupplier() {
                    @Override
                    public Scorer get(long leadCost) throws IOException {
                        Scorer scorer = supplier.get(leadCost);
                        return scorer.twoPhaseIterator() == null ? new Skipping(scorer) : scorer;
                    }

                    @Override
                    public long cost() {
                        return supplier.cost();
                    }

                    @Override
                    public void setTopLevelScoringClause() throws IOException {
                        supplier.setTopLevelScoringClause();
                    }
                };
            }
        };
    }

    /** The wrapped scorer, whose documents are read block by block, each block skipped when it cannot compete. */
    private static final class Skipping extends Scorer {

        private final Scorer in;
        private final DocIdSetIterator matches;
        private float minCompetitive;
        /** The last document of the block the bound was taken for, and the bound. */
        private int blockEnd = -1;
        private float blockMax;

        Skipping(Scorer in) {
            this.in = in;
            this.matches = in.iterator();
        }

        @Override
        public int docID() {
            return matches.docID();
        }

        @Override
        public float score() throws IOException {
            return in.score();
        }

        @Override
        public int advanceShallow(int target) throws IOException {
            return in.advanceShallow(target);
        }

        @Override
        public float getMaxScore(int upTo) throws IOException {
            return in.getMaxScore(upTo);
        }

        @Override
        public void setMinCompetitiveScore(float minScore) throws IOException {
            minCompetitive = minScore;
            in.setMinCompetitiveScore(minScore);
        }

        @Override
        public DocIdSetIterator iterator() {
            return new DocIdSetIterator() {
                @Override
                public int docID() {
                    return matches.docID();
                }

                @Override
                public int nextDoc() throws IOException {
                    return advance(matches.docID() + 1);
                }

                @Override
                public int advance(int target) throws IOException {
                    int doc = target;
                    while (true) {
                        if (doc > blockEnd) {
                            blockEnd = in.advanceShallow(doc);
                            blockMax = in.getMaxScore(blockEnd);
                        }
                        if (blockMax < minCompetitive) {
                            // No document up to the block's end can be among the best: go past it.
                            if (blockEnd >= NO_MORE_DOCS - 1) {
                                return matches.docID() == NO_MORE_DOCS ? NO_MORE_DOCS : matches.advance(NO_MORE_DOCS);
                            }
                            doc = blockEnd + 1;
                            continue;
                        }
                        int current = matches.docID() >= doc ? matches.docID() : matches.advance(doc);
                        if (current <= blockEnd) {
                            return current;
                        }
                        doc = current;
                    }
                }

                @Override
                public long cost() {
                    return matches.cost();
                }
            };
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        in.visit(visitor.getSubVisitor(org.apache.lucene.search.BooleanClause.Occur.MUST, this));
    }

    @Override
    public String toString(String field) {
        return "blockmax(" + in.toString(field) + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && in.equals(((BlockMaxQuery) other).in);
    }

    @Override
    public int hashCode() {
        return 31 * classHash() + in.hashCode();
    }
}

package org.kmbportal.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * How many clauses a query holds, counted as {@link IndexSearcher} counts them before running it (every term and
 * every other leaf, however deeply nested). Queries built from what people type stay within {@link #MAX_CLAUSES}, so
 * no text, however long or odd, can make a search fail with {@code TooManyClauses}: that is Lucene's default limit, the
 * lowest any searcher here uses.
 */
final class QueryBudget {

    static final int MAX_CLAUSES = 1024;

    private QueryBudget() {
    }

    static int clauses(Query query) {
        if (query == null) {
            return 0;
        }
        Counter counter = new Counter();
        query.visit(counter);
        return counter.count;
    }

    private static final class Counter extends QueryVisitor {
        private int count;

        @Override
        public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return this;
        }

        @Override
        public void visitLeaf(Query query) {
            count++;
        }

        @Override
        public void consumeTerms(Query query, Term... terms) {
            count += terms.length;
        }

        @Override
        public void consumeTermsMatching(Query query, String field,
                java.util.function.Supplier<ByteRunAutomaton> automaton) {
            count++;
        }
    }
}

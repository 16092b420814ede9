package org.kmbportal.search;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHitCountCollectorManager;
import org.apache.lucene.search.TotalHits;

/** The first pass of a search by relevance: its counts, its exact total and its best matches ({@link #search}). */
final class CountedThenRanked {

    private CountedThenRanked() {
    }

    /**
     * How many candidates the cheap pass picks at least for {@link #best}. Tests lower it to make the two-stage ranking
     * happen on a small library.
     */
    static volatile int candidates = 2000;

    /**
     * The drill-sideways counts and the exact number of matches, every match visited but none scored, then the best
     * {@code depth} matches by score in a pass that skips the documents that cannot reach them. The same hits, counts
     * and total as one pass scoring every match (what {@link DrillSideways#search(DrillDownQuery, int)} does), for
     * less work when the words match most of the library, as common words do (about a fifth less CPU per search on
     * the benchmark's 50,000 resources).
     */
    static DrillSideways.DrillSidewaysResult search(IndexSearcher searcher, DrillSideways sideways,
            DrillDownQuery drillDown, int depth) throws IOException {
        if (drillDown.getDrillDownQueries().length == 0 || !rankingSkips(drillDown.getBaseQuery())) {
            // Lucene's one scoring pass costs less here (CPU per first pass on the benchmark's 50,000 resources: 0.82
            // to 0.89 for one word, whose ranking pass cannot skip a match; 0.83 to 0.88 for any words without a
            // facet filter). With a filter and several words, counting first still pays (about 1.03 the other way).
            return sideways.search(drillDown, depth);
        }
        DrillSideways.ConcurrentDrillSidewaysResult<Integer> counted = sideways.search(drillDown,
                new TotalHitCountCollectorManager(searcher.getSlices()));
        int best = Math.max(1, Math.min(depth, searcher.getIndexReader().maxDoc()));
        TopDocs top = searcher.search(drillDown, new TopScoreDocCollectorManager(best, null, best));
        TopDocs hits = new TopDocs(new TotalHits(counted.collectorResult, TotalHits.Relation.EQUAL_TO),
                top.scoreDocs);
        return new DrillSideways.DrillSidewaysResult(counted.facets, hits, counted.drillDownFacetsCollector,
                counted.drillSidewaysFacetsCollector, counted.drillSidewaysDims);
    }

    /**
     * The best {@code n} matches of a query (its total not counted), for matching's search of a challenge's words: in a
     * large library (more than twice the candidates), the whole query scores only the {@code max(candidates, 4 n)}
     * best by the words' short fields ({@link #withoutBodies}), when these alone match as many, instead of every match
     * over 11 fields (a challenge's common words match nearly all of 50,000 resources). Each hit keeps the whole
     * query's score. Not used for a reader's search: there the counting pass it needs cost more than it saved (stop 44).
     */
    static TopDocs best(IndexSearcher searcher, Query query, int n) throws IOException {
        return best(searcher, query, n, Math.max(candidates, 4 * n));
    }

    /** As {@link #best(IndexSearcher, Query, int)}, the whole query scoring the {@code pool} best by the short fields. */
    static TopDocs best(IndexSearcher searcher, Query query, int n, int pool) throws IOException {
        TopDocs picked = searcher.getIndexReader().maxDoc() > 2 * pool
                ? picked(searcher, query, withoutBodies(query), n, pool)
                : null;
        return picked != null ? picked : searcher.search(query, n);
    }

    /**
     * The best {@code n} by the whole query among the {@code pool} best by the cheap one (a query matching a subset
     * of its matches), each at the whole query's score; null when the cheap query matches fewer than {@code pool}.
     */
    private static TopDocs picked(IndexSearcher searcher, Query whole, Query cheap, int n, int pool)
            throws IOException {
        TopDocs picked = searcher.search(cheap, new TopScoreDocCollectorManager(pool, null, pool));
        if (picked.scoreDocs.length < pool) {
            return null;
        }
        return new QueryRescorer(whole) {
            @Override
            protected float combine(float firstPassScore, boolean secondPassMatches, float secondPassScore) {
                return secondPassMatches ? secondPassScore : 0f;
            }
        }.rescore(searcher, picked, n);
    }

    /**
     * The query with each word's body fields left out of its disjunction over fields (a word that only the body
     * fields carry keeps them): it matches a subset of the query's matches, through far shorter postings.
     */
    static Query withoutBodies(Query query) {
        return switch (query) {
            case BoostQuery boosted -> new BoostQuery(withoutBodies(boosted.getQuery()), boosted.getBoost());
            case DisjunctionMaxQuery words -> {
                List<Query> kept = words.getDisjuncts().stream().filter(q -> !inBody(q)).toList();
                yield kept.isEmpty() || kept.size() == words.getDisjuncts().size()
                        ? words
                        : new DisjunctionMaxQuery(kept, words.getTieBreakerMultiplier());
            }
            case BooleanQuery bool -> {
                BooleanQuery.Builder rebuilt = new BooleanQuery.Builder()
                        .setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
                for (BooleanClause clause : bool.clauses()) {
                    boolean scoring = clause.occur() == BooleanClause.Occur.MUST
                            || clause.occur() == BooleanClause.Occur.SHOULD;
                    rebuilt.add(scoring ? withoutBodies(clause.query()) : clause.query(), clause.occur());
                }
                yield rebuilt.build();
            }
            default -> query;
        };
    }

    /** Whether every field a query reads is a body field. */
    private static boolean inBody(Query query) {
        java.util.Set<String> fields = new java.util.HashSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                fields.add(field);
                return true;
            }
        });
        return !fields.isEmpty() && fields.stream().allMatch(f -> f.startsWith("body_"));
    }

    /**
     * Whether a ranking pass over the query can skip matches that cannot reach the best: not when its only scoring
     * part is one disjunction with a tie-breaker (one word's query over its fields, {@link QueryInterpreter}), whose
     * scorer takes no minimum competitive score, so every match is scored anyway.
     */
    static boolean rankingSkips(Query query) {
        Query scoring = query;
        while (scoring instanceof BooleanQuery bool) {
            List<BooleanClause> clauses = bool.clauses().stream()
                    .filter(c -> c.occur() == BooleanClause.Occur.MUST || c.occur() == BooleanClause.Occur.SHOULD)
                    .toList();
            if (clauses.size() != 1) {
                return true;
            }
            scoring = clauses.get(0).query();
        }
        return !(scoring instanceof DisjunctionMaxQuery words) || words.getTieBreakerMultiplier() == 0;
    }
}

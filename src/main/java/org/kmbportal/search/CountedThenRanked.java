package org.kmbportal.search;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHitCountCollectorManager;
import org.apache.lucene.search.TotalHits;

/** The first pass of a search by relevance: its counts, its exact total and its best matches ({@link #search}). */
final class CountedThenRanked {

    private CountedThenRanked() {
    }

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

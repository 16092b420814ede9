package org.kmbportal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHitCountCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

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
        List<Term> words = drillDown.getDrillDownQueries().length == 0 ? unionOf(drillDown.getBaseQuery()) : null;
        if (words != null && sideways instanceof FacetCounts.Sideways counting) {
            // Plain words without a filter (most searches): the matches are the union of the words' postings, read
            // straight into a bit set per segment and counted from there; then the best ranked in a pass that may
            // skip the matches that cannot reach them.
            FacetsCollector matches = matching(searcher, words);
            long total = 0;
            for (FacetsCollector.MatchingDocs segment : matches.getMatchingDocs()) {
                total += segment.totalHits();
            }
            // One word's disjunction over fields skips whole blocks that cannot compete (BlockMaxQuery).
            Query rankedBy = rankingSkips(drillDown.getBaseQuery()) ? drillDown : new BlockMaxQuery(drillDown);
            return new DrillSideways.DrillSidewaysResult(counting.counts(matches),
                    ranked(searcher, rankedBy, depth, total), matches, new FacetsCollector[0], new String[0]);
        }
        if (drillDown.getDrillDownQueries().length == 0 || !rankingSkips(drillDown.getBaseQuery())) {
            // Lucene's one scoring pass costs less here (CPU per first pass on the benchmark's 50,000 resources: 0.82
            // to 0.89 for one word, whose ranking pass cannot skip a match; 0.83 to 0.88 for any words without a
            // facet filter). With a filter and several words, counting first still pays (about 1.03 the other way).
            return sideways.search(drillDown, depth);
        }
        DrillSideways.ConcurrentDrillSidewaysResult<Integer> counted = sideways.search(drillDown,
                new TotalHitCountCollectorManager(searcher.getSlices()));
        return new DrillSideways.DrillSidewaysResult(counted.facets,
                ranked(searcher, drillDown, depth, counted.collectorResult), counted.drillDownFacetsCollector,
                counted.drillSidewaysFacetsCollector, counted.drillSidewaysDims);
    }

    /** The best {@code depth} matches, in a pass free to skip those that cannot reach them, with the total counted. */
    private static TopDocs ranked(IndexSearcher searcher, Query query, int depth, long total) throws IOException {
        int best = Math.max(1, Math.min(depth, searcher.getIndexReader().maxDoc()));
        TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(best, null, best));
        return new TopDocs(new TotalHits(total, TotalHits.Relation.EQUAL_TO), top.scoreDocs);
    }

    /**
     * The terms whose postings together are exactly the documents the query matches, or null when it is not such a
     * union: words (with their synonyms) over fields, any of which may match (no required or excluded clause, no
     * phrase, no prefix).
     */
    static List<Term> unionOf(Query query) {
        List<Term> terms = new ArrayList<>();
        return addTerms(query, terms) ? terms : null;
    }

    private static boolean addTerms(Query query, List<Term> terms) {
        return switch (query) {
            case TermQuery term -> {
                terms.add(term.getTerm());
                yield true;
            }
            case SynonymQuery synonyms -> {
                terms.addAll(synonyms.getTerms());
                yield true;
            }
            case BoostQuery boosted -> addTerms(boosted.getQuery(), terms);
            case DisjunctionMaxQuery any -> any.getDisjuncts().stream().allMatch(q -> addTerms(q, terms));
            case BooleanQuery any -> any.getMinimumNumberShouldMatch() == 0
                    && any.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.SHOULD)
                    && any.clauses().stream().allMatch(c -> addTerms(c.query(), terms));
            default -> false;
        };
    }

    /** The live documents holding any of the terms, segment by segment, as the facet counts read them. */
    private static FacetsCollector matching(IndexSearcher searcher, List<Term> terms) throws IOException {
        List<FacetsCollector.MatchingDocs> segments = new ArrayList<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            int maxDoc = leaf.reader().maxDoc();
            FixedBitSet docs = new FixedBitSet(maxDoc);
            java.util.Map<String, TermsEnum> fields = new java.util.HashMap<>();
            PostingsEnum postings = null;
            for (Term term : terms) {
                TermsEnum field = fields.computeIfAbsent(term.field(), f -> termsOf(leaf, f));
                if (field != null && field.seekExact(term.bytes())) {
                    postings = field.postings(postings, PostingsEnum.NONE);
                    postings.nextDoc();
                    postings.intoBitSet(maxDoc, docs, 0);
                }
            }
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = live == null
                    ? DocIdSetIterator.NO_MORE_DOCS
                    : docs.nextSetBit(0); doc != DocIdSetIterator.NO_MORE_DOCS; doc = doc + 1 < maxDoc
                            ? docs.nextSetBit(doc + 1)
                            : DocIdSetIterator.NO_MORE_DOCS) {
                if (!live.get(doc)) {
                    docs.clear(doc);
                }
            }
            int count = docs.cardinality();
            segments.add(new FacetsCollector.MatchingDocs(leaf, new BitDocIdSet(docs, count), count, null));
        }
        return new FacetsCollector() {
            @Override
            public List<MatchingDocs> getMatchingDocs() {
                return segments;
            }
        };
    }

    private static TermsEnum termsOf(LeafReaderContext leaf, String field) {
        try {
            Terms terms = leaf.reader().terms(field);
            return terms == null ? null : terms.iterator();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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

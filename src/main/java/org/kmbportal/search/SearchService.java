package org.kmbportal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.lucene.document.IntPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * Searches the library: the query as typed (or its spelling correction when the typed words are not in the library),
 * filtered by facets, counted sideways, ordered by relevance or newest, a page of hits with highlighted snippets.
 */
@ApplicationScoped
public class SearchService {

    private static final Sort NEWEST = new Sort(new SortField(Fields.PUBLISHED, SortField.Type.LONG, true),
            SortField.FIELD_SCORE);

    /** How many of the best matches get the proximity bonus (the whole library, for a small one). */
    static final int RESCORED = 100;

    static {
        IndexSearcher.setMaxClauseCount(8192);
    }

    @Inject
    SearchIndex index;

    public SearchResult search(SearchRequest request) {
        if (QueryInterpreter.withoutWords(request.query())) {
            // Only punctuation, symbols, emoji or the operators: searching them would list the whole library as if
            // it matched. An operator typed alone ("OR") is named, not called punctuation.
            throw new BadQueryException(BadQueryException.WITHOUT_WORDS, SearchMessages.get(request.readerLanguage(),
                    QueryInterpreter.hasOperatorWord(request.query())
                            ? "search.error.onlyOperators"
                            : "search.error.noWords"));
        }
        if (QueryInterpreter.noWordToMatch(request.query())) {
            // "a OR OR b", "<b>x</b> &", "title:": no word to match, yet answered with "strong matches" (user
            // session). The library is listed as for browsing, newest first, none strong ({@link SearchNotices}).
            QueryInterpreter.normalize(request.query(), request.readerLanguage());
            return searched(request, "");
        }
        String normalized = QueryInterpreter.normalize(request.query(), request.readerLanguage());
        SearchResult result = searched(request, normalized);
        String unquoted = result.total() > 0 || result.suggestion() != null
                ? null
                : QueryInterpreter
                        .withoutQuotes(Optional.ofNullable(FieldSyntax.everywhere(normalized)).orElse(request.query()));
        if (unquoted != null && findsSome(new SearchRequest(unquoted, request.filters(), request.yearFrom(), request
                .yearTo(), request.order(), 1, request.size(), request.readerLanguage(), false))) {
            // « acompagnement des mentors » found nothing as an exact phrase, and its words in quotes get no spelling
            // help: the same words without the quotation marks are offered, corrected if need be on their own page.
            return result.withOffer(unquoted, false, SearchResult.Offer.WITHOUT_QUOTES);
        }
        return result;
    }

    private boolean findsSome(SearchRequest request) {
        try {
            return search(request).total() > 0;
        } catch (BadQueryException e) {
            return false;
        }
    }

    private SearchResult searched(SearchRequest request, String normalized) {
        return index.withSearcher(searcher -> {
            try {
                // Words the library does not contain match nothing: search their nearest known spelling instead,
                // and say so ("did you mean"). The reader can still ask for the words as typed.
                Optional<Speller.Correction> corrected = normalized.isEmpty() || request.asTyped()
                        ? Optional.empty()
                        : searcher.correction(stripped(request.query()), request.readerLanguage(),
                                index.analysis());
                if (corrected.isPresent() && corrected.get().replaces()) {
                    SearchResult fixed = run(searcher, request,
                            QueryInterpreter.normalize(corrected.get().text(), request.readerLanguage()));
                    if (fixed.total() > 0) {
                        return fixed.withSuggestion(ended(corrected.get().text()), true);
                    }
                }
                SearchResult found = run(searcher, request, normalized);
                String everywhere = found.total() == 0 && corrected.isEmpty()
                        ? FieldSyntax.everywhere(normalized)
                        : null;
                if (everywhere != null && run(searcher, request, everywhere).total() > 0) {
                    // title:"match closure" found nothing: the same words searched everywhere are offered.
                    return found.withOffer(everywhere, false, SearchResult.Offer.EVERYWHERE);
                }
                // Never the query itself offered as another spelling (the reader would be sent where they are).
                return found.withSuggestion(corrected.map(c -> ended(c.text()))
                        .filter(c -> !c.equals(ended(stripped(request.query())))).orElse(null), false);
            } catch (IndexSearcher.TooManyClauses e) {
                throw new BadQueryException("query_too_complex", SearchMessages.get(request.readerLanguage(),
                        "search.error.tooComplex"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The query without the spaces around it, no-break and wide ones included (a correction ends with its words). */
    private static String stripped(String query) {
        return query.replaceAll("^[\\s\\p{Z}]+|[\\s\\p{Z}]+$", "");
    }

    /**
     * A correction as the page shows it in a sentence ("Showing results for …."): without the full stop, question mark
     * or spaces that ended the query (« abandonner . » read the French page).
     */
    private static String ended(String correction) {
        return correction.replaceAll("[\\s\\p{Z}.,;:!?…]+$", "");
    }

    private SearchResult run(FacetSearcher searcher, SearchRequest request, String normalized) throws IOException {
        Analysis analysis = index.analysis();
        QueryInterpreter.Interpreted interpreted = interpret(searcher, request, normalized);
        FacetLabels labels = new FacetLabels(index.taxonomy(), request.readerLanguage());
        FacetsConfig config = index.facetsConfig();
        if (searcher.facetState() == null) {
            return new SearchResult(0, request.page(), request.size(), List.of(), Map.of(), null, false);
        }
        Ranked ranked = rank(searcher, request, normalized, interpreted, labels, false);
        long strongCount = ranked.strong();
        TopDocs all = ranked.ranking();
        String judgedOn = Speller.queryLanguage(normalized, LanguageWords.of(searcher.getIndexReader()));
        judgedOn = judgedOn == null ? request.readerLanguage() : judgedOn;
        if (strongCount >= 0 && (filtered(request) || !judgedOn.equals(request.readerLanguage()))) {
            // Strong is a property of a resource for the query alone: the strong matches of the search without its
            // filters, as the page of the query's language judges them. A filter only hides resources, so it never
            // raises the count ("3 strong" became "4 strong" when Practice guide was ticked: user test); and the
            // page's language does not change which resources are strong: the English page ranks by meaning too and
            // the French one by words, so « jumelage qui se termine mal que faire » had a strong match on the French
            // page, ranked below weaker hits on the English one where none was counted (user session). Those it
            // keeps come first, in the reader's version. The query alone's are the same for every filter: kept by
            // the searcher for the queries asked lately.
            String on = judgedOn;
            String key = String.join("\u0000", normalized, on, request.order().name(),
                    Integer.toString(request.size()), Double.toString(StrongMatches.floor),
                    Boolean.toString(HybridRanking.forLanguage(on)));
            Set<Integer> strong = searcher.strongAlone(key, () -> {
                Ranked alone = rankedAlone(searcher, request, normalized, on);
                return StrongMatches.versions(searcher,
                        StrongMatches.resources(searcher, alone.ranking(), alone.strong()));
            });
            all = StrongMatches.first(all, strong);
            strongCount = StrongMatches.leading(all, strong);
        }
        TopDocs page = OneRanking.first(all, Math.min(request.page() * request.size(), SearchRequest.MAX_DEPTH));
        Map<String, List<SearchResult.FacetValue>> facets = FacetLists.of(ranked.found().facets, labels);
        // Year counts ignore the year filter: without one, the search's own hits serve; with one, a second pass.
        boolean yearFiltered = request.yearFrom() != null || request.yearTo() != null;
        FacetsCollector forYears = yearFiltered
                ? FacetLists.hitsOf(searcher, drillDown(config, ranked.text(), request, labels))
                : ranked.found().drillDownFacetsCollector;
        facets.put(FacetLabels.YEAR, FacetLists.years(searcher, forYears, labels));
        return new SearchResult(page.totalHits.value(), request.page(), request.size(),
                ListedHits.of(searcher, analysis, interpreted.matches(), page, request, strongCount), facets, null,
                false,
                strongCount);
    }

    /** The search without its filters, its first page, for a reader of this language: its strong matches. */
    private Ranked rankedAlone(FacetSearcher searcher, SearchRequest request, String normalized, String reader)
            throws IOException {
        SearchRequest alone = new SearchRequest(request.query(), Map.of(), null, null, request.order(), 1,
                request.size(), reader, request.asTyped());
        return rank(searcher, alone, normalized, interpret(searcher, alone, normalized),
                new FacetLabels(index.taxonomy(), reader), true);
    }

    /**
     * The reading of the query: its words, and the resources made for the ages it names as a range ("12 to 17", « 12
     * à 17 ans »; {@link AgeRanges}), which stand for the range's own words; as typed for a query that asks for exact
     * words (quotes, exclusions, operators).
     */
    private QueryInterpreter.Interpreted interpret(FacetSearcher searcher, SearchRequest request, String normalized) {
        String typed = request.query();
        Analysis analysis = index.analysis().forReader(request.readerLanguage());
        AgeRanges ages = AgeRanges.of(index.taxonomy());
        Query forAges = HybridRanking.asksForExactWords(typed) ? null : ages.query(normalized);
        if (forAges == null) {
            return QueryInterpreter.interpret(normalized, analysis, searcher.getIndexReader(), true);
        }
        String words = ages.without(normalized);
        QueryInterpreter.Interpreted interpreted = QueryInterpreter.interpret(words, analysis,
                searcher.getIndexReader(), true);
        if (interpreted.matches() instanceof MatchAllDocsQuery) {
            return new QueryInterpreter.Interpreted(forAges, List.of());
        }
        return new QueryInterpreter.Interpreted(ages.narrowed(interpreted.matches(), forAges, normalized),
                interpreted.proximity());
    }

    /**
     * One search's ranking.
     *
     * @param found
     *            the hits by words with the facet counts
     * @param ranking
     *            every result in order, as deep as the page asked needs
     * @param strong
     *            how many strong matches lead it; -1 when none are counted (newest first, no words)
     * @param text
     *            the words' query without the versions hidden for the reader
     */
    private record Ranked(DrillSideways.DrillSidewaysResult found, TopDocs ranking, long strong, Query text) {
    }

    /**
     * @param rankingOnly
     *            when only the ranking and its strong count are wanted (the query alone's strong matches): the same
     *            hits by words, without the facet counts ({@code found} is null then)
     */
    private Ranked rank(FacetSearcher searcher, SearchRequest request, String normalized,
            QueryInterpreter.Interpreted interpreted, FacetLabels labels, boolean rankingOnly) throws IOException {
        FacetsConfig config = index.facetsConfig();
        Query text = interpreted.matches();
        // One result per resource: of a resource's versions that match, only the reader's language's takes part.
        // Chosen among the matches whatever the facet filters (so that counts drill sideways the same way with or
        // without them), except the language filter: a reader who asks for the other language gets its versions.
        java.util.Set<String> hidden = Translations.hiddenVersions(searcher,
                drillDown(config, withYears(text, request), languageOnly(request), labels), request.readerLanguage());
        text = Translations.without(text, hidden);
        // The words scored a window of documents at a time where every match is scored (the same scores).
        DrillDownQuery drillDown = drillDown(config, withYears(WordsAtOnce.of(text), request), request, labels);
        int topN = Math.min(request.page() * request.size(), SearchRequest.MAX_DEPTH);
        DrillSideways sideways = new FacetCounts.Sideways(searcher, config);
        // Without words to rank by (nothing typed, only signs such as an emoji, or only words left out: "-mentor"),
        // the newest come first and none is called a strong match.
        boolean newest = request.order() == SearchRequest.Order.NEWEST || normalized.isEmpty()
                || interpreted.matches() instanceof MatchAllDocsQuery
                || QueryInterpreter.leavesOutOnly(interpreted.matches());
        // Pages within the reranked head need only it; a page beyond it needs as many more matches by words as the
        // head may list by meaning instead (OneRanking).
        int depth = topN <= RESCORED ? RESCORED : topN + RESCORED + HybridRanking.DEPTH;
        DrillSideways.DrillSidewaysResult found;
        TopDocs firstPass;
        if (rankingOnly && !newest && request.filters().isEmpty()) {
            // Without filters the drill-sideways search is one pass collecting the top hits (every match scored, for
            // the exact total) and the facet counts; the same collector alone gives the same hits, uncounted.
            found = null;
            firstPass = searcher.search(drillDown, new TopScoreDocCollectorManager(depth, Integer.MAX_VALUE));
        } else {
            found = newest
                    ? sideways.search(drillDown, null, null, topN, NEWEST, true)
                    : CountedThenRanked.search(searcher, sideways, drillDown, depth);
            firstPass = found.hits;
        }
        float[] meaning = newest ? null : HybridRanking.queryMeaning(normalized, request.readerLanguage());
        TopDocs words = newest
                ? firstPass
                : OneRanking.byWords(searcher, firstPass, interpreted.bonus(), RESCORED, meaning == null ? 1 : 2);
        if (meaning != null) {
            TopDocs byWords = OneRanking.first(words, RESCORED);
            TopDocs near = nearest(searcher, request, normalized, labels, meaning);
            double weight = HybridRanking.meaningWeight(normalized, searcher.getIndexReader());
            // Which hits by words hold the query's topic: those that do not count less in the fusion, and only those
            // that do can be strong matches by words.
            TopicWords.Judged judged = topic(searcher, request, normalized).judge(searcher, byWords);
            TopDocs fused = HybridRanking.fuse(byWords, near, Integer.MAX_VALUE, weight, judged.holding());
            // Strong matches (above the relevance floor) that lead the ranking are counted apart.
            Set<Integer> strong = new java.util.HashSet<>(StrongMatches.of(byWords, weight > 0 ? near : null,
                    StrongMatches.floor, judged));
            TopDocs all = OneRanking.withTheRest(searcher, Translations.collapse(searcher, fused, Integer.MAX_VALUE),
                    words, RESCORED, drillDown, found == null ? null : found.drillDownFacetsCollector);
            all = forTheAges(searcher, request, normalized, all, judged, strong);
            List<Integer> exact = exactTitles(searcher, request, normalized, labels);
            strong.addAll(exact);
            all = ExactTitles.first(searcher, all, exact);
            return new Ranked(found, all, StrongMatches.leading(all, strong), text);
        }
        if (newest) {
            return new Ranked(found, words, -1, text);
        }
        // The count looks further than the page, over the hits ranked by words. Where the ranking is by words alone
        // for the reader's language (French), the strong matches are judged by meaning too, as for English readers: a
        // French question answered only by an English resource found nothing (user session), its English strongly.
        TopDocs head = OneRanking.first(words, RESCORED);
        float[] judging = HybridRanking.embedded(normalized, request.readerLanguage());
        TopDocs near = judging == null || HybridRanking.meaningWeight(normalized, searcher.getIndexReader()) <= 0
                ? null
                : nearest(searcher, request, normalized, labels, judging);
        TopicWords.Judged judged = topic(searcher, request, normalized).judge(searcher, head);
        Set<Integer> strong = new java.util.HashSet<>(StrongMatches.of(head, near, StrongMatches.floor, judged));
        List<Integer> exact = exactTitles(searcher, request, normalized, labels);
        strong.addAll(exact);
        words = ExactTitles.first(searcher, forTheAges(searcher, request, normalized, words, judged, strong), exact);
        return new Ranked(found, words, StrongMatches.leading(words, strong), text);
    }

    /**
     * The ranking with the hits made for the ages the query names first, each one strong ({@link
     * AgeRanges#madeForThemFirst}).
     */
    private TopDocs forTheAges(FacetSearcher searcher, SearchRequest request, String normalized, TopDocs ranking,
            TopicWords.Judged judged, Set<Integer> strong) throws IOException {
        return HybridRanking.asksForExactWords(request.query())
                ? ranking
                : AgeRanges.of(index.taxonomy()).madeForThemFirst(searcher, ranking, normalized, judged.holding(),
                        strong);
    }

    /**
     * The items nearest in meaning to the query that the request's filters accept and the reader is offered (only the
     * reader's version of a translated resource, whether its words match or not).
     */
    private TopDocs nearest(FacetSearcher searcher, SearchRequest request, String normalized, FacetLabels labels,
            float[] meaning) throws IOException {
        FacetsConfig config = index.facetsConfig();
        Query forTheAges = HybridRanking.asksForExactWords(request.query())
                ? new MatchAllDocsQuery()
                : AgeRanges.of(index.taxonomy()).allButOtherAges(normalized);
        Query everything = drillDown(config, withYears(forTheAges, request), request, labels);
        Query filter = drillDown(config, withYears(Translations.without(forTheAges,
                Translations.hiddenVersions(searcher, everything, request.readerLanguage())), request), request,
                labels);
        // The model learned English: for another language's reader, a translated resource is compared by its
        // English version's vector too, and listed as the reader's version.
        return "en".equals(request.readerLanguage())
                ? HybridRanking.nearest(searcher, meaning, filter, HybridRanking.DEPTH)
                : HybridRanking.nearestAsRead(searcher, meaning, filter, everything, HybridRanking.DEPTH);
    }

    /**
     * The query's words as the ranking reads them (without the ages a range names), to judge which hits hold its
     * topic; none for a query of exact words (quotes, exclusions, operators), judged by the scores alone.
     */
    private TopicWords topic(FacetSearcher searcher, SearchRequest request, String normalized) {
        if (HybridRanking.asksForExactWords(request.query())) {
            return TopicWords.none();
        }
        return TopicWords.of(AgeRanges.of(index.taxonomy()).without(normalized),
                index.analysis().forReader(request.readerLanguage()),
                searcher.getIndexReader());
    }

    /** The items whose exact title (in either language) the query is, as shown to the reader ({@link ExactTitles}). */
    private List<Integer> exactTitles(FacetSearcher searcher, SearchRequest request, String normalized,
            FacetLabels labels) throws IOException {
        Query filter = drillDown(index.facetsConfig(), withYears(new MatchAllDocsQuery(), request), request, labels);
        return ExactTitles.of(searcher, normalized, index.analysis(), request.readerLanguage(), filter);
    }

    /** Whether the request narrows the search by a facet, a language or years. */
    private static boolean filtered(SearchRequest request) {
        return request.filters().values().stream().anyMatch(values -> !values.isEmpty())
                || request.yearFrom() != null || request.yearTo() != null;
    }

    private static SearchRequest languageOnly(SearchRequest request) {
        Map<String, List<String>> language = request.filters().containsKey(Fields.LANGUAGE)
                ? Map.of(Fields.LANGUAGE, request.filters().get(Fields.LANGUAGE))
                : Map.of();
        return new SearchRequest(request.query(), language, request.yearFrom(), request.yearTo(), request.order(),
                request.page(), request.size(), request.readerLanguage(), request.asTyped());
    }

    private static Query withYears(Query text, SearchRequest request) {
        if (request.yearFrom() == null && request.yearTo() == null) {
            return text;
        }
        int from = request.yearFrom() == null ? Integer.MIN_VALUE : request.yearFrom();
        int to = request.yearTo() == null ? Integer.MAX_VALUE : request.yearTo();
        return new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST)
                .add(IntPoint.newRangeQuery(Fields.YEAR, from, to), BooleanClause.Occur.FILTER).build();
    }

    private static DrillDownQuery drillDown(FacetsConfig config, Query base, SearchRequest request,
            FacetLabels labels) {
        DrillDownQuery query = new DrillDownQuery(config, base);
        for (String dimension : labels.dimensions()) {
            for (String value : request.filters().getOrDefault(dimension, List.of())) {
                query.add(dimension, value);
            }
        }
        return query;
    }
}

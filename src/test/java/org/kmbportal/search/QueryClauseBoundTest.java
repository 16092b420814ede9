package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import org.apache.lucene.search.Query;
import org.kmbportal.testing.GeneratedText;

/**
 * The queries built from what people type stay within the clause budget whatever the text, and run: searches (up to
 * 500 characters, with operators, quotes, emoji, right-to-left text and control characters) and organizations'
 * challenges (up to 2,000 characters), over the shipped library. Generated input (jqwik).
 */
class QueryClauseBoundTest {

    private static final Set<String> REFUSALS = Set.of("query_too_long", "query_too_nested",
            "query_too_many_words");
    private static SearchFixture library;

    @BeforeContainer
    static void index() {
        library = SearchFixture.shippedLibrary();
    }

    @AfterContainer
    static void close() throws IOException {
        library.close();
    }

    @Property(tries = 150)
    void aSearchQueryStaysWithinTheClauseBudgetAndRuns(@ForAll("searches") String typed) {
        String normalized;
        try {
            normalized = QueryInterpreter.normalize(typed, "en");
        } catch (BadQueryException refused) {
            assertTrue(REFUSALS.contains(refused.code()), refused.code());
            Statistics.label("search").collect("refused with a plain message");
            return;
        }
        Query query = library.index.withSearcher(searcher -> QueryInterpreter
                .interpret(normalized, library.index.analysis(), searcher.getIndexReader()).combined());
        int clauses = QueryBudget.clauses(query);
        assertTrue(clauses <= QueryBudget.MAX_CLAUSES, clauses + " clauses for: " + typed);
        library.search.search(new SearchRequest(typed, Map.of(), null, null, SearchRequest.Order.RELEVANCE, 1, 10,
                "en"));
        Statistics.label("search").collect(clauses > 256 ? "searched, over 256 clauses" : "searched");
    }

    @Property(tries = 80)
    void aChallengeQueryStaysWithinTheClauseBudgetAndRuns(@ForAll("challenges") String challenges) {
        ChallengeSearch search = library.challengeSearch();
        Query query = library.index.withSearcher(searcher -> search
                .query(ChallengeSearch.informativeWords(challenges), searcher));
        int clauses = QueryBudget.clauses(query);
        assertTrue(clauses <= QueryBudget.MAX_CLAUSES, clauses + " clauses for: " + challenges);
        Map<String, Float> relevance = search.relevance(challenges, 500);
        search.matchedWords(relevance.keySet().stream().limit(10).toList(), challenges);
        Statistics.label("challenge length").collect(challenges.length() / 500 * 500 + "+ characters");
    }

    @Provide
    Arbitrary<String> searches() {
        return Arbitraries.oneOf(GeneratedText.shortText(45, 500), GeneratedText.upTo(500),
                GeneratedText.libraryWords(500));
    }

    @Provide
    Arbitrary<String> challenges() {
        return Arbitraries.oneOf(GeneratedText.upTo(2000), GeneratedText.libraryWords(2000));
    }

}

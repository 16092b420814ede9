package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import java.util.stream.Stream;

import org.apache.lucene.search.Query;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;

/**
 * The queries built from what people type stay within the clause budget whatever the text, and run: searches (up to
 * 500 characters, with operators, quotes, emoji, right-to-left text and control characters) and organizations'
 * challenges (up to 3,000 characters), over the shipped library. Generated input ({@link Gen}, seeded).
 */
class QueryClauseBoundTest {

    private static final Set<String> REFUSALS = Set.of("query_too_long", "query_too_nested",
            "query_too_many_words");
    private static SearchFixture library;

    @BeforeAll
    static void index() {
        library = SearchFixture.sharedShippedLibrary();
    }

    @ParameterizedTest(name = "try {index}")
    @MethodSource("searches")
    void aSearchQueryStaysWithinTheClauseBudgetAndRuns(String typed) {
        String normalized;
        try {
            normalized = QueryInterpreter.normalize(typed, "en");
        } catch (BadQueryException refused) {
            assertTrue(REFUSALS.contains(refused.code()), refused.code());
            return;
        }
        Query query = library.index.withSearcher(searcher -> QueryInterpreter
                .interpret(normalized, library.index.analysis(), searcher.getIndexReader()).combined());
        int clauses = QueryBudget.clauses(query);
        assertTrue(clauses <= QueryBudget.MAX_CLAUSES, clauses + " clauses for: " + typed);
        try {
            library.search.search(new SearchRequest(typed, Map.of(), null, null, SearchRequest.Order.RELEVANCE, 1,
                    10, "en"));
        } catch (BadQueryException refused) {
            assertTrue(refused.code().equals(BadQueryException.WITHOUT_WORDS), refused.code() + " for: " + typed);
        }
    }

    @ParameterizedTest(name = "try {index}")
    @MethodSource("challenges")
    void aChallengeQueryStaysWithinTheClauseBudgetAndRuns(String challenges) {
        ChallengeSearch search = library.challengeSearch();
        Query query = library.index.withSearcher(searcher -> search
                .query(ChallengeSearch.informativeWords(challenges), searcher));
        int clauses = QueryBudget.clauses(query);
        assertTrue(clauses <= QueryBudget.MAX_CLAUSES, clauses + " clauses for: " + challenges);
        Map<String, Float> relevance = search.relevance(challenges, 500);
        search.matchedWords(relevance.keySet().stream().limit(10).toList(), challenges);
    }

    static Stream<String> searches() {
        return Gen.tries("search", 150, Gen.oneOf(GeneratedText.shortText(45, 500), GeneratedText.upTo(500),
                GeneratedText.libraryWords(500)));
    }

    static Stream<String> challenges() {
        return Gen.tries("challenges", 80, Gen.oneOf(GeneratedText.upTo(
                org.kmbportal.matching.OrganizationProfile.MAX_CHALLENGES),
                GeneratedText.libraryWords(
                        org.kmbportal.matching.OrganizationProfile.MAX_CHALLENGES)));
    }
}

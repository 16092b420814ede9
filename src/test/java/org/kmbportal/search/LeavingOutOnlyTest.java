package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A search that only leaves words out ("-mentor", "😀 -youth -mentoring", "NOT mentor") matches every resource not
 * excluded alike: it called them all "strong matches" (user session: "3 strong matches" for "😀 -mentor"). It now
 * lists them newest first, as a search with no words does, and calls none strong.
 */
class LeavingOutOnlyTest {

    private static final List<String> WORDS = List.of("mentor", "mentoring", "youth", "program", "training",
            "families", "school", "evaluation", "jeunes", "bénévoles", "mentorat", "formation", "école", "jumelage",
            "staff", "turnover", "recherche", "volunteers");
    /** Signs that are no operator (« » are quotation marks, as " is: words between them are a phrase). */
    private static final List<String> SIGNS = List.of("😀", "★", "§", "¶", "…", "❤️", "#", "1️⃣", "—");
    private static SearchFixture library;

    @BeforeAll
    static void build() {
        library = SearchFixture.sharedShippedLibrary();
    }

    static Stream<Arguments> leavingOut() {
        Random random = new Random(org.kmbportal.testing.Gen.seed() ^ 0x1EAFL);
        List<Arguments> queries = new ArrayList<>(List.of(Arguments.of("-mentor", "en"),
                Arguments.of("😀 -mentor", "en"), Arguments.of("-youth -mentoring", "en"),
                Arguments.of("NOT mentor", "fr"), Arguments.of("😀 -mentor", "fr")));
        for (int i = 0; i < 40; i++) {
            StringBuilder q = new StringBuilder();
            for (int n = 1 + random.nextInt(3); n > 0; n--) {
                if (random.nextInt(3) == 0) {
                    q.append(SIGNS.get(random.nextInt(SIGNS.size()))).append(' ');
                }
                q.append(random.nextInt(4) == 0 ? "NOT " : "-").append(WORDS.get(random.nextInt(WORDS.size())))
                        .append(' ');
            }
            queries.add(Arguments.of(q.toString().strip(), random.nextBoolean() ? "en" : "fr"));
        }
        return queries.stream();
    }

    @ParameterizedTest(name = "[{index}] {0} ({1})")
    @MethodSource("leavingOut")
    void aSearchThatOnlyLeavesWordsOutCallsNoMatchStrongAndListsTheNewestFirst(String query, String reader) {
        assertTrue(SearchRequest.leavesOutOnly(query), query);
        SearchResult result = library.search.search(new SearchRequest(query, Map.of(), null, null,
                SearchRequest.Order.RELEVANCE, 1, 20, reader));
        assertFalse(result.strongCounted(), query + ": " + result.strong() + " strong of " + result.total());
        assertTrue(result.strong() <= 0, query + ": " + result.strong());
        SearchResult newest = library.search.search(new SearchRequest(query, Map.of(), null, null,
                SearchRequest.Order.NEWEST, 1, 20, reader));
        assertEquals(library.ids(newest), library.ids(result), query + ": the newest first, as with no words");
        assertEquals(newest.total(), result.total(), query);
    }

    static Stream<String> withAWordToLookFor() {
        Random random = new Random(org.kmbportal.testing.Gen.seed() ^ 0x5EEDL);
        List<String> queries = new ArrayList<>(List.of("mentoring -youth", "😀 staff -turnover", "NOT mentor training",
                "-youth bénévoles", "\"staff turnover\" -school"));
        for (int i = 0; i < 40; i++) {
            List<String> parts = new ArrayList<>();
            for (int n = 1 + random.nextInt(3); n > 0; n--) {
                parts.add((random.nextBoolean() ? "-" : "NOT ") + WORDS.get(random.nextInt(WORDS.size())));
            }
            parts.add(random.nextInt(parts.size() + 1), WORDS.get(random.nextInt(WORDS.size())));
            queries.add(String.join(" ", parts));
        }
        return queries.stream();
    }

    /** A word to look for beside the words left out: the search still ranks by it (only the tip changes nothing). */
    @ParameterizedTest
    @MethodSource("withAWordToLookFor")
    void aSearchWithAWordToLookForIsNotOneThatOnlyLeavesOut(String query) {
        assertFalse(SearchRequest.leavesOutOnly(query), query);
    }
}

package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kmbportal.testing.Gen;

/**
 * Years typed the wrong way round in the year boxes or the address ("2020 to 1990", user session us57b) are the
 * years between them: on the shipped library they find what the same years in order find, not "no results", and
 * the search says them in order.
 */
class ReversedYearsTest {

    private static SearchFixture library;

    private static synchronized SearchFixture library() {
        if (library == null) {
            library = SearchFixture.sharedShippedLibrary();
        }
        return library;
    }

    static Stream<int[]> yearsTries() {
        Random random = new Random(Gen.seed() * 31 + "reversed-years".hashCode());
        return Stream.generate(() -> {
            int earlier = 1985 + random.nextInt(30);
            return new int[]{earlier, earlier + 1 + random.nextInt(15), random.nextInt(3)};
        }).limit(12);
    }

    @ParameterizedTest
    @MethodSource("yearsTries")
    void yearsTheWrongWayRoundFindWhatTheYearsInOrderFind(int[] years) {
        String query = List.of("mentor", "mentorat", "").get(years[2]);
        String language = years[2] == 1 ? "fr" : "en";
        SearchResult ordered = library().search.search(new SearchRequest(query, Map.of(), years[0], years[1],
                SearchRequest.Order.RELEVANCE, 1, 50, language));
        SearchRequest reversed = new SearchRequest(query, Map.of(), years[1], years[0], SearchRequest.Order.RELEVANCE,
                1, 50, language);
        assertEquals(years[0], reversed.yearFrom());
        assertEquals(years[1], reversed.yearTo());
        SearchResult found = library().search.search(reversed);
        assertEquals(ordered.total(), found.total(), years[1] + " to " + years[0]);
        assertEquals(ordered.hits().stream().map(SearchResult.Hit::id).toList(), found.hits().stream().map(
                SearchResult.Hit::id).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aWideRangeTheWrongWayRoundFindsResources(String language) {
        SearchResult found = library().search.search(new SearchRequest("", Map.of(), 2030, 1970,
                SearchRequest.Order.RELEVANCE, 1, 10, language));
        assertTrue(found.total() > 0, "the shipped library has studies between 1970 and 2030");
    }
}

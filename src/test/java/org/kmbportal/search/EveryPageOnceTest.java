package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.library.ResourceContent;
import org.kmbportal.testing.Gen;

/**
 * Walking every page of a search shows each resource once and as many as the total says (user test: English pages
 * 10 and 11 of "mentoring match" repeated two resources and never showed two others). Pages of ten are compared with
 * pages of fifty: one ranking, cut into pages.
 */
class EveryPageOnceTest {

    private static SearchFixture library;
    /** Every shipped id to its resource (the original's id), translations linked in either direction. */
    private static final Map<String, String> RESOURCE = new HashMap<>();

    private static synchronized SearchFixture library() {
        if (library == null) {
            library = SearchFixture.sharedShippedLibrary();
            for (ResourceContent r : library.resources) {
                RESOURCE.putIfAbsent(r.id(), r.id());
                if (!r.translationOf().isEmpty()) {
                    RESOURCE.put(r.id(), r.translationOf());
                    RESOURCE.put(r.translationOf(), r.translationOf());
                }
            }
            library.collections.forEach(c -> RESOURCE.putIfAbsent(c.id(), c.id()));
        }
        return library;
    }

    static Stream<Arguments> searches() {
        // Words of several resources' titles and teasers, so that many searches reach past the reranked head.
        Map<String, Integer> resources = new HashMap<>();
        for (ResourceContent r : library().resources) {
            java.util.Arrays.stream((r.title() + " " + r.teaser()).toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
                    .filter(w -> w.length() > 3).distinct().forEach(w -> resources.merge(w, 1, Integer::sum));
        }
        List<String> words = resources.entrySet().stream().filter(e -> e.getValue() >= 5).map(Map.Entry::getKey)
                .sorted().toList();
        Stream<String> real = Stream.of("mentoring match", "mentor training", "programme", "mentoring", "mentorat",
                "youth", "jumelage", "");
        Stream<String> generated = Gen.tries("every-page-once", 30, Gen.of(words).list(1, 4)
                .map(w -> String.join(" ", w)));
        return Stream.concat(real, generated)
                .flatMap(query -> Stream.of(Arguments.of(query, "en"), Arguments.of(query, "fr")));
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' for a reader in {1}")
    @MethodSource("searches")
    void everyPageShowsEachResourceOnceAndAllTheTotalCounts(String query, String reader) {
        List<String> byTen = walk(query, reader, 10);
        Set<String> resources = new HashSet<>();
        for (int i = 0; i < byTen.size(); i++) {
            String id = byTen.get(i);
            assertTrue(resources.add(RESOURCE.get(id)), "'" + query + "' for a reader in " + reader + ": " + id
                    + " at rank " + (i + 1) + " is a resource listed before");
        }
        assertEquals(byTen, walk(query, reader, SearchRequest.MAX_SIZE),
                "'" + query + "' for a reader in " + reader + ": pages of ten and of fifty list the same ranking");
    }

    /** Every page's ids, in order; each page gives the same total, and the pages hold as many as it says. */
    private static List<String> walk(String query, String reader, int size) {
        SearchResult first = search(query, reader, 1, size);
        List<String> ids = new ArrayList<>(library().ids(first));
        int pages = (int) Math.min(first.pageCount(), SearchRequest.MAX_DEPTH / size);
        for (int page = 2; page <= pages; page++) {
            SearchResult result = search(query, reader, page, size);
            assertEquals(first.total(), result.total(), "'" + query + "' for a reader in " + reader
                    + ": the total on page " + page + " of " + size);
            assertEquals(page < pages ? size : first.total() - (long) (pages - 1) * size, result.hits().size(),
                    "'" + query + "' for a reader in " + reader + ": hits on page " + page + " of " + size);
            ids.addAll(library().ids(result));
        }
        assertEquals(Math.min(first.total(), SearchRequest.MAX_DEPTH), ids.size(),
                "'" + query + "' for a reader in " + reader + ": the pages list as many as the total says");
        return ids;
    }

    private static SearchResult search(String query, String reader, int page, int size) {
        return library().search.search(new SearchRequest(query, Map.of(), null, null, SearchRequest.Order.RELEVANCE,
                page, size, reader));
    }
}

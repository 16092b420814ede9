package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.library.ResourceContent;
import org.kmbportal.testing.Gen;

/**
 * A strong match holds what the query is about, not one word the library uses everywhere: "zzqx quokka mentoring"
 * found three strong matches (every text says "mentoring"), so the editors' "asked and found nothing" never listed
 * it, and French questions called results « très pertinent » for one shared common word (user session). Words found
 * nowhere in the library count against a strong match; a search whose results only share a common word with it found
 * nothing, as search statistics record it ({@link SearchResult#found()}). The common words are the shipped library's
 * own (in more than two thirds of its texts), the other words generated.
 */
class StrongNeedsTheTopicTest {

    private static SearchFixture library;

    @BeforeAll
    static void build() {
        library = SearchFixture.sharedShippedLibrary();
    }

    /** Words of the library's titles that more than two thirds of its texts in the language hold. */
    private static List<String> commonWords(String language) {
        SearchFixture shipped = SearchFixture.sharedShippedLibrary();
        TreeSet<String> words = new TreeSet<>();
        for (ResourceContent resource : shipped.resources) {
            if (resource.language().equals(language)) {
                for (String word : DistinctiveWords.informative(resource.title())) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        }
        return shipped.index.withSearcher(searcher -> words.stream()
                .filter(w -> DistinctiveWords.share(w, language, searcher.getIndexReader(),
                        shipped.index.analysis().query()) > CommonWords.COMMON)
                .toList());
    }

    /** A word of letters no language here writes together, so no text holds it and no spelling is near it. */
    private static final Gen<String> NOWHERE = random -> {
        String odd = "qxzkjwv";
        StringBuilder word = new StringBuilder();
        for (int i = 4 + random.nextInt(6); i > 0; i--) {
            word.append(odd.charAt(random.nextInt(odd.length())));
        }
        return random.nextBoolean()
                ? word.toString()
                : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    };

    static Stream<Arguments> oneCommonWordAmongWordsFoundNowhere() {
        List<Arguments> cases = new ArrayList<>();
        cases.add(Arguments.of("zzqx quokka mentoring", "en"));
        cases.add(Arguments.of("zzqx quokka mentorat", "fr"));
        for (String language : List.of("en", "fr")) {
            List<String> common = commonWords(language);
            assertTrue(common.size() >= 2, "common words of the " + language + " titles: " + common);
            Gen<String> query = random -> {
                List<String> words = new ArrayList<>(NOWHERE.list(1, 3).next(random));
                words.add(random.nextInt(words.size() + 1), common.get(random.nextInt(common.size())));
                return String.join(" ", words) + (random.nextBoolean() ? " ?" : "");
            };
            Gen.tries("strong needs the topic " + language, 20, query)
                    .forEach(q -> cases.add(Arguments.of(q, language)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "[{index}] {0} ({1})")
    @MethodSource("oneCommonWordAmongWordsFoundNowhere")
    void resultsSharingOnlyACommonWordAreNotStrongAndTheSearchFoundNothing(String query, String language) {
        for (String reader : List.of(language, "en".equals(language) ? "fr" : "en")) {
            SearchResult result = library.search.search(new SearchRequest(query, Map.of(), null, null,
                    SearchRequest.Order.RELEVANCE, 1, 10, reader));
            assertTrue(result.total() > 0, query + ": the common word still finds texts");
            assertEquals(0, result.strong(), query + " for a reader in " + reader + ": strong matches "
                    + result.hits().stream().filter(SearchResult.Hit::strong).map(SearchResult.Hit::title).toList());
            assertEquals(0, result.found(), query + ": statistics record that it found nothing");
        }
    }
}

package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.library.ResourceContent;
import org.kmbportal.testing.Gen;

/**
 * A word the library uses everywhere decides nothing because some titles hold it: « Le mentorat en ligne
 * fonctionne-t-il ? » listed "Ce jumelage fonctionne-t-il ?" first, and "Youth-initiated mentoring: when young people
 * choose their own mentors", a title of the library's commonest words, came in the top five of many unrelated
 * questions (user sessions). A word weighed in a title as rare as it is in that field ("mentoring" is in every text but
 * only some titles) counted three times as a rare word. Here, a query of one of the library's common title words and
 * a word only a few texts hold lists first a text that holds the rare word. Both words are the shipped library's, in
 * its French texts, which are ranked by words alone (the model of meaning learned English).
 */
class CommonWordsInTitlesTest {

    private static SearchFixture library;

    @BeforeAll
    static void build() {
        library = SearchFixture.sharedShippedLibrary();
    }

    /** The informative words of the library's texts in the language, with what a share of its texts holds them. */
    private static List<String> words(String language, java.util.function.DoublePredicate share, boolean titles) {
        SearchFixture shipped = SearchFixture.sharedShippedLibrary();
        TreeSet<String> words = new TreeSet<>();
        for (ResourceContent resource : shipped.resources) {
            if (resource.language().equals(language)) {
                String text = titles ? resource.title() : LibraryReader.entry(resource, 1).body();
                for (String word : DistinctiveWords.informative(text)) {
                    if (word.length() >= 5 && word.chars().allMatch(Character::isLetter)) {
                        words.add(word.toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return shipped.index.withSearcher(searcher -> words.stream().filter(w -> share.test(
                DistinctiveWords.share(w, language, searcher.getIndexReader(), shipped.index.analysis().query())))
                .toList());
    }

    static Stream<Arguments> aCommonTitleWordAndARareWord() {
        List<String> common = words("fr", s -> s > CommonWords.COMMON, true);
        // Held by at least one text and by at most a twentieth of them.
        List<String> rare = words("fr", s -> s > 0 && s <= 0.05, false);
        assertTrue(common.size() >= 2 && rare.size() >= 20, common + " / " + rare.size());
        List<Arguments> cases = new ArrayList<>();
        cases.add(Arguments.of("Le mentorat en ligne fonctionne-t-il ?", "ligne"));
        Gen<String[]> pair = random -> new String[]{common.get(random.nextInt(common.size())),
                rare.get(random.nextInt(rare.size()))};
        Gen.tries("common title words", 30, pair).forEach(p -> cases.add(Arguments.of(
                p[0] + " " + p[1], p[1])));
        return cases.stream();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("aCommonTitleWordAndARareWord")
    void theFirstResultHoldsTheRareWord(String query, String rare) {
        SearchResult holding = library.search.search(new SearchRequest("\"" + rare + "\"", Map.of(), null, null,
                SearchRequest.Order.RELEVANCE, 1, SearchRequest.MAX_SIZE, "fr"));
        Set<String> ids = new HashSet<>();
        holding.hits().forEach(h -> ids.add(h.id()));
        SearchResult result = library.search.search(new SearchRequest(query, Map.of(), null, null,
                SearchRequest.Order.RELEVANCE, 1, 5, "fr"));
        assertTrue(!result.hits().isEmpty() && ids.contains(result.hits().get(0).id()), query + ": first "
                + result.hits().stream().map(SearchResult.Hit::title).toList() + ", none holding « " + rare + " »");
    }
}

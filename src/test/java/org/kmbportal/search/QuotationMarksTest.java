package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.library.ResourceContent;
import org.kmbportal.testing.Gen;

/**
 * The search help promises that words in quotation marks are searched as an exact phrase, and in French it shows them
 * as French typography writes them: « expressions exactes », with a no-break space (or a thin one) inside the marks.
 * On the shipped library, a run of a resource's title (English or French) typed between « » with any of those spaces,
 * or between curly quotes, on either page, finds exactly what it finds between straight quotes: the phrase, not every
 * resource holding one of its words (user session: « mentorat de groupe » listed nearly the whole library).
 */
class QuotationMarksTest {

    private static final List<String> INSIDE = List.of("\u00a0", "\u202f", " ", "");

    static Stream<Arguments> aPhraseInFrenchOrCurlyQuotesIsTheSamePhraseTries() {
        SearchFixture library = SearchFixture.sharedShippedLibrary();
        List<String> phrases = new ArrayList<>();
        for (ResourceContent resource : library.resources) {
            String[] words = resource.title().split("[^\\p{L}’'-]+");
            for (int i = 0; i + 2 <= words.length; i++) {
                String phrase = String.join(" ", List.of(words).subList(i, Math.min(words.length, i + 3)));
                // A phrase narrower than its words: two or three words of a title, one of them long.
                if (!phrase.isBlank() && List.of(phrase.split(" ")).stream().anyMatch(w -> w.length() >= 6)
                        && phrase.split(" ").length >= 2) {
                    phrases.add(phrase);
                }
            }
        }
        assertTrue(phrases.size() > 200, "phrases of titles: " + phrases.size());
        return Gen.tries("a phrase between quotation marks", 120, random -> {
            String phrase = phrases.get(random.nextInt(phrases.size()));
            String space = INSIDE.get(random.nextInt(INSIDE.size()));
            String marked = random.nextInt(4) == 0 ? "“" + phrase + "”" : "«" + space + phrase + space + "»";
            String page = random.nextBoolean() ? "fr" : "en";
            return Arguments.of(marked, "\"" + phrase + "\"", page);
        });
    }

    @ParameterizedTest(name = "{0} on the {2} page")
    @MethodSource("aPhraseInFrenchOrCurlyQuotesIsTheSamePhraseTries")
    void aPhraseInFrenchOrCurlyQuotesIsTheSamePhrase(String marked, String straight, String page) {
        SearchResult asPhrase = search(straight, page);
        SearchResult asMarked = search(marked, page);
        assertTrue(asPhrase.total() > 0, straight + " finds its own title");
        assertEquals(asPhrase.total(), asMarked.total(), marked + " finds as many as " + straight);
        assertEquals(ids(asPhrase), ids(asMarked), marked + " lists what " + straight + " lists");
        assertEquals(asPhrase.strong(), asMarked.strong(), marked + ": strong matches");
    }

    private static SearchResult search(String typed, String page) {
        return SearchFixture.sharedShippedLibrary().search.search(new SearchRequest(typed, Map.of(), null, null,
                SearchRequest.Order.RELEVANCE, 1, 20, page));
    }

    private static List<String> ids(SearchResult result) {
        return result.hits().stream().map(SearchResult.Hit::id).toList();
    }
}

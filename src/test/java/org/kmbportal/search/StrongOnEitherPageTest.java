package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.library.ResourceContent;
import org.kmbportal.testing.Gen;

/**
 * Which resources are strong matches is decided by the query alone, whatever the page's language: a French question
 * found three strong matches on the English page and none on the French one, where the ranking by words listed
 * English guides first; "mentoring for LGBTQ youth" one on the French page and none on the English one (user session).
 * Questions built from the shipped library's titles in both languages, each searched on both pages: a resource strong
 * on one page is strong on the other, in that page's version. The rule: the page of the query's language judges
 * ({@link Speller#queryLanguage}); a query whose words tell no language is judged on the reader's page, so only
 * questions whose language is told are asked here.
 */
class StrongOnEitherPageTest {

    private static SearchFixture library;
    private static Map<String, String> groups;

    @BeforeAll
    static void build() {
        library = SearchFixture.sharedShippedLibrary();
        groups = new java.util.HashMap<>();
        for (ResourceContent resource : library.resources) {
            groups.put(resource.id(), resource.translationOf() == null || resource.translationOf().isEmpty()
                    ? resource.id()
                    : resource.translationOf());
        }
    }

    private static final List<String> EN_FRAMES = List.of("%s", "how do we %s", "what helps with %s?",
            "%s for our program", "looking for %s", "WHAT ABOUT %s");
    private static final List<String> FR_FRAMES = List.of("%s", "comment %s", "que faire pour %s ?",
            "%s dans notre programme", "je cherche %s", "QU’EN EST-IL DE %s");

    static Stream<String> questions() {
        List<ResourceContent> titled = SearchFixture.sharedShippedLibrary().resources.stream()
                .filter(r -> DistinctiveWords.informative(r.title()).size() >= 2).toList();
        Gen<String> question = random -> {
            ResourceContent resource = titled.get(random.nextInt(titled.size()));
            List<String> words = DistinctiveWords.informative(resource.title());
            int length = Math.min(words.size(), 2 + random.nextInt(3));
            int from = random.nextInt(words.size() - length + 1);
            String span = String.join(" ", words.subList(from, from + length));
            List<String> frames = "fr".equals(resource.language()) ? FR_FRAMES : EN_FRAMES;
            String framed = String.format(Locale.ROOT, frames.get(random.nextInt(frames.size())), span);
            return random.nextInt(4) == 0 ? framed.toUpperCase(Locale.ROOT) : framed;
        };
        List<String> questions = new ArrayList<>(List.of(
                "comment garder les mentors bénévoles motivés après quelques mois", "mentoring for LGBTQ youth",
                "jumelage qui se termine mal que faire"));
        Gen.tries("strong on either page", 60, question).forEach(questions::add);
        return questions.stream().filter(q -> language(q) != null);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("questions")
    void aResourceStrongOnOnePageIsStrongOnTheOther(String question) {
        SearchResult english = library.search.search(new SearchRequest(question, Map.of(), null, null,
                SearchRequest.Order.RELEVANCE, 1, 50, "en"));
        SearchResult french = library.search.search(new SearchRequest(question, Map.of(), null, null,
                SearchRequest.Order.RELEVANCE, 1, 50, "fr"));
        assertEquals(english.strong(), french.strong(), question + ": strong on the English page "
                + strong(english) + ", on the French page " + strong(french));
        if (english.strong() <= 50) {
            assertEquals(strong(english), strong(french), question);
        }
    }

    private static String language(String question) {
        SearchFixture shipped = SearchFixture.sharedShippedLibrary();
        return shipped.index.withSearcher(searcher -> {
            try {
                return Speller.queryLanguage(question, LanguageWords.of(searcher.getIndexReader()));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** The translation groups of a page's strong matches (a resource and its versions are one). */
    private static TreeSet<String> strong(SearchResult result) {
        TreeSet<String> strong = new TreeSet<>();
        for (SearchResult.Hit hit : result.hits()) {
            if (hit.strong()) {
                strong.add(groups.getOrDefault(hit.id(), hit.id()));
            }
        }
        return strong;
    }
}

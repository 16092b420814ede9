package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.library.ResourceContent;
import org.kmbportal.testing.Gen;

/**
 * A reader sees the strong matches in the page's language first: on the French page, « formation des mentors » and «
 * mentorat par les pairs » led with an English resource though a French one was a strong match too (user session).
 * French questions built from the shipped library's French titles and topic labels, and English ones from its English
 * titles, each on its own language's page: when a strong match is listed in the page's language, the first hit is, and
 * the strong matches of the page's language come before the others.
 */
class FrenchFirstTest {

    private static final List<String> FR_FRAMES = List.of("%s", "comment %s", "que faire pour %s ?",
            "%s dans notre programme", "je cherche %s", "QU’EN EST-IL DE %s");
    private static final List<String> EN_FRAMES = List.of("%s", "how do we %s", "what helps with %s?",
            "%s for our program", "looking for %s");

    /** Words of a title or label, two to four in a row, in one of the language's question frames. */
    private static Gen<String> question(List<String> texts, List<String> frames) {
        return random -> {
            List<String> words = DistinctiveWords.informative(texts.get(random.nextInt(texts.size())));
            int length = Math.min(words.size(), 1 + random.nextInt(4));
            int from = random.nextInt(words.size() - length + 1);
            String span = String.join(" ", words.subList(from, from + length));
            return String.format(Locale.ROOT, frames.get(random.nextInt(frames.size())), span);
        };
    }

    private static List<String> titles(String language) {
        return SearchFixture.sharedShippedLibrary().resources.stream().filter(r -> language.equals(r.language()))
                .map(ResourceContent::title).filter(t -> !DistinctiveWords.informative(t).isEmpty()).toList();
    }

    static Stream<String> frenchQuestions() {
        SearchFixture library = SearchFixture.sharedShippedLibrary();
        List<String> labels = library.taxonomy.facets().stream().flatMap(v -> v.terms().stream())
                .map(t -> t.label().fr()).filter(l -> l != null && !DistinctiveWords.informative(l).isEmpty())
                .toList();
        List<String> questions = new ArrayList<>(List.of("formation des mentors", "mentorat par les pairs"));
        Gen.tries("french-first-titles", 50, question(titles("fr"), FR_FRAMES)).forEach(questions::add);
        Gen.tries("french-first-labels", 30, question(labels, FR_FRAMES)).forEach(questions::add);
        return questions.stream().distinct().filter(q -> "fr".equals(language(q)));
    }

    static Stream<String> englishQuestions() {
        return Gen.tries("english-first-titles", 30, question(titles("en"), EN_FRAMES)).distinct()
                .filter(q -> "en".equals(language(q)));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("frenchQuestions")
    void aFrenchReaderSeesTheFrenchStrongMatchesFirst(String question) {
        assertPagesLanguageFirst(question, "fr");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("englishQuestions")
    void anEnglishReaderSeesTheEnglishStrongMatchesFirst(String question) {
        assertPagesLanguageFirst(question, "en");
    }

    private static void assertPagesLanguageFirst(String question, String reader) {
        SearchResult found = SearchFixture.sharedShippedLibrary().search.search(new SearchRequest(question, Map.of(),
                null, null, SearchRequest.Order.RELEVANCE, 1, 50, reader));
        List<String> strong = found.hits().stream().filter(SearchResult.Hit::strong).map(SearchResult.Hit::language)
                .toList();
        if (!strong.contains(reader)) {
            return;
        }
        assertEquals(reader, found.hits().get(0).language(), question + ": the first hit is "
                + found.hits().get(0).title() + " though a strong match is in the page's language: " + strong);
        int firstOther = strong.indexOf(reader.equals("fr") ? "en" : "fr");
        assertTrue(firstOther < 0 || strong.subList(firstOther, strong.size()).stream().noneMatch(reader::equals),
                question + ": strong matches by language " + strong);
    }

    private static String language(String question) {
        return SearchFixture.sharedShippedLibrary().index.withSearcher(searcher -> {
            try {
                return Speller.queryLanguage(question, LanguageWords.of(searcher.getIndexReader()));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}

package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.lucene.index.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.testing.Gen;

/**
 * A slip is corrected to the nearest real form of the word meant, not to its family's commonest word: « abandonent »
 * became « abandonner » where « abandonnent » is one letter away, "mentorring" became "mentor" where "mentoring" is
 * (user session). The library's own words and the French forms of its verbs it lacks, a letter dropped or doubled,
 * typed after a word telling their language, on either page: the correction is a real word (the library's or the
 * language's), of the typed word's family, and no farther from what was typed than the word meant.
 */
class NearestSpellingTest {

    /** The words (lower-cased, accents folded) of each language's documents' titles, notes and bodies. */
    private static Map<String, Set<String>> inLanguage;

    private static synchronized SearchFixture library() {
        SearchFixture library = SearchFixture.sharedShippedLibrary();
        if (inLanguage == null) {
            inLanguage = SpellingCorrectionTest.wordsByLanguage(library);
        }
        return library;
    }

    private static String fold(String word) {
        return SpellingCorrectionTest.fold(word);
    }

    /** Whether the spelling field (every searched text of the library) holds the word. */
    private static boolean spelled(String word) {
        return library().index.withSearcher(searcher -> {
            try {
                return searcher.getIndexReader().docFreq(new Term(Fields.SPELL, word)) > 0;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static SearchResult search(String query, String reader) {
        return library().search.search(new SearchRequest(query, Map.of(), null, null, SearchRequest.Order.RELEVANCE,
                1, 10, reader));
    }

    /** Words that tell a query's language, typed before the slip. */
    private static final Map<String, List<String>> TELLING = Map.of("en", List.of("the", "with", "for"), "fr",
            List.of("les", "des", "pour", "avec"));

    /** The word with one inner letter dropped or doubled. */
    private static Gen<String> slip(String word) {
        return random -> {
            int at = 1 + random.nextInt(word.length() - 2);
            return random.nextBoolean()
                    ? word.substring(0, at) + word.substring(at + 1)
                    : word.substring(0, at + 1) + word.substring(at);
        };
    }

    /**
     * A slip no real word is, that the speller looks at (five letters or more) and that is not as near a word of
     * another family, the library's or a French form (« valiait »: « validait » or « variait », an ambiguity no speller
     * resolves).
     */
    private static boolean aClearSlip(String typed, String meant, String language) {
        if (typed.length() < 5 || spelled(typed) || WordForms.isWord(typed) || RealWords.english(typed)) {
            return false;
        }
        int distance = Inflections.distance(typed, meant);
        if ("fr".equals(language) && NearestForm.oneLetterAway(typed).stream().anyMatch(w -> !w.equals(meant)
                && WordForms.written(w, "fr").isPresent() && !ofTheFamily(w, meant, language))) {
            return false;
        }
        return Stream.of("en", "fr").flatMap(l -> inLanguage.get(l).stream()).noneMatch(w -> !w.equals(meant)
                && Math.abs(w.length() - typed.length()) <= distance && Inflections.distance(typed, w) <= distance
                && !ofTheFamily(w, meant, language));
    }

    private static boolean ofTheFamily(String word, String meant, String language) {
        return word.equals(meant) || Inflections.sameFamily(word, meant, language);
    }

    /** A slip in a library word of either language: the typed query, the word meant, its language, the page. */
    static Stream<Arguments> libraryWords() {
        library();
        Map<String, List<String>> words = Map.of("en", candidates("en"), "fr", candidates("fr"));
        return Gen.tries("nearest-library-words", 60, random -> {
            for (int i = 0; i < 1000; i++) {
                String language = Gen.of("en", "fr").next(random);
                String meant = Gen.of(words.get(language)).next(random);
                String typed = slip(meant).next(random);
                if (aClearSlip(typed, meant, language)) {
                    return Arguments.of(Gen.of(TELLING.get(language)).next(random) + " " + typed, meant, language,
                            Gen.of("en", "fr").next(random));
                }
            }
            throw new IllegalStateException("no clear slip found");
        });
    }

    private static List<String> candidates(String language) {
        return inLanguage.get(language).stream().filter(w -> w.length() >= 6 && w.chars().allMatch(c -> c >= 'a'
                && c <= 'z') && spelled(w)).sorted().toList();
    }

    /** Endings of French verbs of the first group, put in place of the infinitive's "-er". */
    private static final List<String> ENDINGS = List.of("ent", "aient", "ait", "ons", "ez", "ant", "eront",
            "erait", "eraient", "erions", "iez");

    /**
     * A slip in a French form of a verb the library conjugates, a form French has and the library's texts never write
     * (« abandonnent » of « abandonner »): the typed query, the form meant, French, the page.
     */
    static Stream<Arguments> frenchForms() {
        library();
        List<String> infinitives = inLanguage.get("fr").stream().filter(w -> w.length() >= 7 && w.endsWith("er")
                && !inLanguage.get("en").contains(w) && w.chars().allMatch(c -> c >= 'a' && c <= 'z')).sorted()
                .toList();
        return Gen.tries("nearest-french-forms", 40, random -> {
            for (int i = 0; i < 1000; i++) {
                String infinitive = Gen.of(infinitives).next(random);
                String meant = infinitive.substring(0, infinitive.length() - 2) + Gen.of(ENDINGS).next(random);
                if (spelled(meant) || !WordForms.isWord(meant) || RealWords.english(meant)) {
                    continue;
                }
                String typed = slip(meant).next(random);
                if (aClearSlip(typed, meant, "fr")) {
                    return Arguments.of(Gen.of(TELLING.get("fr")).next(random) + " " + typed, meant, "fr",
                            Gen.of("en", "fr").next(random));
                }
            }
            throw new IllegalStateException("no French form found");
        });
    }

    @ParameterizedTest(name = "[{index}] {0} ({1}, {2}) on the {3} page")
    @MethodSource({"libraryWords", "frenchForms"})
    void aSlipIsCorrectedToTheNearestRealFormOfItsFamily(String query, String meant, String language,
            String reader) {
        assertNearest(query, meant, language, reader);
    }

    @Test
    void theUsersWordsBecomeTheFormsMeant() {
        for (String reader : List.of("en", "fr")) {
            assertEquals("the mentoring", search("the mentorring", reader).suggestion(), reader);
            assertEquals("bénévoles qui abandonnent", search("benevols qui abandonent", reader).suggestion(),
                    reader);
        }
        // Alone on the English page, "abandonment" is as near.
        assertEquals("abandonnent", search("abandonent", "fr").suggestion());
    }

    private static void assertNearest(String query, String meant, String language, String reader) {
        SearchResult found = search(query, reader);
        String suggestion = found.suggestion();
        String typed = query.substring(query.lastIndexOf(' ') + 1);
        if (suggestion == null) {
            // Searched as typed: a French form of the library's words is found with its family (Inflections).
            assertTrue(found.total() > 0, query + " found nothing and was not corrected");
            return;
        }
        String[] words = suggestion.split(" ");
        assertEquals(query.split(" ").length, words.length, query + " became " + suggestion);
        String shown = fold(words[words.length - 1].toLowerCase(Locale.ROOT));
        String because = query + " became " + suggestion + " (" + meant + " was meant)";
        assertTrue(spelled(shown) || WordForms.isWord(shown), because + ": '" + shown + "' is no word");
        assertTrue(ofTheFamily(shown, meant, language), because + ": '" + shown + "' is of another family");
        assertTrue(Inflections.distance(typed, shown) <= Inflections.distance(typed, meant),
                because + ": '" + shown + "' is farther from '" + typed + "' than the word meant");
    }
}

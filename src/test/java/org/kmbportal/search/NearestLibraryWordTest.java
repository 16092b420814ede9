package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.testing.Gen;

/**
 * Issue 11: a misspelt word is corrected to the library word it is nearest to, whichever language's texts use it and
 * whichever page it is typed on: « mentorsip » on a French page was corrected to French « mentors » (two letters
 * away) rather than "mentorship" (one), as a word of the reader's language was taken however far. Generated on the
 * shipped library: words its English or French texts use, with one letter (or two, in a word of eight or more) added,
 * dropped, changed or two swapped, not its first letter (the spell checker keeps it), kept only when no other word of
 * the library with that first letter is as near, nor is the slip a word of English or French, a library word, a form
 * searched with a library word's family, or the beginning of a library word (a word still being typed).
 */
class NearestLibraryWordTest {

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

    private static SearchFixture library() {
        return SearchFixture.sharedShippedLibrary();
    }

    /** Each word of the library's texts (folded) and how many times its English and its French texts use it. */
    private static Map<String, int[]> libraryWords() {
        return library().index.withSearcher(searcher -> {
            try {
                Map<String, int[]> words = new java.util.TreeMap<>();
                LanguageWords counts = LanguageWords.of(searcher.getIndexReader());
                Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), Fields.SPELL);
                TermsEnum each = terms.iterator();
                for (BytesRef term = each.next(); term != null; term = each.next()) {
                    String word = term.utf8ToString();
                    int[] uses = {counts.count(word, "en"), counts.count(word, "fr")};
                    if (uses[0] + uses[1] > 0 && word.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                        words.put(word, uses);
                    }
                }
                return words;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The word with one random slip after its first letter. */
    private static String slip(String word, Random random) {
        int at = 1 + random.nextInt(word.length() - 1);
        char letter = LETTERS.charAt(random.nextInt(LETTERS.length()));
        return switch (random.nextInt(4)) {
            case 0 -> word.substring(0, at) + letter + word.substring(at);
            case 1 -> word.substring(0, at) + word.substring(at + 1);
            case 2 -> word.substring(0, at) + letter + word.substring(at + 1);
            default -> at + 1 < word.length()
                    ? word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2)
                    : word;
        };
    }

    /** Misspelt words, the library word each is nearest to, and the page typed on. */
    static Stream<Arguments> misspellings() {
        Map<String, int[]> library = libraryWords();
        List<String> all = new ArrayList<>(library.keySet());
        Random random = new Random(Gen.seed() + 52);
        List<Arguments> cases = new ArrayList<>();
        for (int language = 0; language < 2; language++) {
            int side = language;
            List<String> words = all.stream().filter(w -> w.length() >= 5 && library.get(w)[side] >= 2).toList();
            int wanted = cases.size() + 60;
            for (int tries = 0; tries < 20000 && cases.size() < wanted; tries++) {
                String word = words.get(random.nextInt(words.size()));
                String once = slip(word, random);
                String misspelt = once.length() >= 8 && random.nextBoolean() ? slip(once, random) : once;
                int edits = NearerWord.edits(misspelt, word);
                if (edits == 0 || misspelt.length() < 5 || edits > (misspelt.length() >= 8 ? 2 : 1)
                        || library.containsKey(misspelt) || RealWords.english(misspelt)
                        || WordForms.isWord(misspelt) || !onlyNearest(misspelt, word, edits, all)
                        || all.stream().anyMatch(w -> w.startsWith(misspelt)) || isInflection(misspelt)) {
                    continue;
                }
                cases.add(Arguments.of(misspelt, word, Gen.of("en", "fr").next(random)));
            }
        }
        return cases.stream();
    }

    /** Whether no other library word beginning with the same letter is as near as the word. */
    private static boolean onlyNearest(String misspelt, String word, int edits, List<String> all) {
        return all.stream().noneMatch(w -> !w.equals(word) && w.charAt(0) == misspelt.charAt(0)
                && Math.abs(w.length() - misspelt.length()) <= edits && NearerWord.edits(misspelt, w) <= edits);
    }

    private static boolean isInflection(String word) {
        return library().index.withSearcher(searcher -> {
            try {
                return !Inflections.of(word, searcher.getIndexReader()).isEmpty();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The query: a French reader's « mentorsip » is "mentorship", one letter away, not « mentors », two. */
    @org.junit.jupiter.api.Test
    void mentorsipOnTheFrenchPageIsMentorship() {
        // Each word as the library writes it in the language it was taken from.
        for (String reader : List.of("fr", "en")) {
            // A correction is in one language (CorrectionInOneLanguageTest): "mentorship évaluation" mixed them.
            assertEquals("fr".equals(reader) ? "mentors évaluation" : "mentorship evaluation", library().search
                    .search(new SearchRequest("mentorsip evalution", Map.of(), null, null,
                            SearchRequest.Order.RELEVANCE, 1, 10, reader))
                    .suggestion(), reader);
        }
    }

    @ParameterizedTest(name = "[{index}] {0} ({1}) on the {2} page")
    @MethodSource("misspellings")
    void aMisspeltWordIsCorrectedToTheLibraryWordItIsNearest(String misspelt, String word, String reader) {
        SearchResult found = library().search.search(new SearchRequest(misspelt, Map.of(), null, null,
                SearchRequest.Order.RELEVANCE, 1, 10, reader));
        String corrected = found.suggestion() == null
                ? null
                : SpellingCorrectionTest.fold(found.suggestion().toLowerCase(java.util.Locale.ROOT));
        assertEquals(word, corrected, reader + ": \"" + misspelt + "\" is nearest to \"" + word + "\"");
    }
}

package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.testing.Gen;

/**
 * A French reader's correctly spelled words were replaced by other library words and those were searched instead
 * ("Résultats pour …"; user session): "aînés" became "aidés", "mentors retraités" "mentors refaites", "sécurité en
 * ligne" "sécurisé en ligne", "intervenante jeunesse" "intervenants jeunesse". A word is searched instead of the typed
 * one only when the typed one is plausibly a slip for it (a letter dropped, doubled or swapped, a neighbouring key);
 * otherwise the correction is at most offered ("Vouliez-vous dire …") beside what the typed words find. Slips in both
 * languages ("recriut", "trainning", "mentroing", "bénévols") are still corrected. Shipped library.
 */
class SlipOrWordTest {

    private static final String KEYS = "azertyuiopqsdfghjklmwxcvbn";
    /** Consonants no letter of a keyboard has all as neighbours: one is always far from the letter it replaces. */
    private static final String CONSONANTS = "bcdfglmnprstv";

    /** The library's words as each language's texts write them (lower-cased, accents kept). */
    private static Map<String, Set<String>> written;
    /** All the library's words, lower-cased, accents folded. */
    private static Set<String> folded;

    private static synchronized SearchFixture library() {
        SearchFixture library = SearchFixture.sharedShippedLibrary();
        if (written == null) {
            Map<String, Set<String>> words = new HashMap<>(Map.of("en", new HashSet<>(), "fr", new HashSet<>()));
            library.index.withSearcher(searcher -> {
                try {
                    for (int doc = 0; doc < searcher.getIndexReader().maxDoc(); doc++) {
                        var stored = searcher.storedFields().document(doc);
                        String language = stored.get(Fields.LANGUAGE);
                        for (var field : stored) {
                            if (field.stringValue() != null && !field.name().equals(Fields.LANGUAGE)) {
                                Arrays.stream(field.stringValue().toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
                                        .forEach(words.get(language)::add);
                            }
                        }
                    }
                    return null;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            Set<String> all = new HashSet<>();
            words.values().forEach(w -> w.forEach(x -> all.add(fold(x))));
            folded = all;
            written = words;
        }
        return library;
    }

    private static String fold(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static SearchResult search(String query, String reader) {
        return library().search.search(new SearchRequest(query, Map.of(), null, null, SearchRequest.Order.RELEVANCE,
                1, 10, reader));
    }

    /** Words of one language's texts only, 6 to 12 letters, sorted (the generation is repeatable). */
    private static List<String> wordsOf(String language, boolean accented) {
        library();
        String other = "fr".equals(language) ? "en" : "fr";
        Set<String> otherFolded = new HashSet<>();
        written.get(other).forEach(w -> otherFolded.add(fold(w)));
        return written.get(language).stream()
                .filter(w -> w.length() >= 6 && w.length() <= 12 && w.chars().allMatch(Character::isLetter)
                        && !fold(w).equals(w) == accented && !otherFolded.contains(fold(w))
                        && !RealWords.english(fold(w)))
                .sorted().toList();
    }

    /**
     * Words the library lacks, written as carefully as its own (accents where its word has them), that differ from a
     * library word by one consonant mid-word changed into another: another word, not a slip ("aînés", "aidés").
     */
    static Stream<Arguments> otherWords() {
        Random random = new Random(Gen.seed());
        List<Arguments> cases = new ArrayList<>();
        for (String language : List.of("fr", "en")) {
            for (boolean accented : language.equals("fr") ? List.of(true, false) : List.of(false)) {
                List<String> words = wordsOf(language, accented);
                for (int tries = 0; tries < 400
                        && cases.size() < (language.equals("fr") ? (accented ? 25 : 50) : 75); tries++) {
                    String word = words.get(random.nextInt(words.size()));
                    int at = 2 + random.nextInt(word.length() - 4);
                    char was = word.charAt(at);
                    if (CONSONANTS.indexOf(was) < 0) {
                        continue;
                    }
                    char now = CONSONANTS.charAt(random.nextInt(CONSONANTS.length()));
                    if (now == was || Speller.neighbours(was, now)) {
                        continue;
                    }
                    String other = word.substring(0, at) + now + word.substring(at + 1);
                    // Not a slip of another library word either ("percer" changed into "percet", a slip of "percent").
                    if (folded.contains(fold(other)) || slipOfALibraryWord(fold(other))) {
                        continue;
                    }
                    String context = Gen.of("", "aide aux ", "programme de ", "the ", "").next(random);
                    String typed = random.nextBoolean()
                            ? other
                            : Character.toUpperCase(other.charAt(0))
                                    + other.substring(1);
                    cases.add(Arguments.of(context + typed, language.equals("en")
                            ? "en"
                            : random.nextBoolean()
                                    ? "fr"
                                    : "en"));
                }
            }
        }
        return cases.stream();
    }

    /** Whether one letter dropped, added or two swapped turns the word into a library word. */
    private static boolean slipOfALibraryWord(String word) {
        for (int i = 0; i <= word.length(); i++) {
            if (i < word.length() && folded.contains(word.substring(0, i) + word.substring(i + 1))) {
                return true;
            }
            if (i + 1 < word.length() && folded.contains(word.substring(0, i) + word.charAt(i + 1) + word.charAt(i)
                    + word.substring(i + 2))) {
                return true;
            }
            for (char c = 'a'; c <= 'z'; c++) {
                if (folded.contains(word.substring(0, i) + c + word.substring(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    @ParameterizedTest
    @MethodSource("otherWords")
    void anotherWordIsNotSearchedInsteadOfTheTypedOne(String query, String reader) {
        SearchResult found = search(query, reader);
        assertFalse(found.corrected(), reader + ": \"" + query + "\" was searched as \"" + found.suggestion() + "\"");
    }

    /** The words of the user session: left as typed, what they find (or that nothing matched) shown. */
    @Test
    void theSessionsWordsAreSearchedAsTyped() {
        for (String query : List.of("aînés", "mentors retraités", "sécurité en ligne", "intervenante jeunesse",
                "jumelage intergénérationnel aînés CHSLD", "Aînés", "SÉCURITÉ EN LIGNE")) {
            for (String reader : List.of("fr", "en")) {
                SearchResult found = search(query, reader);
                assertFalse(found.corrected(), reader + ": \"" + query + "\" was searched as \"" + found.suggestion()
                        + "\"");
            }
        }
    }

    /**
     * Slips of library words of each language, as readers make them: a letter dropped, doubled, two swapped, a
     * neighbouring key struck (QWERTY or AZERTY), accents typed or not.
     */
    static Stream<Arguments> slips() {
        Random random = new Random(Gen.seed() + 1);
        List<Arguments> cases = new ArrayList<>();
        for (String language : List.of("en", "fr")) {
            List<String> words = new ArrayList<>(wordsOf(language, false));
            if (language.equals("fr")) {
                words.addAll(wordsOf(language, true));
            }
            int wanted = cases.size() + 60;
            for (int tries = 0; tries < 2000 && cases.size() < wanted; tries++) {
                String word = words.get(random.nextInt(words.size()));
                if (word.length() < 7) {
                    continue;
                }
                int at = 1 + random.nextInt(word.length() - 2);
                String slip = switch (random.nextInt(4)) {
                    case 0 -> word.substring(0, at) + word.substring(at + 1);
                    case 1 -> word.substring(0, at) + word.charAt(at) + word.substring(at);
                    case 2 -> word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2);
                    default -> {
                        char was = word.charAt(at);
                        String near = KEYS.chars().filter(k -> Speller.neighbours(was, (char) k))
                                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                                .toString();
                        yield near.isEmpty()
                                ? word
                                : word.substring(0, at) + near.charAt(random.nextInt(near.length()))
                                        + word.substring(at + 1);
                    }
                };
                if (random.nextBoolean()) {
                    slip = fold(slip);
                }
                // Names and citations are not corrected; inflections are searched with their family.
                if (folded.contains(fold(slip)) || RealWords.english(fold(slip)) || !usedInTexts(word, language)
                        || isInflection(fold(slip))) {
                    continue;
                }
                cases.add(Arguments.of(slip, word, language));
            }
        }
        return cases.stream();
    }

    private static boolean usedInTexts(String word, String language) {
        return library().index.withSearcher(searcher -> LanguageWords.of(searcher.getIndexReader())
                .count(fold(word), language) > 0);
    }

    private static boolean isInflection(String word) {
        return library().index.withSearcher(searcher -> {
            try {
                return !Inflections.of(word, searcher.getIndexReader()).isEmpty();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @ParameterizedTest
    @MethodSource("slips")
    void aSlipIsStillCorrected(String slip, String word, String language) {
        SearchResult found = search(slip, language);
        assertNotNull(found.suggestion(), language + ": \"" + slip + "\" (" + word + ") was not corrected");
        if (fold(found.suggestion().toLowerCase(Locale.ROOT)).equals(fold(word))) {
            assertTrue(found.corrected(), language + ": \"" + slip + "\" was only offered as " + found.suggestion());
        }
    }

    /** The English slips readers rely on are still searched corrected. */
    @Test
    void readersSlipsAreStillSearchedCorrected() {
        for (String slip : List.of("recriut", "trainning", "mentroing", "e-mentorng", "abandonent", "bénévols",
                "recrutment", "volunters")) {
            for (String reader : List.of("fr", "en")) {
                SearchResult found = search(slip, reader);
                assertTrue(found.corrected(), reader + ": \"" + slip + "\" was not searched corrected: "
                        + found.suggestion());
            }
        }
    }
}

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
 * ligne" "sécurisé en ligne", "intervenante jeunesse" "intervenants jeunesse". Those are words of French: a word of
 * English or French is never searched instead of, at most offered ("Vouliez-vous dire …") beside what the typed words
 * find (generated real words: {@link RealWordOrMisspellingTest}). Slips in both languages ("recriut", "trainning",
 * "mentroing", "bénévols": a letter dropped, doubled or swapped, a neighbouring key) are still corrected. Shipped
 * library.
 */
class SlipOrWordTest {

    private static final String KEYS = "azertyuiopqsdfghjklmwxcvbn";
    /** Keyboard rows (QWERTY, then AZERTY): a key's neighbours are beside it and on the rows above and below. */
    private static final List<List<String>> KEYBOARDS = List.of(List.of("qwertyuiop", "asdfghjkl", "zxcvbnm"),
            List.of("azertyuiop", "qsdfghjklm", "wxcvbn"));

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

    /** Whether two letters are neighbouring keys on a QWERTY or an AZERTY keyboard (one struck for the other). */
    static boolean neighbours(char a, char b) {
        for (List<String> rows : KEYBOARDS) {
            for (int r = 0; r < rows.size(); r++) {
                int i = rows.get(r).indexOf(a);
                if (i < 0) {
                    continue;
                }
                for (int d = -1; d <= 1; d++) {
                    if (r + d < 0 || r + d >= rows.size()) {
                        continue;
                    }
                    int j = rows.get(r + d).indexOf(b);
                    // Rows are staggered: the row below starts half a key to the right.
                    if (j >= 0
                            && (d == 0 ? Math.abs(i - j) == 1 : d > 0 ? j == i || j == i - 1 : j == i || j == i + 1)) {
                        return true;
                    }
                }
            }
        }
        return false;
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
                        String near = KEYS.chars().filter(k -> neighbours(was, (char) k))
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
                // A slip that is a word of English or French is that word, searched as typed (RealWordOrMisspellingTest).
                if (folded.contains(fold(slip)) || RealWords.english(fold(slip)) || WordForms.isWord(fold(slip))
                        || !usedInTexts(word, language)
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

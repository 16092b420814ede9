package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.library.ResourceContent;
import org.kmbportal.testing.Gen;

/**
 * "Showing results for": words in a quoted phrase are searched as typed, never corrected ("exact phrase" became
 * "exact phase": user test), and a correction is a word as the library writes it, accents kept ("bénévols" became
 * "benevoles"), for readers in either language.
 */
class SpellingCorrectionTest {

    private static SearchFixture library;
    /** The words of the library's titles and teasers, lower-cased as written. */
    private static Set<String> written;

    private static synchronized SearchFixture library() {
        if (library == null) {
            library = SearchFixture.shippedLibrary();
            // Every word of the library's stored texts (titles, notes, bodies), lower-cased as written.
            written = library.index.withSearcher(searcher -> {
                try {
                    Set<String> words = new java.util.HashSet<>();
                    for (int doc = 0; doc < searcher.getIndexReader().maxDoc(); doc++) {
                        for (var field : searcher.storedFields().document(doc)) {
                            if (field.stringValue() != null) {
                                words.addAll(Arrays.asList(field.stringValue().toLowerCase(Locale.ROOT)
                                        .split("[^\\p{L}]+")));
                            }
                        }
                    }
                    return words;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        return library;
    }

    @AfterAll
    static void close() throws IOException {
        if (library != null) {
            library.close();
        }
    }

    private static SearchResult search(String query, String reader) {
        return library().search.search(new SearchRequest(query, Map.of(), null, null, SearchRequest.Order.RELEVANCE,
                1, 10, reader));
    }

    private static String fold(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    @Test
    void wordsInQuotesAreSearchedAsTyped() {
        for (String reader : List.of("en", "fr")) {
            for (String query : List.of("\"exact phrase\" test", "\"phrase\"", "\"mentorsip evalution\"")) {
                SearchResult result = search(query, reader);
                assertNull(result.suggestion(), reader + ": " + query);
                assertFalse(result.corrected(), reader + ": " + query);
            }
            String outside = search("\"exact phrase\" recrutment", reader).suggestion();
            assertTrue(outside != null && outside.startsWith("\"exact phrase\" recrut"), reader + ": " + outside);
        }
        assertEquals("\"exact phrase\" recrutement", search("\"exact phrase\" recrutment", "fr").suggestion(),
                "a misspelt word outside the quotes is still corrected");
    }

    @Test
    void aCorrectionKeepsTheLibrarysAccentsForReadersInEitherLanguage() {
        assertEquals("bénévoles", search("bénévols", "en").suggestion());
        assertEquals("bénévoles", search("bénévols", "fr").suggestion());
        assertEquals("bénévoles", search("benevols", "fr").suggestion(), "typed without accents too");
        String french = search("évalution du programe", "fr").suggestion();
        assertTrue(french.startsWith("évaluation du "), french);
    }

    /** Library words of eight letters or more, each with one inner letter dropped, two of them in quotes. */
    static Stream<Arguments> quotedMisspellings() {
        List<String> words = library().resources.stream().map(ResourceContent::title)
                .flatMap(t -> Arrays.stream(t.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")))
                .filter(w -> w.length() >= 8).distinct().sorted().toList();
        Gen<String> misspelt = random -> {
            String word = words.get(random.nextInt(words.size()));
            int drop = 1 + random.nextInt(word.length() - 2);
            return word.substring(0, drop) + word.substring(drop + 1);
        };
        return Gen.tries("quoted-misspellings", 30, misspelt.list(3, 3)).flatMap(w -> Stream.of(
                Arguments.of("\"" + w.get(0) + " " + w.get(1) + "\" " + w.get(2), "en"),
                Arguments.of("\"" + w.get(0) + " " + w.get(1) + "\" " + w.get(2), "fr")));
    }

    @ParameterizedTest(name = "[{index}] {0} for a reader in {1}")
    @MethodSource("quotedMisspellings")
    void aQuotedPhraseIsNeverCorrected(String query, String reader) {
        String suggestion = search(query, reader).suggestion();
        String phrase = query.substring(0, query.lastIndexOf('"') + 1);
        assertTrue(suggestion == null || suggestion.startsWith(phrase + " "), query + " became " + suggestion);
    }

    /** Library words with accents, of seven letters or more, each with one unaccented inner letter dropped. */
    static Stream<Arguments> accentedMisspellings() {
        library();
        List<String> accented = written.stream().filter(w -> w.length() >= 7 && !fold(w).equals(w)).sorted()
                .toList();
        Gen<String> misspelt = random -> {
            String word = accented.get(random.nextInt(accented.size()));
            for (int i = 0; i < 20; i++) {
                int drop = 1 + random.nextInt(word.length() - 2);
                if (fold(String.valueOf(word.charAt(drop))).equals(String.valueOf(word.charAt(drop)))) {
                    return word.substring(0, drop) + word.substring(drop + 1);
                }
            }
            return word.substring(0, word.length() - 1);
        };
        return Gen.tries("accented-misspellings", 30, misspelt)
                .flatMap(w -> Stream.of(Arguments.of(w, "en"), Arguments.of(w, "fr")));
    }

    @ParameterizedTest(name = "[{index}] {0} for a reader in {1}")
    @MethodSource("accentedMisspellings")
    void aCorrectionIsWrittenAsTheLibraryWritesIt(String typed, String reader) {
        String suggestion = search(typed, reader).suggestion();
        if (suggestion == null) {
            return;
        }
        // A word the library writes both ways ("elements", "éléments") may be either.
        assertFalse(!written.contains(suggestion) && written.stream().anyMatch(w -> fold(w).equals(suggestion)),
                typed + " became " + suggestion + ", which the library writes with accents");
    }
}

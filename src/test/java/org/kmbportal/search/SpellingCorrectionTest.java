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
    /** The words (lower-cased, accents folded) of each language's documents' titles, notes and bodies. */
    private static Map<String, Set<String>> inLanguage;

    private static synchronized SearchFixture library() {
        if (library == null) {
            library = SearchFixture.sharedShippedLibrary();
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
            inLanguage = wordsByLanguage(library);
        }
        return library;
    }

    private static SearchResult search(String query, String reader) {
        return library().search.search(new SearchRequest(query, Map.of(), null, null, SearchRequest.Order.RELEVANCE,
                1, 10, reader));
    }

    /** The words (lower-cased, accents folded) of each language's documents' titles, notes and bodies. */
    static Map<String, Set<String>> wordsByLanguage(SearchFixture library) {
        return library.index.withSearcher(searcher -> {
            try {
                Map<String, Set<String>> words = Map.of("en", new java.util.HashSet<>(), "fr",
                        new java.util.HashSet<>());
                for (int doc = 0; doc < searcher.getIndexReader().maxDoc(); doc++) {
                    var stored = searcher.storedFields().document(doc);
                    String language = stored.get(Fields.LANGUAGE);
                    for (String field : List.of(Fields.TITLE_STORED, Fields.text("notes", language),
                            Fields.text("body", language))) {
                        String text = stored.get(field);
                        if (text != null) {
                            Arrays.stream(fold(text.toLowerCase(Locale.ROOT)).split("[^\\p{L}]+"))
                                    .forEach(words.get(language)::add);
                        }
                    }
                }
                return words;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    static String fold(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    @Test
    void wordsInQuotesAreSearchedAsTyped() {
        for (String reader : List.of("en", "fr")) {
            for (String query : List.of("\"exact phrase\" test", "\"phrase\"", "\"mentorsip evalution\"")) {
                SearchResult result = search(query, reader);
                // No other spelling: at most, when the phrase found nothing, the same words without their quotes.
                assertTrue(result.suggestion() == null || result.offered() == SearchResult.Offer.WITHOUT_QUOTES
                        && result.total() == 0 && result.suggestion().equals(query.replace("\"", "").strip()),
                        reader + ": " + query + " offered " + result.suggestion());
                assertFalse(result.corrected(), reader + ": " + query);
            }
            String outside = search("\"exact phrase\" recrutment", reader).suggestion();
            assertTrue(outside != null && outside.startsWith("\"exact phrase\" recru"), reader + ": " + outside);
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
        SearchResult result = search(query, reader);
        String suggestion = result.suggestion();
        String phrase = query.substring(0, query.lastIndexOf('"') + 1);
        // Or, when the phrase found nothing, the same words without their quotes (corrected on their own page).
        boolean unquoted = result.offered() == SearchResult.Offer.WITHOUT_QUOTES && result.total() == 0
                && query.replace("\"", "").equals(suggestion);
        assertTrue(suggestion == null || suggestion.startsWith(phrase + " ") || unquoted, query + " became "
                + suggestion);
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

    /**
     * Words the French texts always write with accents (never as their letters alone), with how they write them:
     * "benevoles" is written "bénévoles".
     */
    private static Map<String, String> alwaysAccentedInFrench() {
        return library().index.withSearcher(searcher -> {
            try {
                Map<String, Map<String, Integer>> forms = new java.util.HashMap<>();
                for (int doc = 0; doc < searcher.getIndexReader().maxDoc(); doc++) {
                    var stored = searcher.storedFields().document(doc);
                    if (!"fr".equals(stored.get(Fields.LANGUAGE))) {
                        continue;
                    }
                    for (String field : List.of(Fields.TITLE_STORED, Fields.text("notes", "fr"),
                            Fields.text("body", "fr"))) {
                        String text = stored.get(field);
                        if (text != null) {
                            for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                                forms.computeIfAbsent(fold(w), f -> new java.util.HashMap<>()).merge(w, 1,
                                        Integer::sum);
                            }
                        }
                    }
                }
                Map<String, String> accented = new java.util.TreeMap<>();
                forms.forEach((folded, written) -> {
                    if (folded.length() >= 5 && !written.containsKey(folded)) {
                        accented.put(folded, java.util.Collections.max(written.entrySet(),
                                Map.Entry.comparingByValue()).getKey());
                    }
                });
                return accented;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /**
     * French queries with words the library writes with accents typed without them, and a misspelt word, for a reader
     * in either language.
     */
    static Stream<Arguments> frenchQueriesTypedWithoutAccents() {
        Map<String, String> accented = alwaysAccentedInFrench();
        List<String> plain = List.copyOf(accented.keySet());
        Gen<String> query = random -> {
            List<String> words = new java.util.ArrayList<>(Gen.of(plain).list(1, 3).next(random));
            words.add(random.nextInt(words.size() + 1), misspelt(onlyIn("fr")).next(random));
            words.add(random.nextInt(words.size() + 1), Gen.of(FUNCTION_WORDS.get("fr")).next(random));
            words.add(Gen.of(FUNCTION_WORDS.get("fr")).next(random));
            // Typed in a box: a no-break or wide space may end it.
            return String.join(" ", words) + Gen.of("", " ", "\u00a0", "\u3000", "\u202f", " .", ".", " ?", "\u00a0?",
                    "…", " !").next(random);
        };
        return Gen.tries("french-without-accents", 30, query)
                .flatMap(q -> Stream.of(Arguments.of(q, "fr"), Arguments.of(q, "en")));
    }

    /**
     * « Résultats pour benevoles qui abandonner » (user session): the correction shows the words it keeps as the
     * library writes them too, accents included, and ends where the words end.
     */
    @ParameterizedTest(name = "[{index}] {0} for a reader in {1}")
    @MethodSource("frenchQueriesTypedWithoutAccents")
    void aCorrectionShowsTheLibrarysAccentsOnTheWordsItKeeps(String typed, String reader) {
        Map<String, String> accented = alwaysAccentedInFrench();
        String suggestion = search(typed, reader).suggestion();
        if (suggestion == null) {
            return;
        }
        assertFalse(suggestion.matches("(?s).*[\\s\\p{Z}.?!…]"), "'" + typed + "' became '" + suggestion
                + "', which the page ends with a full stop or a question mark of its own");
        for (String word : suggestion.split(" ")) {
            assertFalse(accented.containsKey(word), typed + " became " + suggestion + ": '" + word
                    + "' is written '" + accented.get(word) + "' in the library");
        }
    }

    @Test
    void benevolesQuiAbandonnentIsShownWithItsAccents() {
        for (String reader : List.of("fr", "en")) {
            String suggestion = search("benevoles qui abandonent", reader).suggestion();
            assertTrue(suggestion != null && suggestion.startsWith("bénévoles qui "), reader + ": " + suggestion);
        }
    }

    /** A French reader's correction was half English ("evaluaton du programe": "evaluation du programs"). */
    @Test
    void aFrenchQueryIsCorrectedWithFrenchWordsOnEitherPage() {
        for (String reader : List.of("fr", "en")) {
            assertEquals("évaluation du programme", search("evaluaton du programe", reader).suggestion(), reader);
            assertEquals("évaluation du programme", search("évalution du programe", reader).suggestion(), reader);
        }
        assertEquals("programme évaluation", search("programe evaluaton", "fr").suggestion(),
                "without a word to tell, the reader's language");
    }

    /** Function words that tell a query's language (the query is written in it whoever reads). */
    private static final Map<String, List<String>> FUNCTION_WORDS = Map.of("en",
            List.of("the", "of", "for", "with", "and", "how", "our"), "fr",
            List.of("du", "des", "pour", "avec", "les", "comment", "nos"));

    /** Words of eight letters or more that only one language's texts use. */
    private static List<String> onlyIn(String language) {
        library();
        String other = "fr".equals(language) ? "en" : "fr";
        return inLanguage.get(language).stream()
                .filter(w -> w.length() >= 8 && !inLanguage.get(other).contains(w) && !RealWords.english(w))
                .sorted().toList();
    }

    /** A word with one inner letter dropped, so that it is no word of the library nor of English. */
    private static Gen<String> misspelt(List<String> words) {
        return random -> {
            for (int i = 0; i < 50; i++) {
                String word = words.get(random.nextInt(words.size()));
                int drop = 1 + random.nextInt(word.length() - 2);
                String typo = word.substring(0, drop) + word.substring(drop + 1);
                if (!written.contains(typo) && !inLanguage.get("en").contains(typo)
                        && !inLanguage.get("fr").contains(typo) && !RealWords.english(typo)) {
                    return typo;
                }
            }
            throw new IllegalStateException("no misspelling found");
        };
    }

    /**
     * Queries in one language (its function words, two or three misspelt words of its own and words both languages
     * use), for a reader in either language.
     */
    static Stream<Arguments> misspeltQueriesInOneLanguage() {
        library();
        Stream<Arguments> all = Stream.empty();
        for (String language : List.of("en", "fr")) {
            List<String> own = onlyIn(language);
            List<String> shared = inLanguage.get(language).stream()
                    .filter(w -> w.length() >= 8 && inLanguage.get("fr".equals(language) ? "en" : "fr").contains(w))
                    .sorted().toList();
            Gen<String> word = Gen.oneOf(misspelt(own), misspelt(own), misspelt(shared),
                    Gen.of(FUNCTION_WORDS.get(language)));
            Gen<String> query = random -> {
                List<String> words = new java.util.ArrayList<>(word.list(2, 4).next(random));
                words.add(random.nextInt(words.size() + 1), misspelt(own).next(random));
                // Ends with a function word: a last word being typed is searched as the beginning of words instead.
                words.add(Gen.of(FUNCTION_WORDS.get(language)).next(random));
                return String.join(" ", words);
            };
            all = Stream.concat(all, Gen.tries("misspelt-" + language, 20, query).flatMap(
                    q -> Stream.of(Arguments.of(q, language, "en"), Arguments.of(q, language, "fr"))));
        }
        return all;
    }

    /**
     * Every word a correction puts in is a word of the query's language, whichever the reader's: that language has a
     * close word for each (each misspelling is one letter away from one of its words), so the words are never mixed.
     */
    @ParameterizedTest(name = "[{index}] {0} ({1}) for a reader in {2}")
    @MethodSource("misspeltQueriesInOneLanguage")
    void aCorrectionIsInTheQuerysLanguageAndNeverMixesLanguages(String query, String language, String reader) {
        String suggestion = search(query, reader).suggestion();
        assertTrue(suggestion != null, query);
        String[] typed = query.split(" ");
        String[] corrected = suggestion.split(" ");
        assertEquals(typed.length, corrected.length, query + " became " + suggestion);
        for (int i = 0; i < typed.length; i++) {
            String word = fold(corrected[i].toLowerCase(Locale.ROOT));
            assertTrue(typed[i].equals(corrected[i]) || inLanguage.get(language).contains(word),
                    query + " became " + suggestion + ": '" + corrected[i] + "' is no word of the " + language
                            + " texts");
        }
    }

    /** Common English words the library lacks. */
    private static final List<String> COMMON_ENGLISH = List.of("september", "trauma", "showing", "weather", "kitchen",
            "holiday", "shopping", "hospital");

    /**
     * A last word one letter short of a library word is a slip as much as a word being typed: "fermeture du jumelag"
     * is offered "fermeture du jumelage" on either page (it got no correction: a last word that begins library words
     * was never corrected), while the words as typed are still searched (they find what the whole word finds).
     */
    @Test
    void aLastWordOneLetterShortIsOfferedTheWholeWord() {
        for (String reader : List.of("en", "fr")) {
            SearchResult found = search("fermeture du jumelag", reader);
            assertEquals("fermeture du jumelage", found.suggestion(), reader);
            assertFalse(found.corrected(), reader);
            assertTrue(found.total() > 0, reader);
        }
    }

    /**
     * Library words of seven letters or more of either language, typed last without their last letter, where that is
     * no word of English or French.
     */
    static Stream<Arguments> lastWordsOneLetterShort() {
        library();
        Gen<String> language = Gen.of("en", "fr");
        return Gen.tries("last word one letter short", 40, random -> {
            String lang = language.next(random);
            List<String> words = inLanguage.get(lang).stream().filter(w -> w.length() >= 7
                    && !inLanguage.get("en").contains(w.substring(0, w.length() - 1))
                    && !inLanguage.get("fr").contains(w.substring(0, w.length() - 1))
                    && !RealWords.english(w.substring(0, w.length() - 1))
            // A real word of either language one letter short ("choisi", "suivant") is never corrected.
                    && !WordForms.isWord(w.substring(0, w.length() - 1))).sorted().toList();
            String word = words.get(random.nextInt(words.size()));
            return Arguments.of(word, lang, language.next(random));
        });
    }

    @ParameterizedTest(name = "{0} ({1}) on the {2} page")
    @MethodSource("lastWordsOneLetterShort")
    void aLastWordOneLetterShortOfALibraryWordGetsACorrection(String word, String language, String reader) {
        String typed = word.substring(0, word.length() - 1);
        SearchResult found = search(typed, reader);
        assertTrue(found.suggestion() != null, typed + " got no correction");
        assertFalse(found.corrected(), typed + " was searched as " + found.suggestion());
        String suggested = fold(found.suggestion().toLowerCase(Locale.ROOT));
        assertTrue(suggested.startsWith(typed) && suggested.length() == word.length(), typed + ": " + suggested);
    }

    /**
     * The common English words the embedding model knows are known as words: none was (the vocabulary was read up to
     * its "}" token, before its words), so "train 20 new mentors in September" could become "septembre".
     */
    @Test
    void commonEnglishWordsAreKnownAsWords() {
        for (String word : COMMON_ENGLISH) {
            assertTrue(RealWords.english(word), word);
        }
        for (String reader : List.of("en", "fr")) {
            assertNull(search("train 20 new mentors in September", reader).suggestion(), reader);
            assertNull(search("mentors who stop showing up after the holiday", reader).suggestion(), reader);
        }
    }

    /**
     * Library words of either language (of five letters or more) with one misspelt word among them: the real words
     * are kept as typed, whatever the reader's language.
     */
    static Stream<Arguments> realWordsAmongAMisspeltOne() {
        library();
        List<String> real = new java.util.ArrayList<>();
        for (String language : List.of("en", "fr")) {
            inLanguage.get(language).stream().filter(w -> w.length() >= 5).sorted().forEach(real::add);
        }
        real.addAll(COMMON_ENGLISH);
        List<String> longWords = real.stream().filter(w -> w.length() >= 8).toList();
        Gen<String> query = random -> {
            List<String> words = new java.util.ArrayList<>(Gen.of(real).list(2, 4).next(random));
            words.add(random.nextInt(words.size()), misspelt(longWords).next(random));
            return String.join(" ", words);
        };
        return Gen.tries("real-words", 30, query)
                .flatMap(q -> Stream.of(Arguments.of(q, "en"), Arguments.of(q, "fr")));
    }

    @ParameterizedTest(name = "[{index}] {0} for a reader in {1}")
    @MethodSource("realWordsAmongAMisspeltOne")
    void aRealWordOfEitherLanguageIsNeverReplaced(String query, String reader) {
        String suggestion = search(query, reader).suggestion();
        if (suggestion == null) {
            return;
        }
        String[] typed = query.split(" ");
        String[] corrected = suggestion.split(" ");
        assertEquals(typed.length, corrected.length, query + " became " + suggestion);
        for (int i = 0; i < typed.length; i++) {
            boolean real = inLanguage.get("en").contains(typed[i]) || inLanguage.get("fr").contains(typed[i])
                    || COMMON_ENGLISH.contains(typed[i]) || RealWords.english(typed[i]);
            // Kept, shown with the accents the library always gives it at most ("echange": "échange").
            assertTrue(!real || typed[i].equals(fold(corrected[i])), query + " became " + suggestion);
        }
    }
}

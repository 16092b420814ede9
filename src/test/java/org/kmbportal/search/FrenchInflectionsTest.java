package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.testing.Gen;

/**
 * French readers typing a verb form the library does not hold (user sessions): "abandonnent" was "corrected" to
 * "abandonner", "abandonnaient" found nothing, and "quitt" was corrected to English "quiet". A French inflection of
 * library words finds their resources with no correction; a correction offered to a French reader is a French word of
 * the typed word's family where one is as close as any other.
 */
class FrenchInflectionsTest {

    /** The words (lower-cased, accents folded) of each language's documents' titles, notes and bodies. */
    private static Map<String, Set<String>> inLanguage;

    private static synchronized SearchFixture library() {
        SearchFixture library = SearchFixture.sharedShippedLibrary();
        if (inLanguage == null) {
            inLanguage = library.index.withSearcher(searcher -> {
                try {
                    Map<String, Set<String>> words = Map.of("en", new HashSet<>(), "fr", new HashSet<>());
                    for (int doc = 0; doc < searcher.getIndexReader().maxDoc(); doc++) {
                        var stored = searcher.storedFields().document(doc);
                        String language = stored.get(Fields.LANGUAGE);
                        for (var field : stored) {
                            if (field.stringValue() != null && !field.name().equals(Fields.LANGUAGE)) {
                                Arrays.stream(fold(field.stringValue().toLowerCase(Locale.ROOT)).split("[^\\p{L}]+"))
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
        return library;
    }

    private static String fold(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static boolean inLibrary(String word) {
        return inLanguage.get("en").contains(word) || inLanguage.get("fr").contains(word);
    }

    private static SearchResult search(String query, String reader) {
        return library().search.search(new SearchRequest(query, Map.of(), null, null, SearchRequest.Order.RELEVANCE,
                1, 10, reader));
    }

    /** Endings of French verbs of the first group, put in place of the infinitive's "-er". */
    private static final List<String> ENDINGS = List.of("ent", "aient", "ait", "ons", "ez", "ant", "era", "eront",
            "erait", "eraient", "erions", "ais", "iez");

    /** Infinitives the French texts use ("abandonner", "quitter"), with a form of theirs the library lacks. */
    static Stream<Arguments> frenchInflections() {
        library();
        List<String> infinitives = inLanguage.get("fr").stream()
                .filter(w -> w.length() >= 7 && w.endsWith("er") && !inLanguage.get("en").contains(w)).sorted()
                .toList();
        Gen<List<String>> pair = random -> {
            for (int i = 0; i < 200; i++) {
                String infinitive = infinitives.get(random.nextInt(infinitives.size()));
                String form = infinitive.substring(0, infinitive.length() - 2)
                        + ENDINGS.get(random.nextInt(ENDINGS.size()));
                if (!inLibrary(form) && !RealWords.english(form)) {
                    return List.of(infinitive, form);
                }
            }
            throw new IllegalStateException("no inflection found");
        };
        Gen<String> context = Gen.of("", "les bénévoles qui ", "pourquoi les jeunes ", "comment nos mentors ",
                "des familles qui ");
        return Gen.tries("french-inflections", 30, random -> {
            List<String> words = pair.next(random);
            return Arguments.of(context.next(random) + words.get(1), words.get(0), Gen.of("fr", "en").next(random));
        });
    }

    /**
     * "abandonnent" finds what "abandonner" finds, on either page, and is not corrected: the reader typed a French
     * word, not a slip. (Typed alone, it finds among its first 50 resources some of the infinitive's first 10.)
     */
    @ParameterizedTest(name = "[{index}] {0} ({1}) on the {2} page")
    @MethodSource("frenchInflections")
    void aFrenchInflectionOfLibraryWordsFindsThemWithoutCorrection(String query, String infinitive, String reader) {
        SearchResult found = search(query, reader);
        assertNull(found.suggestion(), query + " was corrected to " + found.suggestion());
        assertTrue(found.total() > 0, query + " found nothing");
        Set<String> byInfinitive = new HashSet<>();
        search(infinitive, reader).hits().forEach(h -> byInfinitive.add(h.id()));
        String alone = query.substring(query.lastIndexOf(' ') + 1);
        List<String> ids = library().search.search(new SearchRequest(alone, Map.of(), null, null,
                SearchRequest.Order.RELEVANCE, 1, 50, reader)).hits().stream().map(SearchResult.Hit::id).toList();
        assertTrue(ids.stream().anyMatch(byInfinitive::contains),
                query + " finds none of the resources " + infinitive + " finds");
    }

    /** Functions words of either language that may surround a word cut short. */
    private static final List<String> CONTEXT = List.of("the", "of", "for", "with", "why", "du", "des", "pour",
            "avec", "les");

    /**
     * French words cut short to a beginning one letter short of a French word of their family (as "quitt" is of
     * "quitte"), a beginning no language's texts use nor English has, typed before other words.
     */
    static Stream<Arguments> frenchWordsCutShort() {
        library();
        List<String> cut = inLanguage.get("fr").stream()
                .filter(w -> w.length() >= 6 && !inLanguage.get("en").contains(w))
                .map(w -> w.substring(0, w.length() - 1))
                .filter(p -> p.length() >= 5 && p.chars().allMatch(c -> c >= 'a' && c <= 'z') && !inLibrary(p)
                        && !RealWords.english(p))
                .filter(p -> inLanguage.get("fr").stream().anyMatch(w -> w.length() == p.length() + 1
                        && w.startsWith(p) && Inflections.stem(w, "fr").equals(Inflections.stem(p, "fr"))))
                .distinct().sorted().toList();
        List<String> library = new ArrayList<>(inLanguage.get("fr").stream()
                .filter(w -> w.length() >= 6 && inLanguage.get("en").contains(w)).sorted().toList());
        return Gen.tries("french-cut-short", 30, random -> {
            List<String> words = new ArrayList<>(Gen.of(CONTEXT).list(1, 2).next(random));
            words.add(random.nextInt(words.size() + 1), Gen.of(cut).next(random));
            words.add(Gen.of(library).next(random));
            return Arguments.of(String.join(" ", words));
        });
    }

    /**
     * A French reader's correction of a French word cut short is a French word of its family ("quitt": "quitté", not
     * English "quiet"), the words around it kept.
     */
    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("frenchWordsCutShort")
    void aFrenchReadersCorrectionIsAFrenchWordOfTheFamily(String query) {
        SearchResult found = search(query, "fr");
        String suggestion = found.suggestion();
        if (suggestion == null) {
            assertTrue(found.total() > 0, query + " found nothing and was not corrected");
            return;
        }
        String[] typed = query.split(" ");
        String[] shown = suggestion.split(" ");
        assertEquals(typed.length, shown.length, query + " became " + suggestion);
        for (int i = 0; i < typed.length; i++) {
            String word = fold(shown[i].toLowerCase(Locale.ROOT));
            if (!inLibrary(typed[i]) && !typed[i].equals(word)) {
                assertTrue(inLanguage.get("fr").contains(word)
                        && Inflections.stem(word, "fr").equals(Inflections.stem(typed[i], "fr")),
                        query + " became " + suggestion + ": '" + shown[i] + "' is no French word of the family of '"
                                + typed[i] + "'");
            }
        }
    }
}

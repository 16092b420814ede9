package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.lucene.index.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.testing.Gen;

/**
 * A reader types the beginning of a word and looks at the suggestions, or searches before finishing it: "bénév" for
 * "bénévoles", "superv" for "supervision". On the shipped library, in both languages, with accents or without.
 */
class PartialWordTest {

    private static SearchFixture library;

    private static synchronized SearchFixture library() {
        if (library == null) {
            library = SearchFixture.sharedShippedLibrary();
        }
        return library;
    }

    private static SearchResult search(String query, String readerLanguage) {
        return library().search.search(new SearchRequest(query, Map.of(), null, null, SearchRequest.Order.RELEVANCE,
                1, 10, readerLanguage));
    }

    private static List<String> suggest(String typed, String readerLanguage) {
        Suggestions suggestions = new Suggestions();
        suggestions.index = library().index;
        return suggestions.suggest(typed, readerLanguage, 8);
    }

    @Test
    void theBeginningOfBenevoleFindsTheVolunteerResourcesAndSuggestsTheirTopic() {
        long whole = search("bénévole", "fr").total();
        assertTrue(whole > 0);
        for (String reader : List.of("en", "fr")) {
            for (String typed : List.of("bénév", "benev", "Bénévo")) {
                SearchResult found = search(typed, reader);
                assertTrue(found.total() >= whole, reader + " '" + typed + "' found " + found.total() + ", '"
                        + "bénévole' " + whole);
                assertFalse(found.corrected(), reader + " '" + typed + "' was corrected to " + found.suggestion());
                // The topic by its label in the reader's language.
                assertTrue(
                        suggest(typed, reader)
                                .contains("fr".equals(reader) ? "Mentors bénévoles" : "Volunteer mentors"),
                        reader + " '" + typed + "': " + suggest(typed, reader));
            }
        }
        assertTrue(suggest("volunt", "en").contains("Volunteer mentors"));
    }

    /** The beginning of a word of a taxonomy label the library uses, as a reader might type it, and the reader. */
    record Typed(String word, String typed, String reader) {
    }

    static Stream<Typed> partialWords() {
        // The words of the labels suggested (topics and the other facets' terms), in both languages
        List<String> words = library().taxonomy.facets().stream().flatMap(v -> v.terms().stream())
                .flatMap(t -> Stream.of(t.label().en(), t.label().fr()))
                .flatMap(l -> Stream.of(l.split("[\\s,()'’-]+")))
                .filter(w -> w.length() >= 6 && w.chars().allMatch(Character::isLetter))
                .filter(w -> inLibrary(fold(w))).distinct().toList();
        Gen<Typed> gen = random -> {
            String word = words.get(random.nextInt(words.size()));
            String typed = word.substring(0, 4 + random.nextInt(word.length() - 4));
            typed = switch (random.nextInt(3)) {
                case 0 -> fold(typed);
                case 1 -> typed.toUpperCase(Locale.ROOT);
                default -> typed;
            };
            return new Typed(word, typed, random.nextBoolean() ? "en" : "fr");
        };
        // A beginning that is itself a word of the library is searched as that word: not a partial word.
        return Gen.tries("partial-last-word", 80, gen.filter(t -> !inLibrary(fold(t.typed()))));
    }

    @ParameterizedTest
    @MethodSource("partialWords")
    void aPartialWordIsSearchedAndSuggestedAsTheBeginningOfWords(Typed t) {
        List<String> suggestions = suggest(t.typed(), t.reader());
        String prefix = fold(t.typed()).toLowerCase(Locale.ROOT);
        // A topic whose label in the other language the word begins is suggested by its label in the reader's.
        List<String> byOtherLabel = library().taxonomy.facets().stream().flatMap(v -> v.terms().stream())
                .filter(term -> beginsAWord(term.label().in("fr".equals(t.reader()) ? "en" : "fr"), prefix))
                .map(term -> term.label().in(t.reader())).toList();
        assertTrue(suggestions.stream().anyMatch(s -> beginsAWord(s, prefix) || byOtherLabel.contains(s)),
                t + ": " + suggestions);
        SearchResult found = search(t.typed(), t.reader());
        assertTrue(found.total() > 0, t + " found nothing");
        assertFalse(found.corrected(), t + " was corrected to " + found.suggestion());
    }

    @Test
    void aWordInsideThePhraseOrExcludedIsNotAPrefix() {
        assertTrue(PartialWord.lastWord("\"bénév").isEmpty());
        assertTrue(PartialWord.lastWord("mentor -bénév").isEmpty());
        assertTrue(PartialWord.lastWord("bénév*").isEmpty());
        assertTrue(PartialWord.lastWord("mentors bén").isEmpty(), "fewer than four letters");
        assertTrue(PartialWord.lastWord("mentors \"bénévoles\"").isEmpty());
        assertTrue(PartialWord.lastWord("mentors bénév").orElseThrow().equals("benev"));
    }

    private static boolean beginsAWord(String text, String prefix) {
        return List.of(fold(text).toLowerCase(Locale.ROOT).split("[^\\p{L}]+")).stream()
                .anyMatch(w -> w.startsWith(prefix));
    }

    private static boolean inLibrary(String folded) {
        return library().index.withSearcher(searcher -> {
            try {
                return searcher.getIndexReader().docFreq(new Term(Fields.SPELL, folded.toLowerCase(Locale.ROOT))) > 0;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}

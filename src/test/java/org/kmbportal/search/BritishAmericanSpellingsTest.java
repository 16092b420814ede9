package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.testing.Gen;

/**
 * Issue 11: a reader typing "behaviour" or "behavior", "programme" or "program", "organising" or "organizing" finds
 * the same resources, in the same order, with the same scores and the same highlighted passages, on the shipped
 * library; a challenge is matched to the same resources either way. The queries are generated: a listed spelling the
 * library writes (either way), written in capitals or not, among other words of the library, in both languages.
 */
class BritishAmericanSpellingsTest {

    private static Set<String> libraryWords;

    private static synchronized SearchFixture library() {
        SearchFixture library = SearchFixture.sharedShippedLibrary();
        if (libraryWords == null) {
            libraryWords = library.index.withSearcher(searcher -> {
                try {
                    Set<String> words = new HashSet<>();
                    for (int doc = 0; doc < searcher.getIndexReader().maxDoc(); doc++) {
                        for (var field : searcher.storedFields().document(doc)) {
                            if (field.stringValue() != null) {
                                Arrays.stream(Normalizer.normalize(field.stringValue().toLowerCase(Locale.ROOT),
                                        Normalizer.Form.NFD).replaceAll("\\p{M}", "").split("[^\\p{L}]+"))
                                        .filter(w -> w.length() > 2).forEach(words::add);
                            }
                        }
                    }
                    return words;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return library;
    }

    /** A query with a listed word, the same query with the word's other spelling, and the reader's language. */
    static Stream<Arguments> swappedSpellings() {
        library();
        List<Map.Entry<String, String>> pairs = SpellingFolding.words().entrySet().stream()
                .filter(e -> libraryWords.contains(e.getKey()) || libraryWords.contains(e.getValue()))
                .sorted(Map.Entry.comparingByKey()).toList();
        List<String> others = libraryWords.stream().filter(w -> !SpellingFolding.words().containsKey(w)
                && !SpellingFolding.words().containsValue(w)).sorted().toList();
        Gen<String> casing = Gen.of("lower", "lower", "Capital", "UPPER");
        return Gen.tries("british-american", 40, random -> {
            Map.Entry<String, String> pair = Gen.of(pairs).next(random);
            String how = casing.next(random);
            List<String> words = new java.util.ArrayList<>(Gen.of(others).list(0, 3).next(random));
            int at = random.nextInt(words.size() + 1);
            words.add(at, "@");
            String query = String.join(" ", words);
            return Arguments.of(query.replace("@", cased(pair.getKey(), how)),
                    query.replace("@", cased(pair.getValue(), how)), Gen.of("en", "fr").next(random));
        });
    }

    private static String cased(String word, String how) {
        return switch (how) {
            case "Capital" -> Character.toUpperCase(word.charAt(0)) + word.substring(1);
            case "UPPER" -> word.toUpperCase(Locale.ROOT);
            default -> word;
        };
    }

    private static SearchResult search(String query, String reader) {
        return library().search.search(new SearchRequest(query, Map.of(), null, null, SearchRequest.Order.RELEVANCE,
                1, 20, reader));
    }

    @ParameterizedTest(name = "[{index}] {0} / {1} on the {2} page")
    @MethodSource("swappedSpellings")
    void eitherSpellingFindsTheSameResourcesWithTheSameScores(String british, String american, String reader) {
        SearchResult one = search(british, reader);
        SearchResult other = search(american, reader);
        assertEquals(one.total(), other.total(), british + " and " + american + " found different counts");
        assertEquals(one.hits().stream().map(h -> h.id() + " " + h.score() + " " + h.strong()).toList(),
                other.hits().stream().map(h -> h.id() + " " + h.score() + " " + h.strong()).toList(),
                british + " and " + american + " rank differently");
        assertEquals(one.hits().stream().map(SearchResult.Hit::snippet).toList(),
                other.hits().stream().map(SearchResult.Hit::snippet).toList(),
                british + " and " + american + " show different passages");
    }

    /** Both spellings of the typed word, wherever a passage shows one, are marked, whichever was typed. */
    @ParameterizedTest(name = "[{index}] {0} / {1} on the {2} page")
    @MethodSource("swappedSpellings")
    void eitherSpellingIsMarkedInThePassages(String british, String american, String reader) {
        String typedBritish = word(british, american, true);
        String typedAmerican = word(british, american, false);
        Pattern either = Pattern.compile("(?iu)(<mark>(?:\\p{L}{1,2}['’])?)?\\b(" + Pattern.quote(typedBritish) + "|"
                + Pattern.quote(typedAmerican) + ")\\b");
        for (String query : List.of(british, american)) {
            for (SearchResult.Hit hit : search(query, reader).hits()) {
                if (hit.snippet() == null) {
                    continue;
                }
                Matcher found = either.matcher(hit.snippet());
                while (found.find()) {
                    assertFalse(found.group(1) == null, query + ": '" + found.group(2) + "' is not marked in "
                            + hit.id() + ": " + hit.snippet());
                }
            }
        }
    }

    /** A challenge written either way is matched to the same resources with the same relevance. */
    @ParameterizedTest(name = "[{index}] {0} / {1}")
    @MethodSource("swappedSpellings")
    void aChallengeWrittenEitherWayMatchesTheSameResources(String british, String american, String reader) {
        ChallengeSearch matching = MatchingFixture.sharedShippedLibrary().search();
        String before = "fr".equals(reader) ? "Nos jeunes et leurs mentors : " : "Our mentees and their mentors: ";
        assertEquals(matching.relevance(before + british, 20), matching.relevance(before + american, 20),
                british + " and " + american + " are matched differently");
    }

    /** The typed word of a query pair: the word where the two differ, British side or American side. */
    private static String word(String british, String american, boolean britishSide) {
        String[] one = british.split(" ");
        String[] other = american.split(" ");
        for (int i = 0; i < one.length; i++) {
            if (!one[i].equals(other[i])) {
                return britishSide ? one[i] : other[i];
            }
        }
        throw new IllegalStateException(british + " / " + american);
    }
}

package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;

/**
 * A sign or an emoji with no letter next to it is searched as if it were not there: "😀 -mentor" found nothing where
 * "-mentor" found 3 (user session), as the emoji was a word no text holds.
 */
class SignsInQueriesTest {

    private static final List<String> SIGNS = List.of("😀", "\"😀\"", "★", "(🙂)", "👩🏽‍🏫", "❤️", "🇨🇦", "©", "☺",
            "🔥🔥", "👍🏿", "Ⓜ️", "\"★ ☆\"", "✔", "→", "♥", "-😀", "«\u00a0🙂\u00a0»", "1️⃣", "🧑‍🤝‍🧑", "🏳️‍🌈");

    private static SearchFixture library;

    private static synchronized SearchFixture library() {
        if (library == null) {
            library = SearchFixture.sharedShippedLibrary();
        }
        return library;
    }

    private static SearchResult search(String query, String reader) {
        return library().search.search(new SearchRequest(query, Map.of(), null, null, SearchRequest.Order.RELEVANCE,
                1, 10, reader));
    }

    private static List<String> ids(SearchResult result) {
        return result.hits().stream().map(SearchResult.Hit::id).toList();
    }

    @Test
    void anEmojiBeforeAnExcludedWordChangesNothing() {
        for (String reader : List.of("en", "fr")) {
            SearchResult without = search("-mentor", reader);
            assertTrue(without.total() > 0, reader);
            for (String query : List.of("😀 -mentor", "\"😀\" -mentor", "-mentor 😀", "★ -mentor", "😀 NOT mentor")) {
                SearchResult with = search(query, reader);
                assertEquals(without.total(), with.total(), reader + ": " + query);
                assertEquals(ids(without), ids(with), reader + ": " + query);
            }
        }
    }

    /** Emoji made of a digit ("1️⃣", "#️⃣") are signs too: alone, they hold no word to search for. */
    @Test
    void keycapsAloneHoldNoWord() {
        for (String query : List.of("1️⃣", "2️⃣ #️⃣", "\"3️⃣\" 😀", "-1️⃣")) {
            assertTrue(QueryInterpreter.withoutWords(query), query);
        }
        assertTrue(!QueryInterpreter.withoutWords("1️⃣ 2026"), "a number typed is a word");
    }

    /**
     * Queries of the library's words in both languages, some excluded, with signs and emoji between them (alone, in
     * quotes or brackets): the same results as the words alone.
     */
    static Stream<Arguments> wordsWithSigns() {
        GeneratedText.Words vocabulary = GeneratedText.vocabulary();
        List<String> words = vocabulary.words().stream().filter(w -> w.matches("[\\p{L}'’-]{3,}")).toList();
        Gen<String> word = Gen.of(words);
        Gen<String> sign = Gen.of(SIGNS);
        Gen<List<String>[]> query = random -> {
            List<String> typed = new ArrayList<>();
            List<String> plain = new ArrayList<>();
            int parts = 2 + random.nextInt(6);
            boolean excluded = false;
            for (int i = 0; i < parts || !excluded; i++) {
                int kind = random.nextInt(3);
                if (kind == 0) {
                    typed.add(sign.next(random));
                } else {
                    String w = (kind == 1 ? "-" : "") + word.next(random);
                    excluded |= kind == 1;
                    typed.add(w);
                    plain.add(w);
                }
            }
            @SuppressWarnings("unchecked")
            List<String>[] pair = new List[]{typed, plain};
            return pair;
        };
        return Gen.tries("signs-with-excluded-words", 60, query).flatMap(pair -> Stream.of("en", "fr")
                .map(reader -> Arguments.of(String.join(" ", pair[0]), String.join(" ", pair[1]), reader)));
    }

    @ParameterizedTest(name = "[{index}] {0} for a reader in {2}")
    @MethodSource("wordsWithSigns")
    void signsAndEmojiAreSearchedAsIfAbsent(String typed, String words, String reader) {
        SearchResult with = search(typed, reader);
        SearchResult without = search(words, reader);
        assertEquals(without.total(), with.total(), "'" + typed + "' against '" + words + "'");
        assertEquals(ids(without), ids(with), "'" + typed + "' against '" + words + "'");
    }
}

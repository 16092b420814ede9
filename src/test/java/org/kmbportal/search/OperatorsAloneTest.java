package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.testing.Bundle;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;

/**
 * A search of only the operators OR, AND, NOT (with or without punctuation around them) has no word to search for: the
 * reader is told that these words only join others, not that they typed "only punctuation, symbols or emoji", which
 * is what "OR" alone used to get. With a word beside them the search runs.
 */
class OperatorsAloneTest {

    private static final List<String> OPERATORS = List.of("OR", "AND", "NOT");
    private static final List<String> AROUND = List.of(" ", "  ", "(", ")", "\"", "-", "+", "|", "?", "!", "…", "«",
            "»", "🙂", ",", ".");

    /** At least one operator, with punctuation, spaces or more operators around it, and no other word. */
    static Gen<String> operatorsAlone() {
        return random -> {
            StringBuilder typed = new StringBuilder();
            int operators = 1 + random.nextInt(4);
            for (int i = 0; i < operators; i++) {
                typed.append(AROUND.get(random.nextInt(AROUND.size())).repeat(random.nextInt(2)));
                typed.append(' ').append(OPERATORS.get(random.nextInt(OPERATORS.size()))).append(' ');
                typed.append(AROUND.get(random.nextInt(AROUND.size())).repeat(random.nextInt(2)));
            }
            return typed.toString();
        };
    }

    static Stream<Arguments> tries() {
        return Gen.tries("operators alone", 60, random -> Arguments.of(operatorsAlone().next(random),
                random.nextBoolean() ? "en" : "fr", GeneratedText.libraryWords(40).next(random)));
    }

    @ParameterizedTest(name = "try {index} ({1})")
    @MethodSource("tries")
    void operatorsAloneAreNamedAndWithAWordTheSearchRuns(String typed, String language, String word) {
        SearchFixture library = SearchFixture.sharedShippedLibrary();
        try {
            library.search.search(SearchRequest.simple(typed, language));
            fail("searched [" + typed + "] as if it held a word");
        } catch (BadQueryException refused) {
            assertEquals(BadQueryException.WITHOUT_WORDS, refused.code(), typed);
            assertEquals(Bundle.text(language, "search.error.onlyOperators"), refused.getMessage(),
                    "[" + typed + "]");
        }
        // With a word the search runs (a refusal would throw): "NOT word" may rightly find nothing else, so only the
        // refusal is checked here.
        library.search.search(SearchRequest.simple(typed + " " + word, language));
    }
}

package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The words a resource speaks to, as the reasons of "for my organization" and "evidence for this" name them: plain
 * words as the reader typed them, never the escaped HTML of the highlighted snippet they were found in.
 */
class ChallengeWordsTest {

    private static SearchFixture library;

    @BeforeAll
    static void open() {
        library = SearchFixture.sharedShippedLibrary();
    }

    @Test
    void matchedWordsWithAnApostropheAreNamedAsWordsNotAsHtml() {
        String id = "pre-match-mentor-training";
        List<String> words = library.challengeSearch().matchedWords(List.of(id), "the mentor's training").get(id);
        assertTrue(words != null && words.contains("mentor's"), String.valueOf(words));
        assertFalse(words.stream().anyMatch(w -> w.contains("&") || w.contains(";")), words.toString());
    }
}

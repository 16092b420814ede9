package org.kmbportal.search.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;

/**
 * A long search is named in the page's title by its first words and an ellipsis (a 5,000-character search was cut
 * to the 500 the box holds, and the title repeated all 500: user session); a short one whole.
 */
class PageTitleTest {

    /** Searches as readers type them, up to 5,000 characters: the library's words and odd text, both languages. */
    static Stream<String> typedSearches() {
        return Stream.concat(Gen.tries("title-library-words", 60, GeneratedText.libraryWords(5000)),
                Gen.tries("title-odd-text", 60, GeneratedText.upTo(5000)));
    }

    @ParameterizedTest
    @MethodSource("typedSearches")
    void aLongSearchIsShortenedToItsFirstWordsAndAShortOneKeptWhole(String typed) {
        String oneLine = typed.replaceAll("[\\p{Cntrl}\\s\\p{Z}]+", " ").strip();
        String title = PageTitle.of(typed);
        int length = title.codePointCount(0, title.length());
        assertTrue(length <= PageTitle.MAX + 1, length + " characters: " + title);
        if (oneLine.codePointCount(0, oneLine.length()) <= PageTitle.MAX) {
            assertEquals(oneLine, title, "a short search is the title whole");
            return;
        }
        assertTrue(title.endsWith(PageTitle.ELLIPSIS), title);
        String kept = title.substring(0, title.length() - PageTitle.ELLIPSIS.length());
        assertTrue(oneLine.startsWith(kept), "the title begins the search: " + title);
        assertFalse(kept.isBlank(), title);
        assertFalse(Character.isHighSurrogate(kept.charAt(kept.length() - 1)), "no half of a character: " + title);
        String rest = oneLine.substring(kept.length());
        // Cut between words, unless the first word is so long that no space comes in its first third.
        if (kept.indexOf(' ', PageTitle.MAX / 3) >= 0) {
            assertTrue(rest.startsWith(" "), "cut between words: '" + kept + "' + '" + rest.substring(0, 10) + "'");
        }
    }
}

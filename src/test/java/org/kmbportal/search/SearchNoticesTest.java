package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;

/** A pasted question of many words is searched by its first 40 (it was refused); shorter text is searched whole. */
class SearchNoticesTest {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    @Test
    void generatedTextIsSearchedByItsFirstFortyWordsAndNeverRefusedForThem() {
        Random random = new Random(Gen.seed() * 13 + 58);
        int cut = 0;
        for (int i = 0; i < 300; i++) {
            String typed = GeneratedText.oddTitles(20 + random.nextInt(400)).next(random);
            String language = i % 2 == 0 ? "en" : "fr";
            String searched = SearchNotices.words(typed);
            long words = SearchNotices.count(typed);
            if (words <= QueryInterpreter.MAX_WORDS) {
                assertEquals(typed, searched);
                assertTrue(SearchNotices.of(typed, null, null, language).isEmpty(), typed);
                continue;
            }
            cut++;
            assertEquals(QueryInterpreter.MAX_WORDS, SearchNotices.count(searched), searched);
            assertTrue(LookAlikeLetters.folded(typed).startsWith(searched), typed + " → " + searched);
            // What is searched is never refused for its words, and the reader is told how many were used.
            QueryInterpreter.normalize(searched, language);
            assertEquals(java.util.List.of(SearchMessages.get(language, "search.notice.firstWords",
                    String.valueOf(words), "40")), SearchNotices.of(typed, null, null, language));
        }
        assertTrue(cut > 30, cut + " of 300 generated texts were over 40 words");
    }

    /** A pasted address far over 500 characters is refused as too long by the API as by the page (CI: it answered 200). */
    @Test
    void textOverFiveHundredCharactersIsLeftWholeForTheSearchToRefuse() {
        Random random = new Random(Gen.seed() * 17 + 59);
        for (int i = 0; i < 100; i++) {
            StringBuilder typed = new StringBuilder();
            while (org.kmbportal.platform.PlainText.length(typed.toString().strip()) <= QueryInterpreter.MAX_LENGTH) {
                typed.append(GeneratedText.oddTitles(200).next(random)).append(' ');
            }
            String language = i % 2 == 0 ? "en" : "fr";
            String searched = SearchNotices.words(typed.toString());
            assertEquals(typed.toString(), searched);
            BadQueryException refused = org.junit.jupiter.api.Assertions.assertThrows(BadQueryException.class,
                    () -> QueryInterpreter.normalize(searched, language));
            assertEquals("query_too_long", refused.code());
        }
    }

    @Test
    void reversedYearsAreSaidInOrderAndYearsInOrderSayNothing() {
        assertEquals(java.util.List.of("Years read as 2010 to 2020."), SearchNotices.of("mentor", 2020, 2010, "en"));
        assertEquals(java.util.List.of("Années cherchées\u00a0: entre 2010 et 2020."),
                SearchNotices.of("mentor", 2020, 2010, "fr"));
        assertTrue(SearchNotices.of("mentor", 2010, 2020, "fr").isEmpty());
        assertTrue(SearchNotices.of("mentor", 2020, null, "en").isEmpty());
        assertTrue(SearchNotices.of("mentor", 2015, 2015, "en").isEmpty());
    }
}

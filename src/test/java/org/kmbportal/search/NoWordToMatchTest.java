package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.kmbportal.testing.Bundle;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;

/**
 * A query with letters but no word to match ("a OR OR b", "&lt;b&gt;x&lt;/b&gt; &amp; ' \" ≠ «»", "title:") was
 * answered with "strong matches" (user session): single letters, words too common to search for, the operators, a
 * field's name with nothing after it. Nothing is strong for it: the library is listed as for browsing, and the reader
 * is told why. Generated from those pieces with punctuation, markup and emoji around them, on both pages; with a word of
 * the library beside them the search runs as before.
 */
class NoWordToMatchTest {

    private static final List<String> COMMON = List.of("a", "an", "the", "of", "and", "or", "to", "in", "is", "le",
            "la", "les", "de", "des", "du", "et", "un", "une", "en", "au", "à", "y", "l'", "d’");
    private static final List<String> PIECES = List.of("OR", "AND", "NOT", "<b>", "</b>", "<i>", "</i>", "&", "'",
            "\"", "≠", "«", "»", "«\u00a0»", "(", ")", "-", "+", "|", "?", "!", "…", "🙂", "👩🏽‍🏫", ",", ".", ":",
            "/");
    private static final List<String> FIELDS = List.of("title:", "titre:", "author:", "auteur:", "sujet:", "Title: ");

    /** Pieces with no word to match: at least one letter, never a word of two letters that carries meaning. */
    static Gen<String> noWord() {
        return random -> {
            StringBuilder typed = new StringBuilder();
            int pieces = 1 + random.nextInt(6);
            for (int i = 0; i < pieces; i++) {
                String piece = switch (random.nextInt(3)) {
                    case 0 -> COMMON.get(random.nextInt(COMMON.size()));
                    case 1 -> String.valueOf((char) ('a' + random.nextInt(26)));
                    default -> PIECES.get(random.nextInt(PIECES.size()));
                };
                typed.append(random.nextInt(5) == 0 ? piece.toUpperCase(Locale.ROOT) : piece)
                        .append(random.nextBoolean() ? " " : "\u00a0 ");
            }
            typed.append(' ').append((char) ('a' + random.nextInt(26)));
            if (random.nextInt(3) == 0) {
                typed.append(' ').append(FIELDS.get(random.nextInt(FIELDS.size())));
            }
            return typed.toString();
        };
    }

    @Test
    void aQueryWithNoWordToMatchListsTheLibraryWithNoStrongMatchAndSaysWhy() {
        SearchFixture library = SearchFixture.sharedShippedLibrary();
        Random random = new Random(Gen.seed() * 37 + 60);
        List<String> asked = new ArrayList<>(List.of("a OR OR b", "<b>x</b> & ' \" ≠ «»", "title:", "titre:", "x",
                "a b c", "the of", "le la de", "A OR B", "« a »"));
        for (int i = 0; i < 60; i++) {
            asked.add(noWord().next(random));
        }
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < asked.size(); i++) {
            String query = asked.get(i);
            for (String language : List.of("en", "fr")) {
                SearchResult browsing = library.search.search(SearchRequest.simple("", language));
                SearchResult result = library.search.search(SearchRequest.simple(query, language));
                List<String> notices = SearchNotices.of(query, null, null, language);
                if (result.strongCounted() || result.hits().stream().anyMatch(SearchResult.Hit::strong)
                        || result.total() != browsing.total()
                        || !notices.contains(Bundle.text(language, "search.notice.noWordToMatch"))) {
                    wrong.add("[" + query + "] (" + language + " page): " + result.strong() + " strong of "
                            + result.total() + " (library " + browsing.total() + "), notices " + notices);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** With a word of the library beside the same pieces, the search runs by its words and says nothing more. */
    @Test
    void withAWordOfTheLibraryTheSearchRunsAsBefore() {
        SearchFixture library = SearchFixture.sharedShippedLibrary();
        Random random = new Random(Gen.seed() * 41 + 60);
        int strong = 0;
        for (int i = 0; i < 40; i++) {
            String word = GeneratedText.libraryWords(40).next(random);
            String query = noWord().next(random).replaceAll("(?i)(title|titre|author|auteur|sujet):\\s*$", "") + " "
                    + word;
            String language = i % 2 == 0 ? "en" : "fr";
            if (DistinctiveWords.informative(word).isEmpty()) {
                continue;
            }
            assertFalse(QueryInterpreter.noWordToMatch(query), query);
            assertTrue(SearchNotices.of(query, null, null, language).stream().noneMatch(
                    n -> n.equals(Bundle.text(language, "search.notice.noWordToMatch"))), query);
            strong += library.search.search(SearchRequest.simple(query, language)).strongCounted() ? 1 : 0;
        }
        assertTrue(strong > 0, "no query with a library word had a strong match");
    }
}

package org.kmbportal.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;

/**
 * The id rule of the content format ({@code [a-z0-9]+(-[a-z0-9]+)*}, at most 120 characters), owned by
 * {@link Slugs} and asked by the reader of files, the pages' addresses and the API: which text is an id, and the ids
 * made from titles, which must always be ids whatever the title.
 */
class SlugsTest {

    @Test
    void frenchLigaturesAreWrittenOutNotDropped() {
        assertEquals("le-coeur-du-jumelage", Slugs.free("Le cœur du jumelage", "x", id -> false));
        assertEquals("oeuvres-et-aevum-strasse", Slugs.free("Œuvres et ÆVUM straße", "x", id -> false));
        assertEquals("evaluer-a-peu-de-frais", Slugs.free("Évaluer à peu de frais", "x", id -> false));
    }

    @Test
    void idsAreLowerCaseWordsAndDigitsJoinedBySingleHyphens() {
        for (String id : List.of("a", "lachance-2019-inter-organizational-mentoring", "x1-2-3", "a".repeat(120))) {
            assertTrue(Slugs.valid(id), id);
        }
        for (String notOne : List.of("", "-a", "a-", "a--b", "A", "é", "a_b", "a b", "a/b", "a.md", "a".repeat(121),
                "a\n")) {
            assertFalse(Slugs.valid(notOne), notOne);
        }
        assertFalse(Slugs.valid(null));
    }

    @Test
    void aTitleBecomesItsIdAndATakenIdGetsANumber() {
        assertEquals("starting-out", Slugs.free("Starting out", "fallback", id -> false));
        assertEquals("starting-out-2", Slugs.free("Starting out", "fallback", "starting-out"::equals));
        assertEquals("evaluer-l-impact", Slugs.free("Évaluer l’impact", "fallback", id -> false));
        assertEquals("fallback", Slugs.free("مرشد 🙂", "fallback", id -> false));
    }

    /**
     * A title with markup ("<b>Mentors</b>") gave an id with the tags' names ("b-mentors-b"): the id is made from the
     * text a reader sees. Generated titles of library words in both languages, wrapped in tags and references.
     */
    @Test
    void aTitlesIdComesFromItsVisibleTextNotItsTags() {
        assertEquals("mentors", Slugs.free("<b>Mentors</b>", "x", id -> false));
        assertEquals("tom-jerry", Slugs.free("Tom &amp; <em class=\"x\">Jerry</em>", "x", id -> false));
        assertEquals("line-break", Slugs.free("line<br>break", "x", id -> false));
        for (String title : Gen.tries("marked-up titles", 200, GeneratedText.libraryWords(120)).toList()) {
            String words = title.replace('<', ' ').replace('>', ' ').replace('&', ' ');
            String marked = "<strong>" + words.replaceFirst(" ", " <i lang=\"fr\">") + "</i></strong>&nbsp;";
            assertEquals(Slugs.free(words, "x", id -> false), Slugs.free(marked, "x", id -> false), marked);
        }
    }

    /**
     * A long title's id ends with a whole word of it: the user session read a draft started from a gap at
     * "…-in-r" for "… in rural Nunavut". Generated titles of library words in both languages, of every length.
     */
    @Test
    void aLongTitlesIdEndsWithAWholeWordOfIt() {
        for (String title : Gen.tries("long titles", 200, GeneratedText.libraryWords(400)).toList()) {
            String id = Slugs.free(title, "x", taken -> false);
            assertTrue(Slugs.valid(id) && id.length() <= 60, id);
            // the whole title's id before any cut, spelled here as the content format says (accents dropped, ligatures
            // written out, anything else between words a hyphen)
            String uncut = java.text.Normalizer.normalize(title.replace("œ", "oe").replace("Œ", "OE").replace("æ",
                    "ae").replace("Æ", "AE").replace("ß", "ss"), java.text.Normalizer.Form.NFD).replaceAll("\\p{M}",
                            "")
                    .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll(
                            "^-+|-+$", "");
            boolean wholeWords = uncut.equals(id) || uncut.startsWith(id + "-");
            assertTrue(wholeWords, "the id of «" + title + "» is its first words' id, not cut in a word: " + id + " of "
                    + uncut);
        }
        assertEquals("wraparound-mentoring-for-youth-aging-out-of-foster-care-in", Slugs.free(
                "wraparound mentoring for youth aging out of foster care in rural nunavut", "x", taken -> false));
        assertEquals("a".repeat(60), Slugs.free("a".repeat(70) + " b", "x", taken -> false));
    }

    static java.util.stream.Stream<String> symbolOnlyTitles() {
        org.kmbportal.testing.Gen<String> piece = org.kmbportal.testing.Gen.of("🎉", "📚", "🙂", "👩🏽‍🏫", "🇨🇦",
                "❤️", "★", "→", "✓", "€", "…", "!", "?", "«", "»", "“", "”", "—", "#", "&", " ", "  ");
        return org.kmbportal.testing.Gen.tries("symbol-only titles", 80,
                piece.list(1, 12).map(l -> String.join("", l)).filter(t -> !t.isBlank()));
    }

    /**
     * A title of emoji or symbols only is named by what it shows ("🎉" is "party-popper"), a valid id and not the
     * fallback; a taken one gets a number.
     */
    @ParameterizedTest(name = "try {index}")
    @MethodSource("symbolOnlyTitles")
    void aTitleOfSymbolsOnlyIsNamedByThem(String title) {
        String id = Slugs.free(title, "collection", taken -> false);
        assertTrue(Slugs.valid(id), id);
        assertFalse(id.equals("collection"), title + " -> " + id);
        assertEquals(id + "-2", Slugs.free(title, "collection", id::equals));
        assertEquals("party-popper", Slugs.free("🎉", "collection", taken -> false));
    }

    /** Any text is answered, never an exception, and as the content format's rule says, read by hand. */
    @ParameterizedTest(name = "try {index}")
    @MethodSource("oddTexts")
    void anyTextIsAnIdExactlyWhenTheRuleSaysSo(String text) {
        assertEquals(byTheRule(text), Slugs.valid(text), text);
    }

    /** Whatever the title, the id made from it is an id, and it is not one already taken. */
    @ParameterizedTest(name = "try {index}")
    @MethodSource("oddTitles")
    void anyTitleGivesAFreeId(String title) {
        Set<String> taken = new HashSet<>();
        String first = Slugs.free(title, "new-guide", taken::contains);
        assertTrue(Slugs.valid(first), () -> "'" + first + "' from '" + title + "'");
        taken.add(first);
        for (int n = 0; n < 3; n++) {
            String next = Slugs.free(title, "new-guide", taken::contains);
            assertTrue(Slugs.valid(next), next);
            assertNotEquals(first, next);
            assertTrue(taken.add(next), next);
        }
    }

    static Stream<String> oddTexts() {
        Gen<String> text = GeneratedText.upTo(30);
        Gen<String> idLike = Gen.of("a", "b-2", "x", "-", "--", "0", "z9").list(0, 6).map(l -> String.join("", l));
        Gen<String> longId = Gen.between(110, 130).map(n -> "a".repeat(n));
        return Gen.tries("slug-text", 300, Gen.oneOf(text, idLike, longId));
    }

    static Stream<String> oddTitles() {
        return Gen.tries("slug-title", 300, Gen.oneOf(GeneratedText.upTo(300), GeneratedText.libraryWords(200)));
    }

    private static boolean byTheRule(String text) {
        if (text.isEmpty() || text.length() > 120) {
            return false;
        }
        for (String part : text.split("-", -1)) {
            if (part.isEmpty() || !part.chars().allMatch(c -> c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }
}

package org.kmbportal.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** A search is kept under one normalized form, without the plainest personal data. */
class SearchQueriesTest {

    private static final Pattern DIGIT_RUN = Pattern.compile("\\d[\\d ().-]{5,}\\d");

    /** A run of digits and separators holding seven digits or more, as a telephone number would. */
    private static boolean hasTelephoneLikeNumber(String text) {
        return DIGIT_RUN.matcher(text).results()
                .anyMatch(run -> run.group().chars().filter(Character::isDigit).count() >= 7);
    }

    @Test
    void theSameWordsTypedDifferentlyAreOneQuery() {
        for (String typed : new String[]{"Mentor  Training!", "\"mentor training\"", "MENTOR training",
                "  mentor\ttraining  ", "(mentor) OR training*"}) {
            String normalized = SearchQueries.normalize(typed);
            assertTrue(normalized.equals("mentor training") || normalized.equals("mentor or training"),
                    typed + " -> " + normalized);
        }
        assertEquals(SearchQueries.normalize("Mentor  Training!"), SearchQueries.normalize("mentor training"));
    }

    /**
     * A search typed with look-alike letters (a Cyrillic "е" in "carе", fullwidth "ｃａｒｅ", a soft hyphen) is searched
     * as the plain words, and is now counted under them: it was a row of its own in the editors' insights (user
     * session us57). Generated searches in both languages, their Latin letters swapped for look-alikes at random.
     */
    @Test
    void wordsTypedWithLookAlikeLettersAreTheSameQueryAsThePlainWords() {
        java.util.Map<Character, Character> lookAlike = java.util.Map.of('a', 'а', 'e', 'е', 'o', 'о', 'p', 'р', 'c',
                'с', 'x', 'х', 'y', 'у', 'i', 'і');
        java.util.Random random = new java.util.Random(org.kmbportal.testing.Gen.seed() * 31 + 57);
        org.kmbportal.testing.Gen<String> words = org.kmbportal.testing.GeneratedText.libraryWords(120);
        assertEquals(SearchQueries.normalize("mentorship for youth in care"), SearchQueries.normalize(
                "mentorship for youth in car\u0435"));
        assertEquals("care", SearchQueries.normalize("\uff43\uff41\uff52\uff45"));
        int changed = 0;
        for (int i = 0; i < 300; i++) {
            String plain = words.next(random);
            StringBuilder typed = new StringBuilder();
            for (String word : plain.split("(?<= )")) {
                // a word of Latin letters keeps one Latin letter at least, so it reads as a Latin word mixed
                boolean swap = random.nextInt(3) == 0 && word.chars().anyMatch(c -> !lookAlike.containsKey((char) c)
                        && Character.isLetter(c));
                boolean fullwidth = !swap && random.nextInt(6) == 0;
                for (char c : word.toCharArray()) {
                    if (swap && lookAlike.containsKey(c) && random.nextBoolean()) {
                        typed.append(lookAlike.get(c));
                    } else if (fullwidth && c >= '!' && c <= '~' && Character.isLetter(c)) {
                        typed.append((char) (c - '!' + '\uff01'));
                    } else {
                        typed.append(c);
                    }
                }
            }
            if (!typed.toString().equals(plain)) {
                changed++;
            }
            assertEquals(SearchQueries.normalize(plain), SearchQueries.normalize(typed.toString()), typed::toString);
        }
        assertTrue(changed > 100, "searches typed with look-alikes: " + changed);
    }

    @Test
    void aQueryOfOperatorsAloneIsNoQueryButTheWordsInLowerCaseStay() {
        assertEquals("", SearchQueries.normalize("AND OR NOT"));
        assertEquals("", SearchQueries.normalize("  NOT  (AND) || OR "));
        assertEquals("mentoring school", SearchQueries.normalize("mentoring AND school"));
        assertEquals("mentoring does not work", SearchQueries.normalize("Mentoring does not work"));
        assertEquals("notre organisme", SearchQueries.normalize("NOTRE organisme"));
    }

    @Test
    void frenchWordsKeepTheirAccentsAndApostrophes() {
        assertEquals("l'école des mentors", SearchQueries.normalize("L’École  des MENTORS"));
        assertEquals("fin du jumelage", SearchQueries.normalize("« fin du jumelage »"));
    }

    @Test
    void emailAddressesAndTelephoneNumbersAreNotKept() {
        assertEquals("call … or … about the 2019 study",
                SearchQueries.normalize("call jane.doe@example.org or +1 (514) 555-0199 about the 2019 study"));
    }

    @Test
    void generatedQueriesNormalizeToShortLowerCaseTextWithoutMarkupOrContactDetails() {
        for (String typed : ReaderTexts.generate(14, 3000, 12)) {
            String normalized = SearchQueries.normalize(typed);
            assertTrue(normalized.length() <= SearchQueries.MAX, typed);
            assertEquals(normalized, normalized.strip(), typed);
            assertFalse(normalized.contains("  "), typed);
            assertFalse(normalized.matches("(?s).*[<>\"@\\p{Cc}].*"), typed + " -> " + normalized);
            assertFalse(hasTelephoneLikeNumber(normalized), typed + " -> " + normalized);
            assertEquals(normalized, SearchQueries.normalize(normalized), "idempotent: " + typed);
            assertFalse(normalized.chars().anyMatch(Character::isUpperCase), typed + " -> " + normalized);
        }
    }

    @Test
    void aSearchAsTypedKeepsItsQuotesOperatorsPunctuationAndCaseButNoContactDetails() {
        assertEquals("\"mentor training\" AND NOT (online*) -youth?", SearchQueries
                .asTyped("  \"mentor  training\"\tAND NOT (online*) -youth?\n"));
        assertEquals("« L’École » + parents ; c’est quoi ?",
                SearchQueries.asTyped("« L’École » + parents ; c’est quoi ?"));
        assertEquals("<b>mentor</b> & co", SearchQueries.asTyped("<b>mentor</b> & co"),
                "markup is kept as text: the page escapes it");
        assertEquals("call … or … about 2019",
                SearchQueries.asTyped("call jane.doe@example.org or +1 (514) 555-0199 about 2019"));
        // The number's opening bracket goes with it ("appeler le (… poste 22" was shown: user session us56).
        assertEquals("appeler le … poste 22 mentorat Saguenay",
                SearchQueries.asTyped("appeler le (418) 555-1234 poste 22 mentorat Saguenay"));
        assertEquals("", SearchQueries.asTyped(" \u0000\u202e\t "));
        assertEquals("c’est où\u00a0?", SearchQueries.asTyped("\u00a0c’est  où\u00a0? "),
                "the French no-break space before ? is kept as typed");
    }

    @Test
    void generatedSearchesAsTypedAreShortVisibleTextWithoutContactDetailsAndKeepEveryOperatorTheReaderTyped() {
        for (String typed : ReaderTexts.generate(30, 3000, 12)) {
            String kept = SearchQueries.asTyped(typed);
            assertTrue(kept.length() <= SearchQueries.MAX, typed);
            assertEquals(kept, kept.strip(), typed);
            assertFalse(kept.contains("  "), typed);
            assertFalse(kept.matches("(?s).*[\\p{Cc}\\u202a-\\u202e\\u2066-\\u2069\\u200e\\u200f].*"),
                    "no control or direction character reorders the table: " + typed + " -> " + kept);
            assertFalse(kept.matches("(?s).*[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+\\.[\\p{L}].*"),
                    typed + " -> " + kept);
            assertFalse(hasTelephoneLikeNumber(kept), typed + " -> " + kept);
            assertEquals(kept, SearchQueries.asTyped(kept), "idempotent: " + typed);
            if (typed.length() < 150 && !typed.matches("(?s).*[\\p{C}@\\d].*")) {
                // Short text without contact details or invisible characters: every visible character as typed.
                assertEquals(typed.replaceAll("[\\s\\p{Zl}\\p{Zp}]+", " ").replaceAll("^\\p{Z}+|\\p{Z}+$", ""), kept,
                        "as typed");
            }
            if (!kept.isEmpty() && !SearchQueries.normalize(typed).isEmpty()) {
                for (String operator : new String[]{"\"", "«", "(", "*", "?", " AND ", " OR ", " NOT ", "-"}) {
                    if (typed.length() < 150 && typed.contains(operator) && !typed.matches("(?s).*[\\p{C}@\\d].*")) {
                        assertTrue(kept.contains(operator.strip()), operator + " kept: " + typed + " -> " + kept);
                    }
                }
            }
        }
    }
}

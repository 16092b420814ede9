package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;

class LookAlikeLettersTest {

    /** Cyrillic and Greek letters that look like Latin ones. */
    private static final Map<Character, List<Character>> LOOK_ALIKES = Map.of('a', List.of('а', 'α'), 'e', List.of(
            'е'), 'o', List.of('о', 'ο'), 'p', List.of('р', 'ρ'), 'c', List.of('с'), 'x', List.of('х', 'χ'), 'y',
            List
                    .of('у'),
            'i', List.of('і', 'ι'), 's', List.of('ѕ'), 'v', List.of('ν'));
    private static final Map<String, Character> LIGATURES = Map.of("fi", 'ﬁ', "fl", 'ﬂ', "ff", 'ﬀ');

    /** Words of the library in both languages, accented letters included, on one line with plain spaces. */
    private static String words(Random random) {
        return String.join(" ", GeneratedText.libraryWords(200).next(random).split("[^\\p{L}]+")).strip();
    }

    @Test
    void wordsTypedWithLookAlikesFullwidthLigaturesOrInvisibleCharactersReadAsTheirLatinLetters() {
        Random random = new Random(Gen.seed() * 31 + "look-alikes".hashCode());
        for (int round = 0; round < 500; round++) {
            String text = words(random);
            String disguised = disguised(text, random);
            assertEquals(text, LookAlikeLetters.folded(disguised), disguised);
        }
    }

    @Test
    void textInFrenchOrEnglishStaysAsItIs() {
        Random random = new Random(Gen.seed() * 31 + "plain".hashCode());
        for (int round = 0; round < 500; round++) {
            String text = words(random);
            assertEquals(text, LookAlikeLetters.folded(text));
        }
        for (String french : List.of("école élève à çà où œuvre naïf Noël aîné", "mentorat auprès des jeunes",
                "ÉCOLE Île-de-France")) {
            assertEquals(french, LookAlikeLetters.folded(french));
        }
    }

    @Test
    void signsThatOnlyLookLikeLettersStaySigns() {
        // NFKC would read "Ⓜ️" as the word "M", "™" as "TM", "²" as "2": a search for "mentoring Ⓜ️" would then look for
        // a word the reader never typed (SignsInQueriesTest searches signs as if absent)
        for (String sign : List.of("\u24C2\uFE0F", "\u2122", "\u00B2", "\u00BD", "\u2139\uFE0F", "\u00A9",
                "\u24D0", "\u3250", "\u2460", "\uD83C\uDD30")) {
            String text = "mentorat " + sign + " jeunes";
            assertEquals(text, LookAlikeLetters.folded(text), text);
        }
    }

    @Test
    void theWordOfTheUserSessionFindsTheLatinWord() {
        assertEquals("mentorship for youth in care", LookAlikeLetters.folded("mentorship for youth in car\u0435"));
        assertEquals("foster care", LookAlikeLetters.folded("ｆｏｓｔｅｒ c\u00ada\u200bre"));
        // decomposed accents are composed, as the analyzers expect them
        assertEquals("école", LookAlikeLetters.folded(Normalizer.normalize("école", Normalizer.Form.NFD)));
    }

    @Test
    void wordsReallyWrittenInAnotherScriptStayAsTheyAre() {
        for (String word : List.of("мама", "Москва", "λόγος", "μέντορας", "наставничество")) {
            assertEquals(word, LookAlikeLetters.folded(word));
        }
    }

    private static String disguised(String text, Random random) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int pick = random.nextInt(8);
            String pair = i + 1 < text.length() ? text.substring(i, i + 2) : "";
            if (pick == 0 && LOOK_ALIKES.containsKey(c)) {
                List<Character> forms = LOOK_ALIKES.get(c);
                out.append(forms.get(random.nextInt(forms.size())));
            } else if (pick == 1 && c >= 'a' && c <= 'z') {
                out.append((char) (c - 'a' + 'ａ'));
            } else if (pick == 2 && Character.isLetter(c)) {
                out.append(c).append(random.nextBoolean() ? '\u00ad' : '\u200b');
            } else if (pick == 3 && LIGATURES.containsKey(pair)) {
                out.append(LIGATURES.get(pair));
                i++;
            } else if (pick == 4 && Character.isLetter(c)) {
                out.append(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}

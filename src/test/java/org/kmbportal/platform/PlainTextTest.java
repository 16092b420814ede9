package org.kmbportal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** Which characters typed text may not carry, in both languages and with everything people really type. */
class PlainTextTest {

    private static final String[] REAL = {"Évaluation développementale : l’œuvre d’une équipe",
            "Société québécoise de mentorat — Zoé Ç. Dupré", "Mentoring 💡 youth « ensemble »", "naïve façade",
            "Ελληνικά", "العربية", "עברית עם סימנים", "日本語のタイトル", "a\u00A0b"};

    @Test
    void whatPeopleTypeInEitherLanguageIsAccepted() {
        Random random = new Random(17);
        for (int i = 0; i < 500; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 1 + random.nextInt(8); w++) {
                text.append(REAL[random.nextInt(REAL.length)]).append(' ');
            }
            assertEquals(-1, PlainText.forbiddenInLine(text.toString().strip()), text.toString());
        }
        assertEquals(-1, PlainText.forbiddenInText("Line one\n\tLine two\r\n"));
    }

    @Test
    void directionOverridesNulByteOrderMarksAndControlsAreFound() {
        int[] refused = {0x202E, 0x202A, 0x2066, 0x2069, 0x0000, 0x0007, 0x001B, 0x007F, 0x0085, 0xFEFF, 0xFFFE,
                0xFDD0};
        Random random = new Random(3);
        for (int c : refused) {
            String base = REAL[random.nextInt(REAL.length)];
            int at = random.nextInt(base.length() + 1);
            String text = base.substring(0, at) + new String(Character.toChars(c)) + base.substring(at);
            assertEquals(c, PlainText.forbiddenInLine(text), PlainText.name(c) + " in " + text);
            assertEquals(c, PlainText.forbiddenInText(text), PlainText.name(c));
        }
        assertEquals('\n', PlainText.forbiddenInLine("two\nlines"), "a title is one line");
        assertEquals(0xD800, PlainText.forbiddenInLine("lone \uD800 surrogate"));
        assertTrue(PlainText.name(0x202E).equals("U+202E"));
    }

    @Test
    void foldedTextComparesWordsWhateverTheirAccentsAndCase() {
        assertEquals("eleve a l’ecole", PlainText.folded("ÉLÈVE À l’École"));
        assertEquals("ca naive facade zoe", PlainText.folded("Ça naïve façade Zoé"));
        // decomposed input (as some keyboards and pasted PDFs send it) folds the same as composed
        assertEquals(PlainText.folded("Évaluation"), PlainText.folded("E\u0301valuation"));
        Random random = new Random(41);
        for (int i = 0; i < 500; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 1 + random.nextInt(8); w++) {
                text.append(REAL[random.nextInt(REAL.length)]).append(' ');
            }
            String folded = PlainText.folded(text.toString());
            assertEquals(folded, PlainText.folded(folded), "folding twice changes nothing: " + text);
            assertTrue(folded.codePoints().noneMatch(c -> Character.getType(c) == Character.NON_SPACING_MARK
                    && c >= 0x0300 && c <= 0x036F), "no Latin accent is left: " + folded);
            assertEquals(folded.toLowerCase(java.util.Locale.ROOT), folded);
        }
    }
}

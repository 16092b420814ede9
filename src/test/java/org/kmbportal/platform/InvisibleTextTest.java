package org.kmbportal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;

/**
 * The one rule for a value that shows nothing (used by every check of a title or a name): only invisible characters
 * count as empty, and every title people really write, in either language, keeps its text.
 */
class InvisibleTextTest {

    /** Characters that show nothing on their own. */
    static final List<String> INVISIBLE = List.of("\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00A0",
            "\u202F", "\u2007", "\u00AD", "\u200E", "\u200F", "\u061C", "\u2061", "\u2063", "\u0301", "\u0308",
            "\u20DD", "\u034F", "\uFE0F", "\u3164", "\u115F", "\uFFA0", "\u2800", "\u180E", " ", "\t", "\n", "\u3000",
            "\u2028", "\u2029", "\u202A", "\u202E", "\u2066", "\u2069", "\u0000", "\u0085", "\uDB40\uDC20",
            "\uDB40\uDC7F", "\u1680", "\u2000", "\u200A", "\u205F");

    static Stream<String> invisibleValues() {
        return Gen.tries("invisible-values", 300, Gen.of(INVISIBLE).list(1, 30).map(l -> String.join("", l)));
    }

    @ParameterizedTest(name = "try {index}")
    @MethodSource("invisibleValues")
    void aValueOfInvisibleCharactersOnlyCountsAsEmpty(String value) {
        assertTrue(PlainText.isBlank(value), codes(value));
        assertEquals("", PlainText.visibleOrEmpty(value), codes(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Évaluation développementale : l’œuvre d’une équipe", "Mentoring 💡 youth « ensemble »",
            "👍", "🇨🇦", "👩🏽‍🏫", "e\u0301", "مرشد الشباب", "חונכות", "日本語", "Ⓜ️", "\u200BA\u200B", "a\u00A0b", "-",
            "·", "x", "1", "Zoé", "ß", "ǅ"})
    void aValueWithAnythingVisibleIsKept(String value) {
        assertFalse(PlainText.isBlank(value), codes(value));
        assertEquals(value.strip(), PlainText.visibleOrEmpty(value));
    }

    static Stream<String> titles() {
        return Gen.tries("visible-titles", 300, Gen.oneOf(GeneratedText.libraryWords(200), random -> {
            String word = GeneratedText.libraryWords(40).next(random);
            String around = Gen.of(INVISIBLE).next(random);
            return around + word + around;
        }));
    }

    /** Titles as people write them, even wrapped in invisible characters, keep their words. */
    @ParameterizedTest(name = "try {index}")
    @MethodSource("titles")
    void titlesPeopleWriteAreNeverTakenForEmpty(String title) {
        assertFalse(PlainText.isBlank(title), title);
        assertFalse(PlainText.visibleOrEmpty(title).isEmpty(), title);
    }

    private static String codes(String value) {
        StringBuilder named = new StringBuilder();
        value.codePoints().forEach(c -> named.append(PlainText.name(c)).append(' '));
        return named.toString();
    }
}

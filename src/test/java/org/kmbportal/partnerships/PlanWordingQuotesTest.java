package org.kmbportal.partnerships;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;
import org.kmbportal.web.QuotedText;

/**
 * A plan's history quotes the items it names (Added “…”, « Ajout de « … » »): an item someone wrote between quotation
 * marks of their own is quoted once, not twice (a user session read « Ajout de « « Jumelage » » »), and the French
 * marks keep their no-break spaces. The "what" is quoted as every message quotes someone's text ({@link QuotedText}).
 */
class PlanWordingQuotesTest {

    private static final List<String[]> MARKS = List.of(new String[]{"« ", " »"}, new String[]{"«\u00a0", "\u00a0»"},
            new String[]{"«", "»"}, new String[]{"“", "”"}, new String[]{"\"", "\""}, new String[]{"‘", "’"});

    record Try(String what, String[] marks) {
        @Override
        public String toString() {
            return marks[0] + what + marks[1];
        }
    }

    static Stream<Try> whats() {
        Gen<String> what = GeneratedText.libraryWords(120).map(String::strip)
                .filter(w -> !w.isEmpty() && w.chars().noneMatch(c -> "«»“”\"‘’„‹›".indexOf(c) >= 0));
        Gen<String[]> marks = Gen.of(MARKS);
        return Gen.tries("quoted-plan-items", 200, random -> new Try(what.next(random), marks.next(random)));
    }

    private static PlanChange added(String what) {
        return PlanChanges.between("g", List.of(), "g", List.of(new ItemState(null, what, "", Lead.PARTNER, LocalDate
                .of(2027, 1, 1), ItemStatus.PLANNED, "", List.of(), List.of()))).get(0);
    }

    @ParameterizedTest(name = "try {index}")
    @MethodSource("whats")
    void anItemWrittenBetweenQuotationMarksIsQuotedOnceInBothLanguages(Try attempt) {
        String quoted = attempt.toString();
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            String said = PlanWording.change(added(quoted), locale);
            assertEquals(PlanWording.change(added(attempt.what()), locale), said,
                    "the item's own marks are not doubled");
            assertTrue(said.contains(QuotedText.whole(attempt.what(), locale)), said);
        }
        String french = PlanWording.change(added(quoted), Locale.FRENCH);
        assertEquals("Ajout de «\u00a0" + QuotedText.whole(attempt.what(), Locale.FRENCH) + "\u00a0»", french);
        long opening = french.chars().filter(c -> c == '«').count();
        assertEquals(1, opening, "one opening guillemet: " + french);
        assertEquals(1, french.chars().filter(c -> c == '»').count(), "and one closing: " + french);
    }
}

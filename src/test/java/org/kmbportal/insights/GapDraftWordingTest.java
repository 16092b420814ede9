package org.kmbportal.insights;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.testing.Gen;
import org.kmbportal.web.Messages;

/**
 * The notes and revision note of a draft started from a search gap agree with their counts in both languages: « une de
 * ces recherches n’a rien trouvé », "once", "one search in vain"; never « 1 de ces recherches n’ont », « 0 recherches
 * vaines », "1 searches" (the user session read « 1 de ces recherches n’ont rien trouvé … (0 recherches vaines »).
 */
class GapDraftWordingTest {

    record Counts(String language, long searches, long zero, long unopened, long previous) {
    }

    static Stream<Counts> counts() {
        List<Long> values = List.of(0L, 1L, 2L, 7L, 1234L);
        return Gen.tries("gap draft counts", 60, (Random random) -> new Counts(random.nextBoolean() ? "fr" : "en",
                1 + values.get(random.nextInt(values.size())), values.get(random.nextInt(values.size())), values
                        .get(random.nextInt(values.size())),
                values.get(random.nextInt(values.size()))));
    }

    @ParameterizedTest(name = "try {index}")
    @MethodSource("counts")
    void theNotesAgreeWithTheirCounts(Counts c) {
        Object[] arguments = {"soutien aux mentors", c.searches(), c.zero(), c.unopened(), "2026-11-01",
                "2026-11-30", c.previous(), "2026-12-01"};
        Locale locale = Locale.forLanguageTag(c.language());
        String text = Messages.format(locale, "gap.draft.notes", arguments) + "\n"
                + Messages.format(locale, "gap.draft.revisionNote", arguments);
        for (String wrong : List.of("1 de ces recherches n’ont", "0 de ces recherches", " 1 n’ont", " 0 n’ont",
                "(0 recherches", "(1 recherches", " 1 recherches", " 1 fois", "1 searches", "1 times", "0 of those",
                "1 of those", "(0 searches", "(1 searches", "0 opened", "1 opened")) {
            assertFalse(text.contains(wrong), "\"" + wrong + "\" in " + text);
        }
        assertFalse(text.contains("{") || text.contains("}"), text);
        if (c.zero() > 1) {
            // Its number is written (grouped by the language's separator when large).
            assertTrue(text.contains(Long.toString(c.zero() % 1000)), text);
        }
    }
}

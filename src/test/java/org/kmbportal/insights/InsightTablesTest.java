package org.kmbportal.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import org.junit.jupiter.api.Test;
import org.kmbportal.web.Messages;

/** Numbers and reasons of the insight page and its CSV export as each language writes them (user session). */
class InsightTablesTest {

    private static BiFunction<String, Object[], String> in(Locale language) {
        return (key, arguments) -> Messages.format(language, key, arguments);
    }

    @Test
    void meansUseTheLanguagesDecimalMark() {
        // user session: "0.5", "1.0", "2.0" on the French page and in its export
        assertEquals("0,5", InsightTables.decimal(0.5, in(Locale.FRENCH)));
        assertEquals("1,0", InsightTables.decimal(1.0, in(Locale.FRENCH)));
        assertEquals("0,333", InsightTables.decimal(0.333, in(Locale.FRENCH)));
        assertEquals("0.5", InsightTables.decimal(0.5, in(Locale.ENGLISH)));
        assertEquals("2.0", InsightTables.decimal(2.0, in(Locale.ENGLISH)));
        assertEquals("", InsightTables.decimal(null, in(Locale.FRENCH)));
    }

    @Test
    void reasonsTakeTheLanguagesColon() {
        ResourceFeedback row = new ResourceFeedback("r", "R", "resource", 1, 0, null,
                List.of(new ResourceFeedback.ReasonCount("relevance", 1, 0),
                        new ResourceFeedback.ReasonCount("clarity", 0, 2)),
                List.of());
        assertEquals("Sa pertinence pour notre travail\u00a0: 1 / 0; Sa clarté\u00a0: 0 / 2",
                InsightTables.reasons(row, in(Locale.FRENCH)));
        assertEquals("How relevant it is to our work: 1 / 0; How clear it is: 0 / 2",
                InsightTables.reasons(row, in(Locale.ENGLISH)));
    }
}

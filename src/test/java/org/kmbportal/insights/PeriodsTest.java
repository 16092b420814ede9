package org.kmbportal.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The period the insight page and its API read, and the trend of a gap against the period before. */
class PeriodsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    @Test
    void withoutDatesThePeriodIsTheLastThirtyDaysAndThePreviousOneAsLongJustBefore() {
        Period period = Periods.parse(null, " ", TODAY);
        assertEquals(new Period(LocalDate.of(2026, 2, 14), TODAY), period);
        assertEquals(30, period.days());
        assertEquals(new Period(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 2, 13)), period.previous());
        assertEquals(new Period(LocalDate.of(2025, 12, 2), LocalDate.of(2025, 12, 31)),
                Periods.parse(null, "2025-12-31", TODAY), "only the end: the thirty days up to it");
    }

    @Test
    void datesThatAreNotDatesOrAPeriodBackwardsOrOverTenYearsAreRefusedWithAPlainMessage() {
        for (String[] bad : new String[][]{{"2026-13-01", null}, {"15/03/2026", null}, {"<script>", null},
                {null, "tomorrow"}, {"2026-03-10", "2026-03-01"}, {"2000-01-01", "2026-01-01"}}) {
            SignalRefused refused = assertThrows(SignalRefused.class, () -> Periods.parse(bad[0], bad[1], TODAY));
            assertEquals(400, refused.status());
            assertEquals(
                    refused.code().equals("invalid_date") ? "signal.error.invalid_date" : "signal.error.bad_period",
                    refused.messageKey());
        }
    }

    @Test
    void aGapIsNewUpSameOrDownAgainstThePeriodBefore() {
        assertEquals("new", Gap.trend(3, 0));
        assertEquals("up", Gap.trend(5, 2));
        assertEquals("same", Gap.trend(2, 2));
        assertEquals("down", Gap.trend(1, 4));
        assertEquals("same", Gap.trend(0, 0));
    }
}

package org.kmbportal.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.kmbportal.web.Messages;

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
            assertEquals("signal.error." + (refused.code().equals("invalid_date")
                    ? "invalid_date"
                    : bad[0].startsWith("2000") ? "period_too_long" : "bad_period"), refused.messageKey());
        }
    }

    /** User session: 1900-01-01 to 2999-12-31 said the period ends before it starts. */
    @Test
    void aPeriodOverTenYearsSaysSoAndWhatIsAllowedInBothLanguages() {
        for (String[] dates : new String[][]{{"1900-01-01", "2999-12-31"}, {"2016-03-01", "2026-03-15"}}) {
            SignalRefused refused = assertThrows(SignalRefused.class, () -> Periods.parse(dates[0], dates[1], TODAY));
            assertTrue(refused.getMessage().contains("ten years"), refused.getMessage());
            String en = Messages.format(Locale.ENGLISH, refused.messageKey());
            String fr = Messages.format(Locale.FRENCH, refused.messageKey());
            assertTrue(en.contains("longer than ten years") && en.contains("3,660 days"), en);
            assertTrue(fr.contains("dépasse dix ans") && fr.contains("3\u00a0660 jours"), fr);
            assertFalse(en.contains("ends before") || fr.contains("avant de commencer"), en + " / " + fr);
        }
        assertEquals(3653, Periods.parse("2016-03-15", "2026-03-15", TODAY).days(), "ten years are allowed");
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

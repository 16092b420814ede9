package org.kmbportal.insights.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.kmbportal.insights.Periods;
import org.kmbportal.insights.SignalRefused;
import org.kmbportal.web.api.AcceptLanguage;
import org.kmbportal.web.api.ApiWords;

/** The insights' and reader signals' refusals in the caller's language (user session api57). */
class SignalRefusalWordsTest {

    private static String said(String acceptLanguage, SignalRefused e) {
        return SignalRefusedMapper.words(e, ApiWords.language(AcceptLanguage.of(acceptLanguage)));
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsSaidInTheCallersLanguage() {
        SignalRefused e = assertThrows(SignalRefused.class, () -> Periods.parse("2026-03-01", "2026-02-01",
                LocalDate.of(2026, 6, 1)));
        assertEquals(e.getMessage(), said("en", e));
        assertEquals("La période se termine (2026-02-01) avant de commencer (2026-03-01).", said("fr-CA", e));
    }

    @Test
    void aDateThatIsNoDateIsSaidInTheCallersLanguage() {
        SignalRefused e = assertThrows(SignalRefused.class, () -> Periods.parse("31/01/2026", "2026-02-01",
                LocalDate.of(2026, 6, 1)));
        assertTrue(said("en", e).contains("must be a date as YYYY-MM-DD"), said("en", e));
        assertTrue(said("fr", e).contains("doit être une date AAAA-MM-JJ, pas «\u00a031/01/2026\u00a0»"), said("fr",
                e));
    }

    @Test
    void aUsefulThatIsNotTrueOrFalseIsSaidInTheCallersLanguage() {
        SignalJson.FeedbackRequest request = new SignalJson.FeedbackRequest(jakarta.json.Json.createValue("yes"),
                null, null, null, null);
        SignalRefused e = assertThrows(SignalRefused.class, request::yesOrNo);
        assertEquals("\"useful\" is true or false, without quotes; it was \"yes\".", said("en", e));
        assertEquals("\"useful\" vaut true ou false, sans guillemets\u00a0; il valait \"yes\".", said("fr", e));
    }
}

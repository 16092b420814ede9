package org.kmbportal.partnerships.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kmbportal.partnerships.CheckInService;
import org.kmbportal.partnerships.PartnershipException;
import org.kmbportal.web.Messages;

/**
 * User session ci58: the API refuses a check-in whose texts are too long with every such text named, in the caller's
 * language (French as the pages say each one), not only the first.
 */
class PartnershipCheckInWordsTest {

    @Test
    void everyTextTooLongIsSaidInTheCallersLanguage() {
        List<String> fields = List.of("what_happened", "context_changes", "next_steps");
        for (int mask = 1; mask < 8; mask++) {
            int m = mask;
            List<PartnershipException.Problem> problems = fields.stream().filter(f -> (m & 1 << fields.indexOf(
                    f)) != 0).map(f -> new PartnershipException.Problem(0, "too_long", String.valueOf(
                            CheckInService.MAX_TEXT), f))
                    .toList();
            PartnershipException e = new PartnershipException(PartnershipException.Kind.BAD_REQUEST,
                    CheckInService.TOO_LONG, "refused", problems);
            String french = PartnershipWords.of(e, "fr");
            assertTrue(french.startsWith(Messages.format(java.util.Locale.FRENCH,
                    "partnerships.error.check_in_too_long")), french);
            for (String f : fields) {
                String named = Messages.format(java.util.Locale.FRENCH, "partnerships.problem.too_long.field",
                        Messages.format(java.util.Locale.FRENCH, "partnerships.field." + f), CheckInService.MAX_TEXT);
                assertTrue(french.contains(named) == problems.stream().anyMatch(p -> p.field().equals(f)), mask
                        + " " + f + ": " + french);
            }
            assertTrue(french.contains("8\u00a0000") || french.contains("8\u202f000"), french);
        }
    }
}

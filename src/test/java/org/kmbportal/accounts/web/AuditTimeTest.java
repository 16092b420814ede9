package org.kmbportal.accounts.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The audit page says every entry's time as the history pages do, in UTC with its seconds, a time on the whole minute
 * ("01:04:00") as much as any other (it printed "01:04 UTC" among "01:03:27 UTC").
 */
class AuditTimeTest {

    @Test
    void everyAuditEntrysTimeHasItsSecondsInUtcEvenOnTheWholeMinute() throws Exception {
        Random random = new Random(3855);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Instant instant = Instant.ofEpochSecond(1_700_000_000L + random.nextInt(200_000_000));
            if (i % 3 == 0) {
                instant = instant.minusSeconds(instant.getEpochSecond() % 60);
            }
            OffsetDateTime time = instant.plusNanos(random.nextInt(1_000_000_000)).atOffset(ZoneOffset.ofHours(random
                    .nextInt(25) - 12));
            String shown = AuditBacking.when(time);
            if (!shown.matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC")) {
                problems.add(time + " shown as " + shown);
            }
            assertEquals(time.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime().withNano(0).toString().replace(
                    'T', ' ').substring(0, 16), shown.substring(0, 16), "the same instant, in UTC");
        }
        assertEquals(List.of(), problems);
        String page = Files.readString(Path.of("src/main/webapp/admin/audit.xhtml"));
        assertTrue(page.contains("#{r.when()}"), "the audit page shows the entries' times through that format");
        assertFalse(page.contains("toLocalTime()"), "not as a LocalTime, which drops :00");
    }
}

package org.kmbportal.editorial.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * The history page says every revision's time the same way, in UTC with its seconds, a time on the whole minute
 * ("01:04:00") as much as any other.
 */
class RevisionTimeTest {

    @Test
    void everyRevisionsTimeHasItsSecondsInUtcEvenOnTheWholeMinute() throws Exception {
        Random random = new Random(6606);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Instant instant = Instant.ofEpochSecond(1_700_000_000L + random.nextInt(200_000_000));
            if (i % 3 == 0) {
                instant = instant.minusSeconds(instant.getEpochSecond() % 60);
            }
            OffsetDateTime time = instant.plusNanos(random.nextInt(1_000_000_000)).atOffset(ZoneOffset.ofHours(random
                    .nextInt(25) - 12));
            String shown = HistoryBacking.when(time);
            if (!shown.matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC")) {
                problems.add(time + " shown as " + shown);
            }
            assertEquals(time.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime().withNano(0).toString().replace(
                    'T', ' ').substring(0, 16), shown.substring(0, 16), "the same instant, in UTC");
        }
        assertEquals(List.of(), problems);
        String page = Files.readString(Path.of("src/main/webapp/editor/history.xhtml"));
        assertTrue(page.contains("#{r.when}"), "the history page shows the rows' times through one format");
    }
}

package org.kmbportal.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;
import org.kmbportal.platform.PortalStartup;

/**
 * The scheduled-publication job waits for the portal's start (schema migrated): on a first start its minute timer
 * fired while Flyway was still creating the tables, and the failed query left a warning in the log.
 */
class PublishingJobTest {

    @Test
    void looksForNothingAndLogsNoWarningBeforeTheDatabaseIsMigratedThenRunsAsBefore() {
        List<Instant> asked = new ArrayList<>();
        boolean[] started = {false};
        PublishingJob job = new PublishingJob();
        job.reviews = new ReviewService() {
            @Override
            public List<String> dueSlugs(Instant now) {
                asked.add(now);
                if (!started[0]) {
                    throw new IllegalStateException("Table \"SCHEDULED_PUBLICATION\" not found");
                }
                return List.of();
            }
        };
        job.startup = new PortalStartup() {
            @Override
            public boolean completed() {
                return started[0];
            }
        };
        List<LogRecord> logged = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger log = Logger.getLogger(PublishingJob.class.getName());
        log.addHandler(handler);
        try {
            job.everyMinute();
            job.atItsTime();
            assertEquals(List.of(), asked, "no query before the schema exists");
            assertTrue(logged.stream().noneMatch(r -> r.getLevel().intValue() >= Level.WARNING.intValue()),
                    "no warning on a first start: " + logged.stream().map(LogRecord::getMessage).toList());

            started[0] = true;
            job.everyMinute();
            assertEquals(1, asked.size(), "once started, every minute looks for due publications");
            assertTrue(logged.isEmpty(), logged.stream().map(LogRecord::getMessage).toList().toString());
        } finally {
            log.removeHandler(handler);
        }
    }
}

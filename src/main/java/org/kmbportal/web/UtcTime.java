package org.kmbportal.web;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How pages say when something happened: in UTC, always with its seconds ("2026-12-05 01:04:00 UTC"). A time printed as
 * a {@code LocalTime} lost its seconds on the whole minute ("01:04 UTC" among "01:03:27 UTC").
 */
public final class UtcTime {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss 'UTC'", Locale.ROOT);

    private UtcTime() {
    }

    /** The time in UTC with its seconds; empty for none. */
    public static String format(OffsetDateTime time) {
        return time == null ? "" : WHEN.format(time.withOffsetSameInstant(ZoneOffset.UTC));
    }
}

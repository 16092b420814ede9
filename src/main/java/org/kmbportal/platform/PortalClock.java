package org.kmbportal.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The portal's notion of "now". Everything that depends on the date or a wait (check-in schedules, reminders after a
 * quiet period, how long reader signals are kept, the wait after failed sign-ins) asks this clock rather than the
 * system's, so a test running inside the server can move time forward instead of waiting for seconds or weeks. In
 * production nothing moves it: it is the system clock.
 */
@ApplicationScoped
public class PortalClock {

    private volatile Duration offset = Duration.ZERO;

    public Instant now() {
        return Instant.now().plus(offset);
    }

    /** A {@link Clock} for {@code java.time} APIs that take one, in the server's time zone. */
    public Clock clock() {
        return Clock.offset(Clock.systemDefaultZone(), offset);
    }

    public LocalDate today() {
        return LocalDate.now(clock());
    }

    public ZoneId zone() {
        return ZoneId.systemDefault();
    }

    /** Moves this clock forward (or back, with a negative duration); for in-server tests only. */
    public void shift(Duration by) {
        offset = offset.plus(by);
    }

    /** Puts this clock back on the system's time; for in-server tests only. */
    public void reset() {
        offset = Duration.ZERO;
    }
}

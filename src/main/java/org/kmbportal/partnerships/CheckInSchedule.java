package org.kmbportal.partnerships;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A partnership's check-ins, numbered from 1. The interval counts from the last check-in held: once check-in h was
 * held on a day (early, on time or late), check-in k after it falls on that day plus (k - h) times the interval in
 * months, so a quarterly check-in held early brings the next one forward instead of leaving it on the old calendar.
 * Before any is held (or after a change of the schedule, if later) check-in k falls on the schedule's anchor plus
 * (k - offset) times the interval. Either way the months are counted from the same day each time, so that a schedule
 * counted from the 31st comes back to the 31st whenever a month has one (January 31, April 30, July 31, October 31).
 * Check-ins that were held, moved or came before a change of the schedule are stored and keep their own dates. A
 * check-in not held is due for {@value #GRACE_DAYS} days after its date, and missed after that: shown as missed,
 * never hidden.
 */
public final class CheckInSchedule {

    public static final int GRACE_DAYS = 14;
    private static final int MAX_OCCURRENCES = 2000;

    /** What is stored about one check-in. */
    public record Stored(int number, LocalDate scheduledFor, LocalDate movedTo, LocalDate heldOn) {
    }

    public enum State {
        HELD, UPCOMING, DUE, MISSED;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * @param scheduled
     *            the date the schedule gave it
     * @param date
     *            the date it takes place (another one when it was moved)
     */
    public record Occurrence(int number, LocalDate scheduled, LocalDate date, boolean moved, LocalDate heldOn,
            State state) {

        public boolean held() {
            return state == State.HELD;
        }

        /** Held or missed: what stays of it once its partnership has ended (nothing more is to come). */
        public boolean settled() {
            return state == State.HELD || state == State.MISSED;
        }
    }

    private final LocalDate anchor;
    private final int offset;
    private final int months;
    private final TreeMap<Integer, Stored> stored = new TreeMap<>();

    public CheckInSchedule(LocalDate anchor, int offset, int months, List<Stored> storedCheckIns) {
        if (months < 1) {
            throw new IllegalArgumentException("a schedule needs an interval of at least one month");
        }
        this.anchor = anchor;
        this.offset = offset;
        this.months = months;
        storedCheckIns.forEach(s -> stored.put(s.number(), s));
    }

    public static CheckInSchedule of(Partnership partnership, List<CheckIn> checkIns) {
        return new CheckInSchedule(partnership.getScheduleAnchor(), partnership.getScheduleOffset(),
                partnership.getCheckInMonths(), checkIns.stream().map(CheckIn::toStored).toList());
    }

    /** The date the schedule gives check-in {@code number} (before any move). */
    public LocalDate scheduledDate(int number) {
        Stored row = stored.get(number);
        if (row != null) {
            return row.scheduledFor();
        }
        Stored held = lastHeldBefore(number);
        if (held != null && (held.number() > offset || (held.number() == offset && held.heldOn().isAfter(anchor)))) {
            return held.heldOn().plusMonths((long) (number - held.number()) * months);
        }
        return anchor.plusMonths((long) (number - offset) * months);
    }

    /** The stored check-in with the highest number below {@code number} that was held, or null. */
    private Stored lastHeldBefore(int number) {
        for (Stored s : stored.headMap(number, false).descendingMap().values()) {
            if (s.heldOn() != null) {
                return s;
            }
        }
        return null;
    }

    public Occurrence occurrence(int number, LocalDate today) {
        Stored row = stored.get(number);
        LocalDate scheduled = scheduledDate(number);
        LocalDate date = row != null && row.movedTo() != null ? row.movedTo() : scheduled;
        LocalDate heldOn = row == null ? null : row.heldOn();
        State state;
        if (heldOn != null) {
            state = State.HELD;
        } else if (!date.isBefore(today)) {
            state = State.UPCOMING;
        } else if (!date.isBefore(today.minusDays(GRACE_DAYS))) {
            state = State.DUE;
        } else {
            state = State.MISSED;
        }
        return new Occurrence(number, scheduled, date, row != null && row.movedTo() != null, heldOn, state);
    }

    /** Every check-in up to the next one still to hold (held, due and missed ones included), in order. */
    public List<Occurrence> throughNext(LocalDate today) {
        List<Occurrence> all = new ArrayList<>();
        int lastStored = stored.isEmpty() ? 0 : stored.lastKey();
        for (int k = 1; k <= MAX_OCCURRENCES; k++) {
            Occurrence o = occurrence(k, today);
            all.add(o);
            if (k >= lastStored && o.state() == State.UPCOMING) {
                break;
            }
        }
        return all;
    }

    /** The next check-in to hold: the first one neither held nor missed. */
    public Optional<Occurrence> next(LocalDate today) {
        return throughNext(today).stream().filter(o -> o.state() == State.UPCOMING || o.state() == State.DUE)
                .findFirst();
    }

    /** The next {@code count} check-ins still to hold, from the next one on (for calendars). */
    public List<Occurrence> upcoming(LocalDate today, int count) {
        List<Occurrence> found = new ArrayList<>();
        int start = next(today).map(Occurrence::number).orElse(1);
        for (int k = start; found.size() < count && k < start + MAX_OCCURRENCES; k++) {
            Occurrence o = occurrence(k, today);
            if (!o.held() && o.state() != State.MISSED) {
                found.add(o);
            }
        }
        return found;
    }

    /** The highest number among check-ins held or dated before today (0 when there is none). */
    public int settledThrough(LocalDate today) {
        int settled = 0;
        for (Occurrence o : throughNext(today)) {
            if (o.held() || o.date().isBefore(today)) {
                settled = o.number();
            }
        }
        return settled;
    }

    public int months() {
        return months;
    }
}

package org.kmbportal.insights;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The period a report asks for, from its {@code from} and {@code to} ({@code YYYY-MM-DD}): the last
 * {@value #DEFAULT_DAYS} days by default, ending today when only the start is given. Refused (with a plain message)
 * when a date is not one, when the period ends before it starts, or when it spans more than ten years (each with
 * its own code, so the page says which).
 */
public final class Periods {

    public static final int DEFAULT_DAYS = 30;
    static final long MAX_DAYS = 3660;

    private Periods() {
    }

    public static Period parse(String from, String to, LocalDate today) {
        LocalDate end = date("to", to, today);
        LocalDate start = date("from", from, end.minusDays(DEFAULT_DAYS - 1L));
        if (end.isBefore(start)) {
            throw SignalRefused.badRequest("bad_period", "The period ends (" + end + ") before it starts (" + start
                    + ").").said("api.signal.badPeriod", end.toString(), start.toString());
        }
        Period period = new Period(start, end);
        if (period.days() > MAX_DAYS) {
            throw SignalRefused.badRequest("period_too_long", "A period spans ten years (" + MAX_DAYS
                    + " days) at most; from " + start + " to " + end + " is " + period.days()
                    + " days: choose dates closer together.").said("api.signal.periodTooLong", MAX_DAYS,
                            start.toString(), end.toString(), period.days());
        }
        return period;
    }

    private static LocalDate date(String name, String value, LocalDate otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw SignalRefused.badRequest("invalid_date", "'" + name + "' must be a date as YYYY-MM-DD, not '"
                    + value.strip() + "'.").said("api.signal.invalidDate", name, value.strip());
        }
    }
}

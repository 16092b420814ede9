package org.kmbportal.insights;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whole days from {@code from} to {@code to}, both included: what the insight page and its reports look at. */
@Schema(description = "Whole days, both ends included")
public record Period(
        @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "date") LocalDate from,
        @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "date") LocalDate to) {

    public Period {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("A period ends on or after its start");
        }
    }

    /** The last {@code days} days up to and including {@code today}. */
    public static Period lastDays(
            @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "date") LocalDate today,
            int days) {
        return new Period(today.minusDays(Math.max(1, days) - 1L), today);
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The period of the same length just before this one, for trends. */
    public Period previous() {
        return new Period(from.minusDays(days()), from.minusDays(1));
    }
}

package org.kmbportal.insights;

import java.time.LocalDate;

import jakarta.json.bind.annotation.JsonbProperty;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The click-through rank of a week: of the search-page searches with results, how many had a result opened, and the
 * mean reciprocal rank of those opened (1 when the first result is always the one opened; null when none was).
 */
@Schema(description = "The click-through rank of a week (Monday to Sunday)")
public record WeekRank(
        @JsonbProperty("week_of") @Schema(format = "date", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, name = "week_of", description = "The week's Monday") LocalDate weekOf,
        @Schema(description = "Search-page searches with results") long searches,
        @Schema(description = "Of those, searches from which a result was opened") long opened,
        @JsonbProperty("mean_reciprocal_rank") @Schema(name = "mean_reciprocal_rank", description = "Mean of 1/rank of the results opened; absent when none was", nullable = true) Double meanReciprocalRank) {
}

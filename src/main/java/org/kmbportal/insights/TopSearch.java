package org.kmbportal.insights;

import jakarta.json.bind.annotation.JsonbProperty;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A normalized query and what became of its searches in a period. */
@Schema(description = "A normalized query and what became of its searches in the period")
public record TopSearch(@Schema(description = "The words, normalized") String query,
        @Schema(description = "Searches made") long searches,
        @JsonbProperty("zero_results") @Schema(name = "zero_results", description = "Searches that found nothing") long zeroResults,
        @JsonbProperty("nothing_opened") @Schema(name = "nothing_opened", description = "Search-page searches with results, none opened") long nothingOpened,
        @Schema(description = "Searches from which a result was opened") long opened) {
}

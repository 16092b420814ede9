package org.kmbportal.insights;

import jakarta.json.bind.annotation.JsonbProperty;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A question readers asked in vain in a period: a normalized query with its searches that found nothing and those
 * whose results no one opened, beside the same count in the period before (the trend).
 */
@Schema(description = "A query readers searched in vain: no result, or results none opened")
public record Gap(@Schema(description = "The words, normalized") String query,
        @Schema(description = "The language most of its searches were made in") String language,
        @Schema(description = "All its searches in the period") long searches,
        @JsonbProperty("zero_results") @Schema(name = "zero_results", description = "Searches that found nothing") long zeroResults,
        @JsonbProperty("nothing_opened") @Schema(name = "nothing_opened", description = "Search-page searches with results, none opened") long nothingOpened,
        @JsonbProperty("previous_period") @Schema(name = "previous_period", description = "Searches in vain in the period before, of the same length") long previous,
        @Schema(description = "new, up, same or down against the period before", enumeration = {
                "new", "up", "same",
                "down"}) String trend){

    /** Searches in vain: found nothing, or nothing opened. */
    public long inVain() {
        return zeroResults + nothingOpened;
    }

    static String trend(long now, long before) {
        if (before == 0) {
            return now > 0 ? "new" : "same";
        }
        return now > before ? "up" : now < before ? "down" : "same";
    }
}

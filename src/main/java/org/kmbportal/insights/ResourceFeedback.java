package org.kmbportal.insights;

import java.time.LocalDate;
import java.util.List;

import jakarta.json.bind.annotation.JsonbProperty;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The "was this useful?" answers about one resource in a period, on its page or as a match. */
@Schema(description = "The \"was this useful?\" answers about one resource in the period")
public record ResourceFeedback(@Schema(description = "The resource's id") String id,
        @Schema(description = "Its title") String title,
        @Schema(description = "resource (its page) or match (the organization page)") String place,
        @Schema(description = "Answers saying it was useful") long useful,
        @JsonbProperty("not_useful") @Schema(name = "not_useful", description = "Answers saying it was not") long notUseful,
        @JsonbProperty("mean_match_rank") @Schema(name = "mean_match_rank", description = "For matches: its mean rank in the lists answered about", nullable = true) Double meanMatchRank,
        @Schema(description = "The reasons given, with how often") List<ReasonCount> reasons,
        @Schema(description = "The latest texts readers wrote") List<Comment> comments) {

    public long answers() {
        return useful + notUseful;
    }

    /** The share of answers saying useful, 0 to 1. */
    public double usefulShare() {
        return answers() == 0 ? 0 : (double) useful / answers();
    }

    /** A reason and how many answers gave it, yes and no. */
    @Schema(description = "A reason and how many answers gave it")
    public record ReasonCount(
            @Schema(description = "relevance, clarity, practicality, evidence, fit or other") String reason,
            @Schema(description = "Given with \"useful\"") long useful,
            @JsonbProperty("not_useful") @Schema(name = "not_useful", description = "Given with \"not useful\"") long notUseful) {
    }

    /** What a reader wrote, with their answer. */
    @Schema(description = "What a reader wrote, with their answer")
    public record Comment(
            @JsonbProperty("given_on") @Schema(format = "date", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, name = "given_on") LocalDate givenOn,
            boolean useful,
            @Schema(nullable = true) String reason, String text) {
    }
}

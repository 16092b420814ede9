package org.kmbportal.insights;

import java.time.LocalDate;
import java.util.List;

import jakarta.json.bind.annotation.JsonbProperty;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How often organizations reported using a resource in a period, and what they wrote. */
@Schema(description = "How often organizations reported using a resource in the period")
public record UptakeSummary(@Schema(description = "The resource's id") String id,
        @Schema(description = "Its title") String title,
        @Schema(description = "Uses reported") long uses,
        @Schema(description = "Organizations that reported them") long organizations,
        @Schema(description = "What they wrote, the most recent first") List<Line> lines) {

    /** One reported use; the member and organization only when the member agreed to share them. */
    @Schema(description = "One reported use; who only when the member agreed to share it")
    public record Line(
            @JsonbProperty("used_on") @Schema(format = "date", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, name = "used_on") LocalDate usedOn,
            String line,
            @Schema(nullable = true, description = "The member's name, when shared") String member,
            @Schema(nullable = true, description = "The organization's name, when shared") String organization) {
    }
}

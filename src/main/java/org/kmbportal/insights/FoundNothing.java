package org.kmbportal.insights;

import java.time.LocalDate;

import jakarta.json.bind.annotation.JsonbProperty;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A question readers asked in a period that found nothing, as they typed it, with how often and when last. */
@Schema(description = "A search that found nothing, as readers typed it")
public record FoundNothing(@Schema(description = "The search as typed (contact details removed)") String question,
        @Schema(description = "The language most of its searches were made in") String language,
        @Schema(description = "How many times it was searched and found nothing in the period") long searches,
        @JsonbProperty("last_asked") @Schema(name = "last_asked", description = "The last day it was asked", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "date") LocalDate lastAsked) {
}

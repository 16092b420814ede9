package org.kmbportal.insights.api;

import java.time.LocalDate;

import jakarta.json.bind.annotation.JsonbProperty;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies the reader-signal endpoints take and answer. */
public final class SignalJson {

    private SignalJson() {
    }

    @Schema(name = "FeedbackRequest", description = "A \"was this useful?\" answer")
    public record FeedbackRequest(
            @Schema(required = true, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.BOOLEAN, description = "Was it useful? true or false (not a string)") jakarta.json.JsonValue useful,
            @Schema(description = "What mattered most (optional)", enumeration = {
                    "relevance", "clarity",
                    "practicality", "evidence", "fit", "other"}) String reason,
            @Schema(description = "Up to 500 characters, kept as plain text", maxLength = 500) String text,
            @Schema(description = "resource (its page, the default) or match (a match of the organization page)", enumeration = {
                    "resource", "match"}) String place,
            @Schema(description = "For a match: its rank in the list, from 1") Integer rank){

        /**
         * The answer as a yes or no: null when it is missing (refused as such later); anything but JSON true or false
         * ("maybe", "true" in quotes, 1) is refused here, where a lenient reading would have kept it as "no".
         */
        public Boolean yesOrNo() {
            if (useful == null || useful.getValueType() == jakarta.json.JsonValue.ValueType.NULL) {
                return null;
            }
            return switch (useful.getValueType()) {
                case TRUE -> Boolean.TRUE;
                case FALSE -> Boolean.FALSE;
                default -> throw new org.kmbportal.insights.SignalRefused(400, "useful_invalid",
                        "\"useful\" is true or false, without quotes; it was " + useful + ".").said(
                                "api.signal.usefulInvalid", useful.toString());
            };
        }
    }

    @Schema(name = "FeedbackReceipt", description = "What became of an answer")
    public record FeedbackReceipt(@Schema(description = "False for robots, whose answers are ignored") boolean recorded,
            @Schema(description = "True when it replaced this reader's earlier answer") boolean updated,
            String message) {
    }

    @Schema(name = "UptakeRequest", description = "\"We used this\": the organization put the resource into practice")
    public record UptakeRequest(
            @JsonbProperty("used_on") @Schema(name = "used_on", required = true, description = "The day, YYYY-MM-DD") String usedOn,
            @Schema(required = true, description = "One line on what happened", maxLength = 200) String line,
            @Schema(description = "May editors see the member's and the organization's names (default false)") Boolean share) {
    }

    @Schema(name = "UptakeReceipt", description = "The use as it was recorded")
    public record UptakeReceipt(long id, String resource,
            @JsonbProperty("used_on") @Schema(format = "date", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, name = "used_on") LocalDate usedOn,
            String line, boolean share) {
    }
}

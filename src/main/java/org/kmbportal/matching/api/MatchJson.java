package org.kmbportal.matching.api;

import java.util.List;
import java.util.Map;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kmbportal.matching.Match;
import org.kmbportal.matching.MatchReason;
import org.kmbportal.matching.SavedProfile;

/** The answers and request bodies of the matching endpoints, as records JSON-B writes and {@code /openapi} describes. */
public final class MatchJson {

    private MatchJson() {
    }

    @Schema(name = "OrganizationProfile", description = "An organization's context and challenges.", example = "{\"context\": {\"organization_size\": \"small\", \"evaluation_capacity\": \"none\"}, \"challenges\": \"mentors leave after a few months\", \"language\": \"en\"}")
    public record Profile(
            @Schema(description = "Context facet (organization_size, evaluation_capacity, program_models, …) to a value"
                    + " or a list of values") Map<String, List<String>> context,
            @Schema(description = "The challenges in the organization's own words") String challenges,
            @Schema(enumeration = {
                    "en", "fr"}) String language){
    }

    @Schema(name = "MatchRequest", description = "A profile, and how many resources to answer.", example = "{\"context\": {\"organization_size\": \"small\"}, \"challenges\": \"mentors leave after a few months\", \"language\": \"en\", \"size\": 5}")
    public record Request(Map<String, List<String>> context, String challenges,
            @Schema(enumeration = {
                    "en", "fr"}) String language,
            @Schema(minimum = "1", defaultValue = "10") Integer size){
    }

    @Schema(name = "Matches", description = "The resources that fit, best first.")
    public record Matches(List<MatchJson.Found> matches) {
    }

    @Schema(name = "Match", description = "A resource that fits, with the reasons.")
    public record Found(String id, String title, double score, List<Reason> reasons) {
    }

    @Schema(name = "MatchReason", description = "Why it fits: a context facet, or words of the challenges.")
    public record Reason(@Schema(description = "The context facet it fits, when the reason is one") String facet,
            @Schema(description = "The words of the challenges it answers, when the reason is those") String text,
            String explanation) {
    }

    @Schema(name = "SavedProfile", description = "An organization's saved profile.")
    public record Saved(Map<String, List<String>> context, String challenges, String language,
            @JsonbProperty("updated_at") @Schema(name = "updated_at", format = "date-time") String updatedAt,
            @JsonbProperty("updated_by") @Schema(name = "updated_by") @JsonbNillable String updatedBy) {
    }

    static Found found(Match match) {
        return new Found(match.id(), match.title(), match.score(),
                match.reasons().stream().map(MatchJson::reason).toList());
    }

    private static Reason reason(MatchReason reason) {
        return reason.text() != null
                ? new Reason(null, reason.text(), reason.explanation())
                : new Reason(reason.facet(), null, reason.explanation());
    }

    static Saved saved(SavedProfile saved) {
        return new Saved(saved.profile().context(), saved.profile().challenges(), saved.profile().language(),
                saved.getUpdatedAt().toString(),
                org.kmbportal.accounts.AccountErased.forApi(saved.getUpdatedBy()));
    }
}

package org.kmbportal.partnerships.api;

import java.util.List;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kmbportal.partnerships.PartnershipException;
import org.kmbportal.partnerships.PlanConflict;
import org.kmbportal.web.api.ApiWords;

/**
 * Refused partnership requests as JSON: 404 for a partnership that does not exist or that the caller may not see (the
 * same answer), 400 with each bad field, 409 for a request its state does not allow and {@code edit_conflict} for a
 * plan saved from an old version (with the current plan, so the caller can compare and decide).
 */
public final class PartnershipErrors {

    private PartnershipErrors() {
    }

    @Schema(name = "PartnershipRefusal")
    public record Refusal(String error, String message, List<Problem> problems) {
    }

    @Schema(name = "PartnershipProblem", description = "A bad field; item is the plan item's position from 1, or 0.")
    public record Problem(int item, String code, String value,
            @Schema(description = "Which of the item's texts, where the code does not say: what, why or notes") String field) {
    }

    @Schema(name = "PlanEditConflict")
    public record Conflict(String error, String message,
            @Schema(name = "current_version") @JsonbProperty("current_version") long currentVersion,
            @Schema(name = "current_plan") @JsonbProperty("current_plan") PartnershipJson.Plan currentPlan) {
    }

    @Provider
    public static class Refused implements ExceptionMapper<PartnershipException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(PartnershipException e) {
            return Response.status(e.kind().status()).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new Refusal(e.code(), PartnershipWords.of(e, ApiWords.language(headers)), e.problems()
                            .stream()
                            .map(p -> new Problem(p.item(), p.code(), p.value(), p.field())).toList()))
                    .build();
        }
    }

    /** A plan saved from an old version, in that language. */
    public static String conflict(PlanConflict e, String language) {
        return ApiWords.get(language, "api.error.planChanged", e.currentVersion());
    }

    /** A refused request in that language ({@link PartnershipWords}). */
    public static String words(PartnershipException e, String language) {
        return PartnershipWords.of(e, language);
    }

    @Provider
    public static class EditConflict implements ExceptionMapper<PlanConflict> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(PlanConflict e) {
            PartnershipJson.Plan current = PartnershipJson.plan(e.currentVersion(), e.current().goals(),
                    e.current().items(), java.time.LocalDate.now(), false);
            return Response.status(409).type(MediaType.APPLICATION_JSON_TYPE).entity(new Conflict("edit_conflict",
                    conflict(e, ApiWords.language(headers)),
                    e.currentVersion(), current)).build();
        }
    }
}

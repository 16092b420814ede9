package org.kmbportal.partnerships.api;

import org.kmbportal.web.api.ApiSecurity;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kmbportal.partnerships.Dashboard;
import org.kmbportal.partnerships.Evidence;
import org.kmbportal.partnerships.ItemState;
import org.kmbportal.partnerships.PartnershipException;
import org.kmbportal.partnerships.PartnershipOverview;
import org.kmbportal.partnerships.PlanService;
import org.kmbportal.web.ReaderLanguage;
import org.kmbportal.web.api.JsonBodies;

/**
 * {@code /api/partnerships/{id}/plan}: the work plan, saving it whole from the version one started from (409
 * {@code edit_conflict} when someone saved in between), its revisions, and "evidence for this" for one item.
 */
@Path("partnerships/{id}/plan")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partnerships")
@SecurityRequirement(name = ApiSecurity.SESSION)
public class PlanResource {

    @Inject
    PartnershipOverview overview;

    @Inject
    PlanService plans;

    @Inject
    Evidence evidence;

    @Inject
    HttpServletRequest request;

    @GET
    @Operation(summary = "The work plan and its version")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PartnershipJson.Plan.class)))
    @APIResponse(responseCode = "404", description = "No such partnership, or not one the caller may see", content = @Content(schema = @Schema(implementation = PartnershipErrors.Refusal.class)))
    public PartnershipJson.Plan plan(
            @Parameter(description = "The partnership's id (the caller's own; others answer 404)", example = "1") @PathParam("id") long id) {
        Dashboard d = overview.dashboard(id);
        return PartnershipJson.plan(d.partnership().getPlanVersion(), d.partnership().getGoals(), d.items(),
                d.today(), d.mentorLeadsMost());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save the plan", description = "The whole plan as it should be, with the version you started"
            + " from and the reason for the change. Every change becomes a revision; an unchanged plan makes none.")
    @RequestBody(content = @Content(schema = @Schema(implementation = PartnershipRequests.PlanInput.class)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PartnershipJson.Saved.class)))
    @APIResponse(responseCode = "400", description = "A bad item (each named), or a change without a reason", content = @Content(schema = @Schema(implementation = PartnershipErrors.Refusal.class)))
    @APIResponse(responseCode = "409", description = "edit_conflict: someone saved since that version; or closed", content = @Content(schema = @Schema(implementation = PartnershipErrors.Conflict.class)))
    @APIResponse(responseCode = "404", description = "No such partnership, or not one the caller may see", content = @Content(schema = @Schema(implementation = PartnershipErrors.Refusal.class)))
    public PartnershipJson.Saved save(
            @Parameter(description = "The partnership's id (the caller's own; others answer 404)", example = "1") @PathParam("id") long id,
            String text) {
        JsonObject body = JsonBodies.object(text, "send {\"version\", \"reason\", \"items\": [...]}.");
        PlanService.Saved saved = plans.save(id, PartnershipRequests.version(body), PartnershipRequests.plan(body),
                PartnershipRequests.text(body, "reason"));
        Locale locale = locale();
        return new PartnershipJson.Saved(saved.version(), saved.changes().stream()
                .map(c -> PartnershipJson.change(c, locale)).toList());
    }

    @GET
    @Path("revisions")
    @Operation(summary = "Every revision of the plan, oldest first", description = "Who, when, the reason, what"
            + " changed, and the check-in that decided it.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PartnershipJson.RevisionList.class)))
    @APIResponse(responseCode = "404", description = "No such partnership, or not one the caller may see", content = @Content(schema = @Schema(implementation = PartnershipErrors.Refusal.class)))
    public PartnershipJson.RevisionList revisions(
            @Parameter(description = "The partnership's id (the caller's own; others answer 404)", example = "1") @PathParam("id") long id) {
        Locale locale = locale();
        return new PartnershipJson.RevisionList(plans.revisions(id).stream()
                .map(r -> PartnershipJson.revision(r, locale)).toList());
    }

    @GET
    @Path("items/{item}/evidence")
    @Operation(summary = "Evidence for this: resources for one plan item", description = "Found by the matching"
            + " engine from the partner's saved organization profile and the item's words, leaving out what the item"
            + " already links.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PartnershipJson.Suggestions.class)))
    @APIResponse(responseCode = "404", description = "No such partnership, or not one the caller may see", content = @Content(schema = @Schema(implementation = PartnershipErrors.Refusal.class)))
    public PartnershipJson.Suggestions evidence(
            @Parameter(description = "The partnership's id (the caller's own; others answer 404)", example = "1") @PathParam("id") long id,
            @Parameter(description = "The plan item's id", example = "1") @PathParam("item") long item) {
        ItemState found = overview.dashboard(id).items().stream().filter(i -> i.id() == item).findFirst()
                .orElseThrow(() -> new PartnershipException(PartnershipException.Kind.NOT_FOUND, "unknown_item",
                        "This plan has no item " + item + "."));
        Set<String> linked = new HashSet<>(found.resources());
        return evidence.forItem(id, found.what(), found.why(), linked, locale().getLanguage())
                .map(list -> new PartnershipJson.Suggestions(true, list.stream()
                        .map(s -> new PartnershipJson.Suggestion(s.id(), s.title(), s.type(), s.reasons())).toList()))
                .orElseGet(() -> new PartnershipJson.Suggestions(false, java.util.List.of()));
    }

    private Locale locale() {
        return Locale.forLanguageTag(ReaderLanguage.of(request));
    }
}

package org.kmbportal.partnerships.api;

import org.kmbportal.web.api.ApiSecurity;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import java.net.URI;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kmbportal.partnerships.CheckIn;
import org.kmbportal.partnerships.CheckInService;
import org.kmbportal.partnerships.Dashboard;
import org.kmbportal.partnerships.PartnershipOverview;
import org.kmbportal.web.api.JsonBodies;

/**
 * {@code /api/partnerships/{id}/check-ins}: the check-ins so far and the next one, recording one (with the plan
 * changes decided, applied as a revision linked to it, and the capacity ratings), and moving one.
 */
@Path("partnerships/{id}/check-ins")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partnerships")
@SecurityRequirement(name = ApiSecurity.SESSION)
public class CheckInsResource {

    @Inject
    PartnershipOverview overview;

    @Inject
    CheckInService checkIns;

    @GET
    @Operation(summary = "The check-ins up to the next one to hold", description = "Held (with their records), due,"
            + " missed and moved ones.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY, implementation = PartnershipJson.CheckInJson.class)))
    @APIResponse(responseCode = "404", description = "No such partnership, or not one the caller may see", content = @Content(schema = @Schema(implementation = PartnershipErrors.Refusal.class)))
    public List<PartnershipJson.CheckInJson> list(
            @Parameter(description = "The partnership's id (the caller's own; others answer 404)", example = "1") @PathParam("id") long id) {
        Dashboard d = overview.dashboard(id);
        return d.checkIns().stream().map(o -> PartnershipJson.checkIn(o, d)).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a check-in", description = "The next one unless a number is given: what happened,"
            + " what changed in the context, next steps, the partner's capacity ratings, and the plan changes decided"
            + " (applied as a revision linked to the check-in, in the same transaction).")
    @RequestBody(content = @Content(schema = @Schema(ref = "CheckInInput")))
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = PartnershipJson.CheckInJson.class)))
    @APIResponse(responseCode = "409", description = "Already recorded, closed, or edit_conflict on the plan", content = @Content(schema = @Schema(implementation = PartnershipErrors.Refusal.class)))
    @APIResponse(responseCode = "404", description = "No such partnership, or not one the caller may see", content = @Content(schema = @Schema(implementation = PartnershipErrors.Refusal.class)))
    public Response record(
            @Parameter(description = "The partnership's id (the caller's own; others answer 404)", example = "1") @PathParam("id") long id,
            String text) {
        JsonObject body = JsonBodies.object(text, "send {\"what_happened\", ...}.");
        CheckIn recorded = checkIns.record(id, PartnershipRequests.checkIn(body));
        return Response.created(URI.create("partnerships/" + id + "/check-ins")).entity(one(id,
                recorded.getNumber())).build();
    }

    @PUT
    @Path("{number}/date")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move a check-in not yet held", description = "To a day not in the past, between the"
            + " check-ins before and after it.")
    @RequestBody(content = @Content(schema = @Schema(ref = "MoveCheckIn")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PartnershipJson.CheckInJson.class)))
    @APIResponse(responseCode = "404", description = "No such partnership, or not one the caller may see", content = @Content(schema = @Schema(implementation = PartnershipErrors.Refusal.class)))
    public PartnershipJson.CheckInJson move(
            @Parameter(description = "The partnership's id (the caller's own; others answer 404)", example = "1") @PathParam("id") long id,
            @Parameter(description = "The check-in's number", example = "1") @PathParam("number") int number,
            String text) {
        JsonObject body = JsonBodies.object(text, "send {\"date\": \"YYYY-MM-DD\", \"reason\"}.");
        checkIns.move(id, number, PartnershipRequests.date(PartnershipRequests.text(body, "date"), "date"),
                PartnershipRequests.text(body, "reason"));
        return one(id, number);
    }

    private PartnershipJson.CheckInJson one(long id, int number) {
        Dashboard d = overview.dashboard(id);
        return d.checkIns().stream().filter(o -> o.number() == number).findFirst()
                .map(o -> PartnershipJson.checkIn(o, d)).orElseThrow();
    }
}

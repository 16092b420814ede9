package org.kmbportal.insights.api;

import org.kmbportal.web.api.ApiSecurity;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.kmbportal.web.api.ApiExamples;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kmbportal.insights.SignalLimits;
import org.kmbportal.insights.SignalRefused;
import org.kmbportal.insights.Uptake;
import org.kmbportal.insights.UptakeService;
import org.kmbportal.web.ClientAddress;
import org.kmbportal.web.api.ApiError;
import org.kmbportal.web.api.ApiException;

/**
 * {@code POST /api/resources/{id}/uptake}: "we used this", by a signed-in member of an organization (with the
 * session's CSRF token). Their organization sees it on {@code /account/used}; editors see it without the member's
 * identity unless {@code share} is true.
 */
@Path("resources/{id}/uptake")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reader signals")
@SecurityRequirement(name = ApiSecurity.SESSION)
public class UptakeResource {

    @Inject
    UptakeService uptake;

    @Inject
    SignalLimits limits;

    @Inject
    HttpServletRequest request;

    @POST
    @Operation(summary = "Our organization used this resource", description = "Members of an organization; the"
            + " organization's members see the record, editors see it without who unless share is true.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = SignalJson.UptakeReceipt.class)))
    @APIResponse(responseCode = "400", description = "Bad day or line", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "401", description = "Not signed in", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "Not a member of an organization, or no CSRF token", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "No published resource with this id", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "429", description = "Too many records from this session or address this hour", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response record(
            @Parameter(description = "The resource's id", example = ApiExamples.RESOURCE_ID) @PathParam("id") String id,
            SignalJson.UptakeRequest body) {
        uptake.member();
        if (body == null) {
            throw ApiException.said(400, "bad_json", "api.error.uptakeBody");
        }
        UptakeService.Use use = uptake.check(id,
                new UptakeService.Use(body.usedOn(), body.line(), Boolean.TRUE.equals(body.share())));
        if (!limits.take(request.getSession(true).getId(), ClientAddress.of(request))) {
            throw new SignalRefused(429, "too_many", "Too many records from here this hour; please try later.").said(
                    "api.signal.tooManyRecords");
        }
        Uptake recorded = uptake.record(id, use);
        return Response.status(Response.Status.CREATED).entity(new SignalJson.UptakeReceipt(recorded.getId(), id,
                recorded.getUsedOn(), recorded.getLine(), recorded.isShareIdentity())).build();
    }
}

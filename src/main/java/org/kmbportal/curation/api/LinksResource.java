package org.kmbportal.curation.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kmbportal.web.api.ApiError;
import org.kmbportal.web.api.ApiExamples;
import org.kmbportal.web.api.ApiSecurity;
import org.kmbportal.web.api.ApiSecurity;
import org.kmbportal.web.api.ApiExamples;
import org.kmbportal.web.api.ApiError;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.kmbportal.curation.links.LinkDashboard;
import org.kmbportal.curation.links.LinkReport;

/**
 * {@code /api/links}: every outside link the caller curates (editors and administrators: all of them) with its state,
 * last check, status, redirects and where it is used; {@code POST /api/links/checks} starts a check run.
 */
@Path("links")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Collections")
@SecurityRequirement(name = ApiSecurity.SESSION)
@APIResponse(responseCode = "401", description = "Not signed in", content = @Content(schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "403", description = "Not an editor or administrator (or, for a run, no CSRF token)", content = @Content(schema = @Schema(implementation = ApiError.class)))
public class LinksResource {

    @Inject
    LinkDashboard dashboard;

    @GET
    @Operation(summary = "Every outside link with its last check", description = "And where each is used; editors"
            + " and administrators.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CollectionJson.Links.class)))
    public CollectionJson.Links list() {
        return new CollectionJson.Links(dashboard.running(),
                dashboard.report().stream().map(LinksResource::json).toList());
    }

    @POST
    @Path("checks")
    @Operation(summary = "Check every outside link now", description = "Runs in the background; editors and"
            + " administrators.")
    @SecurityRequirement(name = ApiSecurity.SESSION)
    @SecurityRequirement(name = ApiSecurity.CSRF)
    @APIResponse(responseCode = "202", content = @Content(schema = @Schema(implementation = CollectionJson.LinkRun.class)))
    @APIResponse(responseCode = "409", description = "Link checks are switched off here", content = @Content(schema = @Schema(implementation = CollectionJson.Refusal.class)))
    public Response check() {
        dashboard.startRun();
        return Response.accepted(new CollectionJson.LinkRun(true)).build();
    }

    private static CollectionJson.LinkJson json(LinkReport report) {
        List<CollectionJson.LinkUse> uses = report.uses().stream()
                .map(u -> new CollectionJson.LinkUse(u.kind(), u.ownerId(), u.ownerTitle())).toList();
        String state = report.state().name().toLowerCase(Locale.ROOT);
        return report.check().map(c -> new CollectionJson.LinkJson(report.url(), state, c.getHttpStatus(),
                c.getLastCheckedAt() == null ? null : c.getLastCheckedAt().toString(), c.getFinalUrl(),
                c.getHops() == null || c.getHops().isEmpty() ? List.<String> of() : List.of(c.getHops().split(" → ")),
                c.getMessage(), c.getConsecutiveFailures(), uses))
                .orElseGet(() -> new CollectionJson.LinkJson(report.url(), state, null, null, null, null, null, null,
                        uses));
    }
}

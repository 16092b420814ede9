package org.kmbportal.search.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kmbportal.accounts.Guard;
import org.kmbportal.accounts.Role;
import org.kmbportal.search.IndexConsistency;
import org.kmbportal.web.api.ApiError;
import org.kmbportal.web.api.ApiSecurity;

/**
 * {@code GET /api/admin/index}: the index compared with the database, and the rebuild's progress;
 * {@code POST /api/admin/index/rebuild}: start a full rebuild (202, or 409 if one is running). Administrators only.
 */
@Path("admin/index")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class IndexAdminResource {

    @Inject
    IndexConsistency index;

    @Inject
    Guard guard;

    @GET
    @Operation(summary = "The index compared with the database", description = "Documents missing, stale or orphaned"
            + " (a few ids of each), the last applied change and the rebuild's progress. Administrators only.")
    @SecurityRequirement(name = ApiSecurity.SESSION)
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SearchJson.IndexState.class)))
    @APIResponse(responseCode = "401", description = "Not signed in", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "Not an administrator", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public SearchJson.IndexState status() {
        guard.require(Role.ADMIN);
        return SearchJson.state(index.statusAndHeal(), index.rebuildProgress());
    }

    @POST
    @Path("rebuild")
    @Operation(summary = "Start a full rebuild of the index", description = "From the database; searches keep"
            + " answering from the old index until the new one is complete. Administrators only.")
    @SecurityRequirement(name = ApiSecurity.SESSION)
    @SecurityRequirement(name = ApiSecurity.CSRF)
    @APIResponse(responseCode = "202", description = "Started", content = @Content(schema = @Schema(implementation = SearchJson.RebuildProgress.class)))
    @APIResponse(responseCode = "409", description = "A rebuild is already running", content = @Content(schema = @Schema(implementation = SearchJson.RebuildProgress.class)))
    @APIResponse(responseCode = "401", description = "Not signed in", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "Not an administrator, or no CSRF token", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response start() {
        guard.require(Role.ADMIN);
        boolean started = index.startRebuild();
        return Response.status(started ? 202 : 409).entity(SearchJson.progress(index.rebuildProgress()))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}

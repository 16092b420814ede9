package org.kmbportal.matching.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kmbportal.matching.InvalidProfileException;
import org.kmbportal.matching.OrganizationProfile;
import org.kmbportal.matching.ProfileStore;
import org.kmbportal.matching.SavedProfile;
import org.kmbportal.web.api.ApiError;
import org.kmbportal.web.api.ApiException;
import org.kmbportal.web.api.ApiSecurity;
import org.kmbportal.web.api.JsonBodies;

/**
 * {@code GET} and {@code PUT /api/organizations/{id}/profile}: an organization's saved profile, for its people and
 * administrators. The body is a profile as {@code POST /api/match} takes it (without {@code size}).
 */
@Path("organizations/{id}/profile")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Matching")
@SecurityRequirement(name = ApiSecurity.SESSION)
@APIResponse(responseCode = "401", description = "Not signed in", content = @Content(schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "403", description = "Not one of its people (or, for a change, no CSRF token)", content = @Content(schema = @Schema(implementation = ApiError.class)))
public class ProfileResource {

    @Inject
    ProfileStore store;

    @GET
    @Operation(summary = "An organization's saved profile", description = "For its people and administrators.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MatchJson.Saved.class)))
    @APIResponse(responseCode = "404", description = "No saved profile yet", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public MatchJson.Saved get(
            @Parameter(description = "The organization's id", example = "1") @PathParam("id") long id) {
        SavedProfile saved = store.find(id)
                .orElseThrow(() -> ApiException.said(404, "not_found", "api.error.noProfile"));
        return MatchJson.saved(saved);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save an organization's profile", description = "As POST /api/match takes it, without size.")
    @SecurityRequirement(name = ApiSecurity.CSRF)
    @RequestBody(content = @Content(schema = @Schema(implementation = MatchJson.Profile.class)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MatchJson.Saved.class)))
    @APIResponse(responseCode = "400", description = "A malformed profile (the message says what)", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public MatchJson.Saved put(
            @Parameter(description = "The organization's id", example = "1") @PathParam("id") long id, String text) {
        JsonObject body = JsonBodies.object(text, "send a context, challenges and a language.");
        OrganizationProfile profile = ProfileJson.profile(body, false);
        try {
            return MatchJson.saved(store.save(id, profile));
        } catch (InvalidProfileException e) {
            throw ProfileJson.refusal(e);
        }
    }
}

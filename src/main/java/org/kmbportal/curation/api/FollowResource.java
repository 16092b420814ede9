package org.kmbportal.curation.api;

import org.kmbportal.web.api.ApiSecurity;
import org.kmbportal.web.api.ApiExamples;
import org.kmbportal.web.api.ApiError;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kmbportal.curation.Collection;
import org.kmbportal.curation.CollectionException;
import org.kmbportal.curation.CollectionService;
import org.kmbportal.curation.Follows;

/**
 * {@code /api/collections/{id}/follow}: a signed-in reader follows a collection they may read ({@code PUT}, with the
 * unlisted link's {@code key} if that is how they read it), stops ({@code DELETE}), and marks it seen ({@code PUT
 * .../follow/visit}) so the next changes start from now.
 */
@Path("collections/{id}/follow")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Collections")
public class FollowResource {

    @Inject
    Follows follows;

    @Inject
    CollectionService collections;

    @GET
    @Operation(summary = "Whether the caller follows the collection")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CollectionJson.Following.class)))
    @APIResponse(responseCode = "404", description = "No collection with this id that the caller may read", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public CollectionJson.Following get(
            @Parameter(description = "The collection's id", example = ApiExamples.COLLECTION_ID) @PathParam("id") String id,
            @Parameter(description = "The key of an unlisted collection's link") @QueryParam("key") String key) {
        return new CollectionJson.Following(follows.follows(readable(id, key)));
    }

    @PUT
    @Operation(summary = "Follow a collection", description = "Its changes are then shown since the last visit.")
    @SecurityRequirement(name = ApiSecurity.SESSION)
    @SecurityRequirement(name = ApiSecurity.CSRF)
    @APIResponse(responseCode = "401", description = "Not signed in", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "Not its curator, or no CSRF token", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CollectionJson.Following.class)))
    @APIResponse(responseCode = "404", description = "No collection with this id that the caller may read", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public CollectionJson.Following follow(
            @Parameter(description = "The collection's id", example = ApiExamples.COLLECTION_ID) @PathParam("id") String id,
            @Parameter(description = "The key of an unlisted collection's link") @QueryParam("key") String key) {
        follows.follow(id, key);
        return new CollectionJson.Following(true);
    }

    @DELETE
    @Operation(summary = "Stop following a collection")
    @SecurityRequirement(name = ApiSecurity.SESSION)
    @SecurityRequirement(name = ApiSecurity.CSRF)
    @APIResponse(responseCode = "401", description = "Not signed in", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "Not its curator, or no CSRF token", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "204", description = "Not followed any more")
    public Response unfollow(
            @Parameter(description = "The collection's id", example = ApiExamples.COLLECTION_ID) @PathParam("id") String id) {
        follows.unfollow(id);
        return Response.noContent().build();
    }

    @PUT
    @Path("visit")
    @Operation(summary = "Mark a followed collection as seen now")
    @SecurityRequirement(name = ApiSecurity.SESSION)
    @SecurityRequirement(name = ApiSecurity.CSRF)
    @APIResponse(responseCode = "401", description = "Not signed in", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "Not its curator, or no CSRF token", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CollectionJson.Following.class)))
    @APIResponse(responseCode = "404", description = "No collection with this id that the caller may read", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public CollectionJson.Following visit(
            @Parameter(description = "The collection's id", example = ApiExamples.COLLECTION_ID) @PathParam("id") String id,
            @Parameter(description = "The key of an unlisted collection's link") @QueryParam("key") String key) {
        follows.visited(readable(id, key));
        return new CollectionJson.Following(true);
    }

    private Collection readable(String id, String key) {
        return collections.readable(id, key).orElseThrow(() -> CollectionException.unknown(id));
    }
}

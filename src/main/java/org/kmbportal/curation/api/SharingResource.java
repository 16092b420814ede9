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
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.kmbportal.curation.Collection;
import org.kmbportal.curation.CollectionService;
import org.kmbportal.curation.SupportedOrganizations;
import org.kmbportal.curation.UnlistedLinks;
import org.kmbportal.curation.Visibility;
import org.kmbportal.web.api.JsonBodies;

/**
 * {@code /api/collections/{id}/sharing}, for whoever may edit the collection: who may read it ({@code GET}, {@code
 * PUT {"visibility", "organizations": [ids]}}), and the unlisted link: a new one ({@code POST .../link}, the old one
 * stops working) or none ({@code DELETE .../link}: the collection becomes private).
 */
@Path("collections/{id}/sharing")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Collections")
@SecurityRequirement(name = ApiSecurity.SESSION)
@APIResponse(responseCode = "401", description = "Not signed in", content = @Content(schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "403", description = "Not its curator (or, for a change, no CSRF token)", content = @Content(schema = @Schema(implementation = ApiError.class)))
public class SharingResource {

    @Inject
    CollectionService collections;

    @Inject
    SupportedOrganizations supported;

    @Inject
    HttpServletRequest request;

    @GET
    @Operation(summary = "Who may read a collection", description = "Its curators only.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CollectionJson.Sharing.class)))
    @APIResponse(responseCode = "404", description = "No collection with this id that the caller may read", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public CollectionJson.Sharing get(
            @Parameter(description = "The collection's id", example = ApiExamples.COLLECTION_ID) @PathParam("id") String id) {
        return sharing(collections.editable(id));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change who may read a collection")
    @SecurityRequirement(name = ApiSecurity.SESSION)
    @SecurityRequirement(name = ApiSecurity.CSRF)
    @RequestBody(content = @Content(schema = @Schema(implementation = CollectionJson.SharingRequest.class)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CollectionJson.Sharing.class)))
    @APIResponse(responseCode = "400", description = "An unknown visibility or organization", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "No collection with this id that the caller may read", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public CollectionJson.Sharing share(
            @Parameter(description = "The collection's id", example = ApiExamples.COLLECTION_ID) @PathParam("id") String id,
            String text) {
        JsonObject body = JsonBodies.object(text, "send {\"visibility\": \"shared\", \"organizations\": [ids]}.");
        Visibility visibility = Visibility.fromKey(CollectionJson.text(body, "visibility"))
                .orElseThrow(CollectionJson::badVisibility);
        java.util.Set<Long> organizations = body.containsKey("organizations")
                ? CollectionJson.ids(body, "organizations")
                : java.util.Set.of();
        return sharing(collections.share(id, visibility, organizations));
    }

    @POST
    @Path("link")
    @Operation(summary = "Make a new unlisted link", description = "The old link stops working.")
    @SecurityRequirement(name = ApiSecurity.SESSION)
    @SecurityRequirement(name = ApiSecurity.CSRF)
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CollectionJson.Sharing.class)))
    @APIResponse(responseCode = "404", description = "No collection with this id that the caller may read", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public CollectionJson.Sharing newLink(
            @Parameter(description = "The collection's id", example = ApiExamples.COLLECTION_ID) @PathParam("id") String id) {
        return sharing(collections.newLink(id));
    }

    @DELETE
    @Path("link")
    @Operation(summary = "Revoke the unlisted link")
    @SecurityRequirement(name = ApiSecurity.SESSION)
    @SecurityRequirement(name = ApiSecurity.CSRF)
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CollectionJson.Sharing.class)))
    @APIResponse(responseCode = "404", description = "No collection with this id that the caller may read", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public CollectionJson.Sharing revokeLink(
            @Parameter(description = "The collection's id", example = ApiExamples.COLLECTION_ID) @PathParam("id") String id) {
        return sharing(collections.revokeLink(id));
    }

    private CollectionJson.Sharing sharing(Collection collection) {
        return new CollectionJson.Sharing(collection.getSlug(), collection.getVisibility().key(),
                supported.organizations(collection.getSharedWith()).stream()
                        .map(o -> new CollectionJson.OrganizationRef(o.getId(), o.getName())).toList(),
                supported.organizations(collections.shareable(collection)).stream()
                        .map(o -> new CollectionJson.OrganizationRef(o.getId(), o.getName())).toList(),
                collection.getUnlistedToken() == null
                        ? null
                        : base() + "/collections/" + collection.getSlug()
                                + UnlistedLinks.query(collection.getUnlistedToken()),
                collection.getVersion());
    }

    private String base() {
        return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getContextPath();
    }
}

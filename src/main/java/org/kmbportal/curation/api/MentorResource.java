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

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.kmbportal.accounts.Organization;
import org.kmbportal.curation.SupportedOrganizations;
import org.kmbportal.web.api.JsonBodies;

/**
 * {@code /api/mentor/organizations}, for mentors: the organizations they support, adding one with the join code a
 * member of it gave them ({@code POST {"join_code": "..."}}), and removing one.
 */
@Path("mentor/organizations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Collections")
@SecurityRequirement(name = ApiSecurity.SESSION)
@APIResponse(responseCode = "401", description = "Not signed in", content = @Content(schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "403", description = "Not a mentor (or, for a change, no CSRF token)", content = @Content(schema = @Schema(implementation = ApiError.class)))
public class MentorResource {

    @Inject
    SupportedOrganizations supported;

    @GET
    @Operation(summary = "The organizations the mentor supports", description = "Collections can be shared with them.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = CollectionJson.OrganizationRef.class)))
    public List<CollectionJson.OrganizationRef> list() {
        return supported.mine().stream().map(MentorResource::json).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Support an organization", description = "By the join code a member of it gave.")
    @SecurityRequirement(name = ApiSecurity.SESSION)
    @SecurityRequirement(name = ApiSecurity.CSRF)
    @RequestBody(content = @Content(schema = @Schema(implementation = CollectionJson.JoinCode.class)))
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = CollectionJson.OrganizationRef.class)))
    @APIResponse(responseCode = "400", description = "An unknown join code", content = @Content(schema = @Schema(implementation = CollectionJson.Refusal.class)))
    public Response add(String text) {
        String code = CollectionJson.text(JsonBodies.object(text, "send {\"join_code\": \"...\"}."), "join_code");
        return Response.status(201).entity(json(supported.addByJoinCode(code))).build();
    }

    @DELETE
    @Path("{organization}")
    @Operation(summary = "Stop supporting an organization")
    @SecurityRequirement(name = ApiSecurity.SESSION)
    @SecurityRequirement(name = ApiSecurity.CSRF)
    @APIResponse(responseCode = "204", description = "Removed")
    public Response remove(
            @Parameter(description = "The organization's id", example = "1") @PathParam("organization") long organization) {
        supported.remove(organization);
        return Response.noContent().build();
    }

    private static CollectionJson.OrganizationRef json(Organization organization) {
        return new CollectionJson.OrganizationRef(organization.getId(), organization.getName());
    }
}

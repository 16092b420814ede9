package org.kmbportal.curation.api;

import java.util.List;
import java.util.Map;

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
public class MentorResource {

    @Inject
    SupportedOrganizations supported;

    @GET
    public List<Map<String, Object>> list() {
        return supported.mine().stream().map(MentorResource::json).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(String text) {
        String code = CollectionJson.text(JsonBodies.object(text, "send {\"join_code\": \"...\"}."), "join_code");
        return Response.status(201).entity(json(supported.addByJoinCode(code))).build();
    }

    @DELETE
    @Path("{organization}")
    public Response remove(@PathParam("organization") long organization) {
        supported.remove(organization);
        return Response.noContent().build();
    }

    private static Map<String, Object> json(Organization organization) {
        return Map.of("id", organization.getId(), "name", organization.getName());
    }
}

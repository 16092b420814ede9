package org.kmbportal.accounts.api;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.kmbportal.accounts.Account;
import org.kmbportal.accounts.AdministrationService;
import org.kmbportal.accounts.AuditLog;
import org.kmbportal.accounts.Role;
import org.kmbportal.accounts.web.InvitationsBacking;
import org.kmbportal.web.api.ApiException;
import org.kmbportal.web.api.JsonBodies;

/** {@code /api/admin}: accounts and their roles, invitations, and the audit log; administrators only. */
@Path("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    @Inject
    AdministrationService administration;

    @Inject
    AuditLog audit;

    @Context
    HttpServletRequest request;

    @GET
    @Path("users")
    public List<Map<String, Object>> users() {
        return administration.accounts().stream().map(AdminResource::json).toList();
    }

    @PUT
    @Path("users/{id}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> roles(@PathParam("id") long id, String bodyText) {
        JsonObject body = JsonBodies.object(bodyText, "see the API documentation in the README.");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (body == null || !body.containsKey("roles")) {
            throw ApiException.badRequest("invalid_roles", "Send {\"roles\": [\"editor\", ...]}.");
        }
        for (JsonString key : body.getJsonArray("roles").getValuesAs(JsonString.class)) {
            roles.add(Role.fromKey(key.getString()).orElseThrow(() -> ApiException.badRequest("invalid_roles",
                    "Roles are member, mentor, editor and admin.")));
        }
        administration.changeRoles(id, roles);
        return Map.of("id", id, "roles", roles.stream().map(Role::key).sorted().toList());
    }

    @POST
    @Path("invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response invite(String bodyText) {
        JsonObject body = JsonBodies.object(bodyText, "see the API documentation in the README.");
        String email = body == null ? "" : body.getString("email", "");
        Role role = Role.fromKey(body == null ? "" : body.getString("role", ""))
                .orElseThrow(() -> ApiException.badRequest("invalid_role", "Invite an editor, mentor or admin."));
        String base = InvitationsBacking.linkBase(request);
        AdministrationService.NewInvitation created = administration.invite(email, role);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("email", created.invitation().getEmail());
        json.put("role", role.key());
        json.put("expires_at", created.invitation().getExpiresAt().toString());
        json.put("link", base + created.token());
        return Response.status(201).entity(json).build();
    }

    @GET
    @Path("audit")
    public List<Map<String, Object>> audit() {
        return audit.newest(500).stream().map(e -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("at", e.getOccurredAt().toString());
            json.put("actor", e.getActor());
            json.put("action", e.getAction());
            json.put("subject", e.getSubject());
            json.put("detail", e.getDetail());
            return json;
        }).toList();
    }

    private static Map<String, Object> json(Account a) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", a.getId());
        json.put("email", a.getEmail());
        json.put("display_name", a.getDisplayName());
        json.put("roles", a.getRoles().stream().map(Role::key).sorted().toList());
        json.put("organization", a.getOrganization() == null ? null : a.getOrganization().getName());
        return json;
    }
}

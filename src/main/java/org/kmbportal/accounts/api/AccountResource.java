package org.kmbportal.accounts.api;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.kmbportal.accounts.AccountService;
import org.kmbportal.accounts.Caller;
import org.kmbportal.accounts.Guard;
import org.kmbportal.accounts.Role;
import org.kmbportal.web.api.ApiException;

/** {@code /api/account} (one's own account) and {@code /api/organizations/{id}} (for its members and admins). */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    @Inject
    Guard guard;

    @Inject
    AccountService accounts;

    @GET
    @Path("account")
    public Map<String, Object> me() {
        Caller caller = guard.requireSignedIn();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("email", caller.email());
        json.put("display_name", caller.displayName());
        json.put("roles", caller.roles().stream().map(Role::key).sorted().toList());
        json.put("organization", caller.organizationId());
        return json;
    }

    @GET
    @Path("organizations/{id}")
    public Map<String, Object> organization(@PathParam("id") String id) {
        long number;
        try {
            number = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw ApiException.notFound("There is no organization '" + id.replaceAll("[^0-9a-z-]", "?") + "'.");
        }
        AccountService.OrganizationView view = accounts.organization(number);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", view.organization().getId());
        json.put("name", view.organization().getName());
        json.put("join_code", view.organization().getJoinCode());
        json.put("members", view.members().stream()
                .map(a -> Map.of("display_name", a.getDisplayName(), "email", a.getEmail())).toList());
        return json;
    }
}

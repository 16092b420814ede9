package org.kmbportal.accounts.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.kmbportal.accounts.Caller;
import org.kmbportal.accounts.Guard;
import org.kmbportal.accounts.Role;
import org.kmbportal.web.SessionToken;

/** {@code GET /api/session}: who is signed in, and the token state-changing calls must send back. */
@Path("session")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    @Inject
    Guard guard;

    @Context
    HttpServletRequest request;

    @GET
    public Map<String, Object> get() {
        Map<String, Object> json = new LinkedHashMap<>();
        Optional<Caller> caller = guard.caller();
        json.put("authenticated", caller.isPresent());
        caller.ifPresent(c -> {
            json.put("email", c.email());
            json.put("display_name", c.displayName());
            json.put("roles", c.roles().stream().map(Role::key).sorted().toList());
            json.put("organization", c.organizationId());
            json.put("csrf_token", SessionToken.of(request.getSession()));
        });
        return json;
    }
}

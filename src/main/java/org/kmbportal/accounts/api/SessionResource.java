package org.kmbportal.accounts.api;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kmbportal.accounts.Caller;
import org.kmbportal.accounts.Guard;
import org.kmbportal.accounts.Role;
import org.kmbportal.web.SessionToken;
import org.kmbportal.web.api.ApiError;

/** {@code GET /api/session}: who is signed in, and the token state-changing calls must send back. */
@Path("session")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
public class SessionResource {

    @Inject
    Guard guard;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(summary = "Who is signed in", description = "With the token state-changing calls must send back in"
            + " X-CSRF-Token. Anonymous callers get {\"authenticated\": false}.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AccountJson.Session.class)))
    public AccountJson.Session get() {
        Optional<Caller> caller = guard.caller();
        if (caller.isEmpty()) {
            return new AccountJson.Session(false, null, null, null, null, null);
        }
        Caller c = caller.get();
        return new AccountJson.Session(true, c.email(), c.displayName(),
                c.roles().stream().map(Role::key).sorted().toList(), c.organizationId(),
                SessionToken.of(request.getSession()));
    }
}

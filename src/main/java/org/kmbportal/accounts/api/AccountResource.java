package org.kmbportal.accounts.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
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
import org.kmbportal.accounts.AccountService;
import org.kmbportal.accounts.Caller;
import org.kmbportal.accounts.Guard;
import org.kmbportal.accounts.Role;
import org.kmbportal.web.api.ApiError;
import org.kmbportal.web.api.ApiException;
import org.kmbportal.web.api.ApiSecurity;

/** {@code /api/account} (one's own account) and {@code /api/organizations/{id}} (for its members and admins). */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
@SecurityRequirement(name = ApiSecurity.SESSION)
@APIResponse(responseCode = "401", description = "Not signed in", content = @Content(schema = @Schema(implementation = ApiError.class)))
public class AccountResource {

    @Inject
    Guard guard;

    @Inject
    AccountService accounts;

    @GET
    @Path("account")
    @Operation(summary = "The caller's own account")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AccountJson.Me.class)))
    public AccountJson.Me me() {
        Caller caller = guard.requireSignedIn();
        return new AccountJson.Me(caller.email(), caller.displayName(),
                caller.roles().stream().map(Role::key).sorted().toList(), caller.organizationId());
    }

    @GET
    @Path("organizations/{id}")
    @Operation(summary = "An organization with its members", description = "For its members and administrators.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AccountJson.Organization.class)))
    @APIResponse(responseCode = "403", description = "Not a member of it", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "No such organization", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public AccountJson.Organization organization(
            @Parameter(description = "The organization's id", example = "1") @PathParam("id") String id) {
        long number;
        try {
            number = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw ApiException.said(404, "not_found", "api.error.noOrganization", id.replaceAll("[^0-9a-z-]", "?"));
        }
        AccountService.OrganizationView view = accounts.organization(number);
        return new AccountJson.Organization(view.organization().getId(), view.organization().getName(),
                view.organization().getJoinCode(), view.members().stream()
                        .map(a -> new AccountJson.Member(a.getDisplayName(), a.getEmail())).toList());
    }
}

package org.kmbportal.accounts.api;

import java.util.EnumSet;
import java.util.List;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.kmbportal.web.api.QueryParams;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.kmbportal.platform.PortalSettings;
import org.kmbportal.accounts.Account;
import org.kmbportal.accounts.AdministrationService;
import org.kmbportal.accounts.AuditLog;
import org.kmbportal.accounts.Role;
import org.kmbportal.accounts.web.InvitationsBacking;
import org.kmbportal.web.ReaderLanguage;
import org.kmbportal.web.api.ApiError;
import org.kmbportal.web.api.ApiException;
import org.kmbportal.web.api.ApiSecurity;
import org.kmbportal.web.api.JsonBodies;

/** {@code /api/admin}: accounts and their roles, invitations, and the audit log; administrators only. */
@Path("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
@SecurityRequirement(name = ApiSecurity.SESSION)
@APIResponse(responseCode = "401", description = "Not signed in", content = @Content(schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "403", description = "Not an administrator (or, for a change, no CSRF token)", content = @Content(schema = @Schema(implementation = ApiError.class)))
public class AdminResource {

    @Inject
    PortalSettings settings;

    @Inject
    AdministrationService administration;

    @Inject
    AuditLog audit;

    @Context
    HttpServletRequest request;

    @GET
    @Path("users")
    @Operation(summary = "The accounts with their roles, a page at a time", description = "Administrators only."
            + " By name, then email (accents and case aside), as the accounts page lists them.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AccountJson.AdminAccountPage.class)))
    @APIResponse(responseCode = "400", description = "A page or size out of range", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public AccountJson.AdminAccountPage users(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = ""
                    + USERS_MAX_SIZE, defaultValue = "50")) @QueryParam("size") String size) {
        int pageNumber = QueryParams.integer("page", page, 1, 1, 100_000);
        int pageSize = QueryParams.integer("size", size, 50, 1, USERS_MAX_SIZE);
        List<AccountJson.AdminAccount> all = administration.accounts().stream().map(AdminResource::json).toList();
        int from = (int) Math.min(all.size(), (long) (pageNumber - 1) * pageSize);
        return new AccountJson.AdminAccountPage(all.size(), pageNumber, pageSize, all.subList(from, Math.min(all
                .size(), from + pageSize)));
    }

    /** The most accounts one page of {@code /api/admin/users} holds. */
    static final int USERS_MAX_SIZE = 100;

    @PUT
    @Path("users/{id}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an account's roles", description = "Administrators only; the last administrator"
            + " keeps the role.")
    @SecurityRequirement(name = ApiSecurity.CSRF)
    @RequestBody(content = @Content(schema = @Schema(implementation = AccountJson.RolesRequest.class)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AccountJson.Roles.class)))
    @APIResponse(responseCode = "400", description = "No roles, an unknown role, or a refused change", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public AccountJson.Roles roles(@Parameter(description = "The account's id", example = "1") @PathParam("id") long id,
            String bodyText) {
        JsonObject body = JsonBodies.object(bodyText, "see the API documentation in the README.");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (body == null || !body.containsKey("roles")) {
            throw ApiException.said(400, "invalid_roles", "api.admin.sendRoles");
        }
        for (JsonString key : body.getJsonArray("roles").getValuesAs(JsonString.class)) {
            roles.add(Role.fromKey(key.getString()).orElseThrow(() -> ApiException.said(400, "invalid_roles",
                    "api.admin.roles")));
        }
        administration.changeRoles(id, roles);
        return new AccountJson.Roles(id, roles.stream().map(Role::key).sorted().toList());
    }

    @PUT
    @Path("users/{id}/access")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Suspend or restore an account's access", description = "Administrators only. A suspended"
            + " account's sessions end and it cannot sign in; its roles and everything it wrote stay. Nobody suspends"
            + " their own access or the last administrator with access.")
    @SecurityRequirement(name = ApiSecurity.CSRF)
    @RequestBody(content = @Content(schema = @Schema(implementation = AccountJson.AccessRequest.class)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AccountJson.AdminAccount.class)))
    @APIResponse(responseCode = "400", description = "No \"suspended\" true or false, or a refused change", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public AccountJson.AdminAccount access(
            @Parameter(description = "The account's id", example = "1") @PathParam("id") long id,
            String bodyText) {
        JsonObject body = JsonBodies.object(bodyText, "see the API documentation in the README.");
        if (body == null || !(body.get("suspended") instanceof jakarta.json.JsonValue value)
                || (value != jakarta.json.JsonValue.TRUE && value != jakarta.json.JsonValue.FALSE)) {
            throw ApiException.said(400, "invalid_access", "api.admin.sendSuspended");
        }
        if (body.getBoolean("suspended")) {
            administration.suspendAccess(id);
        } else {
            administration.restoreAccess(id);
        }
        return administration.accounts().stream().filter(a -> a.getId() == id).findFirst().map(AdminResource::json)
                .orElseThrow(() -> ApiException.said(400, "no_account", "api.admin.noAccount"));
    }

    @POST
    @Path("invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Invite an editor, mentor or administrator", description = "Answers the link to send to the"
            + " invitee; administrators only.")
    @SecurityRequirement(name = ApiSecurity.CSRF)
    @RequestBody(content = @Content(schema = @Schema(implementation = AccountJson.InvitationRequest.class)))
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = AccountJson.Invitation.class)))
    @APIResponse(responseCode = "400", description = "A bad email or role, or the JSON is not an object", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response invite(String bodyText) {
        JsonObject body = JsonBodies.object(bodyText, "see the API documentation in the README.");
        String email = body == null ? "" : body.getString("email", "");
        Role role = Role.fromKey(body == null ? "" : body.getString("role", ""))
                .orElseThrow(() -> ApiException.said(400, "invalid_role", "api.admin.inviteRole"));
        // The invitation page opens in the language asked for ("language"), else the caller's, as the page's link does.
        String asked = body == null ? "" : body.getString("language", "");
        if (!asked.isEmpty() && !ReaderLanguage.isSupported(asked)) {
            throw ApiException.said(400, "invalid_language", "api.admin.language");
        }
        String language = asked.isEmpty() ? ReaderLanguage.of(request) : asked;
        String base = InvitationsBacking.linkBase(settings, request);
        AdministrationService.NewInvitation created = administration.invite(email, role);
        return Response.status(201).entity(new AccountJson.Invitation(created.invitation().getEmail(), role.key(),
                created.invitation().getExpiresAt().toString(), base + created.token() + "&"
                        + ReaderLanguage.PARAMETER + "=" + language))
                .build();
    }

    @GET
    @Path("audit")
    @Operation(summary = "The newest 500 entries of the audit log", description = "Administrators only.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AccountJson.AuditEntry.class)))
    public List<AccountJson.AuditEntry> audit() {
        return audit.newest(500).stream().map(e -> new AccountJson.AuditEntry(e.getOccurredAt().toString(),
                e.getActor(), e.getAction(), e.getSubject(), e.getDetail())).toList();
    }

    private static AccountJson.AdminAccount json(Account a) {
        return new AccountJson.AdminAccount(a.getId(), a.getEmail(), a.getDisplayName(),
                a.getRoles().stream().map(Role::key).sorted().toList(),
                a.getOrganization() == null ? null : a.getOrganization().getName(),
                a.getSuspendedAt().map(t -> t.toLocalDate().toString()).orElse(null));
    }
}

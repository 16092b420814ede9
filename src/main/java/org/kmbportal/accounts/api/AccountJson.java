package org.kmbportal.accounts.api;

import java.util.List;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answers and request bodies of the account endpoints, as records JSON-B writes and {@code /openapi} describes. */
public final class AccountJson {

    private AccountJson() {
    }

    @Schema(name = "Session", description = "Who is signed in; anonymous callers get authenticated false only.")
    public record Session(boolean authenticated, String email,
            @Schema(name = "display_name") @JsonbProperty("display_name") String displayName,
            @Schema(description = "Role keys, sorted") List<String> roles,
            @Schema(description = "The caller's organization's id") Long organization,
            @Schema(name = "csrf_token", description = "The token state-changing calls send in X-CSRF-Token") @JsonbProperty("csrf_token") String csrfToken) {
    }

    @Schema(name = "Account", description = "The caller's own account.")
    public record Me(String email, @Schema(name = "display_name") @JsonbProperty("display_name") String displayName,
            List<String> roles,
            @Schema(description = "The organization's id, or null", nullable = true) @JsonbNillable Long organization) {
    }

    @Schema(name = "Organization", description = "An organization with its members.")
    public record Organization(long id, String name,
            @Schema(name = "join_code", description = "The code a member gives to join it or a mentor to propose a partnership") @JsonbProperty("join_code") String joinCode,
            List<Member> members) {
    }

    @Schema(name = "OrganizationMember")
    public record Member(@Schema(name = "display_name") @JsonbProperty("display_name") String displayName,
            String email) {
    }

    @Schema(name = "AdminAccountPage", description = "A page of accounts, by name then email, with how many there are"
            + " in all.")
    public record AdminAccountPage(long total, int page, int size, List<AdminAccount> hits) {
    }

    @Schema(name = "AdminAccount", description = "An account as administrators see it.")
    public record AdminAccount(long id, String email,
            @Schema(name = "display_name") @JsonbProperty("display_name") String displayName,
            List<String> roles,
            @Schema(description = "The organization's name, or null", nullable = true) @JsonbNillable String organization,
            @Schema(name = "suspended_since", description = "The day (yyyy-mm-dd, UTC) an administrator suspended the"
                    + " account's access, or null while it has access", nullable = true, example = "2026-12-06") @JsonbProperty("suspended_since") @JsonbNillable String suspendedSince) {
    }

    @Schema(name = "AccessRequest", example = "{\"suspended\": true}")
    public record AccessRequest(
            @Schema(description = "true suspends the access, false restores it") boolean suspended) {
    }

    @Schema(name = "RolesRequest", example = "{\"roles\": [\"member\", \"editor\"]}")
    public record RolesRequest(@Schema(description = "member, mentor, editor, admin") List<String> roles) {
    }

    @Schema(name = "AccountRoles", description = "An account's roles after the change.")
    public record Roles(long id, List<String> roles) {
    }

    @Schema(name = "InvitationRequest", example = "{\"email\": \"new.editor@example.org\", \"role\": \"editor\"}")
    public record InvitationRequest(String email, @Schema(enumeration = {
            "editor", "mentor", "admin"}) String role,
            @Schema(enumeration = {"en", "fr"}, description = "The language the link opens the invitation in; the"
                    + " caller's language (lang, cookie, Accept-Language) when left out") String language){
    }

    @Schema(name = "Invitation", description = "A new invitation with the link to send to the invitee.")
    public record Invitation(String email, String role,
            @Schema(name = "expires_at", format = "date-time") @JsonbProperty("expires_at") String expiresAt,
            String link) {
    }

    @Schema(name = "AuditEntry", description = "Who did what, when.")
    @JsonbNillable
    public record AuditEntry(@Schema(format = "date-time") String at, String actor, String action, String subject,
            String detail) {
    }
}

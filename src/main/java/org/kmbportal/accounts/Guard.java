package org.kmbportal.accounts;

import org.kmbportal.platform.AccessDenied;

import java.security.Principal;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

/**
 * The one place services and endpoints ask who is calling and whether they may: anonymous callers get a "sign in"
 * refusal, signed-in callers without the role a "not allowed" one (see {@link AccessDenied}). Pages are also guarded
 * by URL constraints; this is the check that holds whatever the path.
 */
@ApplicationScoped
public class Guard {

    @Inject
    SecurityContext security;

    @Inject
    AccountRepository accounts;

    public Optional<Caller> caller() {
        Principal principal;
        try {
            principal = security.getCallerPrincipal();
        } catch (RuntimeException contextGone) {
            // Error pages are rendered after the request's security context ends; Payara 7 then throws instead of
            // answering null (a 403 page whose menu asked for the caller became a 500). Nobody is signed in there.
            return Optional.empty();
        }
        if (principal == null) {
            return Optional.empty();
        }
        return account(principal.getName());
    }

    /**
     * The account of a signed-in email, as a caller: for showing who someone is where the security context is gone
     * (an error page), never for deciding what they may do (that is {@link #caller()} and {@link #require}).
     */
    public Optional<Caller> account(String email) {
        return accounts.byEmail(email).map(a -> new Caller(a.getId(), a.getEmail(), a.getDisplayName(), a.getRoles(),
                a.getOrganization() == null ? null : a.getOrganization().getId()));
    }

    public boolean signedIn() {
        return security.getCallerPrincipal() != null;
    }

    public Caller requireSignedIn() {
        return caller().orElseThrow(() -> new AccessDenied(false, "Sign in first."));
    }

    public Caller require(Role role) {
        Caller caller = requireSignedIn();
        if (!caller.has(role)) {
            throw new AccessDenied(true, "This needs the " + role.key() + " role.", role.key());
        }
        return caller;
    }

    public boolean has(Role role) {
        return security.isCallerInRole(role.group());
    }

    /** Members see their own organization; administrators see every one. */
    public Caller requireOrganizationMember(long organizationId) {
        Caller caller = requireSignedIn();
        boolean own = caller.organizationId() != null && caller.organizationId() == organizationId;
        if (!own && !caller.has(Role.ADMIN)) {
            throw AccessDenied.because("api.denied.organizationMembers",
                    "Only members of this organization may see it.");
        }
        return caller;
    }
}

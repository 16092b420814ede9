package org.kmbportal.accounts.web;

import java.io.IOException;
import java.security.Principal;
import java.util.Optional;
import java.util.OptionalLong;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.kmbportal.accounts.AccountService;
import org.kmbportal.accounts.RenewedSignIn;

/**
 * After administrators change their own roles: a change of roles ends the account's sessions (see
 * {@link SessionEpochFilter}), but the person who made it is the one signed in here, so this session is signed in
 * again with the new roles (a new session id, the new epoch) and goes on at once: no "Not allowed" on the page a new
 * role opens, no signing out on the next click. Should that fail, the session ends now, with the usual notice.
 */
@RequestScoped
public class OwnRolesRenewal {

    @Inject
    SecurityContext security;

    @Inject
    AccountService accounts;

    @Inject
    SessionBacking visitor;

    /** Whether the account with this email is the one signed in on this request. */
    public boolean isCaller(String email) {
        Principal principal = request().getUserPrincipal();
        return principal != null && principal.getName().equals(email);
    }

    /** Signs the caller in again with their roles as they are now; ends the session if that cannot be done. */
    public void renew() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = request();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        Optional<RenewedSignIn> renewal = RenewedSignIn.forCaller(request);
        OptionalLong epoch = accounts.sessionEpoch(request.getUserPrincipal().getName());
        // The server keeps a session's sign-in once made: it is undone first, then made again with the new roles.
        request.logout();
        request.changeSessionId();
        AuthenticationStatus status = renewal.isEmpty()
                ? AuthenticationStatus.SEND_FAILURE
                : security.authenticate(request, response,
                        AuthenticationParameters.withParams().credential(renewal.get()).newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS && epoch.isPresent()) {
            SessionEpochFilter.remember(request.getSession(false), epoch);
            // The header, rendered after this, shows the new roles' menu (it had read the account before).
            visitor.refresh();
            return;
        }
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        request.getSession(true).setAttribute(SessionEpochFilter.ENDED, SessionEpochFilter.ROLES_CHANGED);
        external.redirect(external.getRequestContextPath() + "/sign-in");
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }
}

package org.kmbportal.accounts.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.kmbportal.accounts.Caller;
import org.kmbportal.accounts.Guard;
import org.kmbportal.accounts.Role;
import org.kmbportal.web.SessionToken;

/** Who is signed in, for the layout's navigation, and signing out (which ends the session). */
@Named("visitor")
@RequestScoped
public class SessionBacking {

    @Inject
    Guard guard;

    @Inject
    HttpServletRequest request;

    /** The header of a page fetched by a script for a part of it ({@code js/filters.js}), not shown whole. */
    static final String IN_PLACE = "X-Kmb-In-Place";

    private Caller caller;
    private boolean looked;
    private Boolean sessionEnded;
    private boolean rolesChanged;
    private boolean suspended;

    public boolean isSignedIn() {
        return caller() != null;
    }

    public String getDisplayName() {
        return isSignedIn() ? caller().displayName() : "";
    }

    /**
     * The header's "Sign in" address: back to this page afterwards ({@code /sign-in?next=/browse?topic=x}), except
     * from the sign-up page.
     */
    public String getSignInAddress() {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String signIn = path.startsWith("/sign-up") ? "/sign-in" : ReturnAddress.signInFor(request);
        return request.getContextPath() + signIn;
    }

    /**
     * Whose page this is, for the text a form keeps when the session ended ({@code js/keep-typed.js}): an opaque mark
     * of the signed-in account (empty when signed out), so that text typed by one person is never put back into the
     * form of another who signs in next in the same tab. It names no one: a digest of the account's number.
     */
    public String getKeptTypingOwner() {
        if (!isSignedIn()) {
            return "";
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("kmb kept typing " + caller().accountId()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    public boolean isEditor() {
        return isSignedIn() && caller().has(Role.EDITOR);
    }

    public boolean isMentor() {
        return isSignedIn() && caller().has(Role.MENTOR);
    }

    public boolean isAdmin() {
        return isSignedIn() && caller().has(Role.ADMIN);
    }

    public void signOut() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        external.redirect(external.getRequestContextPath() + "/");
    }

    /**
     * Whether to tell the reader their session just ended because the account's password or roles changed (the
     * {@link SessionEpochFilter} signed them out): said on the first page after, once.
     */
    public boolean isSessionEnded() {
        if (sessionEnded == null) {
            HttpSession session = request.getSession(false);
            sessionEnded = session != null && session.getAttribute(SessionEpochFilter.ENDED) != null;
            if (sessionEnded) {
                rolesChanged = SessionEpochFilter.ROLES_CHANGED.equals(session.getAttribute(SessionEpochFilter.ENDED));
                suspended = SessionEpochFilter.SUSPENDED.equals(session.getAttribute(SessionEpochFilter.ENDED));
                // A page fetched to replace part of the one shown ({@code js/filters.js}) leaves it to the page
                // loaded next, which shows it.
                if (request.getHeader(IN_PLACE) == null) {
                    session.removeAttribute(SessionEpochFilter.ENDED);
                }
            }
        }
        return sessionEnded;
    }

    /**
     * Whether an administrator changed this reader's roles during this browser session (the {@link SessionEpochFilter}
     * signed them out for it): a page refused to them says so.
     */
    public boolean isRolesChanged() {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(SessionEpochFilter.ROLES_CHANGED_NOTE) != null;
    }

    /**
     * The words for a session that just ended ({@link #isSessionEnded}): an administrator changed the account's roles
     * ({@code session.ended.roles}), or its password changed ({@code session.ended}).
     */
    /**
     * Whether the session that just ended ended because an administrator suspended the account's access: then what was
     * typed cannot come back by signing in now, and the page does not promise it (user session us47b).
     */
    public boolean isEndedBySuspension() {
        return isSessionEnded() && suspended;
    }

    public String getSessionEndedKey() {
        if (isSessionEnded() && suspended) {
            return "session.ended.suspended";
        }
        return isSessionEnded() && rolesChanged ? "session.ended.roles" : "session.ended";
    }

    /**
     * The session's token for the error pages' plain "Sign out" form ({@link SignOutServlet}); empty when nobody is
     * signed in.
     */
    public String getSignOutToken() {
        HttpSession session = request.getSession(false);
        return isSignedIn() && session != null ? SessionToken.of(session) : "";
    }

    /** Reads the signed-in account again (after a change to it in this request, such as its name). */
    public void refresh() {
        looked = false;
        caller = null;
    }

    /** Whether this is an error page (its forms cannot post back: the error view has no address of its own). */
    public boolean isErrorPage() {
        return request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE) != null;
    }

    private Caller caller() {
        if (!looked) {
            looked = true;
            // On an error page, rendered after the request's security context ended, the request's own caller.
            Object email = request.getUserPrincipal() != null
                    ? request.getUserPrincipal().getName()
                    : request.getAttribute(SignedInAcrossErrors.EMAIL);
            caller = email instanceof String name ? guard.account(name).orElse(null) : null;
        }
        return caller;
    }
}

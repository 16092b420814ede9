package org.kmbportal.accounts.web;

import java.io.IOException;
import java.security.Principal;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.kmbportal.accounts.AccountService;
import org.kmbportal.accounts.Role;

/**
 * Ends a signed-in session once its account's password or roles changed after it was opened: the session remembers
 * the account's session epoch from sign-in, and a request that finds the epoch moved on is signed out at once. A
 * changed password thus ends the account's other sessions (the session that changed it takes the new epoch), and a
 * removed role stops working at the next click instead of at the session's end. On several nodes the epoch is in the
 * shared database, so it holds everywhere.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class SessionEpochFilter extends HttpFilter {

    static final String EPOCH = "kmb.sessionEpoch";

    /** Whose session it is: read before the server restores the sign-in ({@link SessionEpochBeforeAccess}). */
    static final String CALLER = "kmb.sessionCaller";

    /**
     * On a request whose epoch {@link SessionEpochBeforeAccess} found current (a page opened by GET): whose it was, so
     * this filter does not look the epoch up a second time for the same request.
     */
    static final String CHECKED = "kmb.sessionEpochChecked";

    /**
     * Set on the new session of a reader signed out here, so the next page says why (once): {@link #ROLES_CHANGED} or
     * {@link #OTHER_CHANGE}.
     */
    static final String ENDED = "kmb.sessionEnded";

    /** Why a session ended: an administrator changed the account's roles. */
    static final String ROLES_CHANGED = "roles";

    /** Set, for the rest of the browser's session, on a session that ended because its roles changed. */
    static final String ROLES_CHANGED_NOTE = "kmb.rolesChangedByAdministrator";

    /** Why a session ended: an administrator suspended the account's access. */
    static final String SUSPENDED = "suspended";

    /** Why a session ended: its password changed (or the account is gone). */
    static final String OTHER_CHANGE = "other";

    /**
     * The roles the session was signed in with, as role keys ("member,editor"): an editor whose roles an administrator
     * changed is told that, not "password or roles".
     */
    static final String ROLES = "kmb.sessionRoles";

    @Inject
    AccountService accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal principal = request.getUserPrincipal();
        HttpSession session = request.getSession(false);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (principal == null || session == null || path.startsWith("/jakarta.faces.resource/") || isSiteIcon(path)) {
            chain.doFilter(request, response);
            return;
        }
        Object remembered = session.getAttribute(EPOCH);
        if (!(remembered instanceof Long && principal.getName().equals(request.getAttribute(CHECKED)))) {
            OptionalLong current = accounts.sessionEpoch(principal.getName());
            if (current.isEmpty() || (remembered instanceof Long epoch && epoch != current.getAsLong())) {
                end(request, response, session, reason(session, accounts, principal.getName()));
                return;
            }
            if (remembered == null) {
                session.setAttribute(EPOCH, current.getAsLong());
            }
        }
        if (!principal.getName().equals(session.getAttribute(CALLER))) {
            session.setAttribute(CALLER, principal.getName());
            session.setAttribute(ROLES, keys(Arrays.stream(Role.values()).filter(r -> request.isUserInRole(r.group()))
                    .toList()));
        }
        chain.doFilter(request, response);
    }

    /**
     * The site's icons ({@code /favicon.svg}, {@code /apple-touch-icon.png}, ...), which browsers fetch by themselves
     * after a page has loaded: ending the session on such a request put the notice on an answer nobody sees, and a
     * page opened meanwhile showed the reader signed out without a word. The next page ends it instead; the icons need
     * no role.
     */
    static boolean isSiteIcon(String path) {
        return path.matches("/[A-Za-z0-9-]+\\.(ico|svg|png)");
    }

    /** Remembers the epoch a session was opened (or its password changed) with. */
    static void remember(HttpSession session, OptionalLong epoch) {
        if (session != null && epoch.isPresent()) {
            session.setAttribute(EPOCH, epoch.getAsLong());
            // whose epoch it is: set again by the next request from its caller
            session.removeAttribute(CALLER);
        }
    }

    /** Why the session of this account ends: its roles are no longer those the session was signed in with, or else. */
    static String reason(HttpSession session, AccountService accounts, String email) {
        if (accounts.isSuspended(email)) {
            return SUSPENDED;
        }
        Optional<Set<Role>> now = accounts.roles(email);
        return session.getAttribute(ROLES) instanceof String before && now.isPresent() && !before.equals(keys(now
                .get())) ? ROLES_CHANGED : OTHER_CHANGE;
    }

    private static String keys(java.util.Collection<Role> roles) {
        return roles.stream().sorted().map(Role::key).collect(Collectors.joining(","));
    }

    private static void end(HttpServletRequest request, HttpServletResponse response, HttpSession session,
            String reason) throws IOException, ServletException {
        request.logout();
        session.invalidate();
        request.getSession(true).setAttribute(ENDED, reason);
        if (ROLES_CHANGED.equals(reason)) {
            // Kept through signing in again (the session's id changes, not its attributes): a page that now needs a
            // role the account lost says why it does not open, not only "Not allowed".
            request.getSession().setAttribute(ROLES_CHANGED_NOTE, Boolean.TRUE);
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            // A page's own background call (suggestions as one types, a "useful?" answer) ends the session too: the
            // next page says why (it said nothing, the reader found themselves signed out: user session us52).
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(Json.createObjectBuilder().add("error", "session_ended")
                    .add("message", SUSPENDED.equals(reason)
                            ? "You were signed out because an administrator suspended this account's access."
                            : "You were signed out because the account's password or roles changed. Sign in"
                                    + " again.")
                    .build().toString());
            return;
        }
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // A page's own background request (the editor's preview as one types): a redirect would bring the browser
            // the sign-in page as the answer to it, which the page drops, and the reader stayed on a page signed out
            // without a word. The page is told to go to the sign-in page itself (the page's script keeps the text).
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + (request.getContextPath() + ReturnAddress.signInFor(request)).replace("&", "&amp;")
                            .replace("\"", "&quot;").replace("<", "&lt;")
                    + "\"/></partial-response>");
            return;
        }
        if ("GET".equals(request.getMethod())) {
            String query = request.getQueryString();
            response.sendRedirect(request.getRequestURI() + (query == null ? "" : "?" + query));
        } else {
            // A form posted from a page: sign in, then back to that page.
            response.sendRedirect(request.getContextPath() + ReturnAddress.signInFor(request));
        }
    }
}

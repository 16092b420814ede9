package org.kmbportal.web;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Security headers on every response: a Content-Security-Policy, no sniffing, no framing by other sites, a strict
 * referrer policy. Pages get the same policy from PrimeFaces, which adds the nonce of the page's own scripts to
 * {@code script-src} (see {@code primefaces.CSP_POLICY} in web.xml); that header replaces the one set here.
 */
// Also on error dispatches: sending an error may drop the headers set for the original request.
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD,
        DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    private static final String CSP = "Content-Security-Policy";

    /** Everything but scripts; PrimeFaces' styles need inline style attributes. */
    static final String BASE_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
            + " font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors 'none'";

    /** The policy of every response; PrimeFaces appends the page's nonce to the last directive. */
    public static final String POLICY = BASE_POLICY + "; script-src 'self'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        addHeaders(response);
        if (isPrivate(request)) {
            response.setHeader("Cache-Control", "no-store");
        }
        if (ClientAddress.isSecure(request)) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        chain.doFilter(request, new OnePolicy(response));
    }

    /**
     * Whether the answer is the visitor's own and must not be kept by a browser or a proxy: anything a signed-in
     * person sees (static files aside), the session's token, and the forms that sign in.
     */
    static boolean isPrivate(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/jakarta.faces.resource/")) {
            return false;
        }
        return request.getUserPrincipal() != null || PRIVATE_PATHS.contains(path);
    }

    private static final java.util.Set<String> PRIVATE_PATHS = java.util.Set.of("/api/session", "/sign-in",
            "/sign-in.xhtml", "/sign-up", "/sign-up.xhtml", "/invitation", "/invitation.xhtml");

    /** The headers every answer carries (also answers given before this filter runs, such as refusals). */
    static void addHeaders(HttpServletResponse response) {
        response.setHeader(CSP, POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    }

    /** Makes a policy added later (by PrimeFaces, with its nonce) replace ours rather than stack on it. */
    private static final class OnePolicy extends HttpServletResponseWrapper {
        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}

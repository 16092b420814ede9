package org.kmbportal.web;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * How long browsers keep what the portal sends. A style sheet or script whose address names its version
 * ({@code ?v=}, see {@link VersionedResources}) never changes: kept a year, immutable. The icons: a day. Pages: kept
 * but checked again each time ({@code no-cache}), so a reader never sees a stale page. Answers for signed-in people
 * and the sign-in forms stay {@code no-store} ({@link SecurityHeadersFilter}); the API sets its own.
 */
// Declared in web.xml, so it runs before the annotated filters that forward (/resources/<id>, /collections/<id>).
public class CachingHeaders extends HttpFilter {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String ICONS = "public, max-age=86400";
    static final String PAGES = "no-cache";
    private static final String RESOURCES = "/jakarta.faces.resource/";
    private static final Set<String> ICON_FILES = Set.of("/favicon.ico", "/favicon.svg", "/apple-touch-icon.png",
            "/icon-512.png");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String policy = policy(request);
        if (policy == null) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Cache-Control", policy);
        // A page may still say no-store itself; only a versioned file's policy is kept whatever Faces says.
        chain.doFilter(request, IMMUTABLE.equals(policy) ? new Kept(response) : response);
    }

    /** The policy for this request, or null to leave the answer's own. */
    static String policy(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith(RESOURCES)) {
            String query = request.getQueryString();
            boolean versioned = query != null && (query.startsWith(VersionedResources.VERSION + "=")
                    || query.contains("&" + VersionedResources.VERSION + "="));
            return versioned ? IMMUTABLE : null;
        }
        if (ICON_FILES.contains(path)) {
            return ICONS;
        }
        if (path.startsWith("/api/") || path.startsWith("/health") || path.startsWith("/openapi")
                || SecurityHeadersFilter.isPrivate(request)) {
            return null;
        }
        return PAGES;
    }

    /** Keeps the policy set here: Faces' resource handler would otherwise set its own week-long one. */
    private static final class Kept extends HttpServletResponseWrapper {
        Kept(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!ignored(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!ignored(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setDateHeader(String name, long date) {
            if (!ignored(name)) {
                super.setDateHeader(name, date);
            }
        }

        private static boolean ignored(String name) {
            return "Cache-Control".equalsIgnoreCase(name) || "Expires".equalsIgnoreCase(name)
                    || "Pragma".equalsIgnoreCase(name);
        }
    }
}

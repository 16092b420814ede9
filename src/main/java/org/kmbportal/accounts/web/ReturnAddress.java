package org.kmbportal.accounts.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Where to go back to after signing in: the page asked for, as a path on this site only. Anything that could lead
 * elsewhere (an absolute address, {@code //host}, a backslash, which browsers read as a slash, a scheme, spaces and
 * control characters, anything but printable ASCII) is refused, so the sign-in page cannot be used to send someone to another site.
 */
public final class ReturnAddress {

    /** The sign-in page's parameter naming the page to go back to. */
    public static final String PARAMETER = "next";

    static final int MAX_LENGTH = 2000;

    private ReturnAddress() {
    }

    /** The path (with its query) if it is a page of this site to go back to; empty otherwise. */
    public static Optional<String> safe(String path) {
        if (path == null || path.isEmpty() || path.length() > MAX_LENGTH || path.charAt(0) != '/'
                || path.startsWith("//") || path.startsWith("/sign-in")) {
            return Optional.empty();
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            // Addresses as requests carry them are printable ASCII (anything else percent-encoded).
            if (c == '\\' || c <= ' ' || c >= 0x7f) {
                return Optional.empty();
            }
        }
        return Optional.of(path);
    }

    /** The request's own page (path and query, without the context path), if it may be gone back to. */
    public static Optional<String> of(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        if (path.startsWith("/api/")) {
            return Optional.empty();
        }
        return safe(query == null || query.isEmpty() ? path : path + "?" + query);
    }

    /** The sign-in page's address (from the context root) that comes back to this page afterwards. */
    public static String signInFor(HttpServletRequest request) {
        return of(request).map(p -> "/sign-in?" + PARAMETER + "=" + URLEncoder.encode(p, StandardCharsets.UTF_8))
                .orElse("/sign-in");
    }
}

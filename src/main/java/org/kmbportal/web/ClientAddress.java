package org.kmbportal.web;

import jakarta.servlet.http.HttpServletRequest;

import org.kmbportal.platform.PortalSettings;

/** Where a request comes from, as sign-in throttling counts it; proxy headers only when configured to trust them. */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        if (PortalSettings.current().behindProxy()) {
            String forwarded = request.getHeader("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                return forwarded.split(",")[0].strip();
            }
        }
        return request.getRemoteAddr();
    }

    /** Whether the visitor's connection is HTTPS (directly, or to the trusted proxy in front). */
    public static boolean isSecure(HttpServletRequest request) {
        return request.isSecure() || (PortalSettings.current().behindProxy()
                && "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto")));
    }
}

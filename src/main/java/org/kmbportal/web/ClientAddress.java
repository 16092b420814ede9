package org.kmbportal.web;

import java.util.Collections;

import jakarta.servlet.http.HttpServletRequest;

import org.kmbportal.platform.PortalSettings;

/**
 * Where a request comes from, as sign-in throttling counts it. Proxy headers count only behind a proxy
 * ({@code kmb.behind-proxy}) and only from the proxies named in {@code kmb.proxy.trusted} (see {@link TrustedProxies}):
 * a client that writes its own {@code X-Forwarded-For} changes nothing.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        PortalSettings settings = PortalSettings.current();
        if (!settings.behindProxy()) {
            return request.getRemoteAddr();
        }
        return TrustedProxies.of(settings.trustedProxies()).client(request.getRemoteAddr(),
                Collections.list(request.getHeaders("X-Forwarded-For")));
    }

    /** Whether the visitor's connection is HTTPS (directly, or to a trusted proxy in front). */
    public static boolean isSecure(HttpServletRequest request) {
        if (request.isSecure()) {
            return true;
        }
        PortalSettings settings = PortalSettings.current();
        return settings.behindProxy() && TrustedProxies.of(settings.trustedProxies()).trusts(request.getRemoteAddr())
                && "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
    }
}

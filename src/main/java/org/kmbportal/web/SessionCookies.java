package org.kmbportal.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

import org.kmbportal.platform.PortalSettings;

/**
 * Behind a TLS-terminating proxy the server sees plain HTTP, so it would not mark the session cookie Secure: when
 * {@code kmb.behind-proxy} is set, mark it always. (Served over HTTPS directly, the server marks it by itself.)
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Inject
    PortalSettings settings;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (settings.behindProxy()) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}

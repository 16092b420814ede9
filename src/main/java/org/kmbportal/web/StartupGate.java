package org.kmbportal.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.text.StringEscapeUtils;
import org.kmbportal.platform.PortalStartup;

/**
 * While start-up has failed (a configuration the portal cannot use, a database it cannot reach), every page and
 * endpoint answers 503 with a plain message rather than half-working pages: the reason is on the console and in
 * {@code /health/ready}, where the administrator looks, not shown to readers.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class StartupGate extends HttpFilter {

    @Inject
    PortalStartup startup;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // The health checks (served through this application's filters) are where the reason is told.
        if (startup.failure() == null || path.startsWith("/health")) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "60");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try (PrintWriter out = response.getWriter()) {
            if (path.startsWith("/api/")) {
                response.setContentType("application/json");
                out.print(Json.createObjectBuilder().add("error", "not_ready")
                        .add("message", Messages.format(Locale.ENGLISH, "startup.notReady")).build());
            } else {
                String language = ReaderLanguage.of(request);
                response.setContentType("text/html");
                response.setHeader("Content-Language", language);
                out.print(page(language));
            }
        }
    }

    /**
     * The page in the reader's language (as every page chooses it: {@code ?lang=}, the remembered choice, the
     * browser's preference), then the same words in the other language for a reader who came with the wrong one.
     */
    static String page(String language) {
        Locale reader = Locale.forLanguageTag(language);
        Locale other = Locale.forLanguageTag("fr".equals(language) ? "en" : "fr");
        return "<!DOCTYPE html><html lang=\"" + reader.getLanguage() + "\"><head><meta charset=\"UTF-8\"><title>"
                + StringEscapeUtils.escapeHtml4(Messages.format(reader, "site.name"))
                + "</title></head><body><main><h1>"
                + StringEscapeUtils.escapeHtml4(Messages.format(reader, "startup.notReady")) + "</h1><p lang=\""
                + other.getLanguage() + "\">"
                + StringEscapeUtils.escapeHtml4(Messages.format(other, "startup.notReady"))
                + "</p></main></body></html>";
    }
}

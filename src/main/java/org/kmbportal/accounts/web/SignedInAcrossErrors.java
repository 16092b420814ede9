package org.kmbportal.accounts.web;

import java.io.IOException;
import java.security.Principal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Remembers, while a request is handled, who made it, for the error page that may follow: the server renders error
 * pages after the request's own security context has ended, so a signed-in reader's "Page not found" showed the
 * signed-out header. Declared first in {@code web.xml} (for requests only), so it runs before any filter that answers
 * with an error.
 */
public class SignedInAcrossErrors extends HttpFilter {

    static final String EMAIL = SignedInAcrossErrors.class.getName() + ".email";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal principal = request.getUserPrincipal();
        if (principal != null) {
            request.setAttribute(EMAIL, principal.getName());
        }
        chain.doFilter(request, response);
    }
}

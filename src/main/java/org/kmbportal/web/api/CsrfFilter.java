package org.kmbportal.web.api;

import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import org.kmbportal.web.SessionToken;

/**
 * State-changing API calls (POST, PUT, PATCH, DELETE) need a signed-in session and the session's token in the
 * {@code X-CSRF-Token} header; a page of another site can make the browser send the cookie but cannot read the token.
 * Endpoints marked {@link StateFree} (they change nothing) or {@link ReaderSignal} (an anonymous, rate-limited reader
 * signal) are exempt.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class CsrfFilter implements ContainerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest request;

    @Context
    HttpHeaders headers;

    @Override
    public void filter(ContainerRequestContext context) {
        if (SAFE.contains(context.getMethod()) || isStateFree()) {
            return;
        }
        if (request.getUserPrincipal() == null) {
            context.abortWith(ApiResponses.error(401, "sign_in_required", ApiWords.get(ApiWords.language(headers),
                    "api.error.signIn")));
            return;
        }
        if (!SessionToken.matches(request.getSession(false), context.getHeaderString(SessionToken.HEADER))) {
            context.abortWith(ApiResponses.error(403, "csrf_token_missing", ApiWords.get(ApiWords.language(headers),
                    "api.error.csrfToken")));
        }
    }

    private boolean isStateFree() {
        return resource.getResourceMethod() != null
                && (resource.getResourceMethod().isAnnotationPresent(StateFree.class)
                        || resource.getResourceClass().isAnnotationPresent(StateFree.class)
                        || resource.getResourceMethod().isAnnotationPresent(ReaderSignal.class));
    }
}

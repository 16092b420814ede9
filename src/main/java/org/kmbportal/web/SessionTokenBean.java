package org.kmbportal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** The session's CSRF token for the layout's meta tag (only signed-in people have one). */
@Named("csrf")
@RequestScoped
public class SessionTokenBean {

    @Inject
    HttpServletRequest request;

    public String getToken() {
        return request.getUserPrincipal() == null ? "" : SessionToken.of(request.getSession());
    }
}

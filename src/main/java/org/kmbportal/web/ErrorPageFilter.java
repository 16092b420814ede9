package org.kmbportal.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;

import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.kmbportal.platform.AccessDenied;

/**
 * Renders error pages as fresh pages even when the failing request was a form post. Otherwise JSF would treat the
 * error page as a postback of the form's view, PrimeFaces would find the form's CSP nonce foreign to it, and the
 * visitor would get an empty answer instead of the error page. It also picks the page by the cause, however deep
 * the pages' expression language wrapped it: a refusal gets the "not allowed" page (403), an expired, foreign or
 * tampered form the "page expired" page (400); only what nobody expected gets "something went wrong" (500).
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.ERROR)
public class ErrorPageFilter extends HttpFilter {

    private static final String VIEW_STATE = "jakarta.faces.ViewState";
    static final String NOT_ALLOWED = "/WEB-INF/errors/403.xhtml";
    static final String EXPIRED = "/WEB-INF/errors/expired.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest fresh = request.getParameter(VIEW_STATE) == null
                ? request
                : new WithoutViewState(request);
        Throwable error = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        String page = pageFor(error);
        if (page == null) {
            chain.doFilter(fresh, response);
            return;
        }
        if (page.equals(request.getServletPath()) && !(EXPIRED.equals(page) && isSignIn(request))) {
            response.setStatus(statusFor(error));
            chain.doFilter(fresh, response);
        } else {
            show(request, response, error, page);
        }
    }

    /**
     * Answers with the page for the error ({@link #pageFor}), the request's error attributes set as the container sets
     * them: its status and the page, or for the sign-in page's expired form, the sign-in page again.
     */
    static void show(HttpServletRequest request, HttpServletResponse response, Throwable error, String page)
            throws IOException, ServletException {
        if (EXPIRED.equals(page) && isSignIn(request)) {
            // The sign-in page left open until the session expired: the sign-in page again, with a word that the
            // session ended, not "Page expired" (a page that asks to go back and reload what is already here).
            response.sendRedirect(signInAgain(request));
            return;
        }
        response.setStatus(statusFor(error));
        HttpServletRequest fresh = request.getParameter(VIEW_STATE) == null
                ? request
                : new WithoutViewState(request);
        request.getRequestDispatcher(page).forward(fresh, response);
    }

    private static boolean isSignIn(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (!(uri instanceof String path) || !path.startsWith(request.getContextPath())) {
            return false;
        }
        String within = path.substring(request.getContextPath().length());
        return within.equals("/sign-in") || within.equals("/sign-in.xhtml");
    }

    /** The sign-in page saying the session ended ({@code expired=1}), with the form's {@code next} and language. */
    static String signInAgain(HttpServletRequest request) {
        StringBuilder address = new StringBuilder(request.getContextPath()).append("/sign-in?expired=1");
        for (String name : new String[]{"next", "lang"}) {
            String value = request.getParameter(name);
            if (value != null && !value.isBlank()) {
                address.append('&').append(name).append('=').append(java.net.URLEncoder.encode(value,
                        java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return address.toString();
    }

    static int statusFor(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof AccessDenied denied) {
                return denied.signedIn() ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_UNAUTHORIZED;
            }
        }
        return HttpServletResponse.SC_BAD_REQUEST;
    }

    /** The page for an exception that is not a fault of the portal, or null. */
    static String pageFor(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof AccessDenied) {
                return NOT_ALLOWED;
            }
            if (t instanceof ViewExpiredException || t.getClass().getName().equals("org.primefaces.csp.CspException")) {
                return EXPIRED;
            }
        }
        return null;
    }

    private static final class WithoutViewState extends HttpServletRequestWrapper {
        WithoutViewState(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return VIEW_STATE.equals(name) ? null : super.getParameter(name);
        }

        @Override
        public String[] getParameterValues(String name) {
            return VIEW_STATE.equals(name) ? null : super.getParameterValues(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> map = new HashMap<>(super.getParameterMap());
            map.remove(VIEW_STATE);
            return Collections.unmodifiableMap(map);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }
    }
}

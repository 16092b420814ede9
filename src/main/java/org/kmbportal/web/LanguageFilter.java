package org.kmbportal.web;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Settles the reader's language once per request, and remembers an explicit choice of a page's language in a cookie.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD,
        DispatcherType.ERROR})
public class LanguageFilter extends HttpFilter {

    private static final String REMEMBERED = "kmb.language.remembered";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String chosen = request.getParameter(ReaderLanguage.PARAMETER);
        // Filters run in no fixed order, so the choice is remembered on whichever dispatch sees it first. A language
        // asked of the API (a table downloaded in French) is for that answer only: the pages keep the reader's.
        if (ReaderLanguage.isSupported(chosen) && request.getAttribute(REMEMBERED) == null && !isApi(request)) {
            request.setAttribute(REMEMBERED, chosen);
            ReaderLanguage.remember(request, response, chosen);
        }
        request.setAttribute(ReaderLanguage.ATTRIBUTE, ReaderLanguage.of(request));
        chain.doFilter(request, response);
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }
}

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
        // Only a language other than the one the reader would get anyway is a choice: links carry their page's own
        // language, and following them chooses nothing (so the browser's remembered choice stays a choice, which
        // signing in keeps on the account).
        if (ReaderLanguage.isSupported(chosen) && request.getAttribute(REMEMBERED) == null && !isApi(request)
                && !chosen.equals(ReaderLanguage.withoutParameter(request))) {
            request.setAttribute(REMEMBERED, chosen);
            ReaderLanguage.remember(request, response, chosen);
        }
        request.setAttribute(ReaderLanguage.ATTRIBUTE, ReaderLanguage.of(request));
        chain.doFilter(request, response);
    }

    /** Whether the request is to the API, whose {@code ?lang=} is for that answer only, never the reader's choice. */
    public static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }
}

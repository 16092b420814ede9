package org.kmbportal.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.kmbportal.platform.PortalSettings;

/**
 * What the page's head says about it to search engines and link previews: its one (canonical) address and the same
 * page in each language. Addresses are absolute: the configured public address ({@code kmb.public-url}) when there is
 * one, else the request's own.
 */
@Named("pageMeta")
@RequestScoped
public class PageMeta {

    @Inject
    PortalSettings settings;

    @Inject
    HttpServletRequest request;

    /** {@code https://portal.example.org} (with the context path), without a trailing slash. */
    public String origin() {
        return settings.publicUrl().map(u -> u.replaceAll("/+$", "")).orElseGet(() -> {
            String url = request.getRequestURL().toString();
            return url.substring(0, url.length() - request.getRequestURI().length());
        });
    }

    /** This page's address, without the language choice (the same page answers in both languages). */
    public String getCanonical() {
        String query = queryWithout();
        return origin() + path() + (query.isEmpty() ? "" : "?" + query);
    }

    /** This page in the given language ({@code ?lang=fr}). */
    public String inLanguage(String language) {
        String query = queryWithout();
        String lang = ReaderLanguage.PARAMETER + "=" + URLEncoder.encode(language, StandardCharsets.UTF_8);
        return origin() + path() + "?" + (query.isEmpty() ? lang : query + "&" + lang);
    }

    /** Open Graph's locale of the page's language. */
    public String ogLocale(String language) {
        return "fr".equals(language) ? "fr_CA" : "en_CA";
    }

    private String path() {
        Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String uri = forwarded != null ? forwarded.toString() : request.getRequestURI();
        return uri.endsWith(".xhtml") ? uri.substring(0, uri.length() - ".xhtml".length()) : uri;
    }

    private String queryWithout() {
        Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String query = forwarded != null
                ? (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING)
                : request.getQueryString();
        return QueryParameters.repeated(query, ReaderLanguage.PARAMETER);
    }
}

package org.kmbportal.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/** The reader's language for the page being rendered, and the link that switches it. */
@Named("locale")
@RequestScoped
public class LocaleBean {

    @Inject
    HttpServletRequest request;

    public String getLanguage() {
        return ReaderLanguage.of(request);
    }

    public Locale getCurrent() {
        return Locale.forLanguageTag(getLanguage());
    }

    public boolean isFrench() {
        return "fr".equals(getLanguage());
    }

    public String getOtherLanguage() {
        return isFrench() ? "en" : "fr";
    }

    /** The other language's own name ("Français" for English readers), as the switch shows it. */
    public String getOtherLanguageName() {
        return isFrench() ? "English" : "Français";
    }

    /** The address of this same page in the other language (the original address, even on an error page). */
    public String getSwitchUrl() {
        Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = errorUri != null
                ? errorUri.toString()
                : forwarded != null
                        ? forwarded.toString()
                        : request.getRequestURI();
        String query = forwarded != null
                ? (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING)
                : errorUri != null ? null : request.getQueryString();
        String kept = QueryParameters.repeated(query, ReaderLanguage.PARAMETER);
        String lang = ReaderLanguage.PARAMETER + "=" + URLEncoder.encode(getOtherLanguage(), StandardCharsets.UTF_8);
        return uri + "?" + (kept.isEmpty() ? lang : kept + "&" + lang);
    }
}

package org.kmbportal.web.api;

import java.util.Locale;

import jakarta.ws.rs.core.HttpHeaders;

import org.kmbportal.web.Messages;
import org.kmbportal.web.ReaderLanguage;

/**
 * The words of the API's refusals in the language asked by {@code Accept-Language} (English when it names neither
 * English nor French), from the portal's message bundle: a program shows them to its reader, and a French reader got
 * some refusals in French and others in English (user session us55).
 */
public final class ApiWords {

    private ApiWords() {
    }

    /** The first language of {@code Accept-Language} the portal speaks, or English. */
    public static String language(HttpHeaders headers) {
        if (headers == null || headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE) == null) {
            return "en";
        }
        for (Locale locale : headers.getAcceptableLanguages()) {
            if (ReaderLanguage.isSupported(locale.getLanguage())) {
                return locale.getLanguage();
            }
        }
        return "en";
    }

    /** The first language of the request's {@code Accept-Language} the portal speaks, or English (for filters). */
    public static String language(jakarta.servlet.http.HttpServletRequest request) {
        if (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null) {
            return "en";
        }
        for (Locale locale : java.util.Collections.list(request.getLocales())) {
            if (ReaderLanguage.isSupported(locale.getLanguage())) {
                return locale.getLanguage();
            }
        }
        return "en";
    }

    /** A signed-in caller's refusal: the role it needs, named in that language, or a plain "may not". */
    public static String refusal(String language, String neededRole) {
        return neededRole == null
                ? get(language, "api.error.forbidden")
                : get(language, "api.error.needsRole", get(language, "role." + neededRole));
    }

    /**
     * A signed-in caller's refusal: the service's own reason ("Only its curator and editors may change this
     * collection."), else the role it needs, else a plain "may not" (user session api58: the reason was lost).
     */
    public static String denial(String language, org.kmbportal.platform.AccessDenied e) {
        return e.wordsKey() != null ? get(language, e.wordsKey()) : refusal(language, e.neededRole());
    }

    /** The bundle's message in that language, its arguments in place ({@link Messages#format}). */
    public static String get(String language, String key, Object... arguments) {
        return Messages.format(Locale.forLanguageTag(language), key, arguments);
    }
}

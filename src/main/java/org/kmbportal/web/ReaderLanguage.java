package org.kmbportal.web;

import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Decides which language a reader gets: an explicit {@code ?lang=} first, then the language they chose before (a
 * cookie), then the language of the page a sign-in comes back to ({@code ?next=/editor/insights?lang=fr}: a French
 * page asked for gets a French sign-in page), then their browser's preference, then English.
 */
public final class ReaderLanguage {

    public static final List<String> SUPPORTED = List.of("en", "fr");
    public static final String PARAMETER = "lang";
    public static final String COOKIE = "kmb_lang";
    static final String ATTRIBUTE = "kmb.language";
    /** The sign-in page's parameter naming the page to go back to (as {@code accounts.web.ReturnAddress} says). */
    private static final String NEXT = "next";

    private ReaderLanguage() {
    }

    /**
     * The {@code lang} of the page named by a sign-in's {@code ?next=} (a path with its query), if it names a
     * supported one; null otherwise.
     */
    static String askedPageLanguage(String next) {
        if (next == null || next.length() > 2000 || !next.startsWith("/") || next.indexOf('?') < 0) {
            return null;
        }
        for (String pair : next.substring(next.indexOf('?') + 1).split("[&#]")) {
            if (pair.startsWith(PARAMETER + "=") && isSupported(pair.substring(PARAMETER.length() + 1))) {
                return pair.substring(PARAMETER.length() + 1);
            }
        }
        return null;
    }

    public static boolean isSupported(String language) {
        return language != null && SUPPORTED.contains(language);
    }

    public static String of(HttpServletRequest request) {
        Object decided = request.getAttribute(ATTRIBUTE);
        if (decided instanceof String language) {
            return language;
        }
        String parameter = request.getParameter(PARAMETER);
        if (isSupported(parameter)) {
            return parameter;
        }
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (cookie.getName().equals(COOKIE) && isSupported(cookie.getValue())) {
                    return cookie.getValue();
                }
            }
        }
        String asked = askedPageLanguage(request.getParameter(NEXT));
        if (asked != null) {
            return asked;
        }
        if (request.getHeader("Accept-Language") != null) {
            Enumeration<Locale> preferred = request.getLocales();
            while (preferred.hasMoreElements()) {
                String language = preferred.nextElement().getLanguage();
                if (isSupported(language)) {
                    return language;
                }
            }
        }
        return "en";
    }
}

package org.kmbportal.web;

import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Decides which language a reader gets: an explicit {@code ?lang=} first, then the language they chose before (a
 * cookie), then their browser's preference, then English.
 */
public final class ReaderLanguage {

    public static final List<String> SUPPORTED = List.of("en", "fr");
    public static final String PARAMETER = "lang";
    public static final String COOKIE = "kmb_lang";
    static final String ATTRIBUTE = "kmb.language";

    private ReaderLanguage() {
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

package org.kmbportal.web;

import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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
    private static final int ONE_YEAR = 365 * 24 * 3600;
    /** The sign-in page's parameter naming the page to go back to (as {@code accounts.web.ReturnAddress} says). */
    private static final String NEXT = "next";

    private ReaderLanguage() {
    }

    /**
     * The {@code lang} of the page named by a sign-in's {@code ?next=} (a path with its query), if it names a
     * supported one; null otherwise.
     */
    public static String askedPageLanguage(String next) {
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
        return withoutParameter(request);
    }

    /**
     * The language the reader would get without the address's {@code ?lang=}: the one they chose before, or else their
     * browser's. A {@code ?lang=} that differs from it is the reader switching language.
     */
    public static String withoutParameter(HttpServletRequest request) {
        Optional<String> remembered = rememberedChoice(request);
        if (remembered.isPresent()) {
            return remembered.get();
        }
        String asked = askedPageLanguage(request.getParameter(NEXT));
        if (asked != null) {
            return asked;
        }
        return browserPreference(request);
    }

    /** The first supported language of the browser's own preference (Accept-Language), else English. */
    public static String browserPreference(HttpServletRequest request) {
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

    /** The language this browser remembers the reader choosing (the cookie {@value #COOKIE}), if any. */
    public static Optional<String> rememberedChoice(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (cookie.getName().equals(COOKIE) && isSupported(cookie.getValue())) {
                    return Optional.of(cookie.getValue());
                }
            }
        }
        return Optional.empty();
    }

    /** Remembers the reader's language in this browser for a year (the cookie {@value #COOKIE}). */
    public static void remember(HttpServletRequest request, HttpServletResponse response, String language) {
        Cookie cookie = new Cookie(COOKIE, language);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    /**
     * The same site address (a path with its query, as a sign-in's {@code ?next=}) in the language: its own
     * {@code lang} pairs, if any, say the language instead; an address without one is left as it is (the remembered
     * language applies there).
     */
    public static String inLanguage(String address, String language) {
        int hash = address.indexOf('#');
        int query = address.indexOf('?');
        if (query < 0 || (hash >= 0 && hash < query)) {
            return address;
        }
        String pairs = hash < 0 ? address.substring(query + 1) : address.substring(query + 1, hash);
        StringBuilder rewritten = new StringBuilder();
        for (String pair : pairs.split("&", -1)) {
            rewritten.append(rewritten.isEmpty() ? "" : "&")
                    .append(pair.equals(PARAMETER) || pair.startsWith(PARAMETER + "=")
                            ? PARAMETER + "=" + language
                            : pair);
        }
        return address.substring(0, query + 1) + rewritten + (hash < 0 ? "" : address.substring(hash));
    }
}

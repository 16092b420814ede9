package org.kmbportal.search.api;

import java.util.Enumeration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.kmbportal.web.ReaderLanguage;

/**
 * The language of labels and messages in API answers: from {@code Accept-Language} (the {@code lang} parameter of
 * the search API filters resources by their language, it does not choose the answer's language).
 */
final class ApiLanguage {

    private ApiLanguage() {
    }

    static String of(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") != null) {
            Enumeration<Locale> locales = request.getLocales();
            while (locales.hasMoreElements()) {
                String language = locales.nextElement().getLanguage();
                if (ReaderLanguage.isSupported(language)) {
                    return language;
                }
            }
        }
        return "en";
    }
}

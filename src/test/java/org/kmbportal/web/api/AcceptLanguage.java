package org.kmbportal.web.api;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.core.HttpHeaders;

/** The request headers of a caller who sends only {@code Accept-Language} (for the refusal mappers in unit tests). */
public final class AcceptLanguage {

    private AcceptLanguage() {
    }

    public static HttpHeaders of(String value) {
        return (HttpHeaders) Proxy.newProxyInstance(HttpHeaders.class.getClassLoader(), new Class<?>[]{
                HttpHeaders.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getHeaderString" -> HttpHeaders.ACCEPT_LANGUAGE.equalsIgnoreCase((String) args[0])
                            ? value
                            : null;
                    case "getAcceptableLanguages" -> List.of(value.split(",")).stream()
                            .map(t -> Locale.forLanguageTag(t.split(";")[0].strip())).toList();
                    default -> null;
                });
    }

}

package org.kmbportal.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The parameters of an address's query string, decoded as UTF-8 (for a request whose body must stay unread). */
final class QueryParameters {

    private QueryParameters() {
    }

    static Map<String, String[]> of(String query) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            }
        }
        Map<String, String[]> result = new LinkedHashMap<>();
        values.forEach((name, list) -> result.put(name, list.toArray(String[]::new)));
        return Collections.unmodifiableMap(result);
    }

    /** The most parameters a page repeats in its own links. */
    static final int MAX_REPEATED = 64;

    /**
     * The query string as a page repeats it in links to itself (its canonical address, its other language): without
     * the language choice, each value cut to {@link Links#SEARCH_MAX_LENGTH} characters and at most
     * {@link #MAX_REPEATED} parameters. A 20,000-character search was repeated whole in the page's head and its
     * language switch, 340 KB of page for a search refused anyway.
     */
    static String repeated(String query, String without) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        StringBuilder kept = new StringBuilder();
        int count = 0;
        for (String pair : query.split("&")) {
            if (pair.isEmpty() || pair.startsWith(without + "=") || pair.equals(without)) {
                continue;
            }
            if (++count > MAX_REPEATED) {
                break;
            }
            int equals = pair.indexOf('=');
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (value.length() > Links.SEARCH_MAX_LENGTH) {
                int end = Links.SEARCH_MAX_LENGTH;
                if (Character.isHighSurrogate(value.charAt(end - 1))) {
                    end--;
                }
                pair = pair.substring(0, equals + 1)
                        + java.net.URLEncoder.encode(value.substring(0, end), StandardCharsets.UTF_8);
            }
            kept.append(kept.isEmpty() ? "" : "&").append(pair);
        }
        return kept.toString();
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return "";
        }
    }
}

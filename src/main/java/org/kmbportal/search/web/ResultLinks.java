package org.kmbportal.search.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The search's random key in the search page's links. A search that leaves a signal gets a fresh key; its result
 * links go through {@code /search/open} with the key and the result's rank (which then redirects to the result's own,
 * canonical address), and its refinements (filters, order, pages) carry the key so that what the reader finally opens
 * counts for the words they typed. The key says nothing about the reader: it is random, and is all that links a
 * search to the result opened from it.
 */
final class ResultLinks {

    /** The query parameter that carries the key. */
    static final String PARAMETER = "sig";
    static final String OPEN_PATH = "/open";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{16}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ResultLinks() {
    }

    /** 96 random bits, URL-safe: 16 characters. */
    static String newKey() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static boolean isKey(String value) {
        return value != null && KEY.matcher(value).matches();
    }

    /** The link to a result: through the open endpoint when the search has a key, else the result's own address. */
    static String result(String searchPath, String key, int rank, String type, String id, String direct) {
        if (key == null) {
            return direct;
        }
        return searchPath + OPEN_PATH + "?" + PARAMETER + "=" + key + "&rank=" + rank + "&type=" + encode(type)
                + "&id=" + encode(id);
    }

    /** A refinement of the same search (another filter, order or page), carrying its key. */
    static String carry(String url, String key) {
        if (key == null || url == null) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + PARAMETER + "=" + key;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}

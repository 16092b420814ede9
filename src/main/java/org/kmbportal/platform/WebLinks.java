package org.kmbportal.platform;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Checks on outside addresses: only well-formed http and https links are accepted. */
public final class WebLinks {

    private WebLinks() {
    }

    /** Spaces as a copied address brings them: ordinary, no-break, narrow, figure, zero-width, byte-order mark. */
    private static final String SPACE = "[\\s\u00a0\u202f\u2007\u200b\ufeff]";

    /**
     * An address as someone typed or pasted it, made the address they mean: the spaces around it go; a space inside
     * its path, query or fragment becomes {@code %20}, as a browser's address bar does with a pasted file name
     * ("Annual report.pdf"). A space before the path, in the site's name, stays: that is a slip only its writer can
     * mend ({@link #hasSpace}).
     */
    public static String typed(String url) {
        String trimmed = url == null ? "" : url.replaceAll("^" + SPACE + "+|" + SPACE + "+$", "");
        int scheme = trimmed.indexOf("://");
        int path = -1;
        for (int i = scheme < 0 ? trimmed.length() : scheme + 3; i < trimmed.length(); i++) {
            if ("/?#".indexOf(trimmed.charAt(i)) >= 0) {
                path = i;
                break;
            }
        }
        if (path < 0) {
            return trimmed;
        }
        StringBuilder rest = new StringBuilder();
        for (char c : trimmed.substring(path).replaceAll(SPACE, "%20").toCharArray()) {
            rest.append(UNSAFE.indexOf(c) >= 0 ? String.format(Locale.ROOT, "%%%02X", (int) c) : String.valueOf(c));
        }
        return trimmed.substring(0, path) + rest;
    }

    /**
     * Characters an address cannot hold as they are, which a browser's address bar writes %XX after the site's name
     * (a quote in a copied query, {@code ?x="q"}): written so too.
     */
    private static final String UNSAFE = "\"<>`{}|\\^";

    /**
     * Whether the site's name ends in a port that cannot be: not a number from 1 to 65535 ({@code example.org:0},
     * {@code example.org:99999999999999999999}).
     */
    public static boolean hasBadPort(String url) {
        if (url == null) {
            return false;
        }
        java.util.regex.Matcher m = AUTHORITY.matcher(url.strip());
        if (!m.find()) {
            return false;
        }
        String authority = m.group(1);
        int colon = authority.lastIndexOf(':');
        if (colon < 0 || authority.endsWith("]") || authority.indexOf(']') > colon) {
            return false;
        }
        String port = authority.substring(colon + 1);
        if (port.isEmpty()) {
            return false;
        }
        if (!port.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return true;
        }
        return port.length() > 5 || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535;
    }

    /** The site's name and port of an http(s) address, after any user name. */
    private static final java.util.regex.Pattern AUTHORITY = java.util.regex.Pattern
            .compile("(?i)^https?://(?:[^@/?#]*@)?([^/?#]*)");

    /** Whether the address still has a space in it. */
    public static boolean hasSpace(String url) {
        return url != null && url.matches("(?s).*" + SPACE + ".*");
    }

    public static boolean isHttp(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && !uri.getHost().isBlank() && !hasBadPort(url);
        } catch (URISyntaxException e) {
            return false;
        }
    }
}

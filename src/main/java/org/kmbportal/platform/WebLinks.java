package org.kmbportal.platform;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Checks on outside addresses: only well-formed http and https links are accepted. */
public final class WebLinks {

    private WebLinks() {
    }

    public static boolean isHttp(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}

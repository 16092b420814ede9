package org.kmbportal.curation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret part of an unlisted collection's link: 32 random bytes (43 characters), compared in constant time. The
 * collection's id alone never reveals it.
 */
public final class UnlistedLinks {

    private static final SecureRandom RANDOM = new SecureRandom();

    private UnlistedLinks() {
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static boolean matches(String stored, String given) {
        if (stored == null || given == null || given.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(stored.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    /** The query string that opens an unlisted collection, such as {@code ?key=...}. */
    public static String query(String token) {
        return token == null ? "" : "?key=" + token;
    }
}

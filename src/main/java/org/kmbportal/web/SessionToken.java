package org.kmbportal.web;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpSession;

import org.kmbportal.platform.Tokens;

/**
 * The per-session secret that state-changing API calls must echo in the {@value #HEADER} header. A page of the portal
 * can read it (meta tag, {@code GET /api/session}); another site cannot, so it cannot forge such calls.
 */
public final class SessionToken {

    public static final String HEADER = "X-CSRF-Token";
    private static final String ATTRIBUTE = "kmb.csrf";

    private SessionToken() {
    }

    public static String of(HttpSession session) {
        Object token = session.getAttribute(ATTRIBUTE);
        if (token instanceof String existing) {
            return existing;
        }
        String created = Tokens.random();
        session.setAttribute(ATTRIBUTE, created);
        return created;
    }

    /** Whether the presented token is this session's (compared in constant time). */
    public static boolean matches(HttpSession session, String presented) {
        if (session == null || presented == null || !(session.getAttribute(ATTRIBUTE) instanceof String expected)) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                presented.getBytes(StandardCharsets.UTF_8));
    }
}

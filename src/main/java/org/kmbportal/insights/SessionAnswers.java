package org.kmbportal.insights;

import java.util.HashSet;
import java.util.Set;

import jakarta.servlet.http.HttpSession;

import org.kmbportal.platform.Tokens;

/**
 * The resources a session has already answered "was this useful?" for (once per resource and session, and once per
 * match). Kept in the session only; a session is created when a reader first answers, never just for reading.
 */
public final class SessionAnswers {

    private static final String ATTRIBUTE = "kmb.feedback.answered";
    private static final String READER = "kmb.feedback.reader";

    private SessionAnswers() {
    }

    public static boolean answered(HttpSession session, ReaderFeedback.Place place, String resource) {
        return session != null && session.getAttribute(ATTRIBUTE) instanceof Set<?> keys
                && keys.contains(key(place, resource));
    }

    public static void remember(HttpSession session, ReaderFeedback.Place place, String resource) {
        synchronized (session) {
            Set<String> keys = new HashSet<>();
            if (session.getAttribute(ATTRIBUTE) instanceof Set<?> existing) {
                existing.forEach(k -> keys.add(String.valueOf(k)));
            }
            keys.add(key(place, resource));
            // A new set each time, so a replicated session sees the change.
            session.setAttribute(ATTRIBUTE, keys);
        }
    }

    /** The session's own random key: who an anonymous reader is, for this session only (kept across sign-in). */
    public static String readerKey(HttpSession session) {
        synchronized (session) {
            if (session.getAttribute(READER) instanceof String key) {
                return key;
            }
            String key = Tokens.random();
            session.setAttribute(READER, key);
            return key;
        }
    }

    private static String key(ReaderFeedback.Place place, String resource) {
        return place.key() + ":" + resource;
    }
}

package org.kmbportal.insights;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.kmbportal.platform.PortalClock;
import org.kmbportal.platform.PortalSettings;

/**
 * How many reader signals ("was this useful?", "we used this") a session and an address may send in a clock hour
 * ({@code kmb.feedback.per-session-per-hour}, {@code kmb.feedback.per-address-per-hour}). Counted in memory only,
 * under salted hashes of the session id and the address, and forgotten when the hour turns: nothing about who sent
 * a signal is ever written down. Follows {@link PortalClock}, so tests can move past an hour.
 */
@ApplicationScoped
public class SignalLimits {

    @Inject
    PortalSettings settings;

    private static final long HOUR_SECONDS = 3600;
    /** Beyond this many sessions and addresses in one hour, refuse rather than grow (a flood, not readers). */
    private static final int MAX_TRACKED = 200_000;

    @Inject
    PortalClock clock;

    private final byte[] salt = new byte[16];
    private final Map<String, Integer> counts = new HashMap<>();
    private long countedHour = Long.MIN_VALUE;

    public SignalLimits() {
        new SecureRandom().nextBytes(salt);
    }

    /**
     * Counts one signal for the session (null: the sender has none yet) and for the address, or counts nothing and
     * answers false when either has reached its limit for this hour.
     */
    public synchronized boolean take(String sessionId, String address) {
        long hour = clock.now().getEpochSecond() / HOUR_SECONDS;
        if (hour != countedHour) {
            counts.clear();
            countedHour = hour;
        }
        String session = sessionId == null ? null : "s:" + hash(sessionId);
        String from = "a:" + hash(address);
        if ((session != null && counts.getOrDefault(session, 0) >= settings.feedbackPerSessionPerHour())
                || counts.getOrDefault(from, 0) >= settings.feedbackPerAddressPerHour()
                || counts.size() >= MAX_TRACKED) {
            return false;
        }
        if (session != null) {
            counts.merge(session, 1, Integer::sum);
        }
        counts.merge(from, 1, Integer::sum);
        return true;
    }

    private String hash(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt);
            return HexFormat.of().formatHex(digest.digest(String.valueOf(value).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

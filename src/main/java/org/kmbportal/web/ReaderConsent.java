package org.kmbportal.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether a request may leave a reader signal (a search kept for the editors' statistics). A browser that sends
 * {@code Sec-GPC: 1} (Global Privacy Control) or {@code DNT: 1} (Do Not Track) has said no, and robots are no readers:
 * such requests leave no signal at all. Asked before anything is stored, by whoever would store it.
 */
public final class ReaderConsent {

    /** Words that crawlers, link previewers and monitoring robots put in their user agent. */
    private static final List<String> ROBOTS = List.of("bot", "crawl", "spider", "slurp", "archiver", "preview",
            "facebookexternalhit", "embedly", "feedfetcher", "mediapartners", "lighthouse", "pingdom", "uptime",
            "monitor", "scrapy", "wget", "httrack");

    private ReaderConsent() {
    }

    /** True when the reader's browser asks not to be tracked (GPC or DNT). */
    public static boolean optedOut(HttpServletRequest request) {
        return optedOut(request.getHeader("Sec-GPC"), request.getHeader("DNT"));
    }

    /** From the values of the {@code Sec-GPC} and {@code DNT} headers (null when absent). */
    public static boolean optedOut(String globalPrivacyControl, String doNotTrack) {
        return "1".equals(strip(globalPrivacyControl)) || "1".equals(strip(doNotTrack));
    }

    /** True for a robot, by its user agent; a request without one is not a reader's browser either. */
    public static boolean isRobot(HttpServletRequest request) {
        return isRobot(request.getHeader("User-Agent"));
    }

    public static boolean isRobot(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return true;
        }
        String agent = userAgent.toLowerCase(Locale.ROOT);
        return ROBOTS.stream().anyMatch(agent::contains);
    }

    /** Whether this request may leave a search signal: not opted out, and not a robot. */
    public static boolean allowsSignals(HttpServletRequest request) {
        return !optedOut(request) && !isRobot(request);
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}

package org.kmbportal.curation.links;

import java.util.List;

/**
 * What one check of a link found.
 *
 * @param httpStatus
 *            the last status answered, or 0 when no answer came (timeout, refused, unknown host)
 * @param finalUrl
 *            where the redirects ended
 * @param hops
 *            each redirect followed, as "301 https://..."
 * @param attempts
 *            how many times the link was tried in this check
 */
public record CheckOutcome(Result result, int httpStatus, String finalUrl, List<String> hops, int attempts,
        String message) {

    /** The verdict of one check. */
    public enum Result {
        /** Answered with success at the same address (or after temporary redirects only). */
        OK,
        /** Answered with success after a permanent redirect: the link should be updated. */
        MOVED,
        /** No success after every attempt. */
        FAILED,
        /** Not checked: the address is private or loopback, or not http(s). */
        SKIPPED
    }

    public CheckOutcome {
        hops = List.copyOf(hops);
    }
}

package org.kmbportal.platform;

/**
 * Thrown by a start-up stage when the configuration cannot work, for instance a first administrator whose password
 * the policy refuses. The portal then does not start half-configured: start-up stops, the reason is printed in a
 * banner on the console, {@code /health/ready} stays DOWN with it, and pages answer 503.
 */
public class StartupRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param reason what is wrong and how to fix it, in words for the administrator */
    public StartupRefused(String reason) {
        super(reason);
    }
}

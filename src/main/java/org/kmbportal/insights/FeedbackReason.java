package org.kmbportal.insights;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What mattered most in a "was this useful?" answer, yes or no: one short list that reads right either way ("useful:
 * clarity" or "not useful: clarity"). Pages label each with {@code feedback.reason.<key>}.
 */
public enum FeedbackReason {
    RELEVANCE, CLARITY, PRACTICALITY, EVIDENCE, FIT, OTHER;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<FeedbackReason> fromKey(String key) {
        return Arrays.stream(values()).filter(r -> r.key().equals(key)).findFirst();
    }
}

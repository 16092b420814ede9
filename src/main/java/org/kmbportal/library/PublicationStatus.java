package org.kmbportal.library;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a resource stands in the editorial workflow; only {@link #PUBLISHED} resources reach readers. */
public enum PublicationStatus {
    DRAFT, IN_REVIEW, PUBLISHED, ARCHIVED;

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<PublicationStatus> fromKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key().equals(key)).findFirst();
    }
}

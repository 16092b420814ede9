package org.kmbportal.partnerships;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Who leads a plan item. The partner by default: the mentor mentors rather than manages. */
public enum Lead {
    PARTNER, MENTOR;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Lead> fromKey(String key) {
        return Arrays.stream(values()).filter(l -> l.key().equals(key == null ? "" : key.strip())).findFirst();
    }
}

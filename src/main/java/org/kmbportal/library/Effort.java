package org.kmbportal.library;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How much work a practice guide asks of a program. */
public enum Effort {
    LOW, MEDIUM, HIGH;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Effort> fromKey(String key) {
        return Arrays.stream(values()).filter(e -> e.key().equals(key)).findFirst();
    }
}

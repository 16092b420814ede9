package org.kmbportal.curation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Who may open a collection. */
public enum Visibility {
    /** Only its curator. */
    PRIVATE,
    /** Its curator and the members of the organizations it is shared with. */
    SHARED,
    /** Anyone holding its secret link. */
    UNLISTED,
    /** Anyone. */
    PUBLIC;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Visibility> fromKey(String key) {
        return Arrays.stream(values()).filter(v -> v.key().equals(key)).findFirst();
    }
}

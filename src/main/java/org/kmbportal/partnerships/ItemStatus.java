package org.kmbportal.partnerships;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a plan item stands. Planned and in-progress items are open; done and dropped ones are not. */
public enum ItemStatus {
    PLANNED, IN_PROGRESS, DONE, DROPPED;

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public boolean open() {
        return this == PLANNED || this == IN_PROGRESS;
    }

    public static Optional<ItemStatus> fromKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key().equals(key == null ? "" : key.strip())).findFirst();
    }
}

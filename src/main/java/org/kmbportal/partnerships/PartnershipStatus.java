package org.kmbportal.partnerships;

import java.util.Locale;

/** Where a partnership stands: proposed by the mentor and waiting for the partner, active, or closed. */
public enum PartnershipStatus {
    PROPOSED, ACTIVE, CLOSED;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}

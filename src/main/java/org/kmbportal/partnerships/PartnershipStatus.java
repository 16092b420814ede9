package org.kmbportal.partnerships;

import java.util.Locale;

/**
 * Where a partnership stands: proposed by the mentor and waiting for the partner, active, or ended: closed after it
 * was active, or a proposal the partner declined or the mentor withdrew (never started). An ended one stays readable
 * and nothing in it changes.
 */
public enum PartnershipStatus {
    PROPOSED, ACTIVE, CLOSED, DECLINED, WITHDRAWN;

    /** Closed, declined or withdrawn: nothing in it changes any more. */
    public boolean ended() {
        return this == CLOSED || this == DECLINED || this == WITHDRAWN;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package org.kmbportal.insights;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.kmbportal.platform.PortalStartup;

/**
 * Enforces the retention of reader signals on the container's timer: every hour (at 23 minutes past, so it never
 * meets the minute-by-minute publishing check), searches and "was this useful?" answers older than
 * {@code kmb.insights.retention-days} are deleted. A purge that fails is simply tried again the next hour.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SignalRetention {

    private static final Logger LOG = Logger.getLogger(SignalRetention.class.getName());

    @Inject
    SearchSignals signals;

    @Inject
    PortalStartup startup;

    // Not before the portal has started: on a first start the schema may not exist yet.
    @Schedule(hour = "*", minute = "23", persistent = false)
    void everyHour() {
        if (startup.completed()) {
            purgeNow();
        }
    }

    /** The purge the timer runs; empty when it failed (the next hour tries again). */
    public java.util.Optional<SearchSignals.Purged> purgeNow() {
        try {
            SearchSignals.Purged purged = signals.purge();
            if (purged.searches() + purged.answers() > 0) {
                LOG.info(() -> "Reader signals past their retention deleted: " + purged.searches() + " searches, "
                        + purged.answers() + " answers");
            }
            return java.util.Optional.of(purged);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Purging old reader signals failed; it will try again", e);
            return java.util.Optional.empty();
        }
    }
}

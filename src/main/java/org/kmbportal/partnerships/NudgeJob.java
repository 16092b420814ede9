package org.kmbportal.partnerships;

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

/** Looks for quiet partnerships every quarter of an hour, on the container's timer, once the portal is ready. */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NudgeJob {

    private static final Logger LOG = Logger.getLogger(NudgeJob.class.getName());

    @Inject
    Nudges nudges;

    @Inject
    PortalStartup startup;

    @Schedule(minute = "*/15", hour = "*", persistent = false)
    void everyQuarterHour() {
        if (!startup.completed()) {
            return;
        }
        try {
            nudges.sendDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Looking for quiet partnerships failed; it will try again", e);
        }
    }
}

package org.kmbportal.editorial;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.kmbportal.platform.PortalStartup;

/**
 * Publishes scheduled resources when their time comes: a check every minute (which also catches up after a restart)
 * and, when a publication is scheduled, one more check at exactly its time. Both run on the container's timers, which
 * give them a proper component context (tasks submitted to an executor at start-up lose theirs). Neither looks before
 * the portal has started (schema migrated, library loaded): on a first start the minute's timer can fire while Flyway
 * is still creating the tables, and the query failed with a warning in the log.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PublishingJob {

    private static final Logger LOG = Logger.getLogger(PublishingJob.class.getName());

    @Resource
    TimerService timers;

    @Inject
    ReviewService reviews;

    @Inject
    PortalStartup startup;

    @Schedule(minute = "*", hour = "*", persistent = false)
    void everyMinute() {
        run();
    }

    public void onScheduled(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReviewService.Scheduled scheduled) {
        long delay = Math.max(0, Duration.between(Instant.now(), scheduled.at()).toMillis()) + 200;
        timers.createSingleActionTimer(new Date(System.currentTimeMillis() + delay), new TimerConfig(null, false));
    }

    @Timeout
    void atItsTime() {
        run();
    }

    void run() {
        if (!startup.completed()) {
            return;
        }
        try {
            for (String slug : reviews.dueSlugs(Instant.now())) {
                publish(slug);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Scheduled publishing failed; it will try again", e);
        }
    }

    // Each in its own transaction: one that fails stays scheduled and does not hold back the others.
    private void publish(String slug) {
        try {
            if (reviews.publishScheduled(slug)) {
                LOG.info(() -> "Scheduled publishing: published " + slug);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Scheduled publication of " + slug + " failed; it stays scheduled", e);
        }
    }
}

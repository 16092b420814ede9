package org.kmbportal.editorial;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.kmbportal.platform.StartupStage;

/**
 * Publishes scheduled resources when their time comes: a check every minute (which also catches up after a restart)
 * and, when a publication is scheduled, one more check at exactly its time.
 */
@ApplicationScoped
public class PublishingJob {

    private static final Logger LOG = Logger.getLogger(PublishingJob.class.getName());
    static final Duration PERIOD = Duration.ofMinutes(1);

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    ReviewService reviews;

    private ScheduledFuture<?> periodic;

    void onLibraryReady(@Observes StartupStage.LibraryReady stage) {
        periodic = executor.scheduleWithFixedDelay(this::run, 5, PERIOD.toSeconds(), TimeUnit.SECONDS);
    }

    void onScheduled(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReviewService.Scheduled scheduled) {
        long delay = Math.max(0, Duration.between(Instant.now(), scheduled.at()).toMillis()) + 200;
        executor.schedule(this::run, delay, TimeUnit.MILLISECONDS);
    }

    private void run() {
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

    @PreDestroy
    void stop() {
        if (periodic != null) {
            periodic.cancel(false);
        }
    }
}

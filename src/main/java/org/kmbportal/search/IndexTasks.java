package org.kmbportal.search;

import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;

import org.kmbportal.platform.PortalSettings;

/**
 * The index's background work, run by the container with a proper component context (so the database can be read
 * from it): a poll of the change log every {@code kmb.index.poll-millis} ms (250 by default: other nodes' changes, missed
 * wake-ups; the poll is one indexed query for the next change-log rows), an immediate catch-up when
 * a change commits here, and full rebuilds. The follower and the rebuild guard their own concurrency.
 * Public only because the container requires it of a session bean: outside this package, use
 * {@link IndexConsistency}.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class IndexTasks {

    @Inject
    PortalSettings settings;

    @Inject
    IndexFollower follower;

    @Inject
    IndexRebuild rebuild;

    @Resource
    TimerService timers;

    @PostConstruct
    void schedule() {
        long every = settings.indexPollMillis();
        timers.createIntervalTimer(every, every, new TimerConfig("index-poll", false));
    }

    private final AtomicBoolean polling = new AtomicBoolean();

    /** A poll that finds the last one still running (a long catch-up, a rebuild's swap) is skipped. */
    @Timeout
    void poll() {
        if (polling.compareAndSet(false, true)) {
            try {
                follower.pollQuietly();
            } finally {
                polling.set(false);
            }
        }
    }

    @Asynchronous
    public void catchUpSoon() {
        follower.pollQuietly();
    }

    /** Merges the live index into one segment, after a full build made it searchable ({@link IndexFollower}). */
    @Asynchronous
    public void mergeSoon() {
        follower.mergeLiveToOne();
    }

    @Asynchronous
    public void rebuildInBackground() {
        rebuild.runStarted();
    }
}

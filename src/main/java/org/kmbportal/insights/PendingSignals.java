package org.kmbportal.insights;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.kmbportal.search.SearchPerformed;
import org.kmbportal.search.SearchResultOpened;

/**
 * Search signals wait here and are written together, off the reader's thread: a search no longer waits for a
 * database commit of its own (tens of milliseconds at p95 on a busy machine, bench stop 46). They are written in the
 * order they came (a search before the result opened from it), a quarter of a second after the first of them, the
 * searches of each run in one transaction; before a report reads them ({@link InsightReports#requireReader()}); and
 * at a clean stop.
 */
@ApplicationScoped
public class PendingSignals {

    static final long DELAY_MILLIS = 250;

    private static final Logger LOG = Logger.getLogger(PendingSignals.class.getName());

    @Inject
    SearchSignals signals;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final ConcurrentLinkedQueue<Object> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final ReentrantLock writing = new ReentrantLock();

    void add(SearchPerformed search) {
        waiting.add(search);
        writeSoon();
    }

    void add(SearchResultOpened opened) {
        waiting.add(opened);
        writeSoon();
    }

    private void writeSoon() {
        if (scheduled.compareAndSet(false, true)) {
            try {
                scheduler.schedule(this::writeScheduled, DELAY_MILLIS, TimeUnit.MILLISECONDS);
            } catch (RuntimeException e) {
                // No executor (the application is stopping): written by the caller, as before.
                scheduled.set(false);
                writeNow();
            }
        }
    }

    private void writeScheduled() {
        // Cleared first: a signal that comes from now on schedules the next run, one polled below is written by this.
        scheduled.set(false);
        writeNow();
    }

    /** Writes every signal waiting; returns when they are committed (or logged as lost). */
    public void writeNow() {
        writing.lock();
        try {
            List<SearchPerformed> searches = new ArrayList<>();
            for (Object next = waiting.poll(); next != null; next = waiting.poll()) {
                if (next instanceof SearchPerformed search) {
                    searches.add(search);
                } else if (next instanceof SearchResultOpened opened) {
                    record(searches);
                    searches.clear();
                    try {
                        signals.opened(opened);
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "An opened search result could not be noted", e);
                    }
                }
            }
            record(searches);
        } finally {
            writing.unlock();
        }
    }

    /** In one transaction; if that fails, one by one, so that one signal that cannot be kept loses no other. */
    private void record(List<SearchPerformed> searches) {
        if (searches.isEmpty()) {
            return;
        }
        try {
            signals.recordAll(searches);
        } catch (RuntimeException together) {
            for (SearchPerformed search : searches) {
                try {
                    signals.record(search);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "A search could not be kept for the statistics", e);
                }
            }
        }
    }

    @PreDestroy
    void stop() {
        writeNow();
    }
}

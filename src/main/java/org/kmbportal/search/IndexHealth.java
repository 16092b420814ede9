package org.kmbportal.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.kmbportal.platform.ReadinessReporter;

/**
 * Whether the index agrees with the database, as {@code /health/ready} reports it: DOWN until the index is open and
 * caught up at start, while it is ahead of the change log (the database lost changes the index had applied: their
 * numbers would be handed out again and never applied), and while the last comparison with the database found items
 * missing, stale or orphaned. It holds only what the background work and the reports found, so readiness never
 * waits for the database.
 */
@ApplicationScoped
class IndexHealth implements ReadinessReporter {

    @Inject
    SearchIndex index;

    private volatile boolean caughtUp;
    private volatile String disagreement;
    private volatile boolean healClaimed;

    void markCaughtUp() {
        caughtUp = true;
    }

    /** Records what a comparison with the database found. */
    void record(IndexStatus status) {
        if (status.consistent()) {
            disagreement = null;
            healClaimed = false;
        } else {
            disagreement = describe(status);
        }
    }

    /** Records where the follower found the change log; true when the index is ahead of it. */
    boolean recordLogPosition(long appliedSeq, long lastSeq) {
        if (appliedSeq > lastSeq) {
            disagreement = "the index has applied change " + appliedSeq + " but the change log ends at " + lastSeq;
            return true;
        }
        return false;
    }

    /**
     * Whether an automatic heal (a rebuild) may start now: once per disagreement, so that an index a rebuild does not
     * cure stays DOWN for an administrator to look at instead of rebuilding forever.
     */
    synchronized boolean claimHeal() {
        if (disagreement == null || healClaimed) {
            return false;
        }
        healClaimed = true;
        return true;
    }

    String disagreement() {
        return disagreement;
    }

    static String describe(IndexStatus s) {
        if (s.ahead()) {
            return "the index has applied change " + s.appliedSeq() + " but the change log ends at " + s.lastSeq();
        }
        return s.missingCount() + " missing, " + s.staleCount() + " stale, " + s.orphanedCount()
                + " orphaned, change log applied to " + s.appliedSeq() + " of " + s.lastSeq();
    }

    @Override
    public String name() {
        return "search-index";
    }

    @Override
    public boolean ready() {
        return index.live() != null && caughtUp && disagreement == null;
    }

    @Override
    public String status() {
        String state = index.describe();
        String problem = disagreement;
        return problem == null ? state : state + "; disagrees with the database: " + problem;
    }
}

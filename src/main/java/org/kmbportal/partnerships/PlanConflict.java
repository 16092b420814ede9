package org.kmbportal.partnerships;

/**
 * A plan saved from a version that is no longer the latest: someone else saved in between. Nothing was saved; the
 * caller gets the current version and plan, and keeps what they typed.
 */
public class PlanConflict extends RuntimeException {

    private final long currentVersion;
    private final transient PlanCodec.Snapshot current;

    public PlanConflict(long currentVersion, PlanCodec.Snapshot current) {
        super("Someone else changed the plan since the version you started from; it is now at version " + currentVersion
                + ".");
        this.currentVersion = currentVersion;
        this.current = current;
    }

    public long currentVersion() {
        return currentVersion;
    }

    public PlanCodec.Snapshot current() {
        return current;
    }
}

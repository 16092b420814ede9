package org.kmbportal.partnerships;

/**
 * A plan saved from a version that is no longer the latest: someone else saved in between. Nothing was saved; the
 * caller gets the current version and plan, and keeps what they typed.
 */
public class PlanConflict extends RuntimeException {

    private final long currentVersion;
    private final transient PlanCodec.Snapshot current;
    private final transient PlanRevision lastSave;
    private final boolean byCaller;

    public PlanConflict(long currentVersion, PlanCodec.Snapshot current) {
        this(currentVersion, current, null, false);
    }

    /**
     * @param lastSave the revision that made the current version, when there is one (who saved it, and when)
     * @param byCaller whether that was the same account, in another tab or window
     */
    public PlanConflict(long currentVersion, PlanCodec.Snapshot current, PlanRevision lastSave, boolean byCaller) {
        super("Someone else changed the plan since the version you started from; it is now at version " + currentVersion
                + ".");
        this.currentVersion = currentVersion;
        this.current = current;
        this.lastSave = lastSave;
        this.byCaller = byCaller;
    }

    /** The save in the way: its author's name as shown and when it was made, if known. */
    public java.util.Optional<PlanRevision> lastSave() {
        return java.util.Optional.ofNullable(lastSave);
    }

    /** Whether the save in the way was made by the same account (another tab or window). */
    public boolean byCaller() {
        return byCaller;
    }

    public long currentVersion() {
        return currentVersion;
    }

    public PlanCodec.Snapshot current() {
        return current;
    }
}

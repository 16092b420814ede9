package org.kmbportal.matching;

/**
 * A profile saved from a version that is no longer the latest: someone of the organization (or the same account in
 * another tab) saved in between. Nothing was saved; the caller gets the profile as it is now, and keeps their answers.
 */
public class ProfileConflict extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient SavedProfile current;
    private final boolean byCaller;

    ProfileConflict(SavedProfile current, boolean byCaller) {
        super("Someone else saved the organization's profile since the version you started from; it is now at version "
                + current.getVersion() + ".");
        this.current = current;
        this.byCaller = byCaller;
    }

    /** The profile as it is now, with who saved it last and when. */
    public SavedProfile current() {
        return current;
    }

    /** Whether the save in the way was made by the same account (another tab or window). */
    public boolean byCaller() {
        return byCaller;
    }
}

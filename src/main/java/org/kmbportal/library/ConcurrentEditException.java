package org.kmbportal.library;

import jakarta.ejb.ApplicationException;

/**
 * Someone saved the resource after the editor loaded it: their save is refused and nothing changes. Carries what is
 * stored now, so the editor can see what the other person changed.
 */
@ApplicationException(rollback = true)
public class ConcurrentEditException extends LibraryException {

    private final String slug;
    private final transient ResourceContent current;
    private final long currentVersion;

    public ConcurrentEditException(String slug, ResourceContent current, long currentVersion) {
        super(current == null
                ? "'" + slug + "' no longer exists."
                : "'" + slug + "' was changed by someone else since you opened it.");
        this.slug = slug;
        this.current = current;
        this.currentVersion = currentVersion;
    }

    public String slug() {
        return slug;
    }

    /** What is stored now, or null when the resource does not exist (any more). */
    public ResourceContent current() {
        return current;
    }

    public long currentVersion() {
        return currentVersion;
    }
}

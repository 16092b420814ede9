package org.kmbportal.curation;

import jakarta.ejb.ApplicationException;

/** Someone saved the collection after it was opened: the save is refused and nothing changes. */
@ApplicationException(rollback = true)
public class CollectionConflict extends RuntimeException {

    private final String id;
    private final long currentVersion;

    public CollectionConflict(String id, long currentVersion) {
        super("'" + id + "' was changed by someone else since you opened it.");
        this.id = id;
        this.currentVersion = currentVersion;
    }

    /** The collection's id. */
    public String id() {
        return id;
    }

    public long currentVersion() {
        return currentVersion;
    }
}

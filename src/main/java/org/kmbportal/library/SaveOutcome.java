package org.kmbportal.library;

/** What saving a resource did. */
public enum SaveOutcome {
    CREATED, UPDATED, UNCHANGED
}

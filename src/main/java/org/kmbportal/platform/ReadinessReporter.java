package org.kmbportal.platform;

/** A part of the portal that must be ready before the portal reports ready (for instance the search index). */
public interface ReadinessReporter {

    /** A short name for the health report, such as {@code search-index}. */
    String name();

    boolean ready();

    /** One line on the part's state, for the health report. */
    String status();
}

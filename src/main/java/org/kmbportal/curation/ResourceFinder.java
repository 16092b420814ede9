package org.kmbportal.curation;

import java.util.List;
import java.util.Optional;

/**
 * Library resources (not collections) for the words a curator typed, best first. Answered by the search index, which
 * sits above curation; the collection editor asks for it by this interface.
 */
public interface ResourceFinder {

    /** Empty when the words are not a query the index can run (for instance unbalanced quotes). */
    Optional<List<Found>> find(String words, String language, int max);

    /**
     * A resource found, in the reader's language where that version exists (one per resource, as search lists them):
     * the language its title is in, and the language of its other version ({@code null} without one).
     */
    record Found(String id, String title, String type, String language, String alsoIn) {
    }
}

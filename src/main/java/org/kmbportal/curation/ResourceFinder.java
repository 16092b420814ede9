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

    record Found(String id, String title, String type) {
    }
}

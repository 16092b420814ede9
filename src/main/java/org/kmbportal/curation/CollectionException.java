package org.kmbportal.curation;

import java.util.List;

import jakarta.ejb.ApplicationException;

/**
 * A collection change refused for a reason the person can fix (a missing title, a bad address, an unknown
 * collection); {@link #messageKey()} names the message in the bundle and {@link #details()} lists what was wrong.
 * Nothing is changed.
 */
@ApplicationException(rollback = true)
public class CollectionException extends RuntimeException {

    private final String messageKey;
    private final List<String> details;

    public CollectionException(String messageKey, String message, List<String> details) {
        super(message);
        this.messageKey = messageKey;
        this.details = List.copyOf(details);
    }

    public CollectionException(String messageKey, String message) {
        this(messageKey, message, List.of());
    }

    public static CollectionException unknown(String id) {
        return new CollectionException("curation.unknown", "There is no collection with id '" + id
                + "' you may see.");
    }

    public String messageKey() {
        return messageKey;
    }

    public List<String> details() {
        return details;
    }

    /** True when the collection does not exist or the caller may not know it does (answered as 404). */
    public boolean notFound() {
        return messageKey.equals("curation.unknown");
    }
}

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
    private final List<Wording> details;

    public CollectionException(String messageKey, String message, List<String> details) {
        this(messageKey, message, details.stream().map(d -> new Wording(d, null, List.of())).toList(), true);
    }

    private CollectionException(String messageKey, String message, List<Wording> details, boolean worded) {
        super(message);
        this.messageKey = messageKey;
        this.details = List.copyOf(details);
    }

    /** A refusal whose details pages word in the reader's language ({@link #detailsIn}). */
    public static CollectionException worded(String messageKey, String message, List<Wording> details) {
        return new CollectionException(messageKey, message, details, true);
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

    /** What was wrong, in English (the API's words). */
    public List<String> details() {
        return details.stream().map(Wording::english).toList();
    }

    /** What was wrong, in the language ("en", "fr"). */
    public List<String> detailsIn(String language) {
        return details.stream().map(d -> d.in(language)).toList();
    }

    /** True when the collection does not exist or the caller may not know it does (answered as 404). */
    public boolean notFound() {
        return messageKey.equals("curation.unknown");
    }
}

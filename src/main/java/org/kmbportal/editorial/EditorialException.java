package org.kmbportal.editorial;

import java.util.List;

import jakarta.ejb.ApplicationException;

/**
 * A change the workflow refuses, with a message key for pages and plain English for the API; {@link #details()}
 * lists the problems found in the content, if that is why.
 */
@ApplicationException(rollback = true)
public class EditorialException extends RuntimeException {

    private final String messageKey;
    private final transient List<String> details;

    public EditorialException(String messageKey, String englishMessage) {
        this(messageKey, englishMessage, List.of());
    }

    public EditorialException(String messageKey, String englishMessage, List<String> details) {
        super(englishMessage);
        this.messageKey = messageKey;
        this.details = List.copyOf(details);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<String> details() {
        return details;
    }
}

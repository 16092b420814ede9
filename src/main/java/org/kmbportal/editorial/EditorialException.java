package org.kmbportal.editorial;

import java.util.List;

import jakarta.ejb.ApplicationException;

import org.kmbportal.curation.Wording;

/**
 * A change the workflow refuses, with a message key for pages and plain English; {@link #details()} lists the
 * problems found in the content, if that is why, and {@link #detailsIn} words them in another language for the API.
 */
@ApplicationException(rollback = true)
public class EditorialException extends RuntimeException {

    private final String messageKey;
    private final transient List<String> details;
    private final transient List<Wording> worded;

    public EditorialException(String messageKey, String englishMessage) {
        this(messageKey, englishMessage, List.of());
    }

    public EditorialException(String messageKey, String englishMessage, List<String> details) {
        this(messageKey, englishMessage, details.stream().map(d -> new Wording(d, null, List.of())).toList(), true);
    }

    /** The refusal of content with these problems, each with its wording in the bundle (English when it has none). */
    public static EditorialException worded(String messageKey, String englishMessage, List<Wording> problems) {
        return new EditorialException(messageKey, englishMessage, problems, true);
    }

    private EditorialException(String messageKey, String englishMessage, List<Wording> problems, boolean worded) {
        super(englishMessage);
        this.messageKey = messageKey;
        this.details = problems.stream().map(Wording::english).toList();
        this.worded = List.copyOf(problems);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<String> details() {
        return details;
    }

    /** The problems in the language ("en", "fr"): the bundle's words where a problem has a key, else its English. */
    public List<String> detailsIn(String language) {
        return worded.stream().map(w -> w.in(language)).toList();
    }
}

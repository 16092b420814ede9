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
    private final List<String> refusedResources;
    /** The API's headline: its key in the bundle (by default {@code api.} and the message key) and arguments. */
    private String saidKey;
    private List<Object> arguments = List.of();

    public CollectionException(String messageKey, String message, List<String> details) {
        this(messageKey, message, details.stream().map(d -> new Wording(d, null, List.of())).toList(), true);
    }

    private CollectionException(String messageKey, String message, List<Wording> details,
            List<String> refusedResources) {
        super(message);
        this.messageKey = messageKey;
        this.details = List.copyOf(details);
        this.refusedResources = List.copyOf(refusedResources);
    }

    private CollectionException(String messageKey, String message, List<Wording> details, boolean worded) {
        this(messageKey, message, details, List.of());
    }

    /** A refusal whose details pages word in the reader's language ({@link #detailsIn}). */
    public static CollectionException worded(String messageKey, String message, List<Wording> details) {
        return new CollectionException(messageKey, message, details, true);
    }

    /**
     * A refusal worded as {@link #worded(String, String, List)} that names the library resources refused (added while
     * not published), so that the edit page says it beside their rows.
     */
    public static CollectionException worded(String messageKey, String message, List<Wording> details,
            List<String> refusedResources) {
        return new CollectionException(messageKey, message, details, refusedResources);
    }

    /** The ids of the library resources refused because they are not published (added now, not held before). */
    public List<String> refusedResources() {
        return refusedResources;
    }

    /** What was wrong, each with its key in the bundle (pages place some beside their boxes). */
    public List<Wording> wordings() {
        return details;
    }

    public CollectionException(String messageKey, String message) {
        this(messageKey, message, List.of());
    }

    public static CollectionException unknown(String id) {
        return new CollectionException("curation.unknown", "There is no collection with id '" + id
                + "' you may see.");
    }

    /** The refusal with its headline's arguments (the API says it in the caller's language). */
    public CollectionException with(Object... headlineArguments) {
        this.arguments = List.of(headlineArguments);
        return this;
    }

    /** The refusal with the API's headline under another key than {@code api.} and the message key. */
    public CollectionException said(String key, Object... headlineArguments) {
        this.saidKey = key;
        return with(headlineArguments);
    }

    /** The key of the API's headline in the bundle. */
    public String saidKey() {
        return saidKey == null ? "api." + messageKey : saidKey;
    }

    /** The headline's arguments (the id taken, the last position, …), for the bundle's {@link #saidKey()}. */
    public List<Object> arguments() {
        return arguments;
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

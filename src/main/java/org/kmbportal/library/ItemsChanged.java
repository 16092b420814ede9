package org.kmbportal.library;

/**
 * Fired by {@link ChangeLog#record} for a transaction that changed items (resources or collections); observed after
 * it commits, so side effects (such as the search index catching up with the change log) follow at once instead of
 * waiting for their next poll.
 */
public record ItemsChanged(java.util.List<String> itemIds) {
}

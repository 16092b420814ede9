package org.kmbportal.library;

/**
 * Fired after a transaction that changed resources commits, so side effects (such as the search index catching up
 * with the change log) can follow at once instead of waiting for their next poll.
 */
public record ResourceChanged(java.util.List<String> slugs) {
}

package org.kmbportal.search;

/**
 * A reader opened a result of a search made on the search page: the random key of that search (never a session or
 * an account) and the result's rank in the list, 1 for the first. Fired as a CDI event when the reader allows it.
 */
public record SearchResultOpened(String signal, int rank) {
}

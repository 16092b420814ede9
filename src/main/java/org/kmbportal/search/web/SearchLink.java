package org.kmbportal.search.web;

/** A link on the search page (a page number, an order, a filter to remove), and whether it is the current one. */
public record SearchLink(String label, String url, boolean current) {
}

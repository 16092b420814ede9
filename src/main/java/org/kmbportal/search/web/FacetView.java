package org.kmbportal.search.web;

import java.util.List;

/**
 * A facet as the page shows it: a group of checkboxes, one per value with its count.
 *
 * @param name
 *            the form parameter ({@code topic}, {@code type}, ...)
 */
public record FacetView(String name, String title, List<Option> options) {

    /** One value: what the checkbox sends, what it says, how many hits have it, whether it is ticked. */
    public record Option(String value, String label, long count, boolean selected, String id) {
    }
}

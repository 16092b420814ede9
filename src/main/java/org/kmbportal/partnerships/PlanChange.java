package org.kmbportal.partnerships;

import java.util.Locale;

/**
 * One thing a plan revision changed.
 *
 * @param item
 *            the item's id (null for the goals and for the order)
 * @param what
 *            the item's "what" (its new one when it changed), to name it
 * @param field
 *            for a changed item, the field: what, why, lead, due, status, notes, resources or collections
 * @param from
 *            the field's old value (ids separated by spaces for resources and collections), else empty
 * @param to
 *            the field's new value, else empty
 */
public record PlanChange(Kind kind, Long item, String what, String field, String from, String to) {

    /** Added, removed or changed an item, put the items in another order, or changed the goals. */
    public enum Kind {
        ADDED, REMOVED, CHANGED, REORDERED, GOALS;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public PlanChange {
        what = what == null ? "" : what;
        field = field == null ? "" : field;
        from = from == null ? "" : from;
        to = to == null ? "" : to;
    }
}

package org.kmbportal.curation.links;

/** Where a link stands after its checks. */
public enum LinkState {
    /** Not checked yet. */
    UNCHECKED,
    /** Works. */
    OK,
    /** Works, but at a new address: update the link. */
    MOVED,
    /** The last check failed; not yet called broken (it may be a passing outage). */
    FAILING,
    /** Failed check after check: readers will find nothing there. */
    BROKEN,
    /** Not checked: a private or local address, or not http(s). */
    SKIPPED
}

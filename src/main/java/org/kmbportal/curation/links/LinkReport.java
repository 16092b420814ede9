package org.kmbportal.curation.links;

import java.util.List;
import java.util.Optional;

/** A link in use, its latest check (if any), and where it is used: one row of the dashboard. */
public record LinkReport(String url, Optional<LinkCheck> check, List<LinkUse> uses) {

    public LinkState state() {
        return check.map(LinkCheck::getState).orElse(LinkState.UNCHECKED);
    }

    /** Broken first, then failing, moved, unchecked, skipped, working. */
    int severity() {
        return switch (state()) {
            case BROKEN -> 5;
            case FAILING -> 4;
            case MOVED -> 3;
            case UNCHECKED -> 2;
            case SKIPPED -> 1;
            case OK -> 0;
        };
    }
}

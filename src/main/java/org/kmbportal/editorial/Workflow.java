package org.kmbportal.editorial;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.kmbportal.library.PublicationStatus;

/**
 * The states a resource moves through and the moves allowed: draft → in review → published → archived, back to draft
 * from any of them for revision, and a review can send a draft back. Publishing only from review.
 */
public final class Workflow {

    private static final Map<PublicationStatus, Set<PublicationStatus>> NEXT = Map.of(PublicationStatus.DRAFT,
            EnumSet.of(PublicationStatus.IN_REVIEW), PublicationStatus.IN_REVIEW,
            EnumSet.of(PublicationStatus.DRAFT, PublicationStatus.PUBLISHED), PublicationStatus.PUBLISHED,
            EnumSet.of(PublicationStatus.DRAFT, PublicationStatus.ARCHIVED), PublicationStatus.ARCHIVED,
            EnumSet.of(PublicationStatus.DRAFT));

    private Workflow() {
    }

    public static boolean allows(PublicationStatus from, PublicationStatus to) {
        return NEXT.getOrDefault(from, Set.of()).contains(to);
    }

    /** The states a resource in this state can move to, in workflow order. */
    public static Set<PublicationStatus> next(PublicationStatus from) {
        return EnumSet.copyOf(NEXT.getOrDefault(from, EnumSet.noneOf(PublicationStatus.class)));
    }
}

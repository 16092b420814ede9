package org.kmbportal.matching;

/**
 * One reason a resource is (or may not be) right for an organization, tied to a part of its profile.
 *
 * @param facet
 *            the profile's facet the reason is about ({@code topics} for a challenge that names one of the resource's
 *            topics, {@code challenges} for one that does not), or null for a reason about the evidence
 * @param text
 *            for a challenge, the key of the topic it names (never the organization's own words), or null
 * @param explanation
 *            the reason in the reader's language
 */
public record MatchReason(Kind kind, String facet, String text, String explanation) {

    /**
     * Whether the reason speaks for the resource, or warns about it: a warning says it may not fit, a caution that it
     * fits but calls for care in the organization's context.
     */
    public enum Kind {
        FIT, CHALLENGE, EVIDENCE, WARNING, CAUTION
    }

    public boolean warning() {
        return kind == Kind.WARNING || kind == Kind.CAUTION;
    }
}

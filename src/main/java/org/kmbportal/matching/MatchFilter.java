package org.kmbportal.matching;

/**
 * Which of the ranked resources a reader asked to see: one type or every type, and only those made for organizations
 * like theirs or all. Applied while ranking, before the best are kept, so "practice guides" shows the best practice
 * guides rather than the practice guides among the best resources.
 *
 * @param type
 *            a resource type key ({@code practice-guide}), or empty for every type
 * @param fittingOnly
 *            leave out resources whose {@code applies_when} rules the organization out
 */
public record MatchFilter(String type, boolean fittingOnly) {

    static final String COLLECTION = "collection";

    public static final MatchFilter ALL = new MatchFilter("", false);

    /** Public collections only (every other filter leaves them out). */
    public static final MatchFilter COLLECTIONS = new MatchFilter(COLLECTION, false);

    public MatchFilter {
        type = type == null ? "" : type;
    }

    boolean acceptsType(String entryType) {
        return COLLECTION.equals(entryType) ? type.equals(COLLECTION) : type.isEmpty() || type.equals(entryType);
    }

    boolean accepts(Ranker.Scored scored) {
        return acceptsType(scored.entry().type()) && !(fittingOnly && scored.ruledOut());
    }
}

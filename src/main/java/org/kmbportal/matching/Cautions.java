package org.kmbportal.matching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A resource's {@code cautions_when}: contexts in which it still fits, but the reader should be warned ("made for
 * organizations with low staff turnover"). Unlike {@code applies_when}, a caution never rules a resource out and never
 * changes its score: it only adds a visible reason, in the profile's language, for each facet where the organization
 * falls inside the caution. Kept apart from the ranking so that any ranker can add the same reasons.
 */
final class Cautions {

    private final Wording words;

    Cautions(Wording words) {
        this.words = words;
    }

    /**
     * The organization's values that the resource cautions about, by facet; facets the organization did not fill in
     * are unknown and never caution.
     */
    static Map<String, List<String>> applying(Map<String, List<String>> cautions, OrganizationProfile profile) {
        Map<String, List<String>> applying = new LinkedHashMap<>();
        cautions.forEach((facet, values) -> {
            List<String> theirs = profile.values(facet).stream().filter(values::contains).toList();
            if (!theirs.isEmpty()) {
                applying.put(facet, theirs);
            }
        });
        return applying;
    }

    /** One caution reason per facet in which the organization falls inside the resource's cautions. */
    List<MatchReason> reasons(Map<String, List<String>> cautions, OrganizationProfile profile) {
        List<MatchReason> reasons = new ArrayList<>();
        applying(cautions, profile).forEach((facet, theirs) -> reasons.add(new MatchReason(MatchReason.Kind.CAUTION,
                facet, null, words.say("match.caution", Wording.inSentence(words.facet(facet)),
                        words.values(facet, theirs)))));
        return reasons;
    }
}

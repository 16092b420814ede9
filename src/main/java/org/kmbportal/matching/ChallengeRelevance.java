package org.kmbportal.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kmbportal.search.CatalogEntry;
import org.kmbportal.search.ChallengeSearch;

/**
 * How well each resource answers an organization's paragraph. What the paragraph says is no problem ("funding is not
 * an issue", « le recrutement ne pose aucun problème ») is left out of the reading, and a resource about such a topic
 * and none of the needs the paragraph states loses most of its relevance. A long paragraph (background, then several
 * needs) is read twice, whole and as its need-stating clauses alone ({@link StatedNeeds}), each counting half: read
 * whole, its background (the town, the volunteers, the ages) drowns the needs. Parents or families who take part are
 * read as family engagement first ({@link FamilyInvolvement}).
 */
final class ChallengeRelevance {

    /** From how many words a paragraph is read whole and need by need (the short ones are mostly needs already). */
    static final int LONG_FROM = 50;
    /**
     * The share of a long paragraph's relevance that comes from its needs read alone. On the tuning profiles of 100
     * words or more (nDCG@5, with the ranking's challenge weight for long paragraphs at 0.35): 0.537 at 0.5, 0.502 at
     * 0.3, 0.529 at 0.7, 0.479 at 1.0 (needs alone), 0.461 at 0 (whole only). One query per need clause fused (by best
     * score, mean, or reciprocal rank with or without the needs read together) measured 0.48 to 0.53 and costs an
     * embedding per need; with the challenge weight at 0.5, 0.597 here against 0.582 to 0.588 for those. At stop 44,
     * each need clause's ranking fused with this mix by reciprocal rank (constant 5, the mix weighing as much as all
     * the needs) measured 0.743 on all 34 tuning profiles (0.654 on the long ones) against 0.728 (0.610), but put the
     * guides on each need before the studies of the group a paragraph names (NamedGroupsMatchingTest, 22 of 54):
     * not kept.
     */
    static final double NEEDS_SHARE = 0.5;
    /** What remains of the relevance of a resource about only topics the paragraph says are no problem. */
    static final double NO_PROBLEM = 0.3;

    private ChallengeRelevance() {
    }

    /** Each resource's relevance to the paragraph, from 0 to 1 (the best about 1), as {@link ChallengeSearch}. */
    static Map<String, Float> of(ChallengeSearch search, String text, String language, int max) {
        if (text == null || text.isBlank()) {
            return Map.of();
        }
        text = FamilyInvolvement.read(text);
        List<String> denied = StatedNeeds.denied(text);
        String read = denied.isEmpty() ? text : StatedNeeds.withoutDenied(text);
        Map<String, Float> scores = search.relevance(read, max);
        List<String> needs = StatedNeeds.clauses(text);
        if (isLong(text) && !needs.isEmpty()) {
            scores = mix(scores, search.relevance(String.join(" ", needs), max));
        }
        return denied.isEmpty() ? scores : withoutNoProblems(search, scores, denied, needs, language);
    }

    /** Whether the paragraph is long enough to be read need by need, and its challenges weigh more in the ranking. */
    static boolean isLong(String text) {
        return text != null && !text.isBlank() && text.strip().split("\\s+").length >= LONG_FROM;
    }

    private static Map<String, Float> mix(Map<String, Float> whole, Map<String, Float> needs) {
        Map<String, Float> mixed = new HashMap<>();
        whole.forEach((id, s) -> mixed.merge(id, (float) ((1 - NEEDS_SHARE) * s), Float::sum));
        needs.forEach((id, s) -> mixed.merge(id, (float) (NEEDS_SHARE * s), Float::sum));
        return mixed;
    }

    private static Map<String, Float> withoutNoProblems(ChallengeSearch search, Map<String, Float> scores,
            List<String> denied, List<String> needs, String language) {
        Set<String> noProblem = search.namedTopics(String.join(" ", denied), language).keySet();
        Set<String> needed = search.namedTopics(String.join(" ", needs), language).keySet();
        if (noProblem.isEmpty()) {
            return scores;
        }
        Map<String, Float> kept = new HashMap<>(scores);
        for (CatalogEntry entry : search.catalog()) {
            List<String> topics = entry.terms("topics");
            if (kept.containsKey(entry.id()) && topics.stream().anyMatch(noProblem::contains)
                    && topics.stream().noneMatch(needed::contains)) {
                kept.computeIfPresent(entry.id(), (id, s) -> (float) (s * NO_PROBLEM));
            }
        }
        return kept;
    }
}

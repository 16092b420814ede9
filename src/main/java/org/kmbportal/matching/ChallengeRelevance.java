package org.kmbportal.matching;

import java.util.Collection;
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
     * guides on each need before the studies of the group a paragraph names (NamedGroupsMatchingTest, 22 of 54). At
     * stop 45 it is kept for paragraphs that name no group ({@link #fused}).
     */
    static final double NEEDS_SHARE = 0.5;
    /** What remains of the relevance of a resource about only topics the paragraph says are no problem. */
    static final double NO_PROBLEM = 0.3;

    private ChallengeRelevance() {
    }

    /** Each resource's relevance to the paragraph, from 0 to 1 (the best about 1), as {@link ChallengeSearch}. */
    /** Each resource's relevance to the profile's paragraph, the groups it names ranked as a need of their own. */
    static Map<String, Float> of(ChallengeSearch search, Ranker ranker, OrganizationProfile profile, int max) {
        return of(search, profile.challenges(), profile.textLanguage(), max, ChallengeRelevance.isLong(profile
                .challenges()) ? ranker.namedPopulations(profile) : List.of());
    }

    static Map<String, Float> of(ChallengeSearch search, String text, String language, int max) {
        return of(search, text, language, max, List.of());
    }

    /**
     * @param groups
     *            the populations the paragraph names ({@link NamedGroups}): a long paragraph that names none has its
     *            reading fused with each need's own ranking ({@link #fused}); one that names the group it serves is
     *            not, so the guides on each need do not pass the studies of that group (NamedGroupsMatchingTest)
     */
    static Map<String, Float> of(ChallengeSearch search, String text, String language, int max,
            Collection<String> groups) {
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
            if (groups.isEmpty()) {
                scores = fused(search, scores, needs, max);
            }
        }
        return denied.isEmpty() ? scores : withoutNoProblems(search, scores, denied, needs, language);
    }

    /** Whether the paragraph is long enough to be read need by need, and its challenges weigh more in the ranking. */
    static boolean isLong(String text) {
        return text != null && !text.isBlank() && text.strip().split("\\s+").length >= LONG_FROM;
    }

    /**
     * The constant of the reciprocal rank fusion of a long paragraph's reading with each of its needs' rankings. On
     * the tuning profiles (nDCG@5, all 34 / the 12 of 100 words or more): 0.735 / 0.629 at 5, 0.727 / 0.607 at 3, 0.725
     * / 0.597 at 10 (stop 44 and 45).
     */
    static final double FUSION_K = 5;

    /**
     * The paragraph's reading fused by reciprocal rank with each need clause's own ranking, the reading weighing as
     * much as all the needs together. Read whole, a paragraph of several needs gives first the resources on all of
     * them at once (often studies that share its background words) before the guide on each one; each need's own
     * ranking puts that guide first.
     */
    private static Map<String, Float> fused(ChallengeSearch search, Map<String, Float> reading, List<String> needs,
            int max) {
        Map<String, Double> fused = new HashMap<>();
        add(fused, ranked(reading), needs.size());
        for (String need : needs) {
            add(fused, ranked(search.relevance(need, max)), 1.0);
        }
        double best = fused.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        Map<String, Float> scores = new HashMap<>();
        fused.forEach((id, s) -> scores.put(id, (float) (s / best)));
        return scores;
    }

    private static void add(Map<String, Double> fused, List<String> ranked, double weight) {
        for (int i = 0; i < ranked.size(); i++) {
            fused.merge(ranked.get(i), weight / (FUSION_K + i + 1), Double::sum);
        }
    }

    /** The ids, best first (equal scores by id, so that a ranking is the same on every run). */
    private static List<String> ranked(Map<String, Float> scores) {
        return scores.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Float> comparingByValue()
                        .reversed().thenComparing(Map.Entry.<String, Float> comparingByKey()))
                .map(Map.Entry::getKey).toList();
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

package org.kmbportal.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The first places of a long paragraph's ranking shared among the needs it states. Each need clause is searched on its
 * own and scaled to its own best answer ({@link ChallengeRelevance#byNeed}); the ranking's first places are then
 * filled one at a time with the resource that scores best on the ranking (its score, as the ranker gives it: the
 * organization's context, populations, evidence) plus how well it answers the needs that the places already filled
 * leave unanswered. A paragraph asking for screening, training and what to promise a funder gets the guide on each
 * need, not three resources on the one need whose best answer scores highest when the paragraph is read whole.
 * Unlike a fusion of ranks (stops 44 and 45), the ranker's order is kept where no need is left unanswered, and a
 * resource on a need already answered gains nothing.
 */
final class NeedCoverage {

    /**
     * How much the needs left unanswered weigh beside the ranker's score (divided among the needs).
     */
    static final double WEIGHT = 0.5;
    /**
     * How sharply a need's relevance counts: its fourth power, so that the need's best answers count and the many
     * resources that share a few of its words count little.
     */
    static final double SHARPNESS = 4;
    /**
     * How common in the library ({@link CatalogValueCounts#common}) a population the paragraph names may be for the
     * places still to be shared: an age group ("children", « enfants ») is on many items, and a paragraph that names
     * one still gets an answer for each need; a group few items are about is not ({@link #applies}).
     */
    static final double COMMON_GROUP = 0.5;
    /** How many of the ranker's best take part (the places filled are among them). */
    static final int POOL = 50;

    private final double weight;
    private final double sharpness;
    private final boolean withGroup;

    NeedCoverage() {
        this(WEIGHT, SHARPNESS, false);
    }

    NeedCoverage(double weight, double sharpness, boolean withGroup) {
        this.weight = weight;
        this.sharpness = sharpness;
        this.withGroup = withGroup;
    }

    /**
     * Whether the first places are shared among the needs: not when the paragraph names a group few items are about
     * ("our mentees are teens referred after offending"), whose studies come first (NamedGroupsMatchingTest: shared, the
     * guide on each need passed them in 16 of its 54 paragraphs).
     */
    boolean applies(boolean namesGroup) {
        return withGroup || !namesGroup;
    }

    /**
     * The ranking with its first {@code places} chosen for the needs, the rest in the ranker's order.
     *
     * @param ranked
     *            the ranker's best, best first
     * @param needs
     *            each need's relevance, from 0 to 1 (its best answer 1); fewer than two needs change nothing
     */
    List<Ranker.Scored> reorder(List<Ranker.Scored> ranked, List<Map<String, Float>> needs, int places) {
        if (needs.size() < 2 || ranked.size() < 2 || weight <= 0) {
            return ranked;
        }
        List<Ranker.Scored> left = new ArrayList<>(ranked);
        List<Ranker.Scored> chosen = new ArrayList<>(ranked.size());
        double best = Math.max(1e-9, ranked.get(0).score());
        double[] unanswered = new double[needs.size()];
        java.util.Arrays.fill(unanswered, 1.0);
        while (chosen.size() < places && !left.isEmpty()) {
            int pick = 0;
            double pickValue = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < left.size(); i++) {
                String id = left.get(i).entry().id();
                double value = (1 - weight) * left.get(i).score() / best;
                for (int n = 0; n < needs.size(); n++) {
                    value += weight / needs.size() * unanswered[n] * answers(needs.get(n), id);
                }
                if (value > pickValue) {
                    pick = i;
                    pickValue = value;
                }
            }
            Ranker.Scored picked = left.remove(pick);
            for (int n = 0; n < needs.size(); n++) {
                unanswered[n] *= 1 - answers(needs.get(n), picked.entry().id());
            }
            chosen.add(picked);
        }
        chosen.addAll(left);
        return chosen;
    }

    private double answers(Map<String, Float> need, String id) {
        float relevance = need.getOrDefault(id, 0f);
        return relevance <= 0 ? 0 : Math.pow(Math.min(1, relevance), sharpness);
    }
}

package org.kmbportal.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * A long paragraph's sentences weigh by how much their answers agree with the other sentences' answers: the sentences
 * that come back to the paragraph's main need (they find the same resources) weigh more than an aside that finds
 * resources of its own, so the aside's stray words reorder the paragraph's best resources less.
 */
class SentenceAgreementTest {

    private static final int RESOURCES = 20;

    /** Answers of a sentence: mostly the need's resources (the first three), plus noise on a few others. */
    private static double[] about(int[] resources, Random random) {
        double[] answers = new double[RESOURCES];
        for (int r : resources) {
            answers[r] = 0.6 + 0.4 * random.nextDouble();
        }
        for (int i = 0; i < 3; i++) {
            answers[random.nextInt(RESOURCES)] += 0.2 * random.nextDouble();
        }
        return answers;
    }

    @Test
    void sentencesOnTheMainNeedWeighMoreThanAnAside() {
        Random random = new Random(59);
        for (int round = 0; round < 200; round++) {
            List<double[]> answers = new ArrayList<>();
            int needs = 2 + random.nextInt(4);
            for (int i = 0; i < needs; i++) {
                answers.add(about(new int[]{0, 1, 2}, random));
            }
            int asides = 1 + random.nextInt(3);
            for (int i = 0; i < asides; i++) {
                int own = 5 + 4 * i + random.nextInt(3);
                answers.add(about(new int[]{own, own + 1}, random));
            }
            double lightestNeed = 1;
            for (int i = 0; i < needs; i++) {
                lightestNeed = Math.min(lightestNeed, ChallengeRelevance.agreement(answers, i));
            }
            for (int i = needs; i < answers.size(); i++) {
                double aside = ChallengeRelevance.agreement(answers, i);
                assertTrue(aside < lightestNeed, String.format("round %d: aside %d weighs %.3f, a need sentence %.3f",
                        round, i, aside, lightestNeed));
            }
        }
    }

    @Test
    void aSentenceAloneOrSentencesThatAllAgreeWeighOne() {
        double[] one = {0, 0.5, 1, 0};
        assertEquals(1, ChallengeRelevance.agreement(List.of(one), 0), 1e-9);
        assertEquals(1, ChallengeRelevance.agreement(List.of(one, one.clone(), one.clone()), 1), 1e-9);
        assertEquals(0, ChallengeRelevance.agreement(List.of(one, new double[]{1, 0, 0, 1}), 0), 1e-9);
    }
}

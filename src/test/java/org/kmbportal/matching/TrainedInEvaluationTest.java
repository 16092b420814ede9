package org.kmbportal.matching;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.search.CatalogEntry;
import org.kmbportal.search.MatchingFixture;
import org.kmbportal.testing.Gen;

/**
 * Training said of another topic is about that topic: staff "trained in evaluation", « formée en évaluation », "a
 * workshop on outcome measures" name program evaluation, not mentor training. A paragraph about evaluation, with such
 * words, gets evaluation resources among its first five and no reason about mentor training as something it named.
 * Paragraphs are generated, long and short, in English and French.
 */
class TrainedInEvaluationTest {

    private static MatchingFixture library;
    private static MatchingService matching;
    private static Map<String, CatalogEntry> entries;

    private static final Map<String, List<String>> TRAINING = Map.of("en", List.of(
            "Nobody on our team is trained in evaluation.",
            "We would like our coordinator to be trained in evaluation.",
            "None of us has any training in evaluation, and it shows.",
            "Our staff need training on evaluation before the funder's next report.",
            "Could someone train us in evaluation?"), "fr",
            List.of(
                    "Personne dans l’équipe n’est formé en évaluation.",
                    "Notre coordonnatrice aimerait une formation en évaluation.",
                    "Aucun de nous n’a de formation en évaluation, et ça paraît.",
                    "L’équipe a besoin d’une formation sur l’évaluation avant le prochain rapport au bailleur de fonds.",
                    "Qui pourrait nous former en évaluation?"));

    private static final Map<String, List<String>> EVALUATION = Map.of("en", List.of(
            "Our funder now asks us to show outcomes for the youth, not just the number of matches.",
            "We collect attendance sheets but have never measured whether kids are better off.",
            "We do not know which survey to use or how to compare our youth with others.",
            "Our board wants an evaluation of the program by next year.",
            "We run one-to-one matches in three neighbourhoods with about sixty volunteers."), "fr",
            List.of(
                    "Notre bailleur de fonds veut maintenant des résultats pour les jeunes, pas seulement le nombre de jumelages.",
                    "Nous comptons les présences, mais nous n’avons jamais mesuré si les jeunes vont mieux.",
                    "Nous ne savons pas quel questionnaire utiliser ni comment comparer nos jeunes à d’autres.",
                    "Notre conseil d’administration veut une évaluation du programme d’ici l’an prochain.",
                    "Nous jumelons des jeunes avec une soixantaine de bénévoles dans trois quartiers."));

    @BeforeAll
    static void index() {
        library = MatchingFixture.sharedShippedLibrary();
        matching = ShippedMatching.over(library);
        entries = new java.util.HashMap<>();
        library.search().catalog().forEach(e -> entries.put(e.id(), e));
    }

    record Case(OrganizationProfile profile) {
        @Override
        public String toString() {
            return profile.language() + " «" + profile.challenges() + "»";
        }
    }

    static Stream<Case> paragraphs() {
        return Gen.tries("evaluation paragraphs saying training in evaluation", 20, (Random random) -> {
            String language = random.nextBoolean() ? "en" : "fr";
            List<String> sentences = new ArrayList<>(Gen.of(EVALUATION.get(language)).list(1, 4).next(random));
            int times = 1 + random.nextInt(2);
            for (int i = 0; i < times; i++) {
                sentences.add(random.nextInt(sentences.size() + 1), Gen.of(TRAINING.get(language)).next(random));
            }
            return new Case(new OrganizationProfile(Map.of(), String.join(" ", sentences), language));
        });
    }

    @ParameterizedTest(name = "paragraph {index}")
    @MethodSource("paragraphs")
    void trainingInEvaluationIsAboutEvaluation(Case c) {
        String language = c.profile().language();
        assertFalse(library.search().namedTopics(c.profile().challenges(), language).containsKey("mentor-training"),
                "mentor training read in " + c);
        List<Match> top = matching.match(c.profile(), 5);
        assertTrue(top.stream().anyMatch(m -> entries.get(m.id()).terms("topics").contains("program-evaluation")),
                "no evaluation resource in the first five: " + top.stream().map(Match::id).toList() + " for " + c);
        String training = new Wording(library.taxonomy(), language).values("topics", List.of("mentor-training"));
        for (Match m : top) {
            m.reasons().stream().filter(r -> r.kind() == MatchReason.Kind.CHALLENGE).forEach(r -> assertFalse(r
                    .explanation().contains(training), m.id() + ": " + r.explanation() + " for " + c));
        }
    }
}

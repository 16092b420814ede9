package org.kmbportal.matching;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.search.MatchingFixture;
import org.kmbportal.testing.Gen;

/**
 * On the shipped library, a challenge that names what a collection is about finds a collection, written in French as
 * in English: the page's "collections" section is not empty for a French paragraph about evaluating on a small
 * budget, starting a program or supporting another organization (the shipped collections are mostly in English).
 */
class CollectionMatchingTest {

    private static MatchingFixture library;
    private static MatchingService matching;

    /** Sentences that name a collection's subject, the same in both languages. */
    private static final List<List<String>> SUBJECTS = List.of(
            List.of("We want to evaluate our program but we have no evaluator and very little money.",
                    "Nous voulons évaluer notre programme, mais nous n'avons ni évaluateur ni argent."),
            List.of("Our funder now asks for outcome data and we do not know what to measure.",
                    "Notre bailleur de fonds demande maintenant des données sur les résultats et nous ne savons pas quoi mesurer."),
            List.of("We are starting a new mentoring program this year and have no procedures yet.",
                    "Nous lançons un nouveau programme de mentorat cette année et n'avons encore aucune procédure."),
            List.of("We need to recruit and screen volunteer mentors and train them before the first meeting.",
                    "Nous devons recruter et filtrer des mentors bénévoles et les former avant la première rencontre."),
            List.of("A network asked us to coach a smaller community organization and build its capacity.",
                    "Un réseau nous demande d'accompagner un plus petit organisme communautaire et de renforcer sa capacité."),
            List.of("We would like to support a partner organization without making it dependent on us.",
                    "Nous aimerions soutenir un organisme partenaire sans le rendre dépendant de nous."));

    /** Sentences about the organization that name no collection's subject. */
    private static final List<List<String>> CONTEXT = List.of(
            List.of("We are a small team in a rural town.", "Nous sommes une petite équipe dans un village."),
            List.of("Most of our youth are in secondary school.", "La plupart de nos jeunes sont au secondaire."),
            List.of("Our coordinator works part time.", "Notre coordonnatrice travaille à temps partiel."),
            List.of("Families trust us and the school is a good partner.",
                    "Les familles nous font confiance et l'école est une bonne partenaire."),
            List.of("We have about twenty matches.", "Nous avons une vingtaine de jumelages."),
            List.of("Teachers refer students who struggle at school and with their parents.",
                    "Les enseignants nous réfèrent des élèves qui ont des difficultés à l'école et avec leurs parents."),
            List.of("Some matches end early when mentors leave.",
                    "Certains jumelages se terminent tôt quand les mentors partent."),
            List.of("The youth we serve live far from the city and many of them leave care.",
                    "Les jeunes que nous servons vivent loin de la ville et plusieurs quittent un placement."));

    @BeforeAll
    static void index() {
        library = MatchingFixture.sharedShippedLibrary();
        matching = ShippedMatching.over(library);
    }

    /** The same paragraph in both languages: one or two subjects among two to four sentences of context. */
    static Stream<List<String>> paragraphs() {
        Gen<List<Integer>> subjects = Gen.of(0, 1, 2, 3, 4, 5).list(1, 2);
        Gen<List<Integer>> context = Gen.of(0, 1, 2, 3, 4, 5, 6, 7).list(3, 7);
        return Gen.tries("collection paragraphs", 24, random -> {
            List<List<String>> sentences = new ArrayList<>();
            context.next(random).forEach(i -> sentences.add(CONTEXT.get(i)));
            List<Integer> named = subjects.next(random);
            for (int i = 0; i < named.size(); i++) {
                sentences.add(Math.min(sentences.size(), 1 + 2 * i), SUBJECTS.get(named.get(i)));
            }
            StringBuilder english = new StringBuilder();
            StringBuilder french = new StringBuilder();
            sentences.forEach(s -> {
                english.append(s.get(0)).append(' ');
                french.append(s.get(1)).append(' ');
            });
            return List.of(english.toString().strip(), french.toString().strip());
        });
    }

    @ParameterizedTest(name = "try {index}")
    @MethodSource("paragraphs")
    void aChallengeFindsCollectionsInFrenchAsInEnglish(List<String> paragraph) {
        for (String language : List.of("en", "fr")) {
            String text = paragraph.get(language.equals("en") ? 0 : 1);
            OrganizationProfile profile = new OrganizationProfile(Map.of(), text, language);
            List<Match> collections = matching.matchWithCollections(profile, 10, MatchFilter.ALL, 3).collections();
            assertFalse(collections.isEmpty(), language + ": no collection for \"" + text + "\"");
            assertTrue(collections.stream().allMatch(c -> c.reasons().stream().anyMatch(
                    r -> r.kind() == MatchReason.Kind.CHALLENGE)), language + ": " + collections);
        }
    }
}

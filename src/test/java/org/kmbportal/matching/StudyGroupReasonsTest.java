package org.kmbportal.matching;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.search.MatchingFixture;
import org.kmbportal.testing.Gen;

/**
 * An organization that wants an outcome study with a comparison group (« un groupe de comparaison », a control group,
 * a focus group) wrote of a study's design, not of group mentoring: no card says it is "about group mentoring" as
 * something the organization named or wrote about. Paragraphs generated in English and French, with one-to-one
 * programs' context and needs.
 */
class StudyGroupReasonsTest {

    private static MatchingFixture library;
    private static MatchingService matching;

    private static final Map<String, List<String>> STUDY = Map.of("en", List.of(
            "We want to finally run a proper outcome study with a comparison group.",
            "The university nearby offered to help us compare our youth with a control group.",
            "Our funder asks for results against a comparison group of similar schools.",
            "Last year we ran a focus group with parents, and now we need real outcome data."), "fr",
            List.of(
                    "Nous voulons enfin mener une vraie étude des effets avec un groupe de comparaison.",
                    "L’université voisine propose de comparer nos jeunes à un groupe témoin.",
                    "Le bailleur demande des résultats comparés à un groupe de contrôle d’écoles semblables.",
                    "L’an dernier, nous avons tenu un groupe de discussion avec les parents; il nous faut maintenant"
                            + " de vraies données sur les effets."));
    private static final Map<String, List<String>> CONTEXT = Map.of("en", List.of(
            "Our agency runs one-to-one community matches in the city, about 400 of them.",
            "We have a small research and evaluation unit and stable funding.",
            "Two suburbs have asked us to open new sites next year.",
            "Mentors meet their mentee every week for at least a year."), "fr",
            List.of(
                    "Notre organisme offre du mentorat individuel en milieu communautaire, environ 400 jumelages.",
                    "Nous avons une petite équipe de recherche et d’évaluation et un financement stable.",
                    "Deux villes de banlieue nous demandent d’ouvrir de nouveaux sites l’an prochain.",
                    "Les mentors voient leur jeune chaque semaine pendant au moins un an."));

    @BeforeAll
    static void index() {
        library = MatchingFixture.sharedShippedLibrary();
        matching = ShippedMatching.over(library);
    }

    record Case(String text, String language) {
    }

    static Stream<Case> paragraphs() {
        return Gen.tries("a study's comparison group", 24, (Random random) -> {
            String language = random.nextBoolean() ? "en" : "fr";
            List<String> sentences = new ArrayList<>(Gen.of(CONTEXT.get(language)).list(1, 4).next(random));
            sentences.add(random.nextInt(sentences.size() + 1), Gen.of(STUDY.get(language)).next(random));
            return new Case(String.join(" ", sentences), language);
        });
    }

    @ParameterizedTest(name = "paragraph {index}")
    @MethodSource("paragraphs")
    void noCardSaysAStudysGroupIsGroupMentoring(Case c) {
        List<Match> matches = matching.match(new OrganizationProfile(Map.of("program_models", List.of(
                "one-to-one")), c.text(), c.language()), 10);
        String label = Wording.inSentence(library.taxonomy().label("topics", "group-mentoring", c.language()));
        for (Match m : matches) {
            for (MatchReason r : m.reasons()) {
                assertFalse(r.kind() == MatchReason.Kind.CHALLENGE && r.explanation().contains(label), c.text()
                        + " -> " + m.id() + ": " + r.explanation());
            }
        }
    }

    /** Not vacuous: the cards speak to the paragraph (the study it wants) with reasons of their own. */
    @Test
    void theCardsStillSpeakToTheParagraph() {
        long speaking = paragraphs().filter(c -> matching.match(new OrganizationProfile(Map.of(), c.text(), c
                .language()), 10).stream().anyMatch(m -> m.reasons().stream().anyMatch(
                        r -> r
                                .kind() == MatchReason.Kind.CHALLENGE)))
                .count();
        assertTrue(speaking >= 12, speaking + " of 24");
    }
}

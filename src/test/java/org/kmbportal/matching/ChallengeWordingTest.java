package org.kmbportal.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.search.MatchingFixture;
import org.kmbportal.testing.Gen;
import org.kmbportal.web.Messages;

/**
 * A reason says "which you named as a challenge" only for a topic the organization wrote of as a problem or a need: a
 * program model it only says it runs ("We run group mentoring in two schools", « Nous offrons du mentorat de groupe »)
 * is "the model you run" when the profile chose it, else a topic it wrote about; a model it writes of as a problem is
 * named as a challenge. The same for the words of a work-plan item ("Start group mentoring at the school"), which name
 * no challenge at all. Paragraphs and items are generated, in English and French.
 */
class ChallengeWordingTest {

    private static MatchingFixture library;
    private static MatchingService matching;

    /** Sentences that say a model is run, by topic and language. */
    private static final Map<String, Map<String, List<String>>> RUN = Map.of("group-mentoring", Map.of("en", List.of(
            "We run group mentoring for teens in two community centres.",
            "Our program is group mentoring: one mentor meets five youth every week.",
            "Since 2018 we have offered group mentoring after school."), "fr",
            List.of(
                    "Nous offrons du mentorat de groupe à des adolescents dans deux centres communautaires.",
                    "Notre programme est un mentorat de groupe où un mentor rencontre cinq jeunes chaque semaine.",
                    "Depuis 2018, nous offrons du mentorat de groupe après l’école.")),
            "e-mentoring", Map.of("en", List.of("We offer e-mentoring to youth across the region.",
                    "All our pairs meet through e-mentoring on a secure platform."), "fr",
                    List.of(
                            "Nous offrons du mentorat en ligne aux jeunes de toute la région.",
                            "Nos duos se rencontrent en mentorat en ligne sur une plateforme sécurisée.")));
    /** Sentences that say the same model is a problem. */
    private static final Map<String, Map<String, List<String>>> TROUBLE = Map.of("group-mentoring", Map.of("en", List
            .of("Our group mentoring sessions fall apart when mentors miss weeks.",
                    "We struggle to keep group mentoring going past the first month."),
            "fr", List.of(
                    "Nos séances de mentorat de groupe s’effritent quand les mentors manquent des semaines.",
                    "Nous avons du mal à faire durer le mentorat de groupe après le premier mois.")),
            "e-mentoring", Map.of("en", List.of("Our e-mentoring pairs stop writing after a few weeks.",
                    "We do not know how to keep e-mentoring safe."), "fr",
                    List.of(
                            "Nos duos de mentorat en ligne cessent d’écrire après quelques semaines, c’est un problème.",
                            "Nous ne savons pas comment rendre le mentorat en ligne sécuritaire.")));
    /** Problems about other things. */
    private static final Map<String, List<String>> NEEDS = Map.of("en", List.of(
            "Our volunteers quit after a few months and we struggle to recruit new ones.",
            "We have no way to show our funder what changes for the youth.",
            "Families do not trust us yet and rarely come to events.",
            "Our coordinator is leaving and nobody knows the procedures.",
            "Mentors feel unprepared when a teen talks about anxiety."), "fr",
            List.of(
                    "Nos bénévoles partent après quelques mois et nous avons du mal à en recruter.",
                    "Nous ne savons pas comment montrer à notre bailleur de fonds ce qui change pour les jeunes.",
                    "Les familles ne nous font pas encore confiance.",
                    "Notre coordonnatrice part et personne ne connaît les procédures.",
                    "Les mentors se sentent mal préparés quand un jeune parle d’anxiété."));
    private static final Map<String, String> MODEL = Map.of("group-mentoring", "group", "e-mentoring", "e-mentoring");

    @BeforeAll
    static void index() {
        library = MatchingFixture.sharedShippedLibrary();
        matching = ShippedMatching.over(library);
    }

    /** A paragraph, its language, the model it names, whether it names it as a problem, whether the profile has it. */
    record Case(String text, String language, String topic, boolean trouble, boolean chosen) {
    }

    static Stream<Case> paragraphs() {
        return Gen.tries("model named as run or as a problem", 32, (Random random) -> {
            String language = random.nextBoolean() ? "en" : "fr";
            String topic = random.nextBoolean() ? "group-mentoring" : "e-mentoring";
            boolean trouble = random.nextInt(3) == 0;
            List<String> sentences = new ArrayList<>(Gen.of(NEEDS.get(language)).list(1, 4).next(random));
            List<String> model = (trouble ? TROUBLE : RUN).get(topic).get(language);
            sentences.add(random.nextInt(sentences.size() + 1), Gen.of(model).next(random));
            return new Case(String.join(" ", sentences), language, topic, trouble, random.nextBoolean());
        });
    }

    @ParameterizedTest(name = "paragraph {index}")
    @MethodSource("paragraphs")
    void aModelTheOrganizationRunsIsNeverCalledAChallenge(Case c) {
        reasonsNaming(c);
    }

    /** Not vacuous: most paragraphs get a reason that names their model. */
    @Test
    void mostParagraphsGetAReasonNamingTheirModel() {
        List<Case> cases = paragraphs().toList();
        long naming = cases.stream().filter(c -> reasonsNaming(c) > 0).count();
        assertTrue(naming * 2 >= cases.size(), naming + " of " + cases.size());
    }

    /** How many reasons of the ten best name the case's model, each asserted to word it as the case wants. */
    private static int reasonsNaming(Case c) {
        Map<String, List<String>> context = c.chosen()
                ? Map.of("program_models", List.of(MODEL.get(c.topic())))
                : Map.of();
        List<Match> matches = matching.match(new OrganizationProfile(context, c.text(), c.language()), 10);
        String label = Wording.inSentence(library.taxonomy().label("topics", c.topic(), c.language()));
        String expected = say(c.language(), c.trouble()
                ? "match.reason.challengeTopic"
                : c.chosen() ? "match.reason.challengeModel" : "match.reason.challengeWritten", label);
        int said = 0;
        for (Match match : matches) {
            for (MatchReason reason : match.reasons()) {
                if (reason.kind() == MatchReason.Kind.CHALLENGE && c.topic().equals(reason.text())) {
                    assertEquals(expected, reason.explanation(), match.id() + " for: " + c.text());
                    said++;
                }
            }
        }
        return said;
    }

    static Stream<Case> planItems() {
        Gen<String> whatEn = Gen.of("Start group mentoring at the school", "Train mentors on match closure",
                "Plan the program evaluation with the board", "Set up e-mentoring for rural youth",
                "Write a recruitment plan for volunteer mentors");
        Gen<String> whyEn = Gen.of("", "The board approved it in June.", "Part of next year's plan.",
                "So that the coordinator can lead it.");
        Gen<String> whatFr = Gen.of("Lancer le mentorat de groupe à l’école",
                "Former les mentors à la fin des jumelages",
                "Planifier l’évaluation du programme avec le conseil", "Mettre en place le mentorat en ligne",
                "Rédiger un plan de recrutement des mentors bénévoles");
        Gen<String> whyFr = Gen.of("", "Le conseil l’a approuvé en juin.", "Cela fait partie du plan de l’an prochain.",
                "Pour que la coordonnatrice le dirige.");
        return Gen.tries("plan items", 16, (Random random) -> {
            boolean french = random.nextBoolean();
            String text = french
                    ? whatFr.next(random) + " " + whyFr.next(random)
                    : whatEn.next(random) + " " + whyEn.next(random);
            return new Case(text.strip(), french ? "fr" : "en", null, false, false);
        });
    }

    /** "Evidence for this" on a work-plan item: its suggestions are matched from the item's words. */
    @ParameterizedTest(name = "item {index}")
    @MethodSource("planItems")
    void aWorkPlanItemsSuggestionsNeverSayItWasNamedAsAChallenge(Case c) {
        String challenge = c.language().equals("fr") ? "que vous avez nommé" : "named as a challenge";
        List<Match> matches = matching.match(new OrganizationProfile(Map.of(), c.text(), c.language()), 5);
        for (Match match : matches) {
            for (MatchReason reason : match.reasons()) {
                assertFalse(reason.explanation().contains(challenge), reason.explanation()
                        + " for the item: " + c.text());
            }
        }
    }

    private static String say(String language, String key, Object... arguments) {
        return Messages.format(Locale.forLanguageTag(language), key, arguments);
    }
}

package org.kmbportal.matching;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
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
 * A program that says where it runs with the everyday word of another place's label (« du mentorat en milieu rural »,
 * « en milieu communautaire », "community-based mentoring", "faith-based") is not told that a resource is about
 * school-based mentoring "which you wrote about" (« Porte sur le thème « mentorat en milieu scolaire », dont vous
 * parlez »): that topic is spoken of by its place's own word (« scolaire », "school"), not by « milieu » or "based"
 * beside "mentoring", which every model's label has. Paragraphs generated in both languages, on the shipped library.
 */
class AnotherPlaceReasonsTest {

    private static MatchingService matching;

    @BeforeAll
    static void index() {
        matching = ShippedMatching.over(MatchingFixture.sharedShippedLibrary());
    }

    /** Where the program runs, said with « milieu » or "-based" beside mentoring, never of a school. */
    private static final Map<String, List<String>> PLACE = Map.of("fr", List.of(
            "Nous offrons du mentorat en milieu rural depuis six ans",
            "Notre mentorat en milieu communautaire rejoint une trentaine de jeunes",
            "Nous faisons du mentorat en milieu de travail avec des entreprises de la région",
            "Le mentorat en milieu rural demande de longs trajets à nos bénévoles",
            "Nous sommes un programme de mentorat en milieu urbain, dans trois quartiers",
            "C’est un mentorat en milieu communautaire, au centre des loisirs"), "en",
            List.of(
                    "We run community-based mentoring in three small towns",
                    "Ours is a faith-based mentoring program that meets in church halls",
                    "Our mentoring is community-based, with outings every week",
                    "We offer workplace-based mentoring with local employers",
                    "It is a community-based mentoring program for kids in the north end"));

    /** A need that names no school and no school-based mentoring. */
    private static final Map<String, List<String>> NEED = Map.of("fr", List.of(
            "Nos bénévoles abandonnent après quelques mois et nous ne savons pas comment les garder",
            "Nous avons du mal à recruter des mentors",
            "Notre bailleur de fonds veut des résultats et nous n’avons jamais rien mesuré",
            "Les jumelages se terminent sans au revoir"), "en",
            List.of(
                    "Our volunteers drop out after a few months and we do not know how to keep them",
                    "We struggle to recruit mentors",
                    "Our funder wants outcome data and we have never measured anything",
                    "Matches end without a goodbye"));

    private static final Map<String, List<String>> BACKGROUND = Map.of("fr", List.of(
            "Nous sommes une petite équipe de deux employées à temps partiel",
            "Les jeunes ont entre dix et quinze ans",
            "Nos bénévoles sont surtout des retraités"), "en",
            List.of(
                    "We are a small team of two part-time staff",
                    "Our young people are between ten and fifteen",
                    "Most of our volunteers are retirees"));

    record Case(OrganizationProfile profile) {
        @Override
        public String toString() {
            return profile.language() + ": " + profile.challenges();
        }
    }

    private static String one(List<String> options, Random random) {
        return options.get(random.nextInt(options.size()));
    }

    static Stream<Case> paragraphs() {
        return Gen.tries("another place's everyday word", 24, (Random random) -> {
            String language = random.nextBoolean() ? "fr" : "en";
            List<String> sentences = new ArrayList<>(BACKGROUND.get(language).subList(0, random.nextInt(4)));
            sentences.add(one(NEED.get(language), random));
            Collections.shuffle(sentences, random);
            sentences.add(random.nextInt(sentences.size() + 1), one(PLACE.get(language), random));
            String text = String.join(random.nextBoolean() ? ". " : ".\n", sentences) + ".";
            return new Case(new OrganizationProfile(random.nextBoolean()
                    ? Map.of()
                    : Map.of("geography", List.of("rural")), text, language));
        });
    }

    @ParameterizedTest(name = "try {index}")
    @MethodSource("paragraphs")
    void noCardSaysTheParagraphSpeaksOfSchoolBasedMentoring(Case c) {
        for (Match match : matching.match(c.profile(), 10)) {
            for (MatchReason reason : match.reasons()) {
                assertTrue(reason.kind() != MatchReason.Kind.CHALLENGE || !"school-based-mentoring".equals(reason
                        .text()), match.id() + ": \"" + reason.explanation() + "\" for " + c);
            }
        }
    }

    /** Said with the place's own word, it is still spoken of, in both languages. */
    @Test
    void schoolBasedMentoringSaidWithItsPlaceIsStillSpokenOf() {
        for (OrganizationProfile profile : List.of(new OrganizationProfile(Map.of(),
                "Nous offrons du mentorat en milieu scolaire depuis six ans. Nos bénévoles abandonnent après "
                        + "quelques mois.",
                "fr"),
                new OrganizationProfile(Map.of(), "We run school-based mentoring in two schools. Our "
                        + "volunteers drop out after a few months.", "en"))) {
            assertTrue(matching.match(profile, 10).stream().flatMap(m -> m.reasons().stream()).anyMatch(
                    r -> r.kind() == MatchReason.Kind.CHALLENGE && "school-based-mentoring".equals(r.text())),
                    profile.challenges());
        }
    }
}

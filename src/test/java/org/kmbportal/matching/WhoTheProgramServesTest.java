package org.kmbportal.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.library.Taxonomy;
import org.kmbportal.search.MatchingFixture;
import org.kmbportal.testing.Gen;

/**
 * A paragraph names whom the program serves and where it takes place, not who mentors nor what the program is for. A
 * user session got "It is about young adults (18 to 25), as your paragraph is" for "Young adults from the community
 * mentor teenagers aged 13 to 16", « enfants (6 à 11 ans) » for « les parents hésitent à laisser leurs enfants… Nos
 * jeunes ont 13 à 17 ans », "school-based" for "whether the program keeps kids in school. Matches meet at the community
 * hall.", and no 2SLGBTQ+ youth for « des jeunes de la diversité sexuelle et de genre ».
 */
class WhoTheProgramServesTest {

    private static final Taxonomy TAXONOMY = MatchingFixture.sharedShippedLibrary().taxonomy();
    private static final NamedGroups GROUPS = new NamedGroups(TAXONOMY);
    private static final NamedPlaces PLACES = new NamedPlaces(TAXONOMY);

    /** Sentences that name the mentors (or the parents' children), never whom the program serves, by language. */
    private static final Map<String, List<String>> OTHERS = Map.of("en", List.of(
            "Young adults from the community mentor teenagers in the evenings.",
            "Elders and young adults from the community mentor small groups on the land.",
            "Our mentors are young adults, most of them former participants.",
            "Our mentors are university students who leave for internships after one term.",
            "The youth are mentored by young adults from the neighbourhood.",
            "Parents hesitate to leave their children with adults they do not know.",
            "Many parents worry about their children's safety online.",
            "Young adult mentors meet the teens every Tuesday.",
            "Our volunteers are mostly university students (aged 19-24) who stay a few months."), "fr",
            List.of(
                    "Des étudiants universitaires sont nos mentors, mais ils partent souvent en stage.",
                    "Nos mentors sont des jeunes adultes du quartier.",
                    "Des jeunes adultes de la communauté accompagnent les ados comme mentors.",
                    "Les parents hésitent à laisser leurs enfants avec des adultes qu’ils ne connaissent pas.",
                    "Plusieurs parents s’inquiètent pour leurs enfants quand les rencontres finissent tard.",
                    "Les jeunes sont parrainés par des jeunes adultes, qui sont nos marraines et parrains.",
                    "Nos bénévoles sont des étudiants de 19 à 24 ans qui restent quelques mois."));

    /** Sentences that state the age of the young people served, with the age groups of the taxonomy they meet. */
    private static final Map<String, List<Map.Entry<String, List<String>>>> AGES = Map.of("en", List.of(
            Map.entry("We serve teenagers aged 13 to 16.", List.of("early-adolescents", "adolescents")),
            Map.entry("Our youth are between 15 and 17 years old.", List.of("adolescents")),
            Map.entry("The program is for First Nations youth aged 12-17.", List.of("early-adolescents",
                    "adolescents")),
            Map.entry("Most participants are 16 to 18 years old.", List.of("adolescents"))), "fr",
            List.of(
                    Map.entry("Nos jeunes ont de 13 à 17 ans.", List.of("early-adolescents", "adolescents")),
                    Map.entry("Les jeunes, âgés de 15 à 17 ans, viennent de trois villages.", List.of(
                            "adolescents")),
                    Map.entry("Nous accompagnons des ados de 12 à 14 ans.", List.of("early-adolescents")),
                    Map.entry("Nos mentorés sont des ados immigrants de 15 à 17 ans.", List.of("adolescents"))));

    /** Sentences that say nothing of whom the program serves nor where, by language. */
    private static final Map<String, List<String>> ABOUT = Map.of("en", List.of(
            "Funding comes in one-year grants, so every spring we do not know what happens next.",
            "Volunteers stay a few months, then the matches end without a goodbye!",
            "We have no evaluator and no idea whether what we do \"works\"…",
            "Our coordinator works part-time (two days a week, sometimes three)."), "fr",
            List.of(
                    "Notre financement est renouvelé une année à la fois (si tout va bien).",
                    "Les bénévoles restent quelques mois, puis les jumelages finissent sans au revoir…",
                    "Nous n’avons pas d’évaluateur et ne savons pas si ce que nous faisons «\u00a0marche\u00a0».",
                    "Notre coordonnatrice travaille à temps partiel\u00a0: deux jours par semaine."));

    record Paragraph(String language, String text, List<String> ages) {
        @Override
        public String toString() {
            return language + ": " + text + " (ages " + ages + ")";
        }
    }

    static Stream<Paragraph> paragraphs() {
        return Gen.tries("who the program serves", 80, random -> {
            String language = random.nextBoolean() ? "fr" : "en";
            List<String> sentences = new ArrayList<>();
            for (int i = random.nextInt(3); i >= 0; i--) {
                sentences.add(pick(ABOUT.get(language), random));
            }
            for (int i = random.nextInt(2); i >= 0; i--) {
                sentences.add(pick(OTHERS.get(language), random));
            }
            List<String> ages = List.of();
            if (random.nextBoolean()) {
                Map.Entry<String, List<String>> age = pick(AGES.get(language), random);
                sentences.add(age.getKey());
                ages = age.getValue();
            }
            Collections.shuffle(sentences, random);
            return new Paragraph(language, cased(String.join(random.nextBoolean() ? " " : "\n", sentences), random),
                    ages);
        });
    }

    private static String cased(String text, Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> text.toUpperCase(Locale.ROOT);
            case 1 -> text.toLowerCase(Locale.ROOT);
            default -> text;
        };
    }

    private static <T> T pick(List<T> from, Random random) {
        return from.get(random.nextInt(from.size()));
    }

    @ParameterizedTest(name = "try {index}")
    @MethodSource("paragraphs")
    void theMentorsAndTheParentsChildrenAreNotWhomTheProgramServes(Paragraph p) {
        List<String> populations = GROUPS.in(p.text(), p.language()).getOrDefault("populations", List.of());
        assertFalse(populations.contains("young-adults") || populations.contains("children"), p + " gave "
                + populations);
        assertEquals(p.ages(), populations.stream().filter(List.of("children", "early-adolescents", "adolescents",
                "young-adults")::contains).toList(), p + " gave " + populations);
    }

    /** A stated age wins over an age group named in passing. */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("statedAges")
    void anAgeStatedForTheYouthWins(String language, String text, List<String> expected) {
        List<String> populations = GROUPS.in(text, language).getOrDefault("populations", List.of());
        assertEquals(expected, populations.stream().filter(List.of("children", "early-adolescents", "adolescents",
                "young-adults")::contains).toList(), text + " gave " + populations);
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> statedAges() {
        return Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("en",
                        "Young adults from the community mentor teenagers aged 13 to 16.", List.of(
                                "early-adolescents", "adolescents")),
                org.junit.jupiter.params.provider.Arguments.of("fr",
                        "Les parents hésitent à laisser leurs enfants avec des adultes qu’ils ne connaissent pas. Nos jeunes ont 13 à 17 ans.",
                        List.of("early-adolescents", "adolescents")),
                org.junit.jupiter.params.provider.Arguments.of("en",
                        "We work with children and young adults, aged 8 to 10, in two neighbourhoods.", List.of(
                                "children")),
                org.junit.jupiter.params.provider.Arguments.of("fr",
                        "Nous sommes un petit organisme avec une vingtaine de jumelages entre des aînés bénévoles et des enfants de 8 à 12 ans.",
                        List.of("children", "early-adolescents")),
                org.junit.jupiter.params.provider.Arguments.of("en",
                        "We match 10 to 15 volunteers each year with children in grade 3.", List.of("children")));
    }

    /** Sentences that say what the program is for ("keeps kids in school"), not where it takes place. */
    private static final Map<String, List<String>> OUTCOMES = Map.of("en", List.of(
            "The council wants to know whether the program keeps kids in school.",
            "Our goal is that the program helps youth stay in school.",
            "Funders ask if our mentoring helps teens remain in school until they graduate.",
            "We hope the program gets dropouts to return to school."), "fr",
            List.of(
                    "Le programme aide les jeunes à raccrocher à l’école.",
                    "Notre programme aide les jeunes à rester en milieu scolaire jusqu’au diplôme.",
                    "Le conseil veut savoir si notre mentorat aide les jeunes à raccrocher au milieu scolaire."));

    /** Sentences that say the program meets in the community, by language. */
    private static final Map<String, List<String>> IN_COMMUNITY = Map.of("en", List.of(
            "Matches meet at the community hall.",
            "Our matches meet in the community hall on Thursdays.",
            "Group sessions happen in a community kitchen."), "fr",
            List.of(
                    "Les jumelages se rencontrent à la salle communautaire.",
                    "Nos rencontres ont lieu dans la cuisine communautaire du quartier."));

    static Stream<Paragraph> settings() {
        return Gen.tries("outcome is not a setting", 40, random -> {
            String language = random.nextBoolean() ? "fr" : "en";
            List<String> sentences = new ArrayList<>();
            sentences.add(pick(ABOUT.get(language), random));
            sentences.add(pick(OUTCOMES.get(language), random));
            boolean community = random.nextBoolean();
            if (community) {
                sentences.add(pick(IN_COMMUNITY.get(language), random));
            }
            Collections.shuffle(sentences, random);
            return new Paragraph(language, cased(String.join(" ", sentences), random), community
                    ? List.of(
                            "community")
                    : List.of());
        });
    }

    @ParameterizedTest(name = "try {index}")
    @MethodSource("settings")
    void anOutcomeIsNotWhereTheProgramTakesPlace(Paragraph p) {
        List<String> settings = GROUPS.in(p.text(), p.language()).getOrDefault("settings", List.of());
        assertEquals(p.ages(), settings, p + " gave " + settings);
    }

    static Stream<Paragraph> lgbtq() {
        List<String> en = List.of("LGBTQ+ youth", "queer and trans youth", "LGBTQIA+ youth",
                "2SLGBTQI+ young people", "transgender teens");
        List<String> fr = List.of("des jeunes de la diversité sexuelle et de genre", "des jeunes LGBTQ+",
                "des jeunes 2ELGBTQI+", "des jeunes trans et non binaires", "des ados de la diversité de genre");
        return Gen.tries("lgbtq youth", 30, random -> {
            boolean french = random.nextBoolean();
            String group = pick(french ? fr : en, random);
            String text = french
                    ? "Nous accompagnons " + group + ", dont plusieurs vivent en centre jeunesse."
                    : "We mentor " + group + ", many of whom have left home.";
            return new Paragraph(french ? "fr" : "en", cased(pick(ABOUT.get(french ? "fr" : "en"), random) + " "
                    + text, random), List.of("lgbtq-youth"));
        });
    }

    @ParameterizedTest(name = "try {index}")
    @MethodSource("lgbtq")
    void everyWayOfSayingLgbtqYouthNamesThem(Paragraph p) {
        List<String> populations = GROUPS.in(p.text(), p.language()).getOrDefault("populations", List.of());
        assertTrue(populations.contains("lgbtq-youth"), p + " gave " + populations);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inARegion")
    void enRegionIsRural(String text) {
        assertEquals(List.of("rural"), PLACES.in(text, "fr").getOrDefault("geography", List.of()), text);
    }

    static Stream<String> inARegion() {
        return Stream.of("Nous sommes un petit organisme communautaire en région, avec une seule coordonnatrice.",
                "NOUS TRAVAILLONS EN RÉGION, LOIN DE MONTRÉAL.", "Un organisme en région\u00a0: vingt jumelages.");
    }
}

package org.kmbportal.matching;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.search.CatalogEntry;
import org.kmbportal.search.MatchingFixture;
import org.kmbportal.testing.Gen;

/**
 * On the shipped library, an organization whose paragraph (long, either language, odd punctuation) names the group it
 * serves gets that group's resources first, each with a reason that names the group by the taxonomy's label; one whose
 * paragraph names where it works (community, school) gets no resource of another setting in its top three.
 */
class NamedGroupsMatchingTest {

    private static MatchingFixture library;
    private static MatchingService matching;
    private static Map<String, CatalogEntry> entries;

    @BeforeAll
    static void index() {
        library = MatchingFixture.sharedShippedLibrary();
        matching = ShippedMatching.over(library);
        entries = library.search().catalog().stream().collect(Collectors.toMap(CatalogEntry::id, Function
                .identity(), (a, b) -> a));
    }

    /** How readers name each group, in their words rather than the label's, by language and population. */
    private static final Map<String, Map<String, List<String>>> GROUPS = Map.of("en", Map.of("newcomer-youth", List.of(
            "refugee and newly arrived immigrant teenagers", "immigrant teens", "young asylum seekers",
            "REFUGEES (mostly teens)", "newcomer kids & their families", "young migrants"), "indigenous-youth",
            List.of("First Nations teens", "Indigenous young people", "Métis and Inuit teenagers"), "youth-in-care",
            List.of("teens in care", "young people living in care", "foster youth"), "justice-involved", List.of(
                    "justice-involved teens", "teens referred after offending"),
            "youth-with-disabilities", List.of(
                    "teens with disabilities", "young people with a disability"),
            "lgbtq-youth", List.of(
                    "LGBTQ+ teens", "queer and trans teenagers", "2SLGBTQ+ young people")),
            "fr", Map.of("youth-in-care", List.of("jeunes pris en charge par la DPJ", "ados pris en charge",
                    "jeunes placés en famille d’accueil"),
                    "newcomer-youth", List.of("adolescents réfugiés", "jeunes nouveaux arrivants", "ados immigrants",
                            "jeunes demandeurs d’asile")));

    /** Sentences that name no population nor setting; {@code %s} is where the group goes. */
    private static final Map<String, List<String>> ABOUT = Map.of("en", List.of(
            "We run a mentoring program for %s in a mid-sized city.", "Our mentees are %s; many are still learning "
                    + "English...",
            "Most of the young people we serve -- %s -- feel isolated; their families too."),
            "fr", List.of("Nous offrons un programme de mentorat pour des %s dans une ville moyenne.",
                    "Nos mentorés sont des %s\u00a0; plusieurs apprennent encore le français…",
                    "La plupart des jeunes que nous accompagnons, des %s, se sentent isolés, leurs familles aussi."));
    private static final Map<String, List<String>> FILLER = Map.of("en", List.of(
            "Our volunteers are mostly university students (aged 19-24) who stay a few months.",
            "Matches often end without a goodbye, and we do not know how to prepare mentors for that!",
            "We have two part-time staff; one of them leaves in June?!",
            "Mentors ask us for training on how to talk about hard things.",
            "We meet every Thursday evening; attendance drops in winter.",
            "Our funder wants numbers: how many matches last a year, what changes for the mentees.",
            "Last year three mentors quit at once -- nobody told us why.",
            "We would like to do better, but we are not sure where to start."), "fr",
            List.of(
                    "Nos bénévoles sont surtout des étudiants universitaires (19-24 ans) qui restent quelques mois.",
                    "Les jumelages finissent souvent sans au revoir, et nous ne savons pas y préparer les mentors\u00a0!",
                    "Nous avons deux employés à temps partiel\u00a0; l’un d’eux part en juin…",
                    "Les mentors nous demandent une formation pour parler des choses difficiles.",
                    "Nous nous réunissons le jeudi soir\u00a0; la présence baisse l’hiver.",
                    "Notre bailleur veut des chiffres\u00a0: combien de jumelages durent un an, ce qui change pour les jeunes.",
                    "L’an dernier, trois mentors ont abandonné en même temps — personne ne nous a dit pourquoi.",
                    "Nous voudrions faire mieux, mais nous ne savons pas par où commencer."));

    record Case(OrganizationProfile profile, String named) {
        @Override
        public String toString() {
            return profile.language() + " " + named + ": " + profile.challenges();
        }
    }

    /** A paragraph of 100 words or more: sentences that name nothing, shuffled, and one or two naming the group. */
    private static String paragraph(Random random, String language, List<String> naming) {
        List<String> sentences = new ArrayList<>(FILLER.get(language));
        Collections.shuffle(sentences, random);
        int count = 5 + random.nextInt(sentences.size() - 4);
        sentences = new ArrayList<>(sentences.subList(0, count));
        sentences.addAll(naming);
        Collections.shuffle(sentences, random);
        String text = String.join(random.nextBoolean() ? " " : "  \n", sentences);
        while (text.split("\\s+").length < 100) {
            text = text + " " + FILLER.get(language).get(random.nextInt(FILLER.get(language).size()));
        }
        return text;
    }

    static Stream<Case> populations() {
        return Gen.tries("named populations", 30, random -> {
            String language = random.nextInt(3) == 0 ? "fr" : "en";
            List<String> keys = new ArrayList<>(GROUPS.get(language).keySet());
            Collections.sort(keys);
            String population = keys.get(random.nextInt(keys.size()));
            List<String> words = GROUPS.get(language).get(population);
            List<String> about = ABOUT.get(language);
            String naming = String.format(about.get(random.nextInt(about.size())), words.get(random.nextInt(words
                    .size())));
            return new Case(new OrganizationProfile(random.nextBoolean()
                    ? Map.of()
                    : Map.of("organization_size",
                            List.of("small")),
                    paragraph(random, language, List.of(naming)), language), population);
        });
    }

    @ParameterizedTest(name = "try {index}")
    @MethodSource("populations")
    void aParagraphNamingTheGroupItServesGetsThatGroupsResourcesFirstWithAReasonNamingIt(Case c) {
        List<Match> top = matching.match(c.profile(), 3);
        String label = new Wording(library.taxonomy(), c.profile().language()).values("populations", List.of(c
                .named()));
        long forThem = top.stream().filter(m -> entries.get(m.id()).terms("populations").contains(c.named())).count();
        long inLibrary = entries.values().stream().filter(e -> e.terms("populations").contains(c.named())).count();
        assertTrue(entries.get(top.get(0).id()).terms("populations").contains(c.named()) && forThem >= Math.min(2,
                inLibrary), "first three: " + top + " for " + c);
        for (Match m : top) {
            if (entries.get(m.id()).terms("populations").contains(c.named())) {
                assertTrue(m.reasons().stream().anyMatch(r -> !r.warning() && r.explanation().contains(label)),
                        "no reason names " + label + ": " + m.reasons() + " for " + c);
            }
        }
    }

    /** Where organizations say they work, in their words, by language and setting. */
    private static final Map<String, Map<String, List<String>>> PLACES = Map.of("en", Map.of("community", List.of(
            "We are a community organization (not a school program) in a mid-sized city.",
            "Our program runs out of a community centre -- evenings and weekends."), "school",
            List.of(
                    "We are a school-based program: mentors meet students at school, during lunch.",
                    "Everything happens in two high schools; teachers refer the students.")),
            "fr", Map.of(
                    "community", List.of(
                            "Nous sommes un organisme communautaire (pas un programme scolaire) dans une ville moyenne.",
                            "Notre programme se déroule au centre communautaire, le soir et la fin de semaine."),
                    "school", List.of(
                            "Nous sommes un programme en milieu scolaire\u00a0: les mentors rencontrent les élèves à l’école, le midi.",
                            "Tout se passe dans deux écoles secondaires\u00a0; les enseignants nous envoient les élèves.")));

    private static final Map<String, String> CLOSURE = Map.of("en",
            "Our funding ends in June and the program may close: how do we end the matches well?", "fr",
            "Notre financement se termine en juin et le programme pourrait fermer\u00a0: comment bien terminer les jumelages\u00a0?");

    static Stream<Case> settings() {
        return Gen.tries("named settings", 24, random -> {
            String language = random.nextBoolean() ? "fr" : "en";
            String setting = random.nextBoolean() ? "community" : "school";
            List<String> places = PLACES.get(language).get(setting);
            return new Case(new OrganizationProfile(Map.of(), paragraph(random, language, List.of(places.get(random
                    .nextInt(places.size())), CLOSURE.get(language))), language), setting);
        });
    }

    @ParameterizedTest(name = "try {index}")
    @MethodSource("settings")
    void aParagraphNamingWhereItWorksGetsNoResourceOfAnotherSettingInItsTopThree(Case c) {
        List<Match> top = matching.match(c.profile(), 3);
        for (Match m : top) {
            List<String> settings = entries.get(m.id()).terms("settings");
            assertTrue(settings.isEmpty() || settings.contains(c.named()), m.id() + " is for " + settings
                    + ", first three: " + top + " for " + c);
        }
    }
}

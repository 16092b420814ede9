package org.kmbportal.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.library.Taxonomy;
import org.kmbportal.search.MatchingFixture;
import org.kmbportal.testing.Gen;

/**
 * Every population and setting of the shipped taxonomy is named by a paragraph that says its label, in either
 * language, in any case and punctuation; a place denied ("not a school program") or said of people ("university
 * students") names no setting.
 */
class NamedGroupsTest {

    private static final Taxonomy TAXONOMY = MatchingFixture.sharedShippedLibrary().taxonomy();
    private static final NamedGroups GROUPS = new NamedGroups(TAXONOMY);

    record Said(String vocabulary, String term, String language, String text) {
    }

    private static final Map<String, List<String>> AROUND = Map.of("en", List.of(
            "Our matches often end early, and volunteers leave after a few months. We work with %s -- mostly!",
            "%s: that is who we are about; the rest (funding, training, turnover) is a struggle?!",
            "Last year, in a mid-sized town, we started again… with %s."), "fr",
            List.of(
                    "Nos jumelages finissent souvent tôt et les bénévoles partent après quelques mois. Nous travaillons avec «\u00a0%s\u00a0»\u00a0!",
                    "%s\u00a0: c’est pour eux que nous existons\u00a0; le reste (financement, formation) est difficile…",
                    "L’an dernier, dans une ville moyenne, nous avons recommencé… %s."));

    /** For settings: the label is said of where the program works, as a paragraph would. */
    private static final Map<String, List<String>> AROUND_PLACE = Map.of("en", List.of(
            "Our matches often end early, and volunteers leave after a few months. Our program is %s -- mostly!",
            "Our mentoring program: %s; the rest (funding, training, turnover) is a struggle?!",
            "Last year, in a mid-sized town, we started our program again, %s."), "fr",
            List.of(
                    "Nos jumelages finissent souvent tôt et les bénévoles partent après quelques mois. Nous travaillons avec « %s » !",
                    "Notre programme : %s ; le reste (financement, formation) est difficile…",
                    "L’an dernier, dans une ville moyenne, nous avons relancé le programme, %s."));

    static Stream<Said> labels() {
        List<Said> all = new java.util.ArrayList<>();
        for (String vocabulary : NamedGroups.VOCABULARIES) {
            TAXONOMY.vocabulary(vocabulary).orElseThrow().terms().forEach(term -> {
                for (String language : List.of("en", "fr")) {
                    all.add(new Said(vocabulary, term.key(), language, term.label().in(language)));
                }
            });
        }
        return Gen.tries("named group labels", 60, random -> {
            Said said = all.get(random.nextInt(all.size()));
            String label = said.text().replaceAll("\\([^)]*\\)", "").strip();
            label = switch (random.nextInt(3)) {
                case 0 -> label.toUpperCase(Locale.ROOT);
                case 1 -> label.toLowerCase(Locale.ROOT);
                default -> label;
            };
            List<String> around = ("settings".equals(said.vocabulary()) ? AROUND_PLACE : AROUND).get(said
                    .language());
            return new Said(said.vocabulary(), said.term(), said.language(), String.format(around.get(random.nextInt(
                    around.size())), label));
        });
    }

    @ParameterizedTest(name = "try {index}")
    @MethodSource("labels")
    void aParagraphSayingALabelNamesItsTerm(Said said) {
        Map<String, List<String>> named = GROUPS.in(said.text(), said.language());
        assertTrue(named.getOrDefault(said.vocabulary(), List.of()).contains(said.term()), said + " gave " + named);
    }

    @Test
    void aPlaceDeniedOrSaidOfPeopleNamesNoSetting() {
        for (String english : List.of("We are not a school program; our volunteers are university students.",
                "Our mentors are community volunteers and college students, never school staff.")) {
            assertFalse(GROUPS.in(english, "en").containsKey("settings"), english + ": " + GROUPS.in(english, "en"));
        }
        for (String french : List.of("Nous ne sommes pas un programme scolaire\u00a0; nos mentors sont des bénévoles.",
                "Nos mentors sont des étudiants universitaires et des bénévoles communautaires.")) {
            assertFalse(GROUPS.in(french, "fr").containsKey("settings"), french + ": " + GROUPS.in(french, "fr"));
        }
        assertTrue(GROUPS.in("Nous sommes un organisme communautaire, pas scolaire.", "fr").get("settings").equals(
                List.of("community")));
    }

    /** Sentences that say a place's word of something else than where the program works, by language. */
    private static final Map<String, List<String>> IN_PASSING = Map.of("en", List.of(
            "Many of our youth struggle in school, and some have dropped out of school altogether.",
            "We are rooted in a small rural community where everyone knows everyone.",
            "Most of the teens we see are in high school; the school year ends in June.",
            "They spend their evenings online, and some want to go to college or university one day.",
            "Our community has few services for teens, and the nearest city is two hours away.",
            "We are a small volunteer mentoring program in our rural community.",
            "Parents worry about grades, school attendance and what happens after high school."), "fr",
            List.of(
                    "Beaucoup de nos jeunes vivent des difficultés scolaires et certains ont décroché de l’école.",
                    "Nous sommes ancrés dans une petite communauté rurale où tout le monde se connaît.",
                    "La réussite scolaire de nos jeunes inquiète les parents, surtout en fin d’année scolaire.",
                    "Les ados passent leurs soirées en ligne et certains rêvent du cégep ou de l’université.",
                    "Notre communauté offre peu de services aux adolescents et la ville la plus proche est à deux heures."));

    /**
     * What the user sessions wrote: "entirely online" is the online setting; a program in two high schools is
     * school-based, not an after-school program; "in our rural community" is where the organization is, not a
     * community-based program.
     */
    @Test
    void theUserSessionsPlacesAreReadAsWritten() {
        assertEquals(List.of("online"), GROUPS.in("Our program is entirely online.", "en").get("settings"));
        assertEquals(List.of("online"), GROUPS.in("Notre programme est entièrement en ligne.", "fr").get(
                "settings"));
        assertEquals(List.of("school"), GROUPS.in(
                "We run our program in two high schools: mentors meet students at lunch in the school library.", "en")
                .get("settings"));
        assertFalse(GROUPS.in("We are a small volunteer mentoring program in our rural community. Coordinators keep "
                + "leaving and we have no evaluator.", "en").containsKey("settings"));
        assertEquals(List.of("community"), GROUPS.in("We are a community organization in a rural town.", "en").get(
                "settings"));
        assertEquals(List.of("after-school"), GROUPS.in("Our after-school program runs three evenings a week.", "en")
                .get("settings"));
        assertEquals(List.of("after-school"), GROUPS.in("We offer after-school mentoring in a church basement.",
                "en").get("settings"));
    }

    /** Sentences about the program that say nothing of where it works, by language. */
    private static final Map<String, List<String>> ABOUT = Map.of("en", List.of(
            "We are a small program with two staff, and both of them may leave this year.",
            "Volunteers stay a few months, then the matches end without a goodbye.",
            "We have no evaluator and no idea whether what we do works.",
            "Our funding is renewed one year at a time."), "fr",
            List.of(
                    "Nous sommes un petit programme avec deux employées, et les deux pourraient partir cette année.",
                    "Les bénévoles restent quelques mois, puis les jumelages finissent sans au revoir.",
                    "Nous n’avons pas d’évaluateur et ne savons pas si ce que nous faisons fonctionne.",
                    "Notre financement est renouvelé une année à la fois."));

    record Paragraph(String language, String text) {
    }

    static Stream<Paragraph> paragraphsSayingPlacesInPassing() {
        return Gen.tries("places said in passing", 60, random -> {
            String language = random.nextBoolean() ? "fr" : "en";
            List<String> sentences = new java.util.ArrayList<>();
            int count = 2 + random.nextInt(5);
            for (int i = 0; i < count; i++) {
                List<String> from = (i % 2 == 0 ? IN_PASSING : ABOUT).get(language);
                sentences.add(from.get(random.nextInt(from.size())));
            }
            java.util.Collections.shuffle(sentences, random);
            String text = String.join(random.nextBoolean() ? " " : "\n", sentences);
            return new Paragraph(language, random.nextInt(4) == 0 ? text.toUpperCase(Locale.ROOT) : text);
        });
    }

    /**
     * "Struggle in school", "our rural community", « réussite scolaire », « en ligne le soir »: the words of a place
     * said of the youth or the town do not make the program school-based, community-based or online (a paragraph about
     * a rural program's turnover was answered "From the setting your paragraph names: school-based" twenty times).
     */
    @ParameterizedTest(name = "try {index}")
    @MethodSource("paragraphsSayingPlacesInPassing")
    void aPlaceSaidOfSomethingElseNamesNoSetting(Paragraph p) {
        Map<String, List<String>> named = GROUPS.in(p.text(), p.language());
        assertFalse(named.containsKey("settings"), p + " gave " + named);
    }
}

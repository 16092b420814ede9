package org.kmbportal.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.search.MatchingFixture;
import org.kmbportal.testing.Gen;

/**
 * A paragraph names the school setting only where it says the program or its mentoring takes place at school ("our
 * mentoring program runs in three elementary schools", « notre programme se déroule en milieu scolaire »), not where
 * school is a comparison ("involving families feels like a school meeting"), a place the program was or is not ("we
 * used to run the program in schools"), or the time around it ("after the school day", "out-of-school time"). A user
 * session got "From the setting your paragraph names: school-based" and "Evidence from another setting
 * (community-based) than yours (school-based)" for "Involving families feels like a school meeting."
 */
class WhereTheProgramTakesPlaceTest {

    private static final NamedGroups GROUPS = new NamedGroups(MatchingFixture.sharedShippedLibrary().taxonomy());

    /** Sentences that say the program or its mentoring takes place at school, by language. */
    private static final Map<String, List<String>> AT_SCHOOL = Map.of("en", List.of(
            "Our mentoring program runs in three elementary schools.",
            "We are a school-based program with about forty matches.",
            "Everything happens in two local high schools, at lunch.",
            "We offer school-based mentoring to grade 7 students.",
            "Our program takes place at school, once a week, in the library.",
            "Mentors meet their mentees at school during the lunch hour.",
            "The program is held in three local schools from October to May.",
            "We run a school mentoring program: volunteers come in every Wednesday."), "fr",
            List.of(
                    "Notre programme de mentorat se déroule en milieu scolaire.",
                    "Nous offrons du mentorat scolaire dans trois écoles secondaires.",
                    "Notre programme est offert en milieu scolaire, le midi.",
                    "Nous sommes un programme scolaire d’une quarantaine de jumelages.",
                    "Les rencontres ont lieu en milieu scolaire, une fois par semaine.",
                    "Nous travaillons en milieu scolaire avec des élèves de 12 à 14 ans."));

    /**
     * Sentences that say "school" of something else than the program's place: a comparison, a place the program left or
     * is not, the hours around school; by language.
     */
    private static final Map<String, List<String>> SCHOOL_ELSEWHERE = Map.of("en", List.of(
            "Involving families feels like a school meeting.",
            "For parents, our family nights look like a school meeting, so few of them come.",
            "Our matches should not feel like a school program to the kids.",
            "Training mentors is a bit like a school class: they sit and listen.",
            "We used to run the program in schools, but the buses stopped.",
            "Until 2019 our mentoring was offered in two schools.",
            "Our program was previously held in the local school.",
            "Mentors and mentees meet after the school day, on the farm or at the library.",
            "After the school bus drops the kids off, our program starts -- snacks first!",
            "We are an out-of-school program for rural youth.",
            "Our mentoring happens outside school, in the evenings.",
            "Our after-school program keeps kids busy once the school day is over.",
            "The kids come to our program straight from school, tired and hungry.",
            "Many of our kids struggle at school, so our program focuses on homework help and relationships.",
            "We tried holding parent meetings at the school, but nobody came.",
            "Mentoring is like school for some kids -- they hate it at first."), "fr",
            List.of(
                    "Faire participer les familles ressemble à une réunion scolaire.",
                    "Pour les parents, nos soirées familiales ont l’air d’une rencontre scolaire.",
                    "Nos jumelages ne doivent pas ressembler à un programme scolaire.",
                    "Autrefois, notre programme se déroulait en milieu scolaire.",
                    "Auparavant, nos rencontres avaient lieu dans un cadre scolaire.",
                    "Nos jumelages se rencontrent après la journée scolaire, le soir.",
                    "Nous sommes un programme hors du milieu scolaire, pour les jeunes en région.",
                    "Comme une réunion scolaire, nos soirées de parents attirent peu de monde.",
                    "Nous avons essayé des rencontres de parents en milieu scolaire, sans succès.",
                    "Plusieurs jeunes vivent des difficultés scolaires, et notre programme les aide à faire leurs devoirs."));

    /** Sentences about the program that say nothing of where it takes place, by language. */
    private static final Map<String, List<String>> ABOUT = Map.of("en", List.of(
            "We are a small program in a farming region, an hour from the city.",
            "Volunteers stay a few months, then the matches end without a goodbye.",
            "Parents are hard to reach: they work long days in the fields 🚜.",
            "We have no evaluator and no idea whether what we do \"works\".",
            "Our funding is renewed one year at a time (if we are lucky)."), "fr",
            List.of(
                    "Nous sommes un petit organisme en région, à une heure de la ville.",
                    "Les bénévoles restent quelques mois, puis les jumelages finissent sans au revoir.",
                    "Les parents sont difficiles à joindre\u00a0: ils travaillent tard aux champs 🚜.",
                    "Nous n’avons pas d’évaluateur et ne savons pas si ce que nous faisons «\u00a0marche\u00a0».",
                    "Notre financement est renouvelé une année à la fois (si tout va bien)."));

    record Paragraph(String language, String text, boolean atSchool) {
        @Override
        public String toString() {
            return language + (atSchool ? " at school: " : " elsewhere: ") + text;
        }
    }

    static Stream<Paragraph> paragraphs() {
        return Gen.tries("where the program takes place", 120, random -> {
            String language = random.nextBoolean() ? "fr" : "en";
            boolean atSchool = random.nextBoolean();
            List<String> sentences = new ArrayList<>();
            int others = 1 + random.nextInt(4);
            for (int i = 0; i < others; i++) {
                sentences.add(pick(ABOUT.get(language), random));
            }
            int elsewhere = atSchool ? random.nextInt(2) : 1 + random.nextInt(2);
            for (int i = 0; i < elsewhere; i++) {
                sentences.add(pick(SCHOOL_ELSEWHERE.get(language), random));
            }
            if (atSchool) {
                sentences.add(pick(AT_SCHOOL.get(language), random));
            }
            Collections.shuffle(sentences, random);
            String text = String.join(random.nextBoolean() ? " " : "\n", sentences);
            text = switch (random.nextInt(4)) {
                case 0 -> text.toUpperCase(Locale.ROOT);
                case 1 -> text.toLowerCase(Locale.ROOT);
                default -> text;
            };
            return new Paragraph(language, text, atSchool);
        });
    }

    private static String pick(List<String> from, Random random) {
        return from.get(random.nextInt(from.size()));
    }

    @ParameterizedTest(name = "try {index}")
    @MethodSource("paragraphs")
    void schoolIsNamedOnlyWhereTheProgramTakesPlaceThere(Paragraph p) {
        List<String> settings = GROUPS.in(p.text(), p.language()).getOrDefault("settings", List.of());
        assertEquals(p.atSchool(), settings.contains("school"), p + " gave " + settings);
    }

    /** Every sentence alone, so that one that fails is named. */
    static Stream<Paragraph> sentences() {
        List<Paragraph> all = new ArrayList<>();
        AT_SCHOOL.forEach((language, list) -> list.forEach(s -> all.add(new Paragraph(language, s, true))));
        SCHOOL_ELSEWHERE.forEach((language, list) -> list.forEach(s -> all.add(new Paragraph(language, s, false))));
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sentences")
    void eachSentenceAloneIsReadAsWritten(Paragraph p) {
        List<String> settings = GROUPS.in(p.text(), p.language()).getOrDefault("settings", List.of());
        assertEquals(p.atSchool(), settings.contains("school"), p + " gave " + settings);
    }
}

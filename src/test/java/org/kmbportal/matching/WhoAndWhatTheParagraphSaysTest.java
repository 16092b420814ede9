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

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.search.CatalogEntry;
import org.kmbportal.search.MatchingFixture;
import org.kmbportal.testing.Gen;

/**
 * What a user session read wrong on the cards, in paragraphs of 60 to 150 words generated in both languages and read
 * on pages of both: the young adults who mentor teens aged 13 to 16 were named as served ("We pair young adults aged 19
 * to 25 … who mentor teens aged 13 to 16"); "our program keeps kids in school" was named as no topic; "our mentors are
 * mostly parents themselves" was named family engagement; "a youth group asked us to help them" group mentoring.
 */
class WhoAndWhatTheParagraphSaysTest {

    private static MatchingFixture library;
    private static MatchingService matching;
    private static NamedGroups groups;

    @BeforeAll
    static void index() {
        library = MatchingFixture.sharedShippedLibrary();
        matching = ShippedMatching.over(library);
        groups = new NamedGroups(library.taxonomy());
    }

    /** Sentences that say nothing of the four, by language. */
    private static final Map<String, List<String>> CONTEXT = Map.of("en", List.of(
            "We are a small community organization on the east side of the city, with one part-time coordinator.",
            "Funding comes in one-year grants, so every spring we do not know what happens next.",
            "Matches meet once a week for at least a year, mostly in the evenings.",
            "Our coordinator works two days a week (sometimes three) and does everything herself.",
            "We have never had an evaluator and we are not sure what we should measure.",
            "Volunteers stay a few months, then some matches end without a goodbye."), "fr",
            List.of(
                    "Nous sommes un petit organisme communautaire de l’est de la ville, avec une coordonnatrice à temps partiel.",
                    "Notre financement est renouvelé une année à la fois, si tout va bien.",
                    "Les jumelages se rencontrent une fois par semaine pendant au moins un an, surtout le soir.",
                    "Notre coordonnatrice travaille deux jours par semaine et fait presque tout elle-même.",
                    "Nous n’avons jamais eu d’évaluateur et ne savons pas trop quoi mesurer.",
                    "Les bénévoles restent quelques mois, puis certains jumelages finissent sans au revoir."));

    private static String paragraph(String language, String sentence, Random random) {
        List<String> sentences = new ArrayList<>(Gen.of(CONTEXT.get(language)).list(2, 4).next(random));
        Collections.shuffle(sentences, random);
        sentences.add(random.nextInt(sentences.size() + 1), sentence);
        String text = String.join(random.nextBoolean() ? " " : "\n", sentences);
        return random.nextInt(5) == 0 ? text.toLowerCase(Locale.ROOT) : text;
    }

    record Paragraph(String language, String page, String text) {
        @Override
        public String toString() {
            return language + " on a " + page + " page: " + text;
        }
    }

    private static Stream<Paragraph> paragraphs(String name, Map<String, List<String>> frames) {
        return paragraphs(name, frames, true);
    }

    /** @param otherPage whether the paragraph may be read on a page of the other language */
    private static Stream<Paragraph> paragraphs(String name, Map<String, List<String>> frames, boolean otherPage) {
        return Gen.tries(name, 16, (Random random) -> {
            String language = random.nextBoolean() ? "fr" : "en";
            String frame = Gen.of(frames.get(language)).next(random);
            String page = otherPage && random.nextBoolean() ? (language.equals("fr") ? "en" : "fr") : language;
            return new Paragraph(language, page, paragraph(language, frame.formatted(
                    18 + random.nextInt(3), 24 + random.nextInt(2), 12 + random.nextInt(2), 16 + random.nextInt(2)),
                    random));
        });
    }

    /** Young adults of an age who mentor teens of another: %d to %d the mentors, %d to %d the teens. */
    private static final Map<String, List<String>> MENTORS_OF_AN_AGE = Map.of("en", List.of(
            "We pair young adults aged %d to %d from the neighbourhood who mentor teens aged %d to %d.",
            "Our program pairs young adults (aged %d-%d) who mentor teenagers aged %d to %d.",
            "Young adults aged %d to %d mentor teens aged %d to %d in our drop-in space.",
            "We recruit young adults between %d and %d who volunteer to mentor teens aged %d to %d."), "fr",
            List.of(
                    "Nous jumelons de jeunes adultes de %d à %d ans qui mentorent des ados de %d à %d ans.",
                    "De jeunes adultes âgés de %d à %d ans accompagnent des adolescents de %d à %d ans.",
                    "Notre programme jumelle des jeunes adultes (%d à %d ans) qui sont mentors pour des ados de %d à %d ans.",
                    "Des jeunes adultes de %d à %d ans du quartier mentorent des ados de %d à %d ans."));

    static Stream<Paragraph> mentorsOfAnAge() {
        return paragraphs("young adults who mentor teens", MENTORS_OF_AN_AGE);
    }

    @ParameterizedTest(name = "try {index}")
    @MethodSource("mentorsOfAnAge")
    void youngAdultsWhoMentorTeensAreNotWhomTheProgramServes(Paragraph p) {
        List<String> populations = groups.in(p.text(), p.language()).getOrDefault("populations", List.of());
        assertEquals(List.of("early-adolescents", "adolescents"), populations.stream().filter(List.of("children",
                "early-adolescents", "adolescents", "young-adults")::contains).toList(), p + " gave " + populations);
        String youngAdults = Wording.inSentence(library.taxonomy().label("populations", "young-adults", p.page()))
                .toLowerCase(Locale.ROOT);
        for (Match m : matching.match(new OrganizationProfile(Map.of(), p.text(), p.page()), 5)) {
            for (MatchReason r : m.reasons()) {
                assertFalse(r.explanation().toLowerCase(Locale.ROOT).contains(youngAdults), p + " -> " + m.id()
                        + ": " + r.explanation());
            }
        }
    }

    /** Keeping young people in school, said as what the program is for. */
    private static final Map<String, List<String>> STAYING_IN_SCHOOL = Map.of("en", List.of(
            "The board wants to know whether our program keeps kids in school.",
            "Our program keeps kids in school, but we cannot show it to anyone.",
            "We hope our mentoring helps teens stay in school until they graduate.",
            "Funders ask how many of our youth return to school after dropping out.",
            "Most of our mentees had dropped out, and we want to help them go back to school."), "fr",
            List.of(
                    "Le conseil veut savoir si notre programme aide à garder les jeunes à l’école.",
                    "Nous faisons du raccrochage scolaire, mais nous ne savons pas comment le montrer.",
                    "Nous voulons que nos jeunes restent à l’école jusqu’au diplôme.",
                    "Plusieurs de nos jeunes ont décroché et nous voulons les aider à retourner à l’école.",
                    "Le raccrochage scolaire est notre mission, mais les bailleurs de fonds demandent des preuves."));

    static Stream<Paragraph> stayingInSchool() {
        // On a page of the other language, the resources of the paragraph's own are not offered, and the top ten
        // may hold none on school engagement to name: that is the language's matter, not the reading's.
        return paragraphs("keeping kids in school", STAYING_IN_SCHOOL, false);
    }

    @ParameterizedTest(name = "try {index}")
    @MethodSource("stayingInSchool")
    void keepingKidsInSchoolIsNamedAsSchoolEngagement(Paragraph p) {
        assertTrue(matching.search.namedTopics(ParagraphReading.read(p.text()), p.language()).containsKey(
                "academic-outcomes"), p.toString());
        List<Match> first = matching.match(new OrganizationProfile(Map.of(), p.text(), p.page()), 10);
        Map<String, CatalogEntry> entries = new java.util.HashMap<>();
        library.search().catalog().forEach(e -> entries.put(e.id(), e));
        // A card on school engagement names a topic the paragraph wrote about, never only "Close to what you wrote".
        for (Match m : first) {
            if (entries.get(m.id()).terms("topics").contains("academic-outcomes")) {
                assertTrue(
                        m.reasons().stream().noneMatch(r -> r.kind() == MatchReason.Kind.CHALLENGE && r.text() == null),
                        p + " -> " + m.id() + " " + m.reasons());
            }
        }
    }

    /** Mentors who are parents. */
    private static final Map<String, List<String>> PARENT_MENTORS = Map.of("en", List.of(
            "Our mentors are mostly parents themselves.",
            "Many of our volunteers are parents with busy jobs.",
            "Most of our mentors are working parents, so evenings are hard for them.",
            "We recruit parents who volunteer as mentors for other kids in the neighbourhood.",
            "Our parent volunteers often leave after a few months."), "fr",
            List.of(
                    "Nos mentors sont surtout des parents.",
                    "Nos bénévoles sont pour la plupart des parents très occupés.",
                    "Plusieurs parents qui sont mentors chez nous manquent de temps.",
                    "Nos parents bénévoles partent souvent après quelques mois."));

    static Stream<Paragraph> parentMentors() {
        return paragraphs("mentors who are parents", PARENT_MENTORS);
    }

    @ParameterizedTest(name = "try {index}")
    @MethodSource("parentMentors")
    void mentorsWhoAreParentsAreNotFamilyEngagement(Paragraph p) {
        noCardNames("family-engagement", p);
    }

    /** A group that asked the organization for something. */
    private static final Map<String, List<String>> GROUP_THAT_ASKED = Map.of("en", List.of(
            "A youth group asked us to help them start a mentoring program.",
            "Last spring a group of teens approached us about mentoring.",
            "The local youth group contacted us because their members need mentors.",
            "A group of students from the high school wrote to us asking for mentors."), "fr",
            List.of(
                    "Un groupe de jeunes nous a demandé de l’aide pour démarrer un programme de mentorat.",
                    "Un groupe d’élèves nous a contactés pour trouver des mentors.",
                    "Le groupe jeunesse du quartier nous demande d’ouvrir un volet de mentorat.",
                    "Au printemps, un groupe d’ados nous a approchés pour avoir des mentors."));

    static Stream<Paragraph> groupThatAsked() {
        return paragraphs("a group that asked", GROUP_THAT_ASKED);
    }

    @ParameterizedTest(name = "try {index}")
    @MethodSource("groupThatAsked")
    void aGroupThatAskedIsNotGroupMentoring(Paragraph p) {
        noCardNames("group-mentoring", p);
    }

    /** No card says the paragraph named the topic ("About family engagement, which you wrote about"). */
    private static void noCardNames(String topic, Paragraph p) {
        List<Match> first = matching.match(new OrganizationProfile(Map.of(), p.text(), p.page()), 10);
        assertFalse(
                first.stream().anyMatch(m -> m.reasons().stream().anyMatch(r -> r.kind() == MatchReason.Kind.CHALLENGE
                        && topic.equals(r.text()))),
                p + " -> " + reasons(first));
    }

    /** Parents and groups that are the program's, and ages that are the youth's, are read as written. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("asWritten")
    void whatIsTheProgramsIsReadAsWritten(String text, List<int[]> ages) {
        assertEquals(text, PeopleNotTopics.read(text));
        assertEquals(text, StayingInSchool.read(text));
        assertEquals(ages.stream().map(java.util.Arrays::toString).toList(), WhoIsServed.statedAges(text).stream().map(
                java.util.Arrays::toString).toList(), text);
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> asWritten() {
        return Stream.of(
                org.junit.jupiter.params.provider.Arguments.of(
                        "We run group mentoring sessions and the school asked us to add one.", List.of()),
                org.junit.jupiter.params.provider.Arguments.of(
                        "Nous offrons du mentorat de groupe ; une école nous a demandé un deuxième groupe.", List.of()),
                org.junit.jupiter.params.provider.Arguments.of(
                        "Our mentors are trained to call parents every month.", List.of()),
                org.junit.jupiter.params.provider.Arguments.of("Parents who are wary rarely sign the consent form.",
                        List.of()),
                org.junit.jupiter.params.provider.Arguments.of(
                        "Nos mentors appellent les parents chaque mois.", List.of()),
                org.junit.jupiter.params.provider.Arguments.of(
                        "Our volunteers drop out after two months, long before the school year ends.", List.of()),
                org.junit.jupiter.params.provider.Arguments.of(
                        "Le décrochage des bénévoles en cours d’année scolaire nous épuise.", List.of()),
                org.junit.jupiter.params.provider.Arguments.of("Teens aged 13 to 16 meet their mentor every week.",
                        List.<int[]> of(new int[]{13, 16})),
                org.junit.jupiter.params.provider.Arguments.of(
                        "Our teens aged 13 to 16 are mentored by young adults.", List.<int[]> of(new int[]{13, 16})),
                org.junit.jupiter.params.provider.Arguments.of(
                        "We serve teens aged 13 to 16 and mentors come from the college.", List.<int[]> of(
                                new int[]{13, 16})),
                org.junit.jupiter.params.provider.Arguments.of(
                        "Des ados de 13 à 16 ans rencontrent leur mentor chaque semaine.", List.<int[]> of(
                                new int[]{13, 16})));
    }

    private static List<String> reasons(List<Match> matches) {
        return matches.stream().map(m -> m.id() + " " + m.reasons().stream().map(MatchReason::explanation).toList())
                .toList();
    }
}

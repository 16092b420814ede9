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
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.search.CatalogEntry;
import org.kmbportal.search.MatchingFixture;
import org.kmbportal.testing.Gen;

/**
 * Parents or families who take part (« faire participer les parents », « la participation des familles », "parent
 * involvement") are family engagement, not youth voice and participation: no card says the organization named youth
 * participation, and for a French paragraph (where the sessions met it) a resource on family engagement is among the
 * first five. Paragraphs generated in both languages, the family sentence among one to four sentences about a school
 * program.
 */
class FamilyInvolvementTest {

    private static MatchingFixture library;
    private static MatchingService matching;

    private static final Map<String, List<String>> FAMILIES = Map.of("fr", List.of(
            "Nous voulons faire participer les parents davantage, mais ils ne viennent jamais aux soirées.",
            "La participation des familles reste faible malgré nos invitations répétées.",
            "Comment faire participer les familles immigrantes qui travaillent le soir ?",
            "Les parents participent peu, et plusieurs ne savent même pas que leur enfant a un mentor.",
            "L’implication des parents est presque nulle depuis la pandémie.",
            "Il faudrait mieux impliquer les familles dans le jumelage dès le départ."), "en",
            List.of(
                    "We want parents to participate more, but they never come to our evenings.",
                    "Family participation stays low despite our repeated invitations.",
                    "How do we involve families who work evenings?",
                    "Parents rarely take part, and some do not even know their child has a mentor.",
                    "Parent involvement has been close to nothing since the pandemic."));
    private static final Map<String, List<String>> CONTEXT = Map.of("fr", List.of(
            "Notre programme de mentorat individuel se déroule dans deux écoles secondaires de la Montérégie.",
            "Les jumelages durent toute l’année scolaire, à raison d’une heure par semaine.",
            "Nos mentors sont surtout des retraités et des étudiants du cégep voisin.",
            "La direction de l’école nous prête un local le mardi et le jeudi."), "en",
            List.of(
                    "Our one-to-one program runs in two secondary schools on the South Shore.",
                    "Matches last the whole school year, an hour a week.",
                    "Most of our mentors are retirees and students from the nearby college.",
                    "The principal lends us a room on Tuesdays and Thursdays."));

    /** A sentence naming parents or families, then one where a pronoun stands for them, by language. */
    private static final Map<String, List<String>> NAMING_FAMILIES = Map.of("fr", List.of(
            "Les parents viennent rarement aux activités ; on les voit surtout à la remise des bulletins.",
            "Plusieurs familles nouvellement arrivées ne connaissent pas le programme.",
            "Les parents de nos mentorés travaillent souvent le soir…",
            "Nous envoyons des courriels aux familles chaque mois, sans réponse."), "en",
            List.of(
                    "Parents rarely come to our activities; we mostly see them at report-card night.",
                    "Several newly arrived families do not know the program.",
                    "The parents of our mentees often work evenings...",
                    "We email the families every month and get no answer."));
    private static final Map<String, List<String>> PRONOUN = Map.of("fr", List.of(
            "Comment les faire participer davantage ?", "Nous aimerions les impliquer dès le jumelage.",
            "Leur participation reste très faible.",
            "Ils ne participent presque jamais, et nous voulons les mobiliser.",
            "Il faudrait trouver une façon de les faire participer sans les surcharger."), "en",
            List.of(
                    "How do we get them involved?", "We would like to involve them from the first meeting.",
                    "Their participation stays very low.", "They rarely take part, and we want to engage them more."));
    /** The same pronouns after naming the young people: their participation is theirs. */
    private static final Map<String, List<String>> NAMING_YOUTH = Map.of("fr", List.of(
            "Les jeunes nous disent qu’on décide tout à leur place.",
            "Nos ados veulent avoir leur mot à dire sur les activités."), "en",
            List.of(
                    "The young people tell us we decide everything for them.",
                    "Our teens want a say in the activities."));

    @BeforeAll
    static void index() {
        library = MatchingFixture.sharedShippedLibrary();
        matching = ShippedMatching.over(library);
    }

    static Stream<Arguments> paragraphs() {
        return Gen.tries("families taking part", 24, (Random random) -> {
            String language = random.nextInt(3) == 0 ? "en" : "fr";
            List<String> sentences = new ArrayList<>(Gen.of(CONTEXT.get(language)).list(1, 3).next(random));
            sentences.add(random.nextInt(sentences.size() + 1), Gen.of(FAMILIES.get(language)).next(random));
            return Arguments.of(language, String.join(" ", sentences));
        });
    }

    static Stream<Arguments> pronouns() {
        return Gen.tries("families named, then a pronoun", 24, (Random random) -> {
            String language = random.nextInt(3) == 0 ? "en" : "fr";
            List<String> sentences = new ArrayList<>(Gen.of(CONTEXT.get(language)).list(0, 2).next(random));
            sentences.add(Gen.of(NAMING_FAMILIES.get(language)).next(random));
            sentences.add(Gen.of(PRONOUN.get(language)).next(random));
            sentences.addAll(Gen.of(CONTEXT.get(language)).list(0, 1).next(random));
            return Arguments.of(language, String.join(random.nextBoolean() ? " " : "  ", sentences));
        });
    }

    /** « Les parents viennent peu. Comment les faire participer ? » asks for family engagement. */
    @ParameterizedTest(name = "paragraph {index}")
    @MethodSource("pronouns")
    void aPronounForFamiliesTakingPartIsFamilyEngagement(String language, String paragraph) {
        familiesTakingPartAreFamilyEngagement(language, paragraph);
    }

    static Stream<Arguments> youthPronouns() {
        return Gen.tries("young people named, then a pronoun", 12, (Random random) -> {
            String language = random.nextBoolean() ? "en" : "fr";
            return Arguments.of(language, Gen.of(NAMING_YOUTH.get(language)).next(random) + " " + Gen.of(PRONOUN
                    .get(language)).next(random));
        });
    }

    /** After naming the young people, « les faire participer » is theirs: the paragraph is read as written. */
    @ParameterizedTest(name = "paragraph {index}")
    @MethodSource("youthPronouns")
    void aPronounForTheYoungPeopleStaysTheirs(String language, String paragraph) {
        assertTrue(FamilyInvolvement.read(paragraph).equals(paragraph), paragraph + " -> " + FamilyInvolvement.read(
                paragraph));
    }

    @ParameterizedTest(name = "paragraph {index}")
    @MethodSource("paragraphs")
    void familiesTakingPartAreFamilyEngagement(String language, String paragraph) {
        List<Match> first = matching.match(new OrganizationProfile(Map.of(), paragraph, language), 5);
        String youthVoice = Wording.inSentence(library.taxonomy().label("topics", "youth-voice", language));
        for (Match m : first) {
            for (MatchReason r : m.reasons()) {
                assertFalse(r.kind() == MatchReason.Kind.CHALLENGE && r.explanation().contains(youthVoice), paragraph
                        + " -> " + m.id() + ": " + r.explanation());
            }
        }
        if (!language.equals("fr")) {
            return;
        }
        Map<String, CatalogEntry> entries = new java.util.HashMap<>();
        library.search().catalog().forEach(e -> entries.put(e.id(), e));
        assertTrue(first.stream().anyMatch(m -> entries.get(m.id()).terms("topics").contains("family-engagement")),
                paragraph + " -> " + first.stream().map(Match::id).toList());
    }
}

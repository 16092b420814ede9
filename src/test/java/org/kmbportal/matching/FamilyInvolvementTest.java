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

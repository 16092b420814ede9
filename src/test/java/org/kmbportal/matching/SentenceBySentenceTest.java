package org.kmbportal.matching;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import org.kmbportal.search.MatchingFixture;

/**
 * A long paragraph whose sentences come back, each in other words, to one need (coordinators who leave), among
 * sentences about other things: read sentence by sentence, the guide on that need is among the first three, in the page's
 * language, though the paragraph's other words, read whole, bring up other resources too.
 */
class SentenceBySentenceTest {

    private static MatchingService matching;

    @BeforeAll
    static void index() {
        matching = ShippedMatching.over(MatchingFixture.sharedShippedLibrary());
    }

    private static final Map<String, List<String>> TURNOVER = Map.of("en", List.of(
            "Our coordinator resigned in March, the third one in two years.",
            "Every time a staff member leaves, the matches she followed are left without anyone checking in.",
            "We cannot keep coordinators: the pay is low and the hours are long.",
            "When the new coordinator started, she did not know half of the families.",
            "Staff turnover means the mentors lose the person they called when something went wrong.",
            "Nobody wrote down what the last coordinator knew about each match before she left."), "fr",
            List.of(
                    "Notre coordonnatrice a démissionné en mars, la troisième en deux ans.",
                    "Chaque fois qu’une intervenante part, les jumelages qu’elle suivait restent sans personne.",
                    "Nous n’arrivons pas à garder nos coordonnatrices : le salaire est bas et les heures longues.",
                    "Quand la nouvelle coordonnatrice est arrivée, elle ne connaissait pas la moitié des familles.",
                    "Le roulement du personnel prive les mentors de la personne qu’ils appelaient en cas de problème.",
                    "Personne n’a noté ce que l’ancienne coordonnatrice savait de chaque jumelage avant son départ."));

    private static final Map<String, List<String>> ASIDE = Map.of("en", List.of(
            "We run a community mentoring program in a town of about twelve thousand people.",
            "Our volunteers are mostly retired teachers and a few university students.",
            "Most mentees are between eleven and fifteen and are referred by their school.",
            "The matches meet every second week at the library or the arena.",
            "Our board would like a short report on what the program changes for the youth.",
            "Some parents come to the summer barbecue, others we never meet."), "fr",
            List.of(
                    "Nous offrons un programme de mentorat communautaire dans une ville d’environ douze mille habitants.",
                    "Nos bénévoles sont surtout des enseignants retraités et quelques étudiants universitaires.",
                    "La plupart des jeunes ont entre onze et quinze ans et nous sont envoyés par leur école.",
                    "Les jumelages se rencontrent aux deux semaines à la bibliothèque ou à l’aréna.",
                    "Notre conseil voudrait un court rapport sur ce que le programme change pour les jeunes.",
                    "Certains parents viennent au barbecue d’été, d’autres nous ne les voyons jamais."));

    private static final Map<String, String> GUIDE = Map.of("en", "planning-for-staff-turnover", "fr",
            "prevoir-le-roulement-du-personnel");

    static Stream<Arguments> paragraphs() {
        Random random = new Random(56);
        return IntStream.range(0, 12).mapToObj(i -> {
            String language = i % 2 == 0 ? "en" : "fr";
            List<String> turnover = new ArrayList<>(TURNOVER.get(language));
            List<String> aside = new ArrayList<>(ASIDE.get(language));
            Collections.shuffle(turnover, random);
            Collections.shuffle(aside, random);
            List<String> sentences = new ArrayList<>(turnover.subList(0, 3));
            sentences.addAll(aside.subList(0, 4));
            Collections.shuffle(sentences, random);
            return Arguments.of(language, String.join(" ", sentences));
        });
    }

    /**
     * Read whole, 9 of these 12 paragraphs (3 English ones missed) got the guide among their first three; read
     * sentence by sentence, 11 (the one missed: a paragraph whose turnover sentences also speak of matches ending).
     */
    @Test
    void theNeedSeveralSentencesComeBackToIsAmongTheFirstThree() {
        List<String> missed = new ArrayList<>();
        paragraphs().forEach(p -> {
            String language = (String) p.get()[0];
            String paragraph = (String) p.get()[1];
            assertTrue(ChallengeRelevance.isLong(paragraph), paragraph);
            List<String> top = matching.match(new OrganizationProfile(Map.of(), paragraph, language), 3).stream()
                    .map(Match::id).toList();
            if (!top.contains(GUIDE.get(language))) {
                missed.add(language + ": " + top + " for " + paragraph);
            }
        });
        assertTrue(missed.size() <= 1, missed.size() + " of 12 missed:\n" + String.join("\n", missed));
    }
}

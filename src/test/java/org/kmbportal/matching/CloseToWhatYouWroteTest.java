package org.kmbportal.matching;

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
 * "Close to what you wrote" is said only of a resource that is close to the paragraph: one that shares a few of its
 * words (a study of same-race and cross-race matches for a paragraph about volunteers who drop out) says nothing of
 * the paragraph. Paragraphs about volunteer drop-out are generated, in English and French.
 */
class CloseToWhatYouWroteTest {

    private static MatchingFixture library;
    private static MatchingService matching;

    private static final Map<String, List<String>> DROP_OUT = Map.of("en", List.of(
            "Our volunteers drop out after two or three months, long before the year they promised.",
            "Half of the mentors we trained in September were gone by Christmas.",
            "When a volunteer quits, the youth is left waiting for a new match for months.",
            "We do not know why mentors stop coming; they just stop answering our calls.",
            "We are a small program with one coordinator and about forty matches.",
            "Most of our mentors are university students who leave when exams start."), "fr",
            List.of(
                    "Nos bénévoles abandonnent après deux ou trois mois, bien avant l’année promise.",
                    "La moitié des mentors formés en septembre étaient partis à Noël.",
                    "Quand un bénévole abandonne, le jeune attend un nouveau jumelage pendant des mois.",
                    "Nous ne savons pas pourquoi les mentors cessent de venir ; ils ne répondent plus.",
                    "Nous sommes un petit programme avec une coordonnatrice et une quarantaine de jumelages.",
                    "La plupart de nos mentors sont des étudiants qui partent quand les examens commencent."));

    @BeforeAll
    static void index() {
        library = MatchingFixture.sharedShippedLibrary();
        matching = ShippedMatching.over(library);
    }

    record Case(String text, String language) {
    }

    static Stream<Case> paragraphs() {
        return Gen.tries("paragraphs about volunteer drop-out", 16, (Random random) -> {
            String language = random.nextBoolean() ? "en" : "fr";
            List<String> sentences = new ArrayList<>(Gen.of(DROP_OUT.get(language)).list(2, 5).next(random));
            return new Case(String.join(random.nextBoolean() ? " " : "  ", sentences), language);
        });
    }

    private static boolean close(MatchReason reason, String language) {
        String close = "fr".equals(language) ? "Proche de ce que vous avez écrit." : "Close to what you wrote.";
        String about = Messages.format(Locale.forLanguageTag(language), "match.reason.challengeAbout", "\u0000")
                .replaceAll("\u0000.*", "");
        return reason.explanation().equals(close) || reason.explanation().startsWith(about);
    }

    @ParameterizedTest(name = "paragraph {index}")
    @MethodSource("paragraphs")
    void onlyAResourceCloseToTheParagraphIsSaidToBe(Case c) {
        Map<String, Float> relevance = ChallengeRelevance.of(library.search(), c.text(), c.language(),
                MatchingService.CHALLENGE_CANDIDATES);
        for (Match match : matching.match(new OrganizationProfile(Map.of(), c.text(), c.language()), 20)) {
            float r = relevance.getOrDefault(match.id(), 0f);
            for (MatchReason reason : match.reasons()) {
                assertTrue(!close(reason, c.language()) || r >= ChallengeReasons.CLOSE_FROM, match.id()
                        + " (relevance " + r + ") is said close to: " + c.text());
            }
        }
    }
}

package org.kmbportal.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.search.MatchingFixture;
import org.kmbportal.testing.Gen;

/**
 * A small rural program that chose "Rural" (or "Remote and northern") and writes of its winters, its turnover, its
 * school group and its weak internet has the shipped guide made for rural and remote communities scored the same on
 * the French page as on the English one: the guide is in English only (its card says so), and no resource in French is
 * made for such a place, so it is not put below the French ones for its language. The user session of 2026-12-06 had
 * it 11th on the French page, 2nd on the English one. A resource made for another answer of the organization that a
 * French resource is also made for (a small organization), or for an answer that is not where the program runs (no
 * evaluation capacity), still gives way to the French ones on the French page. Paragraphs are generated from sentences
 * in both languages, in any order, with the profile's other answers drawn at random.
 */
class MadeForYourPlaceTest {

    private static final String RURAL_GUIDE = "mentoring-in-rural-and-remote-communities";

    private static MatchingService matching;

    private static final Map<String, List<String>> SENTENCES = Map.of("en", List.of(
            "We are a small program in a farming region, two hours from the nearest city.",
            "Most of our volunteers leave in winter, when the roads close, and come back in May.",
            "Turnover among our two staff is high: we hired three coordinators in four years.",
            "We have no evaluator and no way to show our funder what changes for the youth.",
            "We run group mentoring at the school at lunch, because it is the only place the youth gather.",
            "The internet is too weak here for video calls with mentors who moved away.",
            "How do we keep mentors through the whole year when everyone knows everyone?",
            "Our coordinator drives 300 km a week between the villages to meet the matches."), "fr",
            List.of(
                    "Nous sommes un petit organisme rural en Gaspésie, à deux heures de la ville la plus proche.",
                    "La plupart de nos bénévoles partent l’hiver, quand les routes ferment, et reviennent en mai.",
                    "Le roulement de nos deux employées est élevé : trois coordonnatrices en quatre ans.",
                    "Nous n’avons pas d’évaluateur et aucun moyen de montrer ce qui change pour les jeunes.",
                    "Nous faisons du mentorat de groupe à l’école le midi, le seul endroit où les jeunes se réunissent.",
                    "Internet est trop faible ici pour les appels vidéo avec les mentors partis en ville.",
                    "Comment garder nos mentors toute l’année quand tout le monde se connaît ?",
                    "Notre coordonnatrice fait 300 km par semaine entre les villages pour voir les jumelages."));

    @BeforeAll
    static void index() {
        matching = ShippedMatching.over(MatchingFixture.sharedShippedLibrary());
    }

    record Case(OrganizationProfile profile) {
        @Override
        public String toString() {
            return profile.language() + " " + profile.context() + " «" + profile.challenges() + "»";
        }
    }

    static Stream<Case> ruralPrograms() {
        return Gen.tries("small rural programs", 16, (Random random) -> {
            String language = random.nextBoolean() ? "en" : "fr";
            List<String> sentences = new ArrayList<>(SENTENCES.get(language));
            Collections.shuffle(sentences, random);
            String text = String.join(" ", sentences.subList(0, 4 + random.nextInt(sentences.size() - 3)));
            Map<String, List<String>> context = new LinkedHashMap<>();
            context.put("geography", List.of(random.nextInt(3) == 0 ? "remote" : "rural"));
            if (random.nextBoolean()) {
                context.put("organization_size", List.of("small"));
            }
            if (random.nextBoolean()) {
                context.put("staff_turnover", List.of("high"));
            }
            if (random.nextBoolean()) {
                context.put("evaluation_capacity", List.of("none"));
            }
            if (random.nextBoolean()) {
                context.put("program_models", List.of("group"));
            }
            return new Case(new OrganizationProfile(context, text, language));
        });
    }

    @ParameterizedTest(name = "program {index}")
    @MethodSource("ruralPrograms")
    void theGuideForItsPlaceScoresTheSameOnTheFrenchPage(Case c) {
        double english = score(c.profile(), "en", RURAL_GUIDE);
        double french = score(c.profile(), "fr", RURAL_GUIDE);
        assertEquals(english, french, 0.0005, "the rural guide scores " + french + " on the French page, " + english
                + " on the English one, for " + c);
    }

    /**
     * The English guides made for a small organization (a French guide is too) or for one with no evaluation capacity
     * (not where it runs) score lower on the French page than on the English one, by the language's share.
     */
    @ParameterizedTest(name = "program {index}")
    @MethodSource("ruralPrograms")
    void aGuideMadeForAnotherAnswerStillGivesWayOnTheFrenchPage(Case c) {
        Map<String, List<String>> context = new LinkedHashMap<>(c.profile().context());
        context.put("organization_size", List.of("small"));
        context.put("evaluation_capacity", List.of("none"));
        // Not ruled out by a program model it was not made for: only the language tells the pages apart.
        context.remove("program_models");
        OrganizationProfile profile = new OrganizationProfile(context, c.profile().challenges(), c.profile()
                .language());
        for (String guide : List.of("monthly-match-support-contacts", "choosing-outcome-measures")) {
            double english = score(profile, "en", guide);
            double french = score(profile, "fr", guide);
            assertTrue(english - french > 0.05, guide + " scores " + french + " on the French page, " + english
                    + " on the English one, for " + c);
        }
    }

    /** The resource's score in the profile's matches read on the page in that language. */
    private static double score(OrganizationProfile profile, String page, String id) {
        return matching.match(new OrganizationProfile(profile.context(), profile.challenges(), page), 50).stream()
                .filter(m -> m.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(
                        "no " + id + " on the " + page + " page for " + profile))
                .score();
    }

    /**
     * The guide's card says first that it was made for the organization's place, unless a need the paragraph states
     * is one of its topics ("About e-mentoring, which you named as a challenge"), and always within its reasons.
     */
    @ParameterizedTest(name = "program {index}")
    @MethodSource("ruralPrograms")
    void itsCardSaysFirstThePlaceItWasMadeFor(Case c) {
        Match guide = matching.match(c.profile(), 20).stream().filter(m -> m.id().equals(RURAL_GUIDE)).findFirst()
                .orElseThrow(() -> new AssertionError("no rural guide for " + c));
        List<MatchReason> reasons = guide.reasons();
        int place = reasons.stream().map(MatchReason::facet).toList().indexOf("geography");
        assertTrue(place >= 0, "no place among " + reasons + " for " + c);
        String said = Wording.inSentence(MatchingFixture.sharedShippedLibrary().taxonomy().label("geography", c
                .profile().values("geography").get(0), c.profile().language()));
        assertTrue(reasons.get(place).explanation().contains(said), reasons.get(place) + " does not name " + said);
        for (MatchReason before : reasons.subList(0, place)) {
            assertTrue(before.kind() == MatchReason.Kind.CHALLENGE && before.text() != null && before.explanation()
                    .contains(NAMED.get(c.profile().language())), before + " comes before the place for " + c);
        }
    }

    private static final Map<String, String> NAMED = Map.of("en", "named as a challenge", "fr", "nommé");
}

package org.kmbportal.matching;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.library.Taxonomy;
import org.kmbportal.search.MatchingFixture;
import org.kmbportal.testing.Gen;

/**
 * Every resource on the list says at most three reasons it is there, in the reader's language, whatever the paragraph:
 * long, odd, in either language, or empty; one whose topic the organization ticked says at least one (a card with
 * nothing true of the profile to say says nothing rather than name a topic it never touched: TrueReasonsTest); and a label that begins with a name keeps its capital inside
 * a sentence ("About Indigenous youth, whom you serve"). Profiles and paragraphs are generated.
 */
class EveryCardHasAReasonTest {

    private static MatchingFixture library;
    private static MatchingService matching;
    private static Taxonomy taxonomy;

    private static final Map<String, List<String>> SENTENCES = Map.of("en", List.of(
            "We are a small team in a town two hours from the city, and we have run one-to-one matches for six years.",
            "Our mentors are mostly retirees and university students who come and go with the seasons.",
            "We want to start a youth advisory group but the kids say our activities feel designed by adults.",
            "Our coordinators have too many matches each and we lose one almost every year.",
            "The school board keeps asking for numbers on attendance and grades, and we have none.",
            "Honestly we don't know whether our volunteers keep meeting once the first month is over.",
            "A foundation gave us a two-year grant and we have no idea what happens after it ends.",
            "Many of the young people we see are anxious, some are in foster care, a few are on probation."), "fr",
            List.of(
                    "Nous sommes une petite équipe en région, à deux heures de la ville, et nous jumelons depuis six ans.",
                    "Nos mentors sont surtout des retraités et des étudiants qui partent au gré des sessions.",
                    "Nous voudrions un comité de jeunes, mais les jeunes trouvent nos activités pensées par des adultes.",
                    "Nos intervenantes suivent trop de jumelages et nous en perdons une presque chaque année.",
                    "La commission scolaire demande des chiffres sur l’assiduité et les notes, et nous n’en avons pas.",
                    "Honnêtement, nous ne savons pas si les bénévoles continuent de se voir après le premier mois.",
                    "Une fondation nous a donné une subvention de deux ans et nous ne savons pas ce qui vient après.",
                    "Beaucoup de jeunes sont anxieux, certains sont placés en famille d’accueil, d’autres en probation."));

    private static final List<String> ODD = List.of("!!!", "???", "ÇA NE MARCHE PLUS.", "WE NEED HELP NOW.", "😟🙏",
            "(see our 2023 report, p. 12)", "— — —", "ok ok ok ok", "mentoring mentoring mentoring", "1) 2) 3)",
            "« »", "don't/can't/won't", "N/A", "l’évaluation d’l’évaluation", "x".repeat(40));

    @BeforeAll
    static void index() {
        library = MatchingFixture.sharedShippedLibrary();
        matching = ShippedMatching.over(library);
        taxonomy = library.taxonomy();
    }

    record Case(OrganizationProfile profile) {
        @Override
        public String toString() {
            return profile.language() + " " + profile.context() + " «" + profile.challenges() + "»";
        }
    }

    private static List<String> some(Random random, String vocabulary, int max) {
        List<String> keys = new ArrayList<>(taxonomy.vocabulary(vocabulary).orElseThrow().terms().stream().map(
                t -> t.key()).toList());
        java.util.Collections.shuffle(keys, random);
        return List.copyOf(keys.subList(0, 1 + random.nextInt(max)));
    }

    static Stream<Case> profiles() {
        taxonomy = MatchingFixture.sharedShippedLibrary().taxonomy();
        return Gen.tries("profiles with long and odd paragraphs", 24, (Random random) -> {
            String language = random.nextBoolean() ? "en" : "fr";
            // The paragraph in the page's language or the other one: organizations write in either.
            String written = random.nextInt(4) == 0 ? ("en".equals(language) ? "fr" : "en") : language;
            Map<String, List<String>> context = new LinkedHashMap<>();
            for (String facet : List.of("program_models", "populations", "settings", "topics")) {
                if (random.nextBoolean()) {
                    context.put(facet, some(random, facet, 3));
                }
            }
            List<String> sentences = new ArrayList<>();
            int count = random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(14);
            for (int i = 0; i < count; i++) {
                sentences.add(random.nextInt(4) == 0
                        ? Gen.of(ODD).next(random)
                        : Gen.of(SENTENCES.get(written))
                                .next(random));
            }
            String text = String.join(random.nextBoolean() ? " " : "\n", sentences);
            return new Case(new OrganizationProfile(context, text.length() > 2000 ? text.substring(0, 2000) : text,
                    language));
        });
    }

    @ParameterizedTest(name = "profile {index}")
    @MethodSource("profiles")
    void everyResourceSaysWhyItIsThere(Case c) {
        List<Match> matches = matching.match(c.profile(), 30);
        assertFalse(matches.isEmpty(), c.toString());
        for (Match match : matches) {
            long reasons = match.reasons().stream().filter(r -> !r.warning()).count();
            assertTrue(reasons <= Ranker.MAX_REASONS, match.id() + " gives " + reasons + " reasons: " + match
                    .reasons() + " for " + c);
            // A card says no reason only when none is true of the profile (TrueReasonsTest): not when the
            // organization ticked one of its topics.
            if (reasons == 0) {
                List<String> topics = library.search().catalog().stream().filter(e -> e.id().equals(match.id()))
                        .findFirst().orElseThrow().terms("topics");
                assertTrue(java.util.Collections.disjoint(topics, c.profile().values("topics")), match.id()
                        + " gives no reason though the profile ticked one of its topics " + topics + ": " + c);
            }
            match.reasons().forEach(r -> assertFalse(r.explanation().isBlank(), match.id() + ": " + r));
        }
    }

    static Stream<Case> indigenousYouth() {
        taxonomy = MatchingFixture.sharedShippedLibrary().taxonomy();
        return Gen.tries("programs for Indigenous youth", 8, (Random random) -> {
            Map<String, List<String>> context = new LinkedHashMap<>();
            List<String> populations = new ArrayList<>(some(random, "populations", 2));
            populations.remove("indigenous-youth");
            populations.add(random.nextInt(populations.size() + 1), "indigenous-youth");
            context.put("populations", populations);
            if (random.nextBoolean()) {
                context.put("program_models", some(random, "program_models", 2));
            }
            String text = String.join(" ", Gen.of(SENTENCES.get("en")).list(0, 4).next(random));
            return new Case(new OrganizationProfile(context, text, "en"));
        });
    }

    @ParameterizedTest(name = "profile {index}")
    @MethodSource("indigenousYouth")
    void aNameKeepsItsCapitalInAReason(Case c) {
        for (Match match : matching.match(c.profile(), 30)) {
            for (MatchReason reason : match.reasons()) {
                assertFalse(reason.explanation().contains("indigenous"), match.id() + ": " + reason.explanation());
            }
        }
    }

    /** The labels as the reasons write them: a name stays as written, a common first word is lower-cased. */
    @org.junit.jupiter.api.Test
    void labelsReadInsideASentence() {
        Wording english = new Wording(taxonomy, "en");
        Wording french = new Wording(taxonomy, "fr");
        org.junit.jupiter.api.Assertions.assertEquals("Indigenous youth", english.values("populations", List.of(
                "indigenous-youth")));
        org.junit.jupiter.api.Assertions.assertEquals("newcomer and refugee youth, or Indigenous youth", english
                .values("populations", List.of("newcomer-youth", "indigenous-youth")));
        org.junit.jupiter.api.Assertions.assertEquals("group mentoring", english.values("topics", List.of(
                "group-mentoring")));
        org.junit.jupiter.api.Assertions.assertEquals("jeunes autochtones", french.values("populations", List.of(
                "indigenous-youth")));
        // « Premières Nations » is a name; « Premières années » is not.
        org.junit.jupiter.api.Assertions.assertEquals("premières années de fonctionnement", french.values(
                "program_stage", List.of("early")));
        org.junit.jupiter.api.Assertions.assertEquals("2SLGBTQ+ youth", english.values("populations", List.of(
                "lgbtq-youth")));
    }
}

package org.kmbportal.matching;

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
 * A card states each of the organization's facet values once and gives at most three reasons for: a program model the
 * resource was made for is not said again as "the kind of program you run" (« Conçu pour des organismes comme le
 * vôtre — modèles de programme : mentorat de groupe » and « Issu du type de programme que vous offrez : mentorat de
 * groupe »). Profiles and paragraphs are generated, in English and French.
 */
class ReasonsOnACardTest {

    private static MatchingFixture library;
    private static MatchingService matching;
    private static Taxonomy taxonomy;

    private static final Map<String, List<String>> SENTENCES = Map.of("en", List.of(
            "Our volunteers drop out after a few months and matches end early.",
            "We run group mentoring for young teens after school, twice a week, in a small town.",
            "Mentors feel unprepared when a youth talks about anxiety or trouble at home.",
            "We have no way to show our funder what changes for the youth we serve.",
            "Families rarely come to our events and do not know what mentoring is.",
            "Our coordinator is leaving and nobody else knows how matches are supervised."), "fr",
            List.of(
                    "Nos bénévoles abandonnent après quelques mois et les jumelages finissent tôt.",
                    "Nous offrons du mentorat de groupe à de jeunes adolescents après l’école, deux fois par semaine.",
                    "Les mentors se sentent mal préparés quand un jeune parle d’anxiété ou de difficultés familiales.",
                    "Nous ne savons pas comment montrer à notre bailleur de fonds ce qui change pour les jeunes.",
                    "Les familles viennent rarement à nos activités et ne savent pas ce qu’est le mentorat.",
                    "Notre coordonnatrice part et personne d’autre ne sait comment les jumelages sont suivis."));

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
        return Gen.tries("profiles with models and groups", 24, (Random random) -> {
            String language = random.nextBoolean() ? "en" : "fr";
            Map<String, List<String>> context = new LinkedHashMap<>();
            context.put("program_models", some(random, "program_models", 2));
            if (random.nextBoolean()) {
                context.put("populations", some(random, "populations", 2));
            }
            if (random.nextBoolean()) {
                context.put("settings", some(random, "settings", 2));
            }
            String text = random.nextInt(4) == 0
                    ? ""
                    : String.join(" ", Gen.of(SENTENCES.get(language)).list(1, 4)
                            .next(random));
            return new Case(new OrganizationProfile(context, text, language));
        });
    }

    @ParameterizedTest(name = "profile {index}")
    @MethodSource("profiles")
    void aCardStatesEachValueOnce(Case c) {
        for (Match match : matching.match(c.profile(), 20)) {
            List<MatchReason> fits = match.reasons().stream().filter(r -> r.kind() == MatchReason.Kind.FIT).toList();
            for (String facet : List.of("program_models", "populations", "settings")) {
                for (String value : c.profile().values(facet)) {
                    String label = Wording.inSentence(taxonomy.label(facet, value, c.profile().language()));
                    long saying = fits.stream().filter(r -> facet.equals(r.facet()) && r.explanation().contains(
                            label)).count();
                    assertTrue(saying <= 1, match.id() + " says «" + label + "» " + saying + " times: "
                            + match.reasons() + " for " + c);
                }
            }
            assertTrue(match.reasons().stream().filter(r -> !r.warning()).count() <= Ranker.MAX_REASONS, match.id()
                    + ": " + match.reasons());
        }
    }

    private static final Map<String, List<String>> GROUP = Map.of("en", List.of(
            "We mentor early adolescents, 11 to 14 years old, in a mid-sized town.",
            "Our mentees are young teens between eleven and fourteen; EARLY ADOLESCENTS, mostly.",
            "All of our youth are early adolescents (11-14) who live far from the centre."), "fr",
            List.of(
                    "Nous accompagnons de jeunes adolescents de 11 à 14 ans dans une ville moyenne.",
                    "Nos mentorés sont de JEUNES ADOLESCENTS, entre onze et quatorze ans, surtout.",
                    "Tous nos jeunes sont de jeunes adolescents (11 à 14 ans) qui habitent loin du centre."));

    static Stream<Case> paragraphsNamingTheirGroup() {
        return Gen.tries("paragraphs naming the group they serve", 16, (Random random) -> {
            String language = random.nextBoolean() ? "en" : "fr";
            List<String> sentences = new ArrayList<>(Gen.of(SENTENCES.get(language)).list(1, 4).next(random));
            sentences.add(random.nextInt(sentences.size() + 1), Gen.of(GROUP.get(language)).next(random));
            Map<String, List<String>> context = random.nextBoolean()
                    ? Map.of()
                    : Map.of("program_models", some(random, "program_models", 1));
            return new Case(new OrganizationProfile(context, String.join(" ", sentences), language));
        });
    }

    /**
     * A reason (nearly) every card gives says nothing of why this card: each card says first what is its own (the need
     * it answers, its evidence), the shared one after, when there is room left.
     */
    @ParameterizedTest(name = "paragraph {index}")
    @MethodSource("paragraphsNamingTheirGroup")
    void aCardSaysFirstWhatIsItsOwn(Case c) {
        List<Match> matches = matching.match(c.profile(), 10);
        Map<String, Integer> cardsWith = new java.util.HashMap<>();
        matches.forEach(m -> m.reasons().stream().filter(r -> !r.warning()).map(MatchReason::explanation).distinct()
                .forEach(e -> cardsWith.merge(e, 1, Integer::sum)));
        for (Match match : matches) {
            List<MatchReason> reasons = match.reasons().stream().filter(r -> !r.warning()).toList();
            boolean sharedSeen = false;
            for (MatchReason reason : reasons) {
                boolean shared = cardsWith.get(reason.explanation()) >= 0.75 * matches.size();
                assertTrue(shared || !sharedSeen, match.id() + " says what most cards say before its own: "
                        + reasons + " for " + c);
                sharedSeen |= shared;
            }
        }
    }
}

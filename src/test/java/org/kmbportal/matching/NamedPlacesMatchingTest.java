package org.kmbportal.matching;

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
import org.kmbportal.search.MatchingFixture;
import org.kmbportal.testing.Gen;

/**
 * An organization that leaves its territory empty in the form but says in its long paragraph that
 * it works in a rural or a remote northern place, in its own words ("a farming region", « en région », "a fly-in
 * community"), gets the guide made for rural and remote programs higher than without that sentence, with a reason
 * that names the value by the taxonomy's label; the paragraph's needs themselves (volunteers, training, a tired
 * coordinator) are those of any program.
 */
class NamedPlacesMatchingTest {

    private static MatchingFixture library;
    private static MatchingService matching;

    /** The shipped guide made for rural and remote organizations (its applies_when). */
    private static final String RURAL_GUIDE = "mentoring-in-rural-and-remote-communities";

    @BeforeAll
    static void index() {
        library = MatchingFixture.sharedShippedLibrary();
        matching = ShippedMatching.over(library);
    }

    /** Sentences that say where the organization is, by language and value of the territory. */
    private static final Map<String, Map<String, List<String>>> PLACES = Map.of("en", Map.of("rural", List.of(
            "We are based in a farming region, an hour from the nearest hospital.",
            "Our office is in a small town; most families live on farms around it.",
            "We serve a rural county (three villages, one high school)."), "remote",
            List.of(
                    "We work in a fly-in community -- no road in winter.",
                    "Our program is in a northern town, far from any city.")),
            "fr", Map.of("rural", List.of("Nous sommes un petit organisme en région, loin des grands centres.",
                    "Nos familles vivent en milieu rural, souvent à trente minutes du village.",
                    "Nous desservons de petites municipalités agricoles."), "remote",
                    List.of(
                            "Notre organisme est situé dans une communauté nordique.",
                            "Nous travaillons dans une région éloignée, sans route l’hiver.")));

    /** Needs of any program, in no particular place. */
    private static final Map<String, List<String>> NEEDS = Map.of("en", List.of(
            "We struggle to find enough volunteers who stay more than a few months.",
            "Our only coordinator is exhausted; she does everything alone!",
            "Mentors ask for more training before they meet their mentee.",
            "Pairs rarely meet more than twice a month, and some stop meeting at all.",
            "Our board would like a plan for the next three years?",
            "We match volunteers with kids aged 10 to 16."), "fr",
            List.of(
                    "Nous avons du mal à trouver des bénévoles qui restent plus de quelques mois.",
                    "Notre seule coordonnatrice est épuisée\u00a0; elle fait tout seule\u00a0!",
                    "Les mentors demandent plus de formation avant de rencontrer leur jeune.",
                    "Les dyades se voient rarement plus de deux fois par mois, certaines plus du tout.",
                    "Notre conseil d’administration voudrait un plan pour les trois prochaines années\u00a0?",
                    "Nous jumelons des bénévoles avec des jeunes de 10 à 16 ans."));

    record Case(OrganizationProfile profile, String value, String place) {
        @Override
        public String toString() {
            return profile.language() + " " + value + ": " + profile.challenges();
        }
    }

    static Stream<Case> paragraphs() {
        return Gen.tries("named places", 16, random -> {
            // The shipped guide is in English only, and a reader of French gets resources in French first: the French
            // ways of saying it are read (NamedPlacesTest), the ranking is checked in English.
            String language = "en";
            String value = random.nextBoolean() ? "rural" : "remote";
            List<String> ways = PLACES.get(language).get(value);
            String place = ways.get(random.nextInt(ways.size()));
            return new Case(new OrganizationProfile(random.nextBoolean()
                    ? Map.of()
                    : Map.of("organization_size",
                            List.of("small")),
                    paragraph(random, language, place), language), value, place);
        });
    }

    private static String paragraph(Random random, String language, String place) {
        List<String> sentences = new ArrayList<>(NEEDS.get(language));
        Collections.shuffle(sentences, random);
        sentences = new ArrayList<>(sentences.subList(0, 4 + random.nextInt(sentences.size() - 3)));
        sentences.add(random.nextInt(2), place);
        String text = String.join(random.nextBoolean() ? " " : "\n", sentences);
        while (text.split("\\s+").length < 60) {
            text = text + " " + NEEDS.get(language).get(random.nextInt(NEEDS.get(language).size()));
        }
        return text;
    }

    @ParameterizedTest(name = "try {index}")
    @MethodSource("paragraphs")
    void aRuralOrRemotePlaceSaidInTheParagraphLiftsTheGuideMadeForItWithAReasonNamingIt(Case c) {
        List<Match> top = matching.match(c.profile(), 40);
        Match guide = top.stream().filter(m -> m.id().equals(RURAL_GUIDE)).findFirst().orElse(null);
        assertTrue(guide != null, "not in the first 40: " + RURAL_GUIDE + " for " + c);
        OrganizationProfile withoutPlace = new OrganizationProfile(c.profile().context(), c.profile().challenges()
                .replace(c.place(), ""), c.profile().language());
        List<String> without = matching.match(withoutPlace, 40).stream().map(Match::id).toList();
        int before = without.contains(RURAL_GUIDE) ? without.indexOf(RURAL_GUIDE) : without.size();
        assertTrue(top.indexOf(guide) < before, "the place said lifts the guide no higher than " + before + ": "
                + top.indexOf(guide) + " for " + c);
        String label = library.taxonomy().label("geography", c.value(), c.profile().language()).toLowerCase(
                Locale.ROOT);
        assertTrue(guide.reasons().stream().anyMatch(r -> !r.warning() && r.explanation().toLowerCase(Locale.ROOT)
                .contains(label)), "no reason names " + label + ": " + guide.reasons() + " for " + c);
    }
}

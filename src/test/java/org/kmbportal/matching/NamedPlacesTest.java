package org.kmbportal.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.search.MatchingFixture;
import org.kmbportal.testing.Gen;

/**
 * A paragraph's own words for where the organization works, in either language and among other sentences, are read
 * as the territory of the shipped taxonomy ({@code descriptions: geography:}); said after a negation they say nothing.
 */
class NamedPlacesTest {

    private static NamedPlaces places;

    @BeforeAll
    static void read() {
        places = new NamedPlaces(MatchingFixture.sharedShippedLibrary().taxonomy());
    }

    private static final Map<String, Map<String, List<String>>> SAID = Map.of("en", Map.of("rural", List.of(
            "we work in a RURAL area", "our office is in a small town", "a farming community of 900 people"),
            "remote", List.of("a fly-in community", "in a northern village", "far north, no road")), "fr",
            Map.of(
                    "rural", List.of("un petit organisme en région", "en milieu rural", "de petites municipalités"),
                    "remote", List.of("une communauté nordique", "une région éloignée", "dans le Grand Nord")));

    private static final Map<String, List<String>> OTHER = Map.of("en", List.of(
            "Volunteers leave after a few months.", "Our coordinator is exhausted!", "We match kids aged 10 to 16 --"),
            "fr", List.of("Les bénévoles partent après quelques mois.", "Notre coordonnatrice est épuisée\u00a0!",
                    "Nous jumelons des jeunes de 10 à 16 ans —"));

    private static final Map<String, Map<String, String>> DENIED = Map.of("en", Map.of("rural",
            "we are not rural at all", "remote", "the town is not remote"), "fr",
            Map.of("rural",
                    "nous ne sommes pas en région", "remote", "la ville n’est pas éloignée"));

    record Case(String text, String language, List<String> expected) {
    }

    static Stream<Case> paragraphs() {
        return Gen.tries("named places", 40, random -> {
            String language = random.nextBoolean() ? "fr" : "en";
            String value = random.nextBoolean() ? "rural" : "remote";
            List<String> ways = SAID.get(language).get(value);
            String way = ways.get(random.nextInt(ways.size()));
            boolean denied = random.nextInt(4) == 0;
            String place = denied ? DENIED.get(language).get(value) : way;
            List<String> other = OTHER.get(language);
            String text = other.get(random.nextInt(other.size())) + " " + place + ". " + other.get(random.nextInt(
                    other.size()));
            return new Case(text, language, denied ? List.of() : List.of(value));
        });
    }

    @ParameterizedTest(name = "try {index}")
    @MethodSource("paragraphs")
    void aPlaceSaidInTheOrganizationsWordsIsReadAsItsTerritory(Case c) {
        assertEquals(c.expected(), places.in(c.text(), c.language()).getOrDefault("geography", List.of()), c.text());
    }
}

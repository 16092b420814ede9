package org.kmbportal.matching;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.library.Taxonomy;
import org.kmbportal.search.MatchingFixture;
import org.kmbportal.testing.Gen;

/**
 * Every population and setting of the shipped taxonomy is named by a paragraph that says its label, in either
 * language, in any case and punctuation; a place denied ("not a school program") or said of people ("university
 * students") names no setting.
 */
class NamedGroupsTest {

    private static final Taxonomy TAXONOMY = MatchingFixture.sharedShippedLibrary().taxonomy();
    private static final NamedGroups GROUPS = new NamedGroups(TAXONOMY);

    record Said(String vocabulary, String term, String language, String text) {
    }

    private static final Map<String, List<String>> AROUND = Map.of("en", List.of(
            "Our matches often end early, and volunteers leave after a few months. We work with %s -- mostly!",
            "%s: that is who we are about; the rest (funding, training, turnover) is a struggle?!",
            "Last year, in a mid-sized town, we started again… with %s."), "fr",
            List.of(
                    "Nos jumelages finissent souvent tôt et les bénévoles partent après quelques mois. Nous travaillons avec «\u00a0%s\u00a0»\u00a0!",
                    "%s\u00a0: c’est pour eux que nous existons\u00a0; le reste (financement, formation) est difficile…",
                    "L’an dernier, dans une ville moyenne, nous avons recommencé… %s."));

    static Stream<Said> labels() {
        List<Said> all = new java.util.ArrayList<>();
        for (String vocabulary : NamedGroups.VOCABULARIES) {
            TAXONOMY.vocabulary(vocabulary).orElseThrow().terms().forEach(term -> {
                for (String language : List.of("en", "fr")) {
                    all.add(new Said(vocabulary, term.key(), language, term.label().in(language)));
                }
            });
        }
        return Gen.tries("named group labels", 60, random -> {
            Said said = all.get(random.nextInt(all.size()));
            String label = said.text().replaceAll("\\([^)]*\\)", "").strip();
            label = switch (random.nextInt(3)) {
                case 0 -> label.toUpperCase(Locale.ROOT);
                case 1 -> label.toLowerCase(Locale.ROOT);
                default -> label;
            };
            List<String> around = AROUND.get(said.language());
            return new Said(said.vocabulary(), said.term(), said.language(), String.format(around.get(random.nextInt(
                    around.size())), label));
        });
    }

    @ParameterizedTest(name = "try {index}")
    @MethodSource("labels")
    void aParagraphSayingALabelNamesItsTerm(Said said) {
        Map<String, List<String>> named = GROUPS.in(said.text(), said.language());
        assertTrue(named.getOrDefault(said.vocabulary(), List.of()).contains(said.term()), said + " gave " + named);
    }

    @Test
    void aPlaceDeniedOrSaidOfPeopleNamesNoSetting() {
        for (String english : List.of("We are not a school program; our volunteers are university students.",
                "Our mentors are community volunteers and college students, never school staff.")) {
            assertFalse(GROUPS.in(english, "en").containsKey("settings"), english + ": " + GROUPS.in(english, "en"));
        }
        for (String french : List.of("Nous ne sommes pas un programme scolaire\u00a0; nos mentors sont des bénévoles.",
                "Nos mentors sont des étudiants universitaires et des bénévoles communautaires.")) {
            assertFalse(GROUPS.in(french, "fr").containsKey("settings"), french + ": " + GROUPS.in(french, "fr"));
        }
        assertTrue(GROUPS.in("Nous sommes un organisme communautaire, pas scolaire.", "fr").get("settings").equals(
                List.of("community")));
    }
}

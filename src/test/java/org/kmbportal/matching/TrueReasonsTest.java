package org.kmbportal.matching;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.library.Taxonomy;
import org.kmbportal.search.MatchingFixture;
import org.kmbportal.testing.Gen;

/**
 * A card's reasons are true of what the organization wrote or answered: a profile that ticks no topic and writes no
 * word of one gets no card saying "About match support." (found by a user: the fallback named a topic of the resource
 * the organization never touched); and in French each label a reason quotes is quoted on its own, « jeunes
 * autochtones » ou « jeunes nouveaux arrivants et réfugiés », never two labels in one quotation. Profiles generated in
 * both languages, with odd paragraphs.
 */
class TrueReasonsTest {

    private static MatchingFixture library;
    private static MatchingService matching;
    private static Taxonomy taxonomy;

    /** Sentences that use no word of any topic's label. */
    private static final Map<String, List<String>> NO_TOPIC = Map.of("en", List.of(
            "We are a small team in a town two hours from the city.", "Our office is next to the arena 🏒.",
            "Most of the young people we see are 12 to 15.", "!!!", "ok ok ok", "(see our 2023 report, p. 12)"),
            "fr", List.of("Nous sommes une petite équipe à deux heures de la ville.",
                    "Notre local est à côté de l’aréna 🏒.", "La plupart des jeunes ont entre 12 et 15 ans.", "« »",
                    "ÇA NE MARCHE PLUS."));

    @BeforeAll
    static void index() {
        library = MatchingFixture.sharedShippedLibrary();
        matching = ShippedMatching.over(library);
        taxonomy = library.taxonomy();
    }

    private static List<String> some(Random random, String vocabulary, int min, int max) {
        List<String> keys = new ArrayList<>(taxonomy.vocabulary(vocabulary).orElseThrow().terms().stream().map(
                t -> t.key()).toList());
        Collections.shuffle(keys, random);
        return List.copyOf(keys.subList(0, min + random.nextInt(max - min + 1)));
    }

    static Stream<OrganizationProfile> untouched() {
        taxonomy = MatchingFixture.sharedShippedLibrary().taxonomy();
        return Gen.tries("profiles touching no topic", 16, (Random random) -> {
            String language = random.nextBoolean() ? "en" : "fr";
            Map<String, List<String>> context = new LinkedHashMap<>();
            for (String facet : List.of("populations", "settings")) {
                if (random.nextBoolean()) {
                    context.put(facet, some(random, facet, 1, 2));
                }
            }
            String text = String.join(" ", Gen.of(NO_TOPIC.get(language)).list(0, 3).next(random));
            return new OrganizationProfile(context, text, language);
        });
    }

    @ParameterizedTest(name = "profile {index}")
    @MethodSource("untouched")
    void noCardNamesATopicTheProfileNeverTouched(OrganizationProfile profile) {
        Wording words = new Wording(taxonomy, profile.language());
        List<String> labels = taxonomy.vocabulary("topics").orElseThrow().terms().stream().map(t -> words.values(
                "topics", List.of(t.key()))).toList();
        for (Match match : matching.match(profile, 20)) {
            for (MatchReason reason : match.reasons()) {
                for (String label : labels) {
                    assertFalse(reason.explanation().contains(label), match.id() + ": " + reason.explanation() + " for "
                            + profile);
                }
            }
        }
    }

    static Stream<OrganizationProfile> severalAnswers() {
        taxonomy = MatchingFixture.sharedShippedLibrary().taxonomy();
        return Gen.tries("French profiles with several answers", 16, (Random random) -> {
            Map<String, List<String>> context = new LinkedHashMap<>();
            context.put("populations", some(random, "populations", 2, 4));
            context.put("topics", some(random, "topics", 2, 4));
            if (random.nextBoolean()) {
                context.put("settings", some(random, "settings", 1, 3));
            }
            String text = String.join(" ", Gen.of(NO_TOPIC.get("fr")).list(0, 2).next(random));
            return new OrganizationProfile(context, text, "fr");
        });
    }

    private static final Pattern QUOTED = Pattern.compile("«\\u00a0([^«»]*)\\u00a0»");

    @ParameterizedTest(name = "profile {index}")
    @MethodSource("severalAnswers")
    void eachFrenchLabelIsQuotedOnItsOwn(OrganizationProfile profile) {
        Set<String> labels = new HashSet<>();
        taxonomy.vocabularies().forEach(v -> v.terms().forEach(t -> labels.add(t.label().in("fr").toLowerCase(
                Locale.ROOT))));
        int quoted = 0;
        for (Match match : matching.match(profile, 20)) {
            for (MatchReason reason : match.reasons()) {
                Matcher m = QUOTED.matcher(reason.explanation());
                while (m.find()) {
                    quoted++;
                    assertTrue(labels.contains(m.group(1).toLowerCase(Locale.ROOT)), "« " + m.group(1) + " » is no "
                            + "one label: " + match.id() + ": " + reason.explanation());
                }
            }
        }
        assertTrue(quoted > 0, "no reason quoted a label for " + profile);
    }
}

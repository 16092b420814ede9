package org.kmbportal.matching;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.content.TaxonomyReader;
import org.kmbportal.library.Taxonomy;
import org.kmbportal.search.CatalogEntry;

/**
 * Every value of every facet of the shipped taxonomy, read back to the reader in a reason, a warning or a caution, in
 * English and French, makes one grammatical sentence of a known shape: the facet's name, then the value after a
 * colon (never "evaluation capacity is no evaluation yet"), no raw key, no word twice in a row.
 */
class FacetValueReasonsTest {

    private static final Taxonomy TAXONOMY = taxonomy();
    private static final Pattern DOUBLED = Pattern.compile("(?i)\\b(\\p{L}+)\\s+\\1\\b");

    private static Taxonomy taxonomy() {
        try {
            return new TaxonomyReader().parse(Files.readString(Path.of("content/taxonomy.yaml")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Each facet, a value of it the organization has, another the resource is made for, and a language. */
    record Case(String facet, String yours, String other, String language) {
    }

    static Stream<Case> everyValue() {
        List<Case> cases = new ArrayList<>();
        for (String language : List.of("en", "fr")) {
            for (var facet : TAXONOMY.contextFacets()) {
                List<String> values = facet.terms().stream().map(t -> t.key()).toList();
                for (int i = 0; i < values.size(); i++) {
                    cases.add(new Case(facet.key(), values.get(i), values.get((i + 1) % values.size()), language));
                }
            }
        }
        return cases.stream();
    }

    /** The shapes a sentence about a context facet takes, in each language ({0} facet, {1} and {2} values). */
    private static final Map<String, List<String>> SHAPES = Map.of("en", List.of(
            "Made for organizations like yours — {0}: {1}.",
            "Made for other organizations — {0}: {2}; yours: {1}.",
            "Use with care in a situation like yours — {0}: {1}."), "fr",
            List.of(
                    "Conçu pour des organismes comme le vôtre — {0}\u00a0: {1}.",
                    "Conçu pour d’autres organismes — {0}\u00a0: {2}\u00a0; chez vous\u00a0: {1}.",
                    "À utiliser avec prudence dans une situation comme la vôtre — {0}\u00a0: {1}."));

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyValue")
    void everyFacetValueReadsAsOneSentenceOfAKnownShape(Case c) {
        Ranker ranker = new Ranker(TAXONOMY, c.language());
        OrganizationProfile profile = new OrganizationProfile(Map.of(c.facet(), List.of(c.yours())), "", c
                .language());
        CatalogEntry fits = entry("fits", Map.of(c.facet(), List.of(c.yours())), Map.of());
        CatalogEntry other = entry("other", Map.of(c.facet(), List.of(c.other())), Map.of());
        CatalogEntry cautious = entry("cautious", Map.of(), Map.of(c.facet(), List.of(c.yours())));
        List<String> sentences = new ArrayList<>();
        for (CatalogEntry entry : List.of(fits, other, cautious)) {
            ranker.score(entry, 0, profile).reasons().stream().filter(r -> c.facet().equals(r.facet()))
                    .forEach(r -> sentences.add(r.explanation()));
        }
        assertTrue(sentences.size() == 3, c + ": " + sentences);
        String facet = Wording.inSentence(TAXONOMY.contextFacet(c.facet()).orElseThrow().label().in(c.language()));
        String yours = Wording.inSentence(TAXONOMY.label(c.facet(), c.yours(), c.language()));
        String theirs = Wording.inSentence(TAXONOMY.label(c.facet(), c.other(), c.language()));
        List<String> shapes = SHAPES.get(c.language()).stream().map(s -> s.replace("{0}", facet).replace("{1}", yours)
                .replace("{2}", theirs)).toList();
        for (String sentence : sentences) {
            assertTrue(shapes.contains(sentence), "not a known shape: " + sentence);
            assertFalse(sentence.contains("_") || sentence.contains("{"), "a raw key: " + sentence);
            assertFalse(DOUBLED.matcher(sentence).find(), "a word twice: " + sentence);
            assertFalse(sentence.toLowerCase(Locale.ROOT).contains(facet.toLowerCase(Locale.ROOT) + " is "),
                    "a value read as what the facet is: " + sentence);
        }
    }

    private static CatalogEntry entry(String id, Map<String, List<String>> conditions,
            Map<String, List<String>> cautions) {
        return new CatalogEntry(id, "practice-guide", "en", 2020, 0, Map.of(), conditions, cautions, "", id);
    }
}

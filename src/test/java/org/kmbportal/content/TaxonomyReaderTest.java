package org.kmbportal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kmbportal.library.Taxonomy;
import org.kmbportal.library.Vocabulary;

class TaxonomyReaderTest {

    @Test
    void anotherLibraryWithOtherVocabulariesAndFacetsWorksUnchanged() {
        String yaml = """
                topics:
                  literacy: {en: Literacy, fr: Littératie}
                regions:
                  north: {en: North, fr: Nord}
                context:
                  budget:
                    en: Annual budget
                    fr: Budget annuel
                    values:
                      tiny: {en: Under 50k, fr: Moins de 50 k}
                synonyms:
                  fr: ["lecture, littératie"]
                """;
        Taxonomy taxonomy = new TaxonomyReader().parse(yaml);
        assertEquals(List.of("topics", "regions"), taxonomy.facets().stream().map(Vocabulary::key).toList());
        assertEquals("Annual budget", taxonomy.contextFacet("budget").orElseThrow().label().en());
        assertEquals(List.of("lecture, littératie"), taxonomy.synonyms("fr"));

        String file = """
                ---
                id: a-guide
                type: practice-guide
                title: "A guide"
                language: fr
                published: 2025-01-01
                topics: [literacy]
                regions: [north]
                applies_when:
                  budget: [tiny]
                summary: "Short."
                ---
                Body.
                """;
        ContentFile read = new ContentReader(taxonomy).read("guides/a-guide.md", file);
        assertEquals(List.of(), read.problems());
        assertEquals(List.of("north"), read.resource().orElseThrow().terms("regions"));
    }

    @Test
    void reportsTermsWithoutBothLabelsAndBadKeys() {
        TaxonomyReader.Result result = new TaxonomyReader().read("taxonomy.yaml", """
                topics:
                  ok-term: {en: Fine, fr: Bien}
                  missing-fr: {en: Only English}
                  Bad_Key: {en: X, fr: Y}
                title:
                  x: {en: X, fr: Y}
                """);
        assertTrue(result.taxonomy().isEmpty());
        List<String> messages = result.problems().stream().map(Problem::message).toList();
        assertTrue(messages.stream().anyMatch(m -> m.contains("'missing-fr' needs both")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("term key 'Bad_Key'")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("'title' cannot name a vocabulary")),
                messages.toString());
        assertEquals(4, result.problems().get(1).line());
    }

    @Test
    void capacitiesAreTheirOwnVocabularyNeitherAFacetNorAContext() {
        Taxonomy taxonomy = new TaxonomyReader().parse("""
                topics:
                  literacy: {en: Literacy, fr: Littératie}
                capacities:
                  fundraising: {en: Raising funds, fr: Collecter des fonds}
                  board-work: {en: Working with our board, fr: Travailler avec notre conseil}
                """);
        assertEquals(List.of("fundraising", "board-work"),
                taxonomy.capacities().stream().map(org.kmbportal.library.Term::key).toList());
        assertEquals("Travailler avec notre conseil", taxonomy.capacityLabel("board-work", "fr"));
        assertEquals("gone-term", taxonomy.capacityLabel("gone-term", "en"), "an unknown key shows as itself");
        assertEquals(List.of("topics"), taxonomy.facets().stream().map(Vocabulary::key).toList());
        assertTrue(taxonomy.contextFacets().isEmpty());
        ContentFile read = new ContentReader(taxonomy).read("guides/g.md", """
                ---
                id: g
                type: practice-guide
                title: "G"
                language: en
                published: 2025-01-01
                capacities: [fundraising]
                summary: "Short."
                ---
                Body.
                """);
        assertTrue(read.problems().stream().anyMatch(p -> p.message().contains("capacities")),
                "resources are not described with capacities: " + read.problems());
    }

    @Test
    void aLibraryWithoutCapacitiesHasNone() {
        Taxonomy taxonomy = new TaxonomyReader().parse("topics:\n  literacy: {en: Literacy, fr: Littératie}\n");
        assertEquals(List.of(), taxonomy.capacities());
    }

    @Test
    void theShippedCapacitiesHaveBothLabels() throws java.io.IOException {
        Taxonomy shipped = new TaxonomyReader().parse(java.nio.file.Files.readString(java.nio.file.Path.of(
                System.getProperty("kmb.content.dir", "content"), "taxonomy.yaml")));
        assertTrue(shipped.capacities().size() >= 5, shipped.capacities().toString());
        shipped.capacities().forEach(t -> assertTrue(!t.label().en().isBlank() && !t.label().fr().isBlank()));
        assertTrue(shipped.capacity("evaluation").isPresent());
    }

    /**
     * A label holding a comma, unquoted, was cut at it: « Cégep, collège et université » showed as « Cégep » and
     * "Mixed sources, some multi-year" as "Mixed sources" (user session us58). The reader refuses such a term, and
     * the shipped taxonomy has none: its labels are whole.
     */
    @Test
    void aLabelCutAtAnUnquotedCommaIsRefusedAndTheShippedLabelsAreWhole() throws java.io.IOException {
        TaxonomyReader.Result result = new TaxonomyReader().read("taxonomy.yaml", """
                settings:
                  post-secondary: {en: College and university, fr: Cégep, collège et université}
                """);
        assertTrue(result.taxonomy().isEmpty());
        assertTrue(result.problems().stream().map(Problem::message).anyMatch(m -> m.contains("'post-secondary'")
                && m.contains("'collège et université'") && m.contains("quotes")), result.problems().toString());
        TaxonomyReader.Result shipped = new TaxonomyReader().read("taxonomy.yaml", java.nio.file.Files.readString(
                java.nio.file.Path.of(System.getProperty("kmb.content.dir", "content"), "taxonomy.yaml")));
        assertEquals(List.of(), shipped.problems().stream().filter(Problem::isError).toList());
        Taxonomy taxonomy = shipped.taxonomy().orElseThrow();
        assertEquals("Cégep, collège et université", taxonomy.vocabularies().stream()
                .flatMap(v -> v.terms().stream()).filter(t -> t.key().equals("post-secondary")).findFirst()
                .orElseThrow().label().fr());
    }
}

package org.kmbportal.content;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kmbportal.curation.CollectionContent;
import org.kmbportal.library.ResearchSummaryContent;
import org.kmbportal.library.ResourceContent;
import org.kmbportal.library.ResourceType;
import org.kmbportal.library.Term;
import org.kmbportal.library.Vocabulary;

/** The library shipped under content/ meets its quality bar: it imports cleanly and covers its vocabularies. */
class ShippedContentTest {

    private static BatchValidator.Validated validated;

    @BeforeAll
    static void validateTheShippedFolder() {
        validated = BatchValidator.validate(ContentBatch.fromFolder(Fixtures.contentDir()),
                org.kmbportal.library.Taxonomy.EMPTY, id -> Optional.empty());
    }

    @Test
    void everyFileImportsWithoutAnyWarning() {
        List<Problem> problems = validated.report().problems();
        assertEquals(List.of(), problems, "the shipped library must import with no error and no warning");
        assertTrue(validated.taxonomy().isPresent());
    }

    @Test
    void holdsEnoughOfEachKindAndLanguage() {
        List<ResourceContent> resources = validated.resources();
        long summaries = resources.stream().filter(r -> r.type() == ResourceType.RESEARCH_SUMMARY).count();
        long guides = resources.stream().filter(r -> r.type() == ResourceType.PRACTICE_GUIDE).count();
        long french = resources.stream().filter(r -> r.language().equals("fr")).count();
        long frenchGuides = resources.stream()
                .filter(r -> r.language().equals("fr") && r.type() == ResourceType.PRACTICE_GUIDE).count();
        long translations = resources.stream().filter(r -> !r.translationOf().isEmpty()).count();
        long frenchCollections = validated.collections().stream().filter(c -> c.language().equals("fr")).count();
        assertTrue(summaries >= 75, summaries + " research summaries");
        assertTrue(guides >= 25, guides + " practice guides");
        assertTrue(french >= 25, french + " French resources");
        assertTrue(frenchGuides >= 6, frenchGuides + " French practice guides");
        assertTrue(translations >= 15, translations + " translations");
        assertTrue(validated.collections().size() >= 4, validated.collections().size() + " collections");
        assertTrue(frenchCollections >= 1, frenchCollections + " French collections");
    }

    /**
     * Every term of a vocabulary describes some resource. A context facet's values are different: a resource that fits
     * any value names none (a value such as low staff turnover is met by everything not restricted), so for those only
     * the facet itself must be named by some resource's applies_when or cautions_when.
     */
    @Test
    void everyVocabularyTermAndContextFacetIsUsedAndEveryTopicHasThreeResources() {
        Map<String, Integer> uses = new HashMap<>();
        for (ResourceContent r : validated.resources()) {
            r.terms().forEach(
                    (vocabulary, keys) -> keys.forEach(k -> uses.merge(vocabulary + "/" + k, 1, Integer::sum)));
            for (Map<String, List<String>> contexts : List.of(r.appliesWhen(), r.cautionsWhen())) {
                contexts.forEach((facet, keys) -> {
                    uses.merge(facet, 1, Integer::sum);
                    keys.forEach(k -> uses.merge(facet + "/" + k, 1, Integer::sum));
                });
            }
        }
        List<String> unused = new ArrayList<>();
        Map<String, Integer> thinTopics = new TreeMap<>();
        // Capacities describe partnerships, not resources: no resource uses them.
        for (Vocabulary vocabulary : validated.taxonomy().orElseThrow().vocabularies().stream()
                .filter(v -> v.kind() != Vocabulary.Kind.CAPACITY).toList()) {
            if (vocabulary.kind() == Vocabulary.Kind.CONTEXT) {
                if (!uses.containsKey(vocabulary.key())) {
                    unused.add(vocabulary.key());
                }
                continue;
            }
            for (Term term : vocabulary.terms()) {
                int count = uses.getOrDefault(vocabulary.key() + "/" + term.key(), 0);
                if (count == 0) {
                    unused.add(vocabulary.key() + "/" + term.key());
                }
                if (vocabulary.key().equals("topics") && count < 3) {
                    thinTopics.put(term.key(), count);
                }
            }
        }
        assertEquals(List.of(), unused, "terms no resource uses");
        assertEquals(Map.of(), thinTopics, "topics with fewer than three resources");
    }

    @Test
    void theTwoFoundingStudiesAreThereInBothLanguages() {
        List<String> ids = validated.resources().stream().map(ResourceContent::id).toList();
        for (String id : List.of("lachance-2019-inter-organizational-mentoring",
                "stoeger-2021-professionalizing-mentoring")) {
            assertTrue(ids.contains(id), id);
            assertTrue(ids.contains(id + "-fr"), id + "-fr");
        }
        ResearchSummaryContent lachance = assertInstanceOf(ResearchSummaryContent.class, validated.resources().stream()
                .filter(r -> r.id().equals("lachance-2019-inter-organizational-mentoring")).findFirst().orElseThrow());
        assertEquals(9, lachance.citation().authors().size());
        assertEquals("Evaluation and Program Planning", lachance.citation().container());
    }

    @Test
    void collectionItemsPointAtResourcesThatExist() {
        List<String> ids = validated.resources().stream().map(ResourceContent::id).toList();
        for (CollectionContent collection : validated.collections()) {
            collection.items().stream().filter(i -> i.isResource())
                    .forEach(i -> assertTrue(ids.contains(i.resource()), collection.id() + " -> " + i.resource()));
        }
    }
}

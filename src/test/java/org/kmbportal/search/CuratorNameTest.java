package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kmbportal.curation.CollectionContent;
import org.kmbportal.curation.CollectionEntry;
import org.kmbportal.curation.Visibility;
import org.kmbportal.testing.Gen;

/**
 * A collection's curator is a person shown on the collection, not words it is about: a user session saw a new public
 * collection by "Marcel Mentor" with the description « Pour la coordonnatrice. » rank first for "mentor burnout"
 * above two guides about mentor burnout, and "Marcel" find only that collection.
 */
class CuratorNameTest {

    private static final List<String> FIRST = List.of("Marcelline", "Jean-Baptiste", "Théodora", "Oluwaseun",
            "Maëlys", "Kwabena", "Solveig", "Ignatius");
    /** Family names that are also words of the library's topics. */
    private static final List<String> FAMILY = List.of("Mentor", "Burnout", "Closure", "Formation", "Mentorat",
            "Jumelage", "Training");
    private static final List<String> DESCRIPTIONS = List.of("Pour la coordonnatrice.", "For the new coordinator.",
            "À lire avant l’automne !", "Picks -- see you Monday…");
    private static final List<String> TITLES = List.of("Mes lectures de septembre", "Monday picks",
            "Pour l’équipe du jeudi", "Reading list (draft)");

    private static SearchFixture fixture;
    private static final List<CollectionContent> COLLECTIONS = new ArrayList<>();

    @BeforeAll
    static void build() {
        SearchFixture shipped = SearchFixture.sharedShippedLibrary();
        Random random = new Random(Gen.seed());
        String someResource = shipped.resources.get(random.nextInt(shipped.resources.size())).id();
        for (int i = 0; i < 6; i++) {
            String curator = FIRST.get(random.nextInt(FIRST.size())) + "qx" + i + " " + FAMILY.get(random.nextInt(
                    FAMILY.size()));
            COLLECTIONS.add(new CollectionContent("col-curator-" + i, TITLES.get(random.nextInt(TITLES.size())),
                    random.nextBoolean() ? "fr" : "en", null, Map.of(), curator, DESCRIPTIONS.get(random.nextInt(
                            DESCRIPTIONS.size())),
                    Visibility.PUBLIC, List.of(CollectionEntry.resource(someResource,
                            "")),
                    ""));
        }
        fixture = SearchFixture.of(shipped.taxonomy, shipped.resources, COLLECTIONS);
    }

    @AfterAll
    static void close() throws IOException {
        fixture.close();
    }

    @Test
    void aCuratorsNameDoesNotRankTheCollectionForTopicWords() {
        for (String query : List.of("mentor burnout", "match closure", "mentor training", "formation des mentors",
                "jumelage", "épuisement des mentors")) {
            for (String language : List.of("en", "fr")) {
                List<String> top = fixture.ids(fixture.search.search(SearchRequest.simple(query, language))).stream()
                        .limit(5).toList();
                assertFalse(top.stream().anyMatch(id -> id.startsWith("col-curator-")), query + " (" + language
                        + ") gave " + top + " with curators " + COLLECTIONS.stream().map(CollectionContent::curator)
                                .toList());
            }
        }
    }

    @Test
    void aCuratorsNameFindsNothing() {
        for (CollectionContent collection : COLLECTIONS) {
            String first = collection.curator().split(" ")[0];
            List<String> found = fixture.ids(fixture.search(first));
            assertFalse(found.contains(collection.id()), first + " found " + found);
        }
    }
}

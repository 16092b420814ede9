package org.kmbportal.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.content.TaxonomyReader;
import org.kmbportal.library.Taxonomy;
import org.kmbportal.search.CatalogEntry;

/**
 * A guide that names no population is for any: for an organization serving a group nearly every study is about
 * ("children"), the guide that answers its challenge best comes before a study of that group that answers it less;
 * for a group only a few resources are about, the study of that group still comes first. On generated libraries of
 * several sizes, in both languages.
 */
class UntaggedResourcesTest {

    private static final Taxonomy TAXONOMY = new TaxonomyReader()
            .parse("""
                    topics:
                      mentor-training: {en: Mentor training, fr: Formation des mentors}
                    populations:
                      children: {en: Children, fr: Enfants}
                      justice-involved: {en: Youth in contact with the justice system, fr: Jeunes ayant des démêlés avec la justice}
                    """);

    record Library(int studies, double guideRelevance, double studyRelevance, String language) {
    }

    static Stream<Library> libraries() {
        List<Library> libraries = new ArrayList<>();
        for (int studies : new int[]{12, 40, 150, 600}) {
            for (double guide : new double[]{0.8, 0.9, 1.0}) {
                for (double study : new double[]{0.2, 0.3}) {
                    libraries.add(new Library(studies, guide, study, studies % 3 == 0 ? "fr" : "en"));
                }
            }
        }
        return libraries.stream();
    }

    private static CatalogEntry study(String id, String population, String language) {
        return new CatalogEntry(id, "research-summary", language, 2020, 0, Map.of("topics", List.of(
                "mentor-training"), "populations", List.of(population)), Map.of(), "rct", id);
    }

    /**
     * The library: many studies of children answering nothing of the challenge, two studies of justice-involved youth,
     * and a guide that names no population and answers the challenge best.
     */
    private static List<CatalogEntry> catalog(Library library) {
        List<CatalogEntry> catalog = new ArrayList<>();
        for (int i = 0; i < library.studies(); i++) {
            catalog.add(study("children-" + i, "children", library.language()));
        }
        catalog.add(study("justice-0", "justice-involved", library.language()));
        catalog.add(study("justice-1", "justice-involved", library.language()));
        catalog.add(new CatalogEntry("guide", "practice-guide", library.language(), 2024, 0, Map.of("topics", List.of(
                "mentor-training")), Map.of(), "", "guide"));
        return catalog;
    }

    private static List<String> ranked(Library library, String population, String study) {
        Map<String, Float> relevance = new HashMap<>();
        relevance.put("guide", (float) library.guideRelevance());
        relevance.put(study, (float) library.studyRelevance());
        OrganizationProfile profile = new OrganizationProfile(Map.of("populations", List.of(population)), "",
                library.language());
        return new Ranker(TAXONOMY, library.language()).rank(catalog(library), relevance, profile, 3).stream().map(
                s -> s.entry().id()).toList();
    }

    @ParameterizedTest
    @MethodSource("libraries")
    void aGuideForAnyoneThatAnswersTheChallengeBestComesFirstForAGroupNearlyEveryStudyIsAbout(Library library) {
        assertEquals("guide", ranked(library, "children", "children-0").get(0), library.toString());
    }

    @ParameterizedTest
    @MethodSource("libraries")
    void aStudyOfAGroupFewResourcesAreAboutStillComesFirstForThatGroup(Library library) {
        List<String> ranked = ranked(library, "justice-involved", "justice-0");
        assertEquals("justice-0", ranked.get(0), library.toString());
        assertTrue(ranked.indexOf("guide") < 3, "the guide that answers the challenge is next: " + ranked);
    }

    @ParameterizedTest
    @MethodSource("libraries")
    void theGuideIsNeverSaidToBeAboutTheOrganizationsGroup(Library library) {
        Map<String, Float> relevance = Map.of("guide", (float) library.guideRelevance());
        OrganizationProfile profile = new OrganizationProfile(Map.of("populations", List.of("children")), "",
                library.language());
        Ranker.Scored guide = new Ranker(TAXONOMY, library.language()).rank(catalog(library), relevance, profile, 1)
                .get(0);
        assertEquals("guide", guide.entry().id());
        assertTrue(guide.reasons().stream().noneMatch(r -> "populations".equals(r.facet())), guide.reasons()
                .toString());
    }
}

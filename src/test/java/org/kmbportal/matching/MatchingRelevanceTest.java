package org.kmbportal.matching;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kmbportal.search.MatchingFixture;

/**
 * Matching quality on the judged organization profiles: mean nDCG@5 must stay above a floor and above the
 * filters-only baseline (resources passing the profile's facet filters, newest first, as clearinghouses work today).
 */
class MatchingRelevanceTest {

    /** Set a little under the measured figure, so that a change that makes matching worse fails the build. */
    static final double FLOOR = 0.70;
    private static final int K = 5;

    private static MatchingFixture library;

    @BeforeAll
    static void index() {
        library = MatchingFixture.shippedLibrary();
    }

    @AfterAll
    static void close() throws IOException {
        library.close();
    }

    @Test
    void matchingPutsWhatAnAdvisorWouldFirstAboveTheFiltersOnlyBaseline() {
        List<JudgedProfiles.Judged> profiles = JudgedProfiles.load();
        double ours = 0;
        double filters = 0;
        StringBuilder table = new StringBuilder();
        for (JudgedProfiles.Judged judged : profiles) {
            Ranker ranker = new Ranker(library.taxonomy(), judged.profile().language());
            Map<String, Float> relevance = library.search().relevance(judged.profile().challenges(), 500);
            List<String> ranked = ranker.rank(library.search().catalog(), relevance, judged.profile()).stream()
                    .map(s -> s.entry().id()).limit(K).toList();
            double n = JudgedProfiles.ndcg(ranked, judged.grades(), K);
            double b = JudgedProfiles.ndcg(filtersOnly(judged.profile()), judged.grades(), K);
            ours += n;
            filters += b;
            table.append(String.format("%-4s %-3s %.3f %.3f  %s%n", judged.id(), judged.profile().language(), n, b,
                    judged.description()));
        }
        ours /= profiles.size();
        filters /= profiles.size();
        System.out.printf("%nContext matching, nDCG@%d on %d judged profiles%nprofile lang matching filters%n%s",
                K, profiles.size(), table);
        System.out.printf("mean          %.3f %.3f%n", ours, filters);
        assertTrue(profiles.size() >= 10, "at least 10 judged profiles");
        assertTrue(ours >= FLOOR, String.format("nDCG@5 %.3f fell below the floor %.2f", ours, FLOOR));
        assertTrue(ours > filters, String.format("nDCG@5 %.3f is not above the filters-only %.3f", ours, filters));
    }

    private static List<String> filtersOnly(OrganizationProfile profile) {
        return FiltersOnlyBaseline.rank(library.resources(), profile, K);
    }
}

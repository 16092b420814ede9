package org.kmbportal.matching;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kmbportal.library.ResourceContent;
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

    /**
     * Today's clearinghouse filters: a resource passes if it has one of the organization's values in every list the
     * organization filled (topics, program models, populations, settings) and its applies_when does not exclude the
     * organization; passing resources are listed newest first.
     */
    private static List<String> filtersOnly(OrganizationProfile profile) {
        List<ResourceContent> passing = new ArrayList<>();
        for (ResourceContent r : library.resources()) {
            boolean passes = true;
            for (String list : List.of("topics", "program_models", "populations", "settings")) {
                List<String> wanted = profile.values(list);
                if (!wanted.isEmpty() && wanted.stream().noneMatch(r.terms(list)::contains)) {
                    passes = false;
                }
            }
            for (var condition : r.appliesWhen().entrySet()) {
                List<String> theirs = profile.values(condition.getKey());
                if (!theirs.isEmpty() && theirs.stream().noneMatch(condition.getValue()::contains)) {
                    passes = false;
                }
            }
            if (passes) {
                passing.add(r);
            }
        }
        passing.sort(Comparator.comparing(ResourceContent::published).reversed().thenComparing(ResourceContent::id));
        return passing.stream().map(ResourceContent::id).limit(K).toList();
    }
}

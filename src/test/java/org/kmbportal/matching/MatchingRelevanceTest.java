package org.kmbportal.matching;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kmbportal.search.MatchingFixture;

/**
 * Matching quality on the judged organization profiles: mean nDCG@5 must stay above a floor and above the
 * filters-only baseline (resources passing the profile's facet filters, newest first, as clearinghouses work today).
 */
class MatchingRelevanceTest {

    /**
     * Set a little under the measured figures (for short challenges, and for paragraphs of 100 words or more), so
     * that a change that makes matching worse fails the build.
     */
    static final double FLOOR = 0.70;
    static final double LONG_FLOOR = 0.55;
    private static final int K = 5;

    private static MatchingFixture library;

    @BeforeAll
    static void index() {
        library = MatchingFixture.sharedShippedLibrary();
    }

    @Test
    void matchingPutsWhatAnAdvisorWouldFirstAboveTheFiltersOnlyBaseline() {
        List<JudgedProfiles.Judged> profiles = JudgedProfiles.load();
        double ours = 0;
        double filters = 0;
        Map<String, double[]> byProfile = new LinkedHashMap<>();
        StringBuilder table = new StringBuilder();
        for (JudgedProfiles.Judged judged : profiles) {
            Ranker ranker = new Ranker(library.taxonomy(), judged.profile().language());
            Map<String, Float> relevance = ChallengeRelevance.of(library.search(), judged.profile().challenges(),
                    judged.profile().textLanguage(), MatchingService.CHALLENGE_CANDIDATES,
                    ranker.named(judged.profile().challenges(), judged.profile().textLanguage()));
            List<String> ranked = ranker.rank(library.search().catalog(), relevance, judged.profile()).stream()
                    .map(s -> s.entry().id()).limit(K).toList();
            double n = JudgedProfiles.ndcg(ranked, judged.grades(), K);
            double b = JudgedProfiles.ndcg(filtersOnly(judged.profile()), judged.grades(), K);
            ours += n;
            filters += b;
            byProfile.put(judged.id(), new double[]{n, b});
            table.append(String.format("%-4s %-3s %3d %.3f %.3f  %s%n", judged.id(), judged.profile().language(),
                    words(judged), n, b, judged.description()));
        }
        ours /= profiles.size();
        filters /= profiles.size();
        System.out.printf("%nContext matching, nDCG@%d on %d judged profiles%nprofile lang words matching filters%n%s",
                K, profiles.size(), table);
        System.out.printf("mean              %.3f %.3f%n", ours, filters);
        System.out.print(categories(profiles, byProfile));
        assertTrue(profiles.size() >= 10, "at least 10 judged profiles");
        double shortOnes = mean(profiles, byProfile, j -> words(j) < 60);
        double longOnes = mean(profiles, byProfile, j -> words(j) >= 100);
        assertTrue(shortOnes >= FLOOR, String.format("nDCG@5 %.3f on short challenges fell below the floor %.2f",
                shortOnes, FLOOR));
        assertTrue(longOnes >= LONG_FLOOR, String.format("nDCG@5 %.3f on paragraphs fell below the floor %.2f",
                longOnes, LONG_FLOOR));
        assertTrue(ours > filters, String.format("nDCG@5 %.3f is not above the filters-only %.3f", ours, filters));
    }

    /** Words in the profile's challenges, counted as HoldoutMatchingTest counts them. */
    static int words(JudgedProfiles.Judged judged) {
        String challenges = judged.profile().challenges();
        return challenges == null || challenges.isBlank() ? 0 : challenges.strip().split("\\s+").length;
    }

    private static double mean(List<JudgedProfiles.Judged> profiles, Map<String, double[]> scores,
            Predicate<JudgedProfiles.Judged> member) {
        return profiles.stream().filter(member).mapToDouble(j -> scores.get(j.id())[0]).average().orElse(0);
    }

    /** Mean nDCG@5 per language and per length of the challenges (the held-out report's categories). */
    private static String categories(List<JudgedProfiles.Judged> profiles, Map<String, double[]> scores) {
        Map<String, Predicate<JudgedProfiles.Judged>> categories = new LinkedHashMap<>();
        categories.put("language en", j -> "en".equals(j.profile().language()));
        categories.put("language fr", j -> "fr".equals(j.profile().language()));
        categories.put("short challenge (<60 words)", j -> words(j) < 60);
        categories.put("paragraph (60-99 words)", j -> words(j) >= 60 && words(j) < 100);
        categories.put("long challenge (100+ words)", j -> words(j) >= 100);
        categories.put("all", j -> true);
        StringBuilder out = new StringBuilder(String.format("%-28s %8s %8s %8s%n", "category", "profiles", "matching",
                "filters"));
        categories.forEach((name, member) -> {
            List<double[]> in = profiles.stream().filter(member).map(j -> scores.get(j.id())).toList();
            out.append(String.format("%-28s %8d %8.3f %8.3f%n", name, in.size(), in.stream().mapToDouble(s -> s[0])
                    .average().orElse(0), in.stream().mapToDouble(s -> s[1]).average().orElse(0)));
        });
        return out.toString();
    }

    private static List<String> filtersOnly(OrganizationProfile profile) {
        return FiltersOnlyBaseline.rank(library.resources(), profile, K);
    }
}

package org.kmbportal.matching;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kmbportal.library.Taxonomy;
import org.kmbportal.library.TaxonomyService;
import org.kmbportal.search.MatchingFixture;

/**
 * Not a test (its name keeps it out of the build's runs): how long a match takes, as POST /api/match runs it, over the
 * tuning profiles, each with a cold relevance cache (the text varies by trailing spaces the search ignores). Run it
 * with {@code -Dtest=MatchingTimeProbe}; it prints the medians.
 */
class MatchingTimeProbe {

    @Test
    void printsTheMedianTimeOfAMatch() {
        MatchingFixture library = MatchingFixture.sharedShippedLibrary();
        MatchingService matching = new MatchingService();
        matching.search = library.search();
        matching.taxonomies = new TaxonomyService() {
            @Override
            public Taxonomy current() {
                return library.taxonomy();
            }
        };
        List<JudgedProfiles.Judged> profiles = JudgedProfiles.load();
        List<Long> all = new ArrayList<>();
        List<Long> longOnes = new ArrayList<>();
        for (int round = 0; round < 6; round++) {
            for (JudgedProfiles.Judged judged : profiles) {
                OrganizationProfile p = judged.profile();
                // A profile strips its text: the varying part goes through the search directly.
                String text = p.challenges() + " ".repeat(round + 1);
                long start = System.nanoTime();
                Map<String, Float> relevance = library.search().relevance(text, MatchingService.CHALLENGE_CANDIDATES);
                matching.match(p, 10);
                long took = System.nanoTime() - start;
                if (round > 0 && relevance != null) {
                    all.add(took);
                    if (MatchingRelevanceTest.words(judged) >= 100) {
                        longOnes.add(took);
                    }
                }
            }
        }
        System.out.printf("%nmatch time, median of %d: %.1f ms; long paragraphs (%d): %.1f ms%n", all.size(),
                median(all) / 1e6, longOnes.size(), median(longOnes) / 1e6);
    }

    private static double median(List<Long> times) {
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
    }
}

package org.kmbportal.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.kmbportal.library.Taxonomy;
import org.kmbportal.library.TaxonomyService;
import org.kmbportal.search.CatalogEntry;
import org.kmbportal.search.ChallengeSearch;
import org.kmbportal.search.MatchingFixture;

/**
 * A probe, not a test (its name keeps it out of the build's runs): what matching a long paragraph costs on the shipped
 * library, over the tuning set's profiles of {@link ChallengeRelevance#LONG_FROM} words or more. CPU (this thread's)
 * and wall time per {@code MatchingService.match(profile, 10)}, median of each of 3 runs after a warm-up pass, and how
 * many searches by words (with an embedding each for an English text) and catalog reads one match asks of search.
 * Runs alternate the sentences' search over the whole library (as before stop 57, its scores then kept for the
 * paragraph's best 20: the same answers) and among those 20, so that both see the same load. Run with
 * {@code nice -n 10 mvn -B -ntp -o test -Dtest=LongParagraphCost -Dkmb.probe=true} (skipped otherwise, also in
 * the matching package's runs).
 */
class LongParagraphCost {

    /** Counts what matching asks of the shipped library's search. */
    static final class Counting extends ChallengeSearch {
        final ChallengeSearch search;
        final AtomicInteger relevance = new AtomicInteger();
        final AtomicInteger english = new AtomicInteger();
        final AtomicInteger catalogs = new AtomicInteger();
        final AtomicInteger topics = new AtomicInteger();
        final java.util.concurrent.atomic.AtomicLong searching = new java.util.concurrent.atomic.AtomicLong();
        /** Whether a sentence is searched over the whole library, as before stop 57 (its scores then kept among). */
        boolean wholeLibrary;

        Counting(ChallengeSearch search) {
            this.search = search;
        }

        @Override
        public Map<String, Float> relevance(String text, int max) {
            relevance.incrementAndGet();
            if (!"fr".equals(ChallengeSearch.languageOf(text))) {
                english.incrementAndGet();
            }
            long c = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            try {
                return search.relevance(text, max);
            } finally {
                searching.addAndGet(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - c);
            }
        }

        @Override
        public Map<String, Float> relevance(String text, Collection<String> among) {
            relevance.incrementAndGet();
            if (!"fr".equals(ChallengeSearch.languageOf(text))) {
                english.incrementAndGet();
            }
            long c = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            try {
                if (wholeLibrary) {
                    Map<String, Float> kept = new java.util.HashMap<>();
                    search.relevance(text, MatchingService.CHALLENGE_CANDIDATES).forEach((id, v) -> {
                        if (among.contains(id)) {
                            kept.put(id, v);
                        }
                    });
                    return kept;
                }
                return search.relevance(text, among);
            } finally {
                searching.addAndGet(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - c);
            }
        }

        @Override
        public List<CatalogEntry> catalog() {
            catalogs.incrementAndGet();
            return search.catalog();
        }

        @Override
        public LanguageCatalog catalog(String language) {
            catalogs.incrementAndGet();
            return search.catalog(language);
        }

        @Override
        public Map<String, Double> namedTopics(String text, String language) {
            topics.incrementAndGet();
            return search.namedTopics(text, language);
        }

        @Override
        public Map<String, Double> usedTopics(String text, String language) {
            topics.incrementAndGet();
            return search.usedTopics(text, language);
        }

        @Override
        public Map<String, String> titles(Collection<String> ids) {
            return search.titles(ids);
        }

        @Override
        public Map<String, List<String>> matchedWords(Collection<String> ids, String text) {
            return search.matchedWords(ids, text);
        }
    }

    @Test
    @EnabledIfSystemProperty(named = "kmb.probe", matches = "true")
    void costOfALongParagraph() {
        MatchingFixture library = MatchingFixture.sharedShippedLibrary();
        Counting search = new Counting(library.search());
        MatchingService matching = new MatchingService();
        matching.search = search;
        matching.taxonomies = new TaxonomyService() {
            @Override
            public Taxonomy current() {
                return library.taxonomy();
            }
        };
        List<OrganizationProfile> long_ = JudgedProfiles.load().stream().map(JudgedProfiles.Judged::profile)
                .filter(p -> ChallengeRelevance.isLong(p.challenges())).toList();
        assertFalse(long_.isEmpty(), "the tuning set has long profiles to time");
        // What is timed is one answer read two ways: each long profile gets the same matches, in the same order.
        for (OrganizationProfile profile : long_) {
            search.wholeLibrary = true;
            List<String> before = matching.match(profile, 10).stream().map(Match::id).toList();
            search.wholeLibrary = false;
            assertEquals(before, matching.match(profile, 10).stream().map(Match::id).toList(), profile
                    .challenges());
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int warm = 0; warm < 4; warm++) {
            search.wholeLibrary = warm % 2 == 0;
            for (OrganizationProfile profile : long_) {
                matching.match(profile, 10);
            }
        }
        search.relevance.set(0);
        search.english.set(0);
        search.catalogs.set(0);
        search.topics.set(0);
        search.searching.set(0);
        List<String> lines = new ArrayList<>();
        for (int run = 1; run <= 6; run++) {
            search.wholeLibrary = run % 2 == 1;
            long[] cpu = new long[long_.size()];
            long[] wall = new long[long_.size()];
            for (int i = 0; i < long_.size(); i++) {
                long c = threads.getCurrentThreadCpuTime();
                long w = System.nanoTime();
                matching.match(long_.get(i), 10);
                wall[i] = System.nanoTime() - w;
                cpu[i] = threads.getCurrentThreadCpuTime() - c;
            }
            lines.add(String.format(
                    "run %d, %s: %d long profiles, CPU per match median %.1f ms (mean %.1f), wall median %.1f ms (mean %.1f); CPU in searches by words %.1f ms per match",
                    run,
                    search.wholeLibrary
                            ? "sentences over the whole library (before)"
                            : "sentences among the best 20 (after)",
                    long_.size(), median(cpu), mean(cpu), median(wall), mean(wall),
                    search.searching.getAndSet(0) / 1e6 / long_.size()));
        }
        int matches = 6 * long_.size();
        lines.add(String.format(
                "per match: %.1f searches by words (%.1f in English, an embedding each), %.1f catalog reads, %.1f topic readings",
                search.relevance.get() / (double) matches, search.english.get() / (double) matches,
                search.catalogs.get() / (double) matches, search.topics.get() / (double) matches));
        System.out.println("\nLongParagraphCost\n" + String.join("\n", lines));
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }

    private static double mean(long[] nanos) {
        return Arrays.stream(nanos).average().orElse(0) / 1e6;
    }
}

package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The relevance floor that separates strong matches from the rest, chosen on the tuning set (never the held-out one):
 * of the candidate floors, the one whose strong matches agree best (F1) with the resources judged useful or better.
 * Counting them leaves the ranking as it is (nDCG@10 the same as with no floor at all).
 */
class StrongMatchesTest {

    private static final double[] CANDIDATES = {0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95};
    private static final double CHOSEN = StrongMatches.floor;
    private static SearchFixture library;

    @BeforeAll
    static void build() {
        library = SearchFixture.sharedShippedLibrary();
    }

    @AfterEach
    void restore() {
        StrongMatches.floor = CHOSEN;
    }

    /**
     * Signs alone (emoji, quotes, punctuation) rank nothing, so nothing is called a strong match: the search is refused
     * as having no word to search for.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("signsOnly")
    void aQueryWithoutWordsCountsNoStrongMatch(String signs) {
        for (String language : List.of("en", "fr")) {
            SearchResult result;
            try {
                result = library.search.search(new SearchRequest(signs, Map.of(), null, null,
                        SearchRequest.Order.RELEVANCE, 1, 10, language));
            } catch (BadQueryException refused) {
                assertTrue(refused.code().equals(BadQueryException.WITHOUT_WORDS), refused.code());
                continue;
            }
            assertTrue(result.strong() <= 0, signs + ": " + result.strong() + " strong of " + result.total());
            assertTrue(!result.strongCounted(), signs);
        }
    }

    static java.util.stream.Stream<String> signsOnly() {
        List<String> signs = List.of("\"", "\uD83D\uDE00", "\u2764\uFE0F", "!", "?", "«", "»", "…", "—", "#", "*",
                "\uD83C\uDF89", "(", ")", "’", "&", "+");
        java.util.Random random = new java.util.Random(22);
        List<String> queries = new ArrayList<>(List.of("\"\uD83D\uDE00", "\uD83D\uDE00"));
        for (int i = 0; i < 30; i++) {
            StringBuilder q = new StringBuilder();
            for (int n = 1 + random.nextInt(6); n > 0; n--) {
                q.append(signs.get(random.nextInt(signs.size()))).append(random.nextBoolean() ? " " : "");
            }
            queries.add(q.toString());
        }
        return queries.stream();
    }

    @Test
    void theFloorIsTheTuningSetsBestAndListingStrongMatchesFirstKeepsTheRanking() {
        List<Judgments.Judged> queries = Judgments.load();
        double[] f1 = new double[CANDIDATES.length];
        double[] ndcg = new double[CANDIDATES.length];
        for (int c = 0; c < CANDIDATES.length; c++) {
            StrongMatches.floor = CANDIDATES[c];
            for (Judgments.Judged q : queries) {
                Map<String, Integer> grades = oneVersion(q.grades(), q.language());
                Set<String> relevant = new HashSet<>();
                grades.forEach((id, grade) -> {
                    if (grade >= 2) {
                        relevant.add(id);
                    }
                });
                SearchResult first = library.search.search(new SearchRequest(q.query(), Map.of(), null, null,
                        SearchRequest.Order.RELEVANCE, 1, 50, q.language()));
                List<String> strong = strong(first, q.query(), q.language());
                long agreed = strong.stream().filter(relevant::contains).count();
                f1[c] += strong.size() + relevant.size() == 0 ? 1 : 2.0 * agreed / (strong.size() + relevant.size());
                List<String> ranked = library.ids(first);
                ndcg[c] += Judgments.ndcg(ranked.subList(0, Math.min(10, ranked.size())), grades, 10);
            }
            f1[c] /= queries.size();
            ndcg[c] /= queries.size();
        }
        StrongMatches.floor = 0;
        double unfloored = 0;
        for (Judgments.Judged q : queries) {
            List<String> ranked = library.ids(library.search.search(new SearchRequest(q.query(), Map.of(), null,
                    null, SearchRequest.Order.RELEVANCE, 1, 50, q.language())));
            unfloored += Judgments.ndcg(ranked.subList(0, Math.min(10, ranked.size())),
                    oneVersion(q.grades(), q.language()), 10);
        }
        unfloored /= queries.size();
        System.out.printf("%nStrong matches on the tuning set (%d queries): floor, F1 against 'useful or better',"
                + " nDCG@10 (no floor: %.3f)%n", queries.size(), unfloored);
        int best = 0;
        for (int c = 0; c < CANDIDATES.length; c++) {
            System.out.printf("  %.2f  F1 %.3f  nDCG@10 %.3f%n", CANDIDATES[c], f1[c], ndcg[c]);
            best = f1[c] > f1[best] ? c : best;
        }
        assertEquals(CANDIDATES[best], CHOSEN, 1e-9, "the floor the portal uses is the tuning set's best");
        int chosen = best;
        assertTrue(Math.abs(ndcg[chosen] - unfloored) < 1e-9, String.format(
                "counting strong matches changed nDCG@10 from %.3f to %.3f", unfloored, ndcg[chosen]));
    }

    @Test
    void aPreciseQuestionHasFewStrongMatchesAmongManyRelated() {
        SearchResult result = library.search.search(SearchRequest.simple(
                "how do we plan for staff turnover in a small program", "en"));
        assertTrue(result.strong() >= 1 && result.strong() < result.total() / 2,
                "strong " + result.strong() + " of " + result.total());
        List<SearchResult.Hit> hits = result.hits();
        for (int i = 0; i < hits.size(); i++) {
            assertEquals(i < result.strong(), hits.get(i).strong(), "strong matches lead the list: " + i);
        }
    }

    /** The ids of the strong matches, which lead the ranking. */
    private static List<String> strong(SearchResult first, String query, String language) {
        List<String> ids = new ArrayList<>();
        SearchResult result = first;
        for (int page = 1; page <= 4; page++) {
            if (page > 1) {
                result = library.search.search(new SearchRequest(query, Map.of(), null, null,
                        SearchRequest.Order.RELEVANCE, page, 50, language));
            }
            for (SearchResult.Hit hit : result.hits()) {
                if (!hit.strong()) {
                    return ids;
                }
                ids.add(hit.id());
            }
            if (result.hits().size() < 50) {
                return ids;
            }
        }
        return ids;
    }

    /** As in RelevanceTest: the other-language version of a resource that exists in the query's language grades 0. */
    private static Map<String, Integer> oneVersion(Map<String, Integer> grades, String language) {
        Map<String, Integer> kept = new java.util.HashMap<>();
        grades.forEach((id, grade) -> {
            boolean otherVersion = library.resources.stream().anyMatch(r -> !r.language().equals(language)
                    && r.id().equals(id) && library.resources.stream().anyMatch(t -> t.language().equals(language)
                            && (t.id().equals(r.translationOf()) || t.translationOf().equals(r.id()))));
            kept.put(id, otherVersion ? 0 : grade);
        });
        return kept;
    }

    /**
     * Real queries, for readers in both languages: a sample of the judged ones (the tuning set) and practitioners'
     * questions from the user test.
     */
    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> realQueries() {
        List<String> queries = new ArrayList<>(List.of("mentoring", "practice guide",
                "how do we keep volunteer mentors from quitting in the first year", "comment garder nos bénévoles"));
        List<String> judged = Judgments.load().stream().map(Judgments.Judged::query).toList();
        java.util.Random random = new java.util.Random(org.kmbportal.testing.Gen.seed() ^ 0x5721L);
        for (int i = 0; i < 10; i++) {
            queries.add(judged.get(random.nextInt(judged.size())));
        }
        return queries.stream().distinct().flatMap(q -> java.util.stream.Stream.of(
                org.junit.jupiter.params.provider.Arguments.of(q, "en"),
                org.junit.jupiter.params.provider.Arguments.of(q, "fr")));
    }

    /**
     * Narrowing never raises a count ("3 strong · 101 related" became "4 strong · 20 related" when the reader
     * ticked Practice guide: user test): for every filter the search offers (each value of each facet, each decade),
     * the filtered search has at most as many strong matches and results as the search without it, and its strong
     * matches are strong matches of the search without it.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "[{index}] {0} for a reader in {1}")
    @org.junit.jupiter.params.provider.MethodSource("realQueries")
    void narrowingByAnyFilterNeverRaisesTheCounts(String query, String reader) {
        SearchResult all = library.search.search(new SearchRequest(query, Map.of(), null, null,
                SearchRequest.Order.RELEVANCE, 1, SearchRequest.MAX_SIZE, reader));
        Set<String> strongIds = new HashSet<>(strong(all, query, reader));
        List<String> problems = new ArrayList<>();
        all.facets().forEach((dimension, values) -> {
            for (SearchResult.FacetValue value : values) {
                SearchRequest narrowed = dimension.equals(FacetLabels.YEAR)
                        ? decade(query, value.key(), reader)
                        : new SearchRequest(query, Map.of(dimension, List.of(value.key())), null, null,
                                SearchRequest.Order.RELEVANCE, 1, SearchRequest.MAX_SIZE, reader);
                SearchResult filtered = library.search.search(narrowed);
                String what = dimension + "=" + value.key() + ": ";
                if (filtered.strong() > all.strong()) {
                    problems.add(what + filtered.strong() + " strong, " + all.strong() + " without it");
                }
                if (filtered.total() > all.total()) {
                    problems.add(what + filtered.total() + " results, " + all.total() + " without it");
                }
                for (SearchResult.Hit hit : filtered.hits()) {
                    if (hit.strong() && !strongIds.contains(hit.id()) && !strongIds.contains(hit.alsoIn())) {
                        problems.add(what + hit.id() + " is strong only when filtered");
                    }
                }
            }
        });
        assertEquals(List.of(), problems, query + " (" + all.strong() + " strong of " + all.total() + ")");
    }

    /** A search narrowed to a decade of the year facet ("2010-2019", "2020-"). */
    private static SearchRequest decade(String query, String key, String reader) {
        String[] bounds = key.split("-", -1);
        Integer from = bounds[0].isEmpty() ? null : Integer.valueOf(bounds[0]);
        Integer to = bounds.length < 2 || bounds[1].isEmpty() ? null : Integer.valueOf(bounds[1]);
        return new SearchRequest(query, Map.of(), from, to, SearchRequest.Order.RELEVANCE, 1, SearchRequest.MAX_SIZE,
                reader);
    }
}

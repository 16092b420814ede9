package org.kmbportal.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kmbportal.library.Taxonomy;
import org.kmbportal.library.TaxonomyService;
import org.kmbportal.search.MatchingFixture;
import org.kmbportal.testing.HoldoutSet;
import org.kmbportal.testing.HoldoutSet.Profile;

/**
 * Matching on the held-out organization profiles (issue 11, item 5), never tuned on. The report gives nDCG@5 per
 * language and per kind of profile, for the portal's matching (MatchingService, as POST /api/match runs it), for the
 * filters-only baseline and for plain BM25 reading the challenges as a query, and is written to
 * target/relevance-holdout/matching.txt. A profile the portal fails on
 * scores 0 and is marked as an error. Only the soundness of the set and the completeness of the run are asserted.
 */
class HoldoutMatchingTest {

    static final int K = 5;
    /** Depth of the pool whose unjudged items the report lists for judging. */
    static final int POOL = 20;
    static final int MIN_WORDS = 50;

    private static MatchingFixture library;
    private static MatchingService matching;

    @BeforeAll
    static void index() {
        library = MatchingFixture.sharedShippedLibrary();
        matching = new MatchingService();
        matching.search = library.search();
        matching.taxonomies = new TaxonomyService() {
            @Override
            public Taxonomy current() {
                return library.taxonomy();
            }
        };
    }

    @Test
    void heldOutProfilesAreEnoughAcceptedByThePortalAndWrittenAsParagraphs() {
        List<Profile> profiles = HoldoutSet.profiles();
        assertTrue(profiles.size() >= 15, "at least 15 held-out profiles, not " + profiles.size());
        assertEquals(profiles.size(), profiles.stream().map(Profile::id).distinct().count(), "ids are unique");
        assertTrue(profiles.stream().filter(p -> "fr".equals(p.language())).count() >= 3, "several in French");
        assertTrue(profiles.stream().filter(p -> p.context().size() <= 1).count() >= 2, "some with few fields");
        for (Profile p : profiles) {
            assertTrue(Set.of("en", "fr").contains(p.language()), p.id() + " is in en or fr");
            assertTrue(p.challengeWords() >= MIN_WORDS, p.id() + "'s challenges have " + p.challengeWords()
                    + " words, fewer than " + MIN_WORDS);
            assertEquals(Optional.empty(), ProfileCheck.check(profile(p), library.taxonomy()),
                    p.id() + " is a profile the portal accepts");
        }
    }

    @Test
    void everyProfileHasAUsefulAnswerAndJudgesOnlyShippedItemsInTheRightLanguage() {
        Map<String, HoldoutSet.Item> items = HoldoutSet.items(library.resources(), library.collections());
        List<Profile> profiles = HoldoutSet.profiles();
        assertEquals(profiles.stream().map(Profile::id).collect(Collectors.toSet()),
                HoldoutSet.judgments("profile-judgments.yaml").keySet(), "one judgment block per profile");
        for (Profile p : profiles) {
            assertTrue(p.grades().values().stream().anyMatch(g -> g >= 2), p.id() + " has a resource graded 2 or 3");
            p.grades().forEach((id, grade) -> {
                assertTrue(items.containsKey(id), p.id() + " judges " + id + ", which the library does not ship");
                assertTrue(grade >= 0 && grade <= 3, p.id() + " grades " + id + " " + grade);
                assertTrue(grade == 0 || !items.get(id).translatedInto(p.language(), items), p.id() + " grades " + id
                        + ", but the library has it in " + p.language() + ": judge that version instead");
            });
        }
    }

    @Test
    void reportsMatchingNdcgPerKindOfProfileForThePortalAndTheFiltersOnlyBaseline() throws IOException {
        List<Profile> profiles = HoldoutSet.profiles();
        Map<String, List<String>> portal = new LinkedHashMap<>();
        Map<String, List<String>> filters = new LinkedHashMap<>();
        Map<String, List<String>> plain = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (Profile p : profiles) {
            try {
                portal.put(p.id(), matching.match(profile(p), POOL).stream().map(Match::id).toList());
            } catch (RuntimeException e) {
                errors.put(p.id(), e.getClass().getSimpleName() + ": " + e.getMessage());
                portal.put(p.id(), List.of());
            }
            filters.put(p.id(), FiltersOnlyBaseline.rank(library.resources(), profile(p), POOL));
            plain.put(p.id(), library.plainBm25(p.challenges(), POOL));
        }
        Map<String, Map<String, List<String>>> ranked = new LinkedHashMap<>();
        ranked.put("portal", portal);
        ranked.put("filters", filters);
        ranked.put("bm25-en", plain);
        Map<String, Map<String, Double>> scores = new LinkedHashMap<>();
        ranked.forEach((name, byProfile) -> scores.put(name, profiles.stream().collect(Collectors.toMap(Profile::id,
                p -> HoldoutSet.ndcg(byProfile.get(p.id()), p.grades(), K)))));

        String table = table(profiles, scores, errors);
        System.out.print(table);
        Path file = HoldoutSet.write("matching.txt", table + details(profiles, ranked, scores, errors));
        System.out.println("Per profile, pool and worst cases: " + file.toAbsolutePath());

        String written = Files.readString(file);
        categories(profiles, errors).keySet()
                .forEach(c -> assertTrue(written.contains(c), "the report has a row for " + c));
        scores.values().forEach(byProfile -> assertEquals(profiles.size(), byProfile.size()));
    }

    static OrganizationProfile profile(Profile p) {
        return new OrganizationProfile(p.context(), p.challenges(), p.language());
    }

    private static Map<String, List<Profile>> categories(List<Profile> profiles, Map<String, String> errors) {
        Map<String, List<Profile>> categories = new LinkedHashMap<>();
        for (String language : List.of("en", "fr")) {
            categories.put("language " + language, profiles.stream().filter(p -> p.language().equals(language))
                    .toList());
        }
        categories.put("few fields (0-1)", profiles.stream().filter(p -> p.context().size() <= 1).toList());
        categories.put("most fields (2+)", profiles.stream().filter(p -> p.context().size() > 1).toList());
        categories.put("long challenge (100+ words)", profiles.stream().filter(p -> p.challengeWords() >= 100)
                .toList());
        categories.put("portal ran without error", profiles.stream().filter(p -> !errors.containsKey(p.id()))
                .toList());
        categories.put("all", profiles);
        return categories;
    }

    private static String table(List<Profile> profiles, Map<String, Map<String, Double>> scores,
            Map<String, String> errors) {
        StringBuilder out = new StringBuilder(String.format("%nHeld-out context matching, nDCG@%d (%d profiles, %d in "
                + "French); never tune on this set%n%-28s %8s %8s", K, profiles.size(),
                profiles.stream().filter(
                        p -> p.language().equals("fr")).count(),
                "category", "profiles", "errors"));
        scores.keySet().forEach(name -> out.append(String.format(" %8s", name)));
        out.append('\n');
        categories(profiles, errors).forEach((category, members) -> {
            out.append(String.format("%-28s %8d %8d", category, members.size(), members.stream().filter(
                    p -> errors.containsKey(p.id())).count()));
            scores.values().forEach(byProfile -> out.append(String.format(" %8.3f", members.stream().mapToDouble(
                    p -> byProfile.get(p.id())).average().orElse(0))));
            out.append('\n');
        });
        errors.forEach((id, error) -> out.append("portal error on ").append(id).append(" (scored 0): ").append(error)
                .append('\n'));
        return out.toString();
    }

    private static String details(List<Profile> profiles, Map<String, Map<String, List<String>>> ranked,
            Map<String, Map<String, Double>> scores, Map<String, String> errors) {
        StringBuilder out = new StringBuilder("""

                portal = MatchingService.match (what POST /api/match runs); filters = facet filters and applies_when,
                newest first (FiltersOnlyBaseline); bm25-en = Lucene BM25, EnglishAnalyzer, title and body, queried
                with the challenges paragraph. A portal error scores 0.

                Every profile, worst portal nDCG@5 first, with the portal's first five answers and their grades:
                """);
        Map<String, Double> portal = scores.get("portal");
        List<Profile> worstFirst = new ArrayList<>(profiles);
        worstFirst.sort(Comparator.comparingDouble((Profile p) -> portal.get(p.id())).thenComparing(Profile::id));
        for (Profile p : worstFirst) {
            out.append(String.format("%s %s %3d words", p.id(), p.language(), p.challengeWords()));
            scores.values().forEach(byProfile -> out.append(String.format(" %.3f", byProfile.get(p.id()))));
            out.append(String.format("  %s%n      %s%n", p.description(), errors.containsKey(p.id())
                    ? "ERROR " + errors.get(p.id())
                    : ranked.get("portal").get(p.id()).stream().limit(K).map(id -> id + " (" + p.grades()
                            .getOrDefault(id, 0) + ")").collect(Collectors.joining(", "))));
        }
        out.append(String.format("%nUnjudged items in the top %d of any ranking, in alphabetical order (judge them "
                + "from their files, not from their rank):%n", POOL));
        for (Profile p : profiles) {
            Set<String> pool = new TreeSet<>();
            ranked.values().forEach(byProfile -> pool.addAll(byProfile.get(p.id())));
            pool.removeAll(p.grades().keySet());
            out.append(p.id()).append(": ").append(pool.isEmpty() ? "-" : String.join(", ", pool)).append('\n');
        }
        return out.toString();
    }
}

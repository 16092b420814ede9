package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kmbportal.testing.HoldoutSet;
import org.kmbportal.testing.HoldoutSet.Question;

/**
 * Search on the held-out questions (issue 11, item 5): a yardstick no ranking is ever tuned on. The report gives
 * nDCG@10 per kind of question and per language, for the portal and for two plain BM25 baselines, and is written to
 * target/relevance-holdout/search.txt. What is asserted is only that the set is sound and the run complete; floors
 * for the portal belong to whoever changes the ranking.
 */
class HoldoutRelevanceTest {

    static final int K = 10;
    /** Depth of the pool whose unjudged items the report lists for judging. */
    static final int POOL = 20;
    static final List<String> KINDS = List.of("question", "problem", "keywords", "misspelled", "named");

    private static SearchFixture library;
    private static Map<String, Function<Question, List<String>>> rankings;
    private static Map<String, String> errors;

    @BeforeAll
    static void buildIndexes() {
        library = SearchFixture.sharedShippedLibrary();
        List<IndexEntry> entries = new ArrayList<>();
        library.resources.forEach(r -> entries.add(LibraryReader.entry(r, 1)));
        library.collections.forEach(c -> entries.add(LibraryReader.entry(c, 1)));
        EnglishTitleBodyBaseline titleBody = new EnglishTitleBodyBaseline(entries);
        PlainBm25Baseline allText = new PlainBm25Baseline(entries);
        errors = new LinkedHashMap<>();
        rankings = new LinkedHashMap<>();
        rankings.put("portal", HoldoutRelevanceTest::portal);
        rankings.put("bm25-en", q -> titleBody.search(q.query(), POOL));
        rankings.put("bm25-all", q -> allText.search(q.query(), POOL));
    }

    @Test
    void heldOutQuestionsAreEnoughAndSpreadAcrossKindsAndBothLanguages() {
        List<Question> questions = HoldoutSet.questions();
        assertTrue(questions.size() >= 40, "at least 40 held-out questions, not " + questions.size());
        assertTrue(questions.stream().filter(q -> q.language().equals("fr")).count() >= 10, "at least 10 in French");
        assertEquals(questions.size(), questions.stream().map(Question::id).distinct().count(), "ids are unique");
        for (Question q : questions) {
            assertTrue(KINDS.contains(q.kind()), q.id() + " has an unknown kind " + q.kind());
            assertTrue(Set.of("en", "fr").contains(q.language()), q.id() + " is in en or fr");
            assertTrue(!q.query().isBlank(), q.id() + " has words");
        }
        for (String kind : KINDS) {
            assertTrue(questions.stream().filter(q -> q.kind().equals(kind)).count() >= 4, "4 or more " + kind);
        }
        assertTrue(questions.stream().filter(q -> q.language().equals("fr")).map(Question::kind).distinct()
                .count() >= 3, "the French questions are of several kinds");
    }

    @Test
    void everyQuestionHasAUsefulAnswerAndJudgesOnlyShippedItemsInTheRightLanguage() {
        Map<String, HoldoutSet.Item> items = shippedItems();
        List<Question> questions = HoldoutSet.questions();
        Set<String> ids = questions.stream().map(Question::id).collect(Collectors.toSet());
        assertEquals(ids, HoldoutSet.judgments("query-judgments.yaml").keySet(), "one judgment block per question");
        for (Question q : questions) {
            assertTrue(q.grades().values().stream().anyMatch(g -> g >= 2), q.id() + " has a resource graded 2 or 3");
            q.grades().forEach((id, grade) -> {
                assertTrue(items.containsKey(id), q.id() + " judges " + id + ", which the library does not ship");
                assertTrue(grade >= 0 && grade <= 3, q.id() + " grades " + id + " " + grade);
                assertTrue(grade == 0 || !items.get(id).translatedInto(q.language(), items), q.id() + " grades " + id
                        + ", but the library has it in " + q.language() + ": judge that version instead");
            });
        }
        Set<String> shipped = new TreeSet<>(items.keySet());
        assertTrue(shipped.containsAll(HoldoutSet.reviewed()), "reviewed.yaml lists only shipped items");
    }

    @Test
    void ndcgIsOneForTheJudgesOwnOrderAndLessWhenTheBestAnswerIsMissing() {
        Map<String, Integer> grades = Map.of("a", 3, "b", 2, "c", 1);
        assertEquals(1.0, HoldoutSet.ndcg(List.of("a", "b", "c"), grades, K), 1e-9);
        assertEquals(1.0, HoldoutSet.ndcg(List.of("a", "b", "x", "c"), Map.of("a", 3, "b", 2), K), 1e-9);
        assertTrue(HoldoutSet.ndcg(List.of("x", "b", "c"), grades, K) < HoldoutSet.ndcg(List.of("b", "a", "c"),
                grades, K));
        assertEquals(0.0, HoldoutSet.ndcg(List.of("x", "y"), grades, K), 1e-9);
    }

    @Test
    void reportsSearchNdcgPerKindAndLanguageForThePortalAndPlainBm25() throws IOException {
        List<Question> questions = HoldoutSet.questions();
        Map<String, Map<String, List<String>>> ranked = new LinkedHashMap<>();
        rankings.forEach((name, ranking) -> {
            Map<String, List<String>> byQuestion = new HashMap<>();
            questions.forEach(q -> byQuestion.put(q.id(), ranking.apply(q)));
            ranked.put(name, byQuestion);
        });
        Map<String, Map<String, Double>> scores = new LinkedHashMap<>();
        ranked.forEach((name, byQuestion) -> scores.put(name, questions.stream().collect(Collectors.toMap(
                Question::id, q -> HoldoutSet.ndcg(byQuestion.get(q.id()), q.grades(), K)))));

        String table = table(questions, scores);
        System.out.print(table);
        Path file = HoldoutSet.write("search.txt", table + details(questions, ranked, scores));
        System.out.println("Per question, pool and worst cases: " + file.toAbsolutePath());

        String written = Files.readString(file);
        for (String category : categories(questions).keySet()) {
            assertTrue(written.contains(category), "the report has a row for " + category);
        }
        scores.values().forEach(byQuestion -> assertEquals(questions.size(), byQuestion.size()));
    }

    private static List<String> portal(Question q) {
        try {
            return library.ids(library.search.search(new SearchRequest(q.query(), Map.of(), null, null,
                    SearchRequest.Order.RELEVANCE, 1, POOL, q.language())));
        } catch (RuntimeException e) {
            errors.put(q.id(), e.getClass().getSimpleName() + ": " + e.getMessage());
            return List.of();
        }
    }

    private static Map<String, List<Question>> categories(List<Question> questions) {
        Map<String, List<Question>> categories = new LinkedHashMap<>();
        KINDS.forEach(kind -> categories.put("kind " + kind, questions.stream().filter(q -> q.kind().equals(kind))
                .toList()));
        for (String language : List.of("en", "fr")) {
            categories.put("language " + language, questions.stream().filter(q -> q.language().equals(language))
                    .toList());
        }
        categories.put("all", questions);
        return categories;
    }

    private static String table(List<Question> questions, Map<String, Map<String, Double>> scores) {
        StringBuilder out = new StringBuilder(String.format("%nHeld-out search relevance, nDCG@%d (%d questions, "
                + "%d in French); never tune on this set%n", K, questions.size(),
                questions.stream().filter(
                        q -> q.language().equals("fr")).count()));
        out.append(String.format("%-20s %9s", "category", "questions"));
        scores.keySet().forEach(name -> out.append(String.format(" %9s", name)));
        out.append('\n');
        categories(questions).forEach((category, members) -> {
            out.append(String.format("%-20s %9d", category, members.size()));
            scores.values().forEach(byQuestion -> out.append(String.format(" %9.3f", members.stream().mapToDouble(
                    q -> byQuestion.get(q.id())).average().orElse(0))));
            out.append('\n');
        });
        out.append(errors.isEmpty() ? "portal errors: none\n" : "portal errors (scored 0): " + errors + "\n");
        return out.toString();
    }

    private static String details(List<Question> questions, Map<String, Map<String, List<String>>> ranked,
            Map<String, Map<String, Double>> scores) {
        StringBuilder out = new StringBuilder("""

                portal = SearchService, the question's language as the reader's;
                bm25-en = Lucene BM25, EnglishAnalyzer, title and body fields;
                bm25-all = Lucene BM25, StandardAnalyzer, all text in one field (PlainBm25Baseline).

                Every question, worst portal nDCG@10 first, with the portal's first three answers and their grades:
                """);
        List<Question> worstFirst = new ArrayList<>(questions);
        worstFirst.sort(Comparator.comparingDouble((Question q) -> scores.get("portal").get(q.id()))
                .thenComparing(Question::id));
        for (Question q : worstFirst) {
            out.append(String.format("%s %-10s %s", q.id(), q.kind(), q.language()));
            scores.values().forEach(byQuestion -> out.append(String.format(" %.3f", byQuestion.get(q.id()))));
            out.append(String.format("  \"%s\"%n      %s%n", q.query(), ranked.get("portal").get(q.id()).stream()
                    .limit(3).map(id -> id + " (" + q.grades().getOrDefault(id, 0) + ")")
                    .collect(Collectors.joining(", "))));
        }
        out.append(String.format("%nUnjudged items in the top %d of any ranking, in alphabetical order (judge them "
                + "from their files, not from their rank):%n", POOL));
        for (Question q : questions) {
            Set<String> pool = new TreeSet<>();
            ranked.values().forEach(byQuestion -> pool.addAll(byQuestion.get(q.id())));
            pool.removeAll(q.grades().keySet());
            out.append(q.id()).append(": ").append(pool.isEmpty() ? "-" : String.join(", ", pool)).append('\n');
        }
        Set<String> unreviewed = new TreeSet<>(shippedItems().keySet());
        unreviewed.removeAll(HoldoutSet.reviewed());
        out.append(String.format("%nLibrary items not yet judged for this set (they count as 0 everywhere): %s%n",
                unreviewed.isEmpty() ? "none" : String.join(", ", unreviewed)));
        return out.toString();
    }

    private static Map<String, HoldoutSet.Item> shippedItems() {
        return HoldoutSet.items(library.resources, library.collections);
    }
}

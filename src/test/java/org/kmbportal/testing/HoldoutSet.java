package org.kmbportal.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kmbportal.curation.CollectionContent;
import org.kmbportal.library.ResourceContent;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The held-out relevance set (src/test/resources/relevance/holdout): practitioners' questions and organization
 * profiles judged against the shipped library and never used for tuning (the README there says how it was judged).
 * This class only reads the files and computes nDCG; the search and matching tests run the rankings on it.
 */
public final class HoldoutSet {

    public static final Path DIR = Path.of("src/test/resources/relevance/holdout");
    /** Where the reports are written, so that they can be read after a run. */
    public static final Path REPORTS = Path.of("target/relevance-holdout");

    /** A question as typed, with its grades by resource id (3 answers it, 2 useful, 1 related; absent is 0). */
    public record Question(String id, String kind, String language, String query, Map<String, Integer> grades) {
    }

    /** An organization as it describes itself to POST /api/match, with its grades by resource id. */
    public record Profile(String id, String description, String language, Map<String, List<String>> context,
            String challenges, Map<String, Integer> grades) {

        public int challengeWords() {
            return challenges.isBlank() ? 0 : challenges.strip().split("\\s+").length;
        }
    }

    /** A shipped item as the language rule sees it: its language and its translation link. */
    public record Item(String id, String language, String translationOf) {

        /**
         * True when this item is in another language than {@code wanted} and the library has its translation in
         * {@code wanted}: then only that translation is judged for a reader of {@code wanted}.
         */
        public boolean translatedInto(String wanted, Map<String, Item> items) {
            if (language.equals(wanted)) {
                return false;
            }
            Set<String> pair = new LinkedHashSet<>();
            if (!translationOf.isEmpty()) {
                pair.add(translationOf);
            }
            items.values().stream().filter(i -> i.translationOf().equals(id)).forEach(i -> pair.add(i.id()));
            return pair.stream().map(items::get).anyMatch(i -> i != null && i.language().equals(wanted));
        }
    }

    private HoldoutSet() {
    }

    /** The shipped library's items (resources and collections) by id. */
    public static Map<String, Item> items(List<ResourceContent> resources, List<CollectionContent> collections) {
        Map<String, Item> items = new LinkedHashMap<>();
        resources.forEach(r -> items.put(r.id(), new Item(r.id(), r.language(), r.translationOf() == null
                ? ""
                : r.translationOf())));
        collections.forEach(c -> items.put(c.id(), new Item(c.id(), c.language(), "")));
        return items;
    }

    public static List<Question> questions() {
        Map<String, Map<String, Integer>> judgments = judgments("query-judgments.yaml");
        List<Question> questions = new ArrayList<>();
        for (Map<String, Object> q : list(read("queries.yaml"), "queries")) {
            String id = (String) q.get("id");
            questions.add(new Question(id, (String) q.get("kind"), (String) q.get("language"),
                    String.valueOf(q.get("query")), judgments.getOrDefault(id, Map.of())));
        }
        return questions;
    }

    @SuppressWarnings("unchecked")
    public static List<Profile> profiles() {
        Map<String, Map<String, Integer>> judgments = judgments("profile-judgments.yaml");
        List<Profile> profiles = new ArrayList<>();
        for (Map<String, Object> p : list(read("profiles.yaml"), "profiles")) {
            Map<String, Object> profile = (Map<String, Object>) p.get("profile");
            Map<String, List<String>> context = new LinkedHashMap<>();
            ((Map<String, Object>) profile.getOrDefault("context", Map.of())).forEach((facet, v) -> context.put(facet,
                    v instanceof List<?> values
                            ? values.stream().map(String::valueOf).toList()
                            : List.of(
                                    String.valueOf(v))));
            String id = (String) p.get("id");
            profiles.add(new Profile(id, (String) p.get("description"), (String) profile.get("language"), context,
                    String.valueOf(profile.getOrDefault("challenges", "")), judgments.getOrDefault(id, Map.of())));
        }
        return profiles;
    }

    /** The judgments of one file as written: question or profile id, then resource id to grade. */
    @SuppressWarnings("unchecked")
    public static Map<String, Map<String, Integer>> judgments(String file) {
        Map<String, Map<String, Integer>> judgments = new LinkedHashMap<>();
        ((Map<String, Object>) read(file).get("judgments")).forEach((id, grades) -> {
            Map<String, Integer> byResource = new LinkedHashMap<>();
            if (grades != null) {
                ((Map<String, Object>) grades).forEach((resource, grade) -> byResource.put(resource,
                        ((Number) grade).intValue()));
            }
            judgments.put(id, byResource);
        });
        return judgments;
    }

    /** The library items that have been judged against every question and profile of the set. */
    @SuppressWarnings("unchecked")
    public static Set<String> reviewed() {
        return new LinkedHashSet<>((List<String>) read("reviewed.yaml").get("reviewed"));
    }

    /** Normalized discounted cumulative gain at depth k, with gains 2^grade - 1 (as the tuning sets use). */
    public static double ndcg(List<String> ranked, Map<String, Integer> grades, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            dcg += gain(grades.getOrDefault(ranked.get(i), 0)) / log2(i + 2);
        }
        List<Integer> ideal = grades.values().stream().sorted(Comparator.reverseOrder()).toList();
        double idcg = 0;
        for (int i = 0; i < Math.min(k, ideal.size()); i++) {
            idcg += gain(ideal.get(i)) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    /** Writes a report to target/relevance-holdout/{name}, replacing an older one. */
    public static Path write(String name, String report) {
        try {
            Files.createDirectories(REPORTS);
            Path file = REPORTS.resolve(name);
            Files.writeString(file, report);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double gain(int grade) {
        return Math.pow(2, grade) - 1;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(String file) {
        try {
            return (Map<String, Object>) new Load(LoadSettings.builder().build())
                    .loadFromString(Files.readString(DIR.resolve(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> root, String key) {
        return (List<Map<String, Object>>) root.get(key);
    }
}

package org.kmbportal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The judged query set (src/test/resources/search/judgments.yaml) and nDCG, the measure computed on it. */
final class Judgments {

    /** One judged query: the resources that answer it, graded 3 (exactly), 2 (useful) or 1 (related). */
    record Judged(String id, String kind, String query, Map<String, Integer> grades) {
        String language() {
            return kind.equals("french") ? "fr" : "en";
        }
    }

    private Judgments() {
    }

    @SuppressWarnings("unchecked")
    static List<Judged> load() {
        try {
            String yaml = Files.readString(Path.of("src/test/resources/search/judgments.yaml"));
            Map<String, Object> root = (Map<String, Object>) new Load(LoadSettings.builder().build())
                    .loadFromString(yaml);
            List<Judged> judged = new ArrayList<>();
            for (Map<String, Object> q : (List<Map<String, Object>>) root.get("queries")) {
                Map<String, Integer> grades = new LinkedHashMap<>();
                ((Map<String, Object>) q.get("judgments")).forEach((k, v) -> grades.put(k, ((Number) v).intValue()));
                judged.add(new Judged((String) q.get("id"), (String) q.get("kind"), (String) q.get("query"), grades));
            }
            return judged;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Normalized discounted cumulative gain of a ranking at depth k, with gains 2^grade - 1. */
    static double ndcg(List<String> ranked, Map<String, Integer> grades, int k) {
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

    private static double gain(int grade) {
        return Math.pow(2, grade) - 1;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}

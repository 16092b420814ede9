package org.kmbportal.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The judged organization profiles (src/test/resources/matching/profiles.yaml). */
final class JudgedProfiles {

    record Judged(String id, String description, OrganizationProfile profile, Map<String, Integer> grades) {
    }

    private JudgedProfiles() {
    }

    @SuppressWarnings("unchecked")
    static List<Judged> load() {
        try {
            String yaml = Files.readString(Path.of("src/test/resources/matching/profiles.yaml"));
            Map<String, Object> root = (Map<String, Object>) new Load(LoadSettings.builder().build())
                    .loadFromString(yaml);
            List<Judged> judged = new ArrayList<>();
            for (Map<String, Object> p : (List<Map<String, Object>>) root.get("profiles")) {
                Map<String, Object> profile = (Map<String, Object>) p.get("profile");
                Map<String, List<String>> context = new LinkedHashMap<>();
                ((Map<String, Object>) profile.getOrDefault("context", Map.of())).forEach((k, v) -> context.put(k,
                        v instanceof List<?> list
                                ? list.stream().map(String::valueOf).toList()
                                : List.of(String.valueOf(v))));
                Map<String, Integer> grades = new LinkedHashMap<>();
                ((Map<String, Object>) p.get("judgments")).forEach((k, v) -> grades.put(k, ((Number) v).intValue()));
                judged.add(new Judged((String) p.get("id"), (String) p.get("description"), new OrganizationProfile(
                        context, (String) profile.get("challenges"), (String) profile.get("language")), grades));
            }
            return judged;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static double ndcg(List<String> ranked, Map<String, Integer> grades, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            dcg += (Math.pow(2, grades.getOrDefault(ranked.get(i), 0)) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        List<Integer> ideal = grades.values().stream().sorted(java.util.Comparator.reverseOrder()).toList();
        double idcg = 0;
        for (int i = 0; i < Math.min(k, ideal.size()); i++) {
            idcg += (Math.pow(2, ideal.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }
}

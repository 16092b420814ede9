package org.kmbportal.search.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kmbportal.search.SearchResult;

/** The JSON shapes of search answers, as DESIGN.md gives them. */
public final class SearchJson {

    private SearchJson() {
    }

    public static Map<String, Object> result(SearchResult result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("total", result.total());
        if (result.strong() >= 0) {
            json.put("strong", result.strong());
        }
        json.put("page", result.page());
        json.put("size", result.size());
        json.put("hits", hits(result.hits()));
        Map<String, Object> facets = new LinkedHashMap<>();
        result.facets().forEach((dimension, values) -> facets.put(dimension, values.stream().map(v -> {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("key", v.key());
            value.put("label", v.label());
            value.put("count", v.count());
            return value;
        }).toList()));
        json.put("facets", facets);
        json.put("suggestion", result.suggestion());
        return json;
    }

    public static List<Map<String, Object>> hits(List<SearchResult.Hit> hits) {
        return hits.stream().map(hit -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", hit.id());
            json.put("type", hit.type());
            json.put("title", hit.title());
            json.put("language", hit.language());
            json.put("year", hit.year());
            json.put("score", hit.score());
            json.put("snippet", hit.snippet());
            json.put("strong", hit.strong());
            if (hit.hasTranslation()) {
                json.put("also_in", Map.of("id", hit.alsoIn(), "language", hit.alsoInLanguage()));
            }
            return json;
        }).toList();
    }
}

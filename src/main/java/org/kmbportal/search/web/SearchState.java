package org.kmbportal.search.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kmbportal.search.SearchRequest;

/**
 * Everything a search page shows, as it stands in the address: the words, the filters, the years, the order and the
 * page. Builds the address of the same search with one thing changed, so every state can be bookmarked and shared.
 */
public record SearchState(String query, Map<String, List<String>> filters, Integer yearFrom, Integer yearTo,
        boolean newest,
        int page, boolean asTyped) {

    public SearchState {
        query = query == null ? "" : query.strip();
        Map<String, List<String>> copy = new LinkedHashMap<>();
        filters.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        filters = copy;
        // As the search reads them: the page's chip and links say the years in their order.
        SearchRequest.Years years = new SearchRequest.Years(yearFrom, yearTo);
        yearFrom = years.from();
        yearTo = years.to();
    }

    boolean selected(String dimension, String value) {
        return filters.getOrDefault(dimension, List.of()).contains(value);
    }

    boolean filtered() {
        return !filters.isEmpty() || yearFrom != null || yearTo != null;
    }

    SearchState atPage(int number) {
        return new SearchState(query, filters, yearFrom, yearTo, newest, number, asTyped);
    }

    SearchState ordered(boolean byNewest) {
        return new SearchState(query, filters, yearFrom, yearTo, byNewest, 1, asTyped);
    }

    SearchState without(String dimension, String value) {
        Map<String, List<String>> fewer = new LinkedHashMap<>(filters);
        List<String> values = new ArrayList<>(fewer.getOrDefault(dimension, List.of()));
        values.remove(value);
        if (values.isEmpty()) {
            fewer.remove(dimension);
        } else {
            fewer.put(dimension, values);
        }
        return new SearchState(query, fewer, yearFrom, yearTo, newest, 1, asTyped);
    }

    /**
     * The years chosen as a chip writes them ("2010", "…" when open): text, since a number would be written with a
     * thousands separator ("2,010", « 2 010 »).
     */
    Object[] yearsWritten() {
        return new Object[]{yearFrom == null ? "…" : yearFrom.toString(), yearTo == null ? "…" : yearTo.toString()};
    }

    SearchState years(Integer from, Integer to) {
        return new SearchState(query, filters, from, to, newest, 1, asTyped);
    }

    SearchState withQuery(String words, boolean typed) {
        return new SearchState(words, filters, yearFrom, yearTo, newest, 1, typed);
    }

    SearchState cleared() {
        return new SearchState(query, Map.of(), null, null, newest, 1, asTyped);
    }

    /** The address of this search ({@code /search?q=...}), relative to the application. */
    String url(String base) {
        StringBuilder url = new StringBuilder();
        param(url, "q", query);
        filters.forEach((dimension, values) -> values.forEach(v -> param(url, param(dimension), v)));
        param(url, "year_from", yearFrom == null ? "" : yearFrom.toString());
        param(url, "year_to", yearTo == null ? "" : yearTo.toString());
        param(url, "sort", newest ? "newest" : "");
        param(url, "page", page > 1 ? Integer.toString(page) : "");
        param(url, "exact", asTyped ? "1" : "");
        return base + (url.isEmpty() ? "" : "?" + url.substring(1));
    }

    /** The page's parameter of a dimension: {@code language} is the resources' language ({@code lang} is the UI's). */
    static String param(String dimension) {
        return dimension;
    }

    private static void param(StringBuilder url, String name, String value) {
        if (value != null && !value.isEmpty()) {
            url.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}

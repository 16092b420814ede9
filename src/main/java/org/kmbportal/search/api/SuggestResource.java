package org.kmbportal.search.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.kmbportal.search.Suggestions;

/** {@code GET /api/suggest?q=}: topics, authors and titles that begin with what was typed. */
@Path("suggest")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SuggestResource {

    static final int MAX = 8;

    @Inject
    Suggestions suggestions;

    @Inject
    HttpServletRequest request;

    /**
     * {@code suggestions} as before (the texts); {@code items} the same, each with its {@code kind} (topic, author,
     * title) and, for a title, the {@code type} and {@code id} of what it names.
     */
    @GET
    public Map<String, Object> suggest(@QueryParam("q") String q) {
        List<Suggestions.Suggestion> found = suggestions.suggestions(q == null ? "" : q, ApiLanguage.of(request), MAX);
        List<Map<String, String>> items = new ArrayList<>();
        for (Suggestions.Suggestion s : found) {
            Map<String, String> item = new LinkedHashMap<>();
            item.put("text", s.text());
            item.put("kind", s.kind());
            if (s.id() != null) {
                item.put("type", s.type());
                item.put("id", s.id());
            }
            items.add(item);
        }
        return Map.of("suggestions", found.stream().map(Suggestions.Suggestion::text).toList(), "items", items);
    }
}

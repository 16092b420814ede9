package org.kmbportal.search.api;

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

    @GET
    public Map<String, Object> suggest(@QueryParam("q") String q) {
        return Map.of("suggestions", suggestions.suggest(q == null ? "" : q, ApiLanguage.of(request), MAX));
    }
}

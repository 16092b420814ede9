package org.kmbportal.search.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kmbportal.search.BadQueryException;
import org.kmbportal.search.SearchNotices;
import org.kmbportal.search.SearchFilters;
import org.kmbportal.search.SearchPerformed;
import org.kmbportal.search.SearchRequest;
import org.kmbportal.search.SearchResult;
import org.kmbportal.search.SearchService;
import org.kmbportal.web.ReaderConsent;
import org.kmbportal.web.api.ApiError;
import org.kmbportal.web.api.ApiException;
import org.kmbportal.web.api.ApiExamples;
import org.kmbportal.web.api.QueryParams;

/**
 * {@code GET /api/search?q=&type=&lang=&topic=&audience=&program_model=&population=&setting=&design=&year_from=
 * &year_to=&page=1&size=10&sort=relevance|newest}. A filter may repeat ({@code topic=a&topic=b}: either); any other
 * vocabulary of the library filters by its own name. Wrong values get a 400 naming the nearest valid one. A search
 * with words is announced ({@link SearchPerformed}) when the caller allows signals.
 */
@Path("search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
public class SearchResource {

    private static final Logger LOG = Logger.getLogger(SearchResource.class.getName());

    @Inject
    SearchService search;

    @Inject
    SearchFilters filters;

    @Inject
    HttpServletRequest request;

    @Context
    UriInfo uri;

    @Inject
    Event<SearchPerformed> searched;

    @GET
    @Operation(summary = "Search the published library", description = "Words in English or French find resources in"
            + " both, best first. Filters may repeat (topic=a&topic=b: either); any vocabulary of the library filters"
            + " by its own name. Labels follow Accept-Language.")
    @Parameter(name = "q", in = ParameterIn.QUERY, description = "Words to find", example = "mentor training")
    @Parameter(name = "type", in = ParameterIn.QUERY, schema = @Schema(enumeration = {"research-summary",
            "practice-guide", "collection"}))
    @Parameter(name = "lang", in = ParameterIn.QUERY, description = "The resources' language", schema = @Schema(enumeration = {
            "en", "fr"}))
    @Parameter(name = "topic", in = ParameterIn.QUERY, description = "A topic key", example = ApiExamples.TOPIC)
    @Parameter(name = "audience", in = ParameterIn.QUERY, description = "An audience key")
    @Parameter(name = "program_model", in = ParameterIn.QUERY, description = "A program model key")
    @Parameter(name = "population", in = ParameterIn.QUERY, description = "A population key")
    @Parameter(name = "setting", in = ParameterIn.QUERY, description = "A setting key")
    @Parameter(name = "design", in = ParameterIn.QUERY, description = "A study design key")
    @Parameter(name = "year_from", in = ParameterIn.QUERY, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, minimum = "1800", maximum = "2200"))
    @Parameter(name = "year_to", in = ParameterIn.QUERY, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, minimum = "1800", maximum = "2200"))
    @Parameter(name = "page", in = ParameterIn.QUERY, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, minimum = "1", maximum = "1000", defaultValue = "1"))
    @Parameter(name = "size", in = ParameterIn.QUERY, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, minimum = "1", defaultValue = "10"))
    @Parameter(name = "sort", in = ParameterIn.QUERY, schema = @Schema(enumeration = {"relevance",
            "newest"}, defaultValue = "relevance"))
    @APIResponse(responseCode = "200", description = "A page of hits", content = @Content(schema = @Schema(implementation = SearchJson.Answer.class)))
    @APIResponse(responseCode = "400", description = "A wrong filter value (the message names the nearest valid one),"
            + " page or size", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public SearchJson.Answer search() {
        Map<String, List<String>> params = uri.getQueryParameters();
        String language = ApiLanguage.of(request);
        Map<String, List<String>> wanted = new LinkedHashMap<>();
        for (String dimension : filters.dimensions()) {
            String param = dimension.equals("language") ? "lang" : dimension;
            List<String> values = new ArrayList<>();
            for (String value : params.getOrDefault(param, List.of())) {
                if (!value.isBlank()) {
                    Optional<String> nearest = filters.invalid(dimension, value.strip());
                    if (nearest.isPresent()) {
                        throw nearest.get().isEmpty()
                                ? ApiException.said(400, "invalid_" + param, "api.error.notOneOf", value.strip(), param)
                                : ApiException.said(400, "invalid_" + param, "api.error.nearest", value.strip(), param,
                                        nearest.get());
                    }
                    values.add(value.strip());
                }
            }
            if (!values.isEmpty()) {
                wanted.put(dimension, values);
            }
        }
        Integer yearFrom = year("year_from", first(params, "year_from"));
        Integer yearTo = year("year_to", first(params, "year_to"));
        String sort = QueryParams.oneOf("sort", first(params, "sort"), List.of("relevance", "newest"))
                .orElse("relevance");
        int page = QueryParams.integer("page", first(params, "page"), 1, 1, 1000);
        int size = QueryParams.integer("size", first(params, "size"), 10, 1, SearchRequest.MAX_SIZE);
        if ((long) page * size > SearchRequest.MAX_DEPTH) {
            throw ApiException.said(400, "invalid_page", "api.error.tooDeep", SearchRequest.MAX_DEPTH);
        }
        SearchRequest.Order order = sort.equals("newest") ? SearchRequest.Order.NEWEST : SearchRequest.Order.RELEVANCE;
        String query = first(params, "q");
        SearchResult result;
        try {
            result = search.search(new SearchRequest(SearchNotices.words(query), wanted, yearFrom, yearTo, order,
                    page, size, language));
        } catch (BadQueryException e) {
            throw ApiException.badRequest(e.code(), e.getMessage());
        }
        if (query != null && !query.isBlank() && page == 1 && ReaderConsent.allowsSignals(request)) {
            try {
                searched.fire(new SearchPerformed(query, language, result.found(), false, null));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not announce a search", e);
            }
        }
        return SearchJson.result(result, SearchNotices.of(query, yearFrom, yearTo, language));
    }

    private static Integer year(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return QueryParams.integer(name, value, 0, 1800, 2200);
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}

package org.kmbportal.search.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kmbportal.search.Suggestions;
import org.kmbportal.web.ReaderLanguage;

/** {@code GET /api/suggest?q=}: topics, authors and titles that begin with what was typed. */
@Path("suggest")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
public class SuggestResource {

    static final int MAX = 8;

    @Inject
    Suggestions suggestions;

    @Inject
    HttpServletRequest request;

    @GET
    @Operation(summary = "Suggestions as one types", description = "Topics, authors and titles that begin with the"
            + " words typed; topic labels in the language asked (the page's), else Accept-Language's.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SearchJson.Suggest.class)))
    public SearchJson.Suggest suggest(
            @Parameter(description = "What was typed so far", example = "ment") @QueryParam("q") String q,
            @Parameter(description = "The language of the labels, en or fr (the page's); without it, Accept-Language's", example = "fr") @QueryParam("language") String language) {
        String labels = ReaderLanguage.isSupported(language) ? language : ApiLanguage.of(request);
        return SearchJson.suggest(suggestions.suggestions(q == null ? "" : q, labels, MAX));
    }
}

package org.kmbportal.search.api;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import org.kmbportal.library.LibraryService;
import org.kmbportal.library.Slugs;
import org.kmbportal.search.RelatedResources;
import org.kmbportal.web.api.ApiError;
import org.kmbportal.web.api.ApiException;
import org.kmbportal.web.api.ApiExamples;
import org.kmbportal.web.api.QueryParams;

/**
 * {@code GET /api/resources/{id}/related?size=5}: resources on the same subjects, in words and in terms. It answers
 * from the search index, so it lives here rather than beside {@code library.api.ResourcesResource} (JAX-RS picks
 * this class for the longer path).
 */
@Path("resources/{id}/related")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
public class RelatedResource {

    @Inject
    LibraryService library;

    @Inject
    RelatedResources related;

    @GET
    @Operation(summary = "Resources on the same subjects", description = "In words and in terms, from the index, the"
            + " closest first; each hit's score is its place, 1 / (10 + place), as in a search's answer.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SearchJson.Related.class)))
    @APIResponse(responseCode = "400", description = "A size out of range", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "No published resource with this id", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public SearchJson.Related related(
            @Parameter(description = "A published resource's id", example = ApiExamples.RESOURCE_ID) @PathParam("id") String id,
            @Parameter(description = "How many, 1 to 20", example = "5", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, minimum = "1", maximum = "20", defaultValue = "5")) @QueryParam("size") String size) {
        if (!Slugs.valid(id) || library.published(id).isEmpty()) {
            throw ApiException.said(404, "not_found", "api.error.noResourceWithId");
        }
        int count = QueryParams.integer("size", size, 5, 1, 20);
        return SearchJson.related(related.related(id, count).orElse(List.of()));
    }
}

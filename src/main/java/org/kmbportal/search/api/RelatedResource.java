package org.kmbportal.search.api;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.kmbportal.library.LibraryService;
import org.kmbportal.library.Slugs;
import org.kmbportal.search.RelatedResources;
import org.kmbportal.web.api.ApiException;
import org.kmbportal.web.api.QueryParams;

/**
 * {@code GET /api/resources/{id}/related?size=5}: resources on the same subjects, in words and in terms. It answers
 * from the search index, so it lives here rather than beside {@code library.api.ResourcesResource} (JAX-RS picks
 * this class for the longer path).
 */
@Path("resources/{id}/related")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RelatedResource {

    @Inject
    LibraryService library;

    @Inject
    RelatedResources related;

    @GET
    public Map<String, Object> related(@PathParam("id") String id, @QueryParam("size") String size) {
        if (!Slugs.valid(id) || library.published(id).isEmpty()) {
            throw ApiException.notFound("There is no published resource with this id.");
        }
        int count = QueryParams.integer("size", size, 5, 1, 20);
        return Map.of("hits", SearchJson.hits(related.related(id, count).orElse(List.of())));
    }
}

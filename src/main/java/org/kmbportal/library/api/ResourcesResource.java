package org.kmbportal.library.api;

import org.kmbportal.library.Slugs;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.kmbportal.library.BrowseFilter;
import org.kmbportal.library.LibraryService;
import org.kmbportal.library.Page;
import org.kmbportal.library.Resource;
import org.kmbportal.library.ResourceCard;
import org.kmbportal.library.ResourceType;
import org.kmbportal.library.TaxonomyService;
import org.kmbportal.library.Term;
import org.kmbportal.library.Vocabulary;
import org.kmbportal.web.ReaderLanguage;
import org.kmbportal.web.api.ApiException;
import org.kmbportal.web.api.QueryParams;

/** {@code /api/resources}: published resources, one at a time or listed. */
@Path("resources")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ResourcesResource {

    @Inject
    LibraryService library;

    @Inject
    TaxonomyService taxonomies;

    @GET
    @Path("{id}")
    public Map<String, Object> get(@PathParam("id") String id) {
        Resource resource = findPublished(id);
        return ResourceJson.of(resource.toContent(), library.translationsOf(resource));
    }

    @GET
    public Map<String, Object> list(@QueryParam("type") String type, @QueryParam("topic") String topic,
            @QueryParam("lang") String lang, @QueryParam("page") String page, @QueryParam("size") String size) {
        Optional<ResourceType> resourceType = QueryParams.oneOf("type", type,
                Arrays.stream(ResourceType.values()).map(ResourceType::key).toList()).flatMap(ResourceType::fromKey);
        List<String> topics = taxonomies.current().facet("topics").map(Vocabulary::terms).orElse(List.of()).stream()
                .map(Term::key).toList();
        Optional<String> topicKey = QueryParams.oneOf("topic", topic, topics);
        Optional<String> language = QueryParams.oneOf("lang", lang, ReaderLanguage.SUPPORTED);
        int pageNumber = QueryParams.integer("page", page, 1, 1, 100_000);
        int pageSize = QueryParams.integer("size", size, 10, 1, 100);
        BrowseFilter filter = new BrowseFilter(resourceType, topicKey.map(t -> "topics"), topicKey, language);
        Page<ResourceCard> found = library.browse(filter, pageNumber, pageSize);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("total", found.total());
        json.put("page", found.page());
        json.put("size", found.size());
        json.put("hits", found.items().stream().map(ResourceJson::hit).toList());
        return json;
    }

    /** The published resource with this id, or a 404 answer. */
    Resource findPublished(String id) {
        if (id == null || id.length() > Slugs.ID_MAX || !Slugs.ID.matcher(id).matches()) {
            throw ApiException.notFound("There is no resource with id '" + abbreviate(id) + "'.");
        }
        return library.published(id)
                .orElseThrow(() -> ApiException.notFound("There is no published resource with id '" + id + "'."));
    }

    private static String abbreviate(String id) {
        String safe = id == null ? "" : id.replaceAll("[^\\p{L}\\p{N}._ -]", "?");
        return safe.length() > 60 ? safe.substring(0, 60) + "…" : safe;
    }
}

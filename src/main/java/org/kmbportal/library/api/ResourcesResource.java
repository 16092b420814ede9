package org.kmbportal.library.api;

import org.kmbportal.library.Slugs;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import java.util.function.Function;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kmbportal.library.BrowseFilter;
import org.kmbportal.library.CitationFormats;
import org.kmbportal.library.CitationFormats.Cited;
import org.kmbportal.platform.PortalSettings;
import org.kmbportal.library.LibraryService;
import org.kmbportal.library.Page;
import org.kmbportal.library.Resource;
import org.kmbportal.library.ResourceCard;
import org.kmbportal.library.ResourceType;
import org.kmbportal.library.TaxonomyService;
import org.kmbportal.library.Term;
import org.kmbportal.library.Vocabulary;
import org.kmbportal.web.ReaderLanguage;
import org.kmbportal.web.api.ApiError;
import org.kmbportal.web.api.ApiException;
import org.kmbportal.web.api.ApiExamples;
import org.kmbportal.web.api.QueryParams;

/** {@code /api/resources}: published resources, one at a time or listed. */
@Path("resources")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Library")
public class ResourcesResource {

    @Inject
    PortalSettings settings;

    @Inject
    LibraryService library;

    @Inject
    TaxonomyService taxonomies;

    @Inject
    HttpServletRequest request;

    @GET
    @Path("{id}")
    @Operation(summary = "A published resource", description = "Its fields as in the content format, its body as"
            + " Markdown and safe HTML, and its published translations.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ResourceJson.Detail.class)))
    @APIResponse(responseCode = "404", description = "No published resource with this id", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public ResourceJson.Detail get(
            @Parameter(description = "The resource's id", example = ApiExamples.RESOURCE_ID) @PathParam("id") String id) {
        Resource resource = findPublished(id);
        return ResourceJson.of(resource.toContent(), library.translationsOf(resource));
    }

    @GET
    @Operation(summary = "The published library, newest first", description = "Narrowed by type, topic and the"
            + " resources' language.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ResourceJson.CardPage.class)))
    @APIResponse(responseCode = "400", description = "An unknown type, topic or language (the message names the"
            + " nearest), or a page or size out of range", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public ResourceJson.CardPage list(
            @Parameter(schema = @Schema(enumeration = {"research-summary",
                    "practice-guide"})) @QueryParam("type") String type,
            @Parameter(description = "A topic key", example = ApiExamples.TOPIC) @QueryParam("topic") String topic,
            @Parameter(schema = @Schema(enumeration = {"en", "fr"})) @QueryParam("lang") String lang,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "10")) @QueryParam("size") String size) {
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
        return new ResourceJson.CardPage(found.total(), found.page(), found.size(),
                found.items().stream().map(ResourceJson::card).toList());
    }

    /**
     * {@code GET /api/resources/{id}/citation?format=ris|bibtex|csl-json}: the resource's citation as a file a
     * reference manager imports (a summary: the study; a guide: the portal's page). 404 for an unpublished id.
     */
    @GET
    @Path("{id}/citation")
    @Operation(summary = "The resource's citation as a file", description = "For a reference manager: a summary"
            + " cites the study, a guide the portal's page.")
    @APIResponse(responseCode = "200", description = "The citation file", content = {
            @Content(mediaType = "application/x-research-info-systems", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = "application/x-bibtex", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = "application/vnd.citationstyles.csl+json", schema = @Schema(type = SchemaType.ARRAY))})
    @APIResponse(responseCode = "400", description = "An unknown format", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "No published resource with this id", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @Produces({"application/x-research-info-systems", "application/x-bibtex",
            "application/vnd.citationstyles.csl+json", MediaType.APPLICATION_JSON})
    public Response citation(
            @Parameter(description = "The resource's id", example = ApiExamples.RESOURCE_ID) @PathParam("id") String id,
            @Parameter(schema = @Schema(enumeration = {"ris", "bibtex",
                    "csl-json"}, defaultValue = "ris")) @QueryParam("format") String format) {
        Resource resource = findPublished(id);
        String chosen = QueryParams.oneOf("format", format, CITATION_FORMATS).orElse("ris");
        List<Cited> cited = List.of(Cited.of(resource.toContent()));
        Function<String, String> urlOf = this::pageOf;
        return switch (chosen) {
            case "bibtex" -> file(CitationFormats.bibtex(cited, urlOf), "application/x-bibtex", id + ".bib");
            case "csl-json" -> file(JSONB.toJson(CitationFormats.cslJson(cited, urlOf)),
                    "application/vnd.citationstyles.csl+json", id + ".json");
            default -> file(CitationFormats.ris(cited, urlOf), "application/x-research-info-systems", id + ".ris");
        };
    }

    static final List<String> CITATION_FORMATS = List.of("ris", "bibtex", "csl-json");

    private static final Jsonb JSONB = JsonbBuilder.create();

    private static Response file(String body, String type, String name) {
        return Response.ok(body, type + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    /** The resource's page as readers reach it: the configured public address, else this request's. */
    private String pageOf(String id) {
        String base = settings.publicUrl().orElseGet(() -> request.getScheme() + "://"
                + request.getServerName() + ":" + request.getServerPort() + request.getContextPath());
        return base.replaceAll("/+$", "") + "/resources/" + id;
    }

    /** The published resource with this id, or a 404 answer. */
    Resource findPublished(String id) {
        if (id == null || id.length() > Slugs.ID_MAX || !Slugs.ID.matcher(id).matches()) {
            throw ApiException.said(404, "not_found", "api.error.noResource", abbreviate(id));
        }
        return library.published(id)
                .orElseThrow(() -> ApiException.said(404, "not_found", "api.error.noResource", id));
    }

    private static String abbreviate(String id) {
        String safe = id == null ? "" : id.replaceAll("[^\\p{L}\\p{N}._ -]", "?");
        return safe.length() > 60 ? safe.substring(0, 60) + "…" : safe;
    }
}

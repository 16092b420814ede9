package org.kmbportal.curation.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.kmbportal.content.ContentWriter;
import org.kmbportal.curation.CitationExports;
import org.kmbportal.curation.Collection;
import org.kmbportal.curation.CollectionContent;
import org.kmbportal.curation.CollectionService;
import org.kmbportal.curation.ReadingItem;
import org.kmbportal.curation.ReadingList;
import org.kmbportal.curation.ReadingListExports;
import org.kmbportal.curation.Visibility;
import org.kmbportal.web.api.ApiException;
import org.kmbportal.web.api.QueryParams;

/**
 * {@code /api/collections}: public collections, one collection with its items resolved, and exports (a reading list
 * in Markdown or HTML, the library items as RIS, BibTeX or CSL-JSON, the collection in the content format).
 */
@Path("collections")
@RequestScoped
public class CollectionsResource {

    static final List<String> FORMATS = List.of("markdown", "html", "ris", "bibtex", "csl-json", "content");

    @Inject
    CollectionService collections;

    @Inject
    ReadingList readingList;

    @Inject
    HttpServletRequest request;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> list() {
        return Map.of("collections", collections.publicCollections().stream().map(c -> {
            CollectionContent content = c.toContent();
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", content.id());
            json.put("title", content.title());
            json.put("curator", content.curator());
            json.put("language", content.language());
            json.put("items", content.items().size());
            return json;
        }).toList());
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> get(@PathParam("id") String id) {
        CollectionContent content = readable(id);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", content.id());
        json.put("title", content.title());
        json.put("language", content.language());
        json.put("curator", content.curator());
        json.put("description", content.description());
        json.put("visibility", content.visibility().key());
        json.put("items", readingList.items(content).stream().map(item -> {
            Map<String, Object> i = new LinkedHashMap<>();
            if (item.isResource()) {
                i.put("resource", item.resourceId());
                i.put("type", item.type().key());
            } else {
                i.put("url", item.url());
            }
            i.put("title", item.title());
            i.put("note", item.note());
            return i;
        }).toList());
        return json;
    }

    @GET
    @Path("{id}/export")
    public Response export(@PathParam("id") String id, @QueryParam("format") String format) {
        String chosen = QueryParams.oneOf("format", format, FORMATS).orElse("markdown");
        CollectionContent content = readable(id);
        List<ReadingItem> items = readingList.items(content);
        Function<String, String> urlOf = resource -> base() + "/resources/" + resource;
        return switch (chosen) {
            case "html" -> file(ReadingListExports.html(content, items, urlOf), "text/html", id + ".html");
            case "ris" -> file(CitationExports.ris(items, urlOf), "application/x-research-info-systems", id + ".ris");
            case "bibtex" -> file(CitationExports.bibtex(items, urlOf), "application/x-bibtex", id + ".bib");
            case "csl-json" -> Response.ok(CitationExports.cslJson(items, urlOf), MediaType.APPLICATION_JSON_TYPE)
                    .header("Content-Disposition", "attachment; filename=\"" + id + ".json\"").build();
            case "content" -> file(ContentWriter.write(content), "text/markdown", id + ".md");
            default ->
                file(ReadingListExports.markdown(content, items, urlOf), "text/markdown", id + "-reading-list.md");
        };
    }

    private static Response file(String body, String type, String name) {
        return Response.ok(body, type + "; charset=UTF-8").header("Content-Disposition",
                "attachment; filename=\"" + name + "\"").build();
    }

    /** A collection the caller may read; until sharing is in place, only public ones. */
    private CollectionContent readable(String id) {
        return collections.find(id).filter(c -> c.getVisibility() == Visibility.PUBLIC).map(Collection::toContent)
                .orElseThrow(() -> ApiException.notFound("There is no collection with id '" + id + "' you may see."));
    }

    private String base() {
        return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getContextPath();
    }
}

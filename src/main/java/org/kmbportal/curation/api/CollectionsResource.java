package org.kmbportal.curation.api;

import org.kmbportal.curation.CollectionFormat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.kmbportal.curation.CitationExports;
import org.kmbportal.curation.Collection;
import org.kmbportal.curation.CollectionAccess;
import org.kmbportal.curation.CollectionContent;
import org.kmbportal.curation.CollectionException;
import org.kmbportal.curation.CollectionService;
import org.kmbportal.curation.Follows;
import org.kmbportal.curation.ReadingItem;
import org.kmbportal.curation.ReadingList;
import org.kmbportal.curation.ReadingListExports;
import org.kmbportal.curation.Viewer;
import org.kmbportal.curation.links.LinkChecks;
import org.kmbportal.library.SaveOutcome;
import org.kmbportal.web.api.ApiException;
import org.kmbportal.web.api.JsonBodies;
import org.kmbportal.web.api.QueryParams;

/**
 * {@code /api/collections}: the collections the caller may read, one with its items resolved, its exports (a reading
 * list in Markdown or HTML, the library items as RIS, BibTeX or CSL-JSON, the collection in the content format), and
 * for curators: create, update (with the version they started from), reorder, delete and import.
 */
@Path("collections")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CollectionsResource {

    static final List<String> FORMATS = List.of("markdown", "html", "ris", "bibtex", "csl-json", "content");

    @Inject
    CollectionService collections;

    @Inject
    Follows follows;

    @Inject
    ReadingList readingList;

    @Inject
    LinkChecks linkChecks;

    @Inject
    CollectionFormat files;

    @Inject
    HttpServletRequest request;

    @GET
    public Map<String, Object> list() {
        Viewer viewer = collections.viewer();
        return Map.of("collections", collections.listed().stream()
                .map(c -> CollectionJson.summary(c, CollectionAccess.isCurator(c, viewer))).toList());
    }

    @GET
    @Path("{id}")
    public Map<String, Object> get(@PathParam("id") String id, @QueryParam("key") String key) {
        Collection collection = readable(id, key);
        CollectionContent content = collection.toContent();
        Viewer viewer = collections.viewer();
        Map<String, Object> json = CollectionJson.summary(collection, CollectionAccess.isCurator(collection, viewer));
        json.put("description", content.description());
        json.put("can_edit", CollectionAccess.canEdit(collection, viewer));
        json.put("following", follows.follows(collection));
        json.put("items", readingList.items(content).stream().map(item -> {
            Map<String, Object> i = new LinkedHashMap<>();
            if (item.isResource()) {
                i.put("resource", item.resourceId());
                i.put("type", item.type().key());
            } else {
                i.put("url", item.url());
                i.put("link_state", linkChecks.find(item.url()).map(l -> l.getState().name().toLowerCase())
                        .orElse("unchecked"));
            }
            i.put("title", item.title());
            i.put("note", item.note());
            return i;
        }).toList());
        return json;
    }

    @GET
    @Path("{id}/export")
    public Response export(@PathParam("id") String id, @QueryParam("format") String format,
            @QueryParam("key") String key) {
        String chosen = QueryParams.oneOf("format", format, FORMATS).orElse("markdown");
        CollectionContent content = readable(id, key).toContent();
        List<ReadingItem> items = readingList.items(content);
        Function<String, String> urlOf = resource -> base() + "/resources/" + resource;
        return switch (chosen) {
            case "html" -> file(ReadingListExports.html(content, items, urlOf), "text/html", id + ".html");
            case "ris" -> file(CitationExports.ris(items, urlOf), "application/x-research-info-systems", id + ".ris");
            case "bibtex" -> file(CitationExports.bibtex(items, urlOf), "application/x-bibtex", id + ".bib");
            case "csl-json" -> Response.ok(CitationExports.cslJson(items, urlOf), MediaType.APPLICATION_JSON_TYPE)
                    .header("Content-Disposition", "attachment; filename=\"" + id + ".json\"").build();
            case "content" -> file(files.write(content), "text/markdown", id + ".md");
            default ->
                file(ReadingListExports.markdown(content, items, urlOf), "text/markdown", id + "-reading-list.md");
        };
    }

    /** What changed since the caller's last visit (only for collections they follow). */
    @GET
    @Path("{id}/changes")
    public Map<String, Object> changes(@PathParam("id") String id, @QueryParam("key") String key) {
        Collection collection = readable(id, key);
        return follows.changes(collection).map(CollectionJson::changes).orElseThrow(() -> ApiException.badRequest(
                "not_following", "Follow the collection first (PUT /api/collections/" + id + "/follow)."));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String text) {
        JsonObject body = JsonBodies.object(text, "send at least a title.");
        Collection created = collections.create(CollectionJson.draft(body, null, java.util.Set.of()),
                CollectionJson.text(body, "id"));
        return Response.status(201).entity(CollectionJson.summary(created, true)).build();
    }

    /** Saves {@code {"version": n, "title", ...}}; fields left out keep their value; a stale version gets a 409. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> update(@PathParam("id") String id, String text) {
        JsonObject body = JsonBodies.object(text, "send the version you started from and the fields to change.");
        if (!body.containsKey("version")) {
            throw ApiException.badRequest("version_required", "Send the version you started from.");
        }
        Collection current = collections.editable(id);
        Collection saved = collections.update(id, CollectionJson.number(body, "version", -1),
                CollectionJson.draft(body, current.toContent(), current.getSharedWith()));
        return CollectionJson.summary(saved, CollectionAccess.isCurator(saved, collections.viewer()));
    }

    /** {@code {"version": n, "order": [2, 0, 1]}}: the current positions in their new order. */
    @PUT
    @Path("{id}/order")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> reorder(@PathParam("id") String id, String text) {
        JsonObject body = JsonBodies.object(text, "send {\"version\": n, \"order\": [positions]}.");
        Collection saved = collections.reorder(id, CollectionJson.number(body, "version", -1),
                CollectionJson.positions(body, "order"));
        return CollectionJson.summary(saved, CollectionAccess.isCurator(saved, collections.viewer()));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        collections.delete(id);
        return Response.noContent().build();
    }

    /** {@code {"text": "<a collection file in the content format>"}}: creates or updates one of the caller's. */
    @POST
    @Path("import")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response importFile(String text) {
        String file = CollectionJson.text(JsonBodies.object(text, "send {\"text\": \"<collection file>\"}."), "text");
        CollectionFormat.Reading read = files.read("collection.md", file);
        List<String> errors = read.errors();
        if (!errors.isEmpty() || read.collection().isEmpty()) {
            throw new CollectionException("curation.invalid", "The file is not a valid collection.",
                    errors.isEmpty() ? List.of("the file's type must be collection") : errors);
        }
        SaveOutcome outcome = collections.importFile(read.collection().get());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", read.id());
        json.put("outcome", outcome.name().toLowerCase(java.util.Locale.ROOT));
        return Response.status(outcome == SaveOutcome.CREATED ? 201 : 200).entity(json).build();
    }

    private Collection readable(String id, String key) {
        return collections.readable(id, key).orElseThrow(() -> CollectionException.unknown(id));
    }

    private static Response file(String body, String type, String name) {
        return Response.ok(body, type + "; charset=UTF-8").header("Content-Disposition",
                "attachment; filename=\"" + name + "\"").build();
    }

    private String base() {
        return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getContextPath();
    }
}

package org.kmbportal.curation.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kmbportal.curation.CollectionFormat;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import org.kmbportal.curation.CollectionAdding;
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
import org.kmbportal.web.api.ApiError;
import org.kmbportal.web.api.ApiExamples;
import org.kmbportal.web.api.ApiSecurity;
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
@Tag(name = "Collections")
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
    @Operation(summary = "The collections the caller may read", description = "Public ones, and for signed-in callers"
            + " their own and those shared with their organization.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CollectionJson.Listing.class)))
    public CollectionJson.Listing list() {
        Viewer viewer = collections.viewer();
        return new CollectionJson.Listing(collections.listed().stream()
                .map(c -> CollectionJson.summary(c, CollectionAccess.isCurator(c, viewer))).toList());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A collection with its items", description = "Library items with their type and status"
            + " (a resource the editors archived stays listed with status archived, and no page to link to), outside"
            + " links with what their last check found.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CollectionJson.Detail.class)))
    @APIResponse(responseCode = "404", description = "No collection with this id that the caller may read", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public CollectionJson.Detail get(
            @Parameter(description = "The collection's id", example = ApiExamples.COLLECTION_ID) @PathParam("id") String id,
            @Parameter(description = "The key of an unlisted collection's link") @QueryParam("key") String key) {
        Collection collection = readable(id, key);
        CollectionContent content = collection.toContent();
        Viewer viewer = collections.viewer();
        List<CollectionJson.Item> items = readingList.listed(content).stream().map(item -> item.isResource()
                ? new CollectionJson.Item(item.resourceId(), item.type() == null ? null : item.type().key(),
                        item.isOutOfLibrary() ? item.outOfLibrary() : "published", null, null, item.title(),
                        item.note())
                : new CollectionJson.Item(null, null, null, item.url(),
                        linkChecks.find(item.url()).map(l -> l.getState().name().toLowerCase()).orElse("unchecked"),
                        item.title(), item.note()))
                .toList();
        return new CollectionJson.Detail(content.id(), content.title(), content.curator(), content.language(),
                content.visibility().key(), collection.getVersion(), CollectionAccess.isCurator(collection, viewer),
                content.description(), CollectionAccess.canEdit(collection, viewer), follows.follows(collection),
                items);
    }

    @GET
    @Path("{id}/export")
    @Operation(summary = "A collection as a file", description = "A reading list (Markdown, HTML), its library items"
            + " as citations (RIS, BibTeX, CSL-JSON), or the collection in the content format. A resource the"
            + " editors took out of the library is named in its place, for its curator and the editors, without an"
            + " address, with a line in the collection's language saying it is no longer in the library; other"
            + " readers' files list what their page of the collection lists.")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = "text/markdown", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = "application/x-research-info-systems", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = "application/x-bibtex", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY))})
    @APIResponse(responseCode = "400", description = "An unknown format", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "No collection with this id that the caller may read", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response export(
            @Parameter(description = "The collection's id", example = ApiExamples.COLLECTION_ID) @PathParam("id") String id,
            @Parameter(schema = @Schema(enumeration = {"markdown", "html", "ris", "bibtex", "csl-json",
                    "content"}, defaultValue = "markdown")) @QueryParam("format") String format,
            @Parameter(description = "The key of an unlisted collection's link") @QueryParam("key") String key) {
        String chosen = QueryParams.oneOf("format", format, FORMATS).orElse("markdown");
        Collection collection = readable(id, key);
        // Who may edit it (its curator, the editors) is told of a resource taken out of the library, as on the
        // page; a reader's file lists what the reader's page lists (it listed the archived resource: user session
        // us57).
        boolean curating = CollectionAccess.canEdit(collection, collections.viewer());
        CollectionContent content = curating ? collection.toContent() : asReadersSeeIt(collection.toContent());
        List<ReadingItem> items = readingList.listed(content);
        Function<String, String> urlOf = resource -> base() + "/resources/" + resource;
        String language = content.language();
        return switch (chosen) {
            case "html" -> file(ReadingListExports.html(content, items, urlOf), "text/html", id + ".html");
            case "ris" -> file(CitationExports.ris(items, urlOf, language), "application/x-research-info-systems",
                    id + ".ris");
            case "bibtex" -> file(CitationExports.bibtex(items, urlOf, language), "application/x-bibtex", id + ".bib");
            case "csl-json" -> Response.ok(CitationExports.cslJson(items, urlOf, language),
                    MediaType.APPLICATION_JSON_TYPE)
                    .header("Content-Disposition", "attachment; filename=\"" + id + ".json\"").build();
            case "content" -> file(markedOutOfLibrary(files.write(content), items, language), "text/markdown",
                    id + ".md");
            default ->
                file(ReadingListExports.markdown(content, items, urlOf), "text/markdown", id + "-reading-list.md");
        };
    }

    /** The collection with only the items its readers see (outside links, and resources still published). */
    private CollectionContent asReadersSeeIt(CollectionContent c) {
        return new CollectionContent(c.id(), c.title(), c.language(), c.published(), c.terms(), c.curator(),
                c.description(), c.visibility(), readingList.visible(c), c.curatorTranslated());
    }

    /**
     * The content file says of a resource no longer in the library what the other exports say, as a YAML comment on
     * its line (an import reads the id and leaves the comment).
     */
    public static String markedOutOfLibrary(String file, List<ReadingItem> items, String language) {
        String marked = file;
        for (ReadingItem item : items) {
            if (item.isOutOfLibrary()) {
                marked = marked.replaceAll("(?m)^(\\s*-?\\s*resource: " + Pattern.quote(item
                        .resourceId()) + ")$", "$1  # "
                                + Matcher.quoteReplacement(item.outOfLibraryIn(language)));
            }
        }
        return marked;
    }

    /** What changed since the caller's last visit (only for collections they follow). */
    @GET
    @Path("{id}/changes")
    @Operation(summary = "What changed since the caller's last visit", description = "For collections the caller"
            + " follows.")
    @SecurityRequirement(name = ApiSecurity.SESSION)
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CollectionJson.Changes.class)))
    @APIResponse(responseCode = "400", description = "The caller does not follow it", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "No collection with this id that the caller may read", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public CollectionJson.Changes changes(
            @Parameter(description = "The collection's id", example = ApiExamples.COLLECTION_ID) @PathParam("id") String id,
            @Parameter(description = "The key of an unlisted collection's link") @QueryParam("key") String key) {
        Collection collection = readable(id, key);
        return follows.changes(collection).map(CollectionJson::changes).orElseThrow(() -> ApiException.said(400,
                "not_following", "api.error.followFirst", id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a collection", description = "The caller becomes its curator.")
    @SecurityRequirement(name = ApiSecurity.SESSION)
    @SecurityRequirement(name = ApiSecurity.CSRF)
    @APIResponse(responseCode = "401", description = "Not signed in", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "Not its curator, or no CSRF token", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @RequestBody(content = @Content(schema = @Schema(implementation = CollectionJson.Input.class)))
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = CollectionJson.Summary.class)))
    @APIResponse(responseCode = "400", description = "A refused change, with each problem", content = @Content(schema = @Schema(implementation = CollectionJson.Refusal.class)))
    @APIResponse(responseCode = "409", description = "The caller already has a collection of that title (same_title)", content = @Content(schema = @Schema(implementation = ApiError.class)))
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
    @Operation(summary = "Change a collection", description = "With the version the change started from; fields left"
            + " out keep their value.")
    @SecurityRequirement(name = ApiSecurity.SESSION)
    @SecurityRequirement(name = ApiSecurity.CSRF)
    @APIResponse(responseCode = "401", description = "Not signed in", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "Not its curator, or no CSRF token", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @RequestBody(content = @Content(schema = @Schema(implementation = CollectionJson.Input.class)))
    @APIResponse(responseCode = "200", description = "Saved; or, when the fields sent are the collection as it is, unchanged: the same version, nothing recorded", content = @Content(schema = @Schema(implementation = CollectionJson.Summary.class)))
    @APIResponse(responseCode = "400", description = "A refused change, with each problem", content = @Content(schema = @Schema(implementation = CollectionJson.Refusal.class)))
    @APIResponse(responseCode = "404", description = "No collection with this id that the caller may read", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "Saved from an old version (edit_conflict, with current_version), or its curator has another collection of the new title (same_title, without it)", content = @Content(schema = @Schema(implementation = CollectionJson.EditConflict.class)))
    public CollectionJson.Summary update(
            @Parameter(description = "The collection's id", example = ApiExamples.COLLECTION_ID) @PathParam("id") String id,
            String text) {
        JsonObject body = JsonBodies.object(text, "send the version you started from and the fields to change.");
        if (!body.containsKey("version")) {
            throw ApiException.said(400, "version_required", "api.error.versionRequired");
        }
        Collection current = collections.editable(id);
        Collection saved = collections.update(id, CollectionJson.number(body, "version", -1),
                CollectionJson.draft(body, current.toContent(), current.getSharedWith()));
        return CollectionJson.summary(saved, CollectionAccess.isCurator(saved, collections.viewer()));
    }

    /**
     * {@code {"resource": "id", "note": "why"}} or {@code {"url": "https://…", "title": "…", "note": "why"}} (a
     * {@code CollectionEntry}): at the end of one of the caller's own collections, once.
     */
    @POST
    @Path("{id}/items")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a library resource or an outside link to one of the caller's collections", description = "At"
            + " the end, with an optional note: a library resource (resource) or an outside link (url and title); one"
            + " already in it is not added again (200 with added false).")
    @SecurityRequirement(name = ApiSecurity.SESSION)
    @SecurityRequirement(name = ApiSecurity.CSRF)
    @APIResponse(responseCode = "401", description = "Not signed in", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "Not its curator, or no CSRF token", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @RequestBody(content = @Content(schema = @Schema(implementation = CollectionJson.Entry.class)))
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = CollectionJson.Added.class)))
    @APIResponse(responseCode = "200", description = "Already in it", content = @Content(schema = @Schema(implementation = CollectionJson.Added.class)))
    @APIResponse(responseCode = "400", description = "A refused change, with each problem", content = @Content(schema = @Schema(implementation = CollectionJson.Refusal.class)))
    @APIResponse(responseCode = "404", description = "No collection with this id that the caller may read", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response addItem(
            @Parameter(description = "The collection's id", example = ApiExamples.COLLECTION_ID) @PathParam("id") String id,
            String text) {
        JsonObject body = JsonBodies.object(text, "send {\"resource\": \"id\", \"note\": \"why\"} or {\"url\","
                + " \"title\", \"note\"}.");
        // An outside link is what /openapi documents as a CollectionEntry too (user session api57).
        CollectionAdding.Outcome outcome = body.containsKey("resource") || !body.containsKey("url")
                ? collections.addResource(id, CollectionJson.text(body, "resource"), CollectionJson.text(body, "note"))
                : collections.addLink(id, CollectionJson.text(body, "url"), CollectionJson.text(body, "title"),
                        CollectionJson.text(body, "note"));
        Collection c = outcome.collection();
        return Response.status(outcome.added() ? 201 : 200)
                .entity(new CollectionJson.Added(c.getSlug(), c.getTitle(), c.getVersion(), outcome.added())).build();
    }

    /** {@code {"version": n, "order": [2, 0, 1]}}: the current positions in their new order. */
    @PUT
    @Path("{id}/order")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reorder a collection's items")
    @SecurityRequirement(name = ApiSecurity.SESSION)
    @SecurityRequirement(name = ApiSecurity.CSRF)
    @APIResponse(responseCode = "401", description = "Not signed in", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "Not its curator, or no CSRF token", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @RequestBody(content = @Content(schema = @Schema(implementation = CollectionJson.Order.class)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CollectionJson.Summary.class)))
    @APIResponse(responseCode = "400", description = "A refused change, with each problem", content = @Content(schema = @Schema(implementation = CollectionJson.Refusal.class)))
    @APIResponse(responseCode = "404", description = "No collection with this id that the caller may read", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "Saved from an old version", content = @Content(schema = @Schema(implementation = CollectionJson.EditConflict.class)))
    public CollectionJson.Summary reorder(
            @Parameter(description = "The collection's id", example = ApiExamples.COLLECTION_ID) @PathParam("id") String id,
            String text) {
        JsonObject body = JsonBodies.object(text, "send {\"version\": n, \"order\": [positions]}.");
        Collection saved = collections.reorder(id, CollectionJson.number(body, "version", -1),
                CollectionJson.positions(body, "order"));
        return CollectionJson.summary(saved, CollectionAccess.isCurator(saved, collections.viewer()));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a collection")
    @SecurityRequirement(name = ApiSecurity.SESSION)
    @SecurityRequirement(name = ApiSecurity.CSRF)
    @APIResponse(responseCode = "401", description = "Not signed in", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "Not its curator, or no CSRF token", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No collection with this id that the caller may read", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response delete(
            @Parameter(description = "The collection's id", example = ApiExamples.COLLECTION_ID) @PathParam("id") String id) {
        collections.delete(id);
        return Response.noContent().build();
    }

    /** {@code {"text": "<a collection file in the content format>"}}: creates or updates one of the caller's. */
    @POST
    @Path("import")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a collection file", description = "Creates one of the caller's collections, or"
            + " updates it when the caller already has one with that id.")
    @SecurityRequirement(name = ApiSecurity.SESSION)
    @SecurityRequirement(name = ApiSecurity.CSRF)
    @APIResponse(responseCode = "401", description = "Not signed in", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "Not its curator, or no CSRF token", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @RequestBody(content = @Content(schema = @Schema(implementation = CollectionJson.ImportRequest.class)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = CollectionJson.Imported.class)))
    @APIResponse(responseCode = "200", description = "Updated or unchanged", content = @Content(schema = @Schema(implementation = CollectionJson.Imported.class)))
    @APIResponse(responseCode = "400", description = "Not a valid collection file, with each problem", content = @Content(schema = @Schema(implementation = CollectionJson.Refusal.class)))
    @APIResponse(responseCode = "409", description = "The caller already has a collection of that title (same_title)", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response importFile(String text) {
        String file = CollectionJson.text(JsonBodies.object(text, "send {\"text\": \"<collection file>\"}."), "text");
        CollectionFormat.Reading read = files.read("collection.md", file);
        List<String> errors = read.errors();
        if (!errors.isEmpty() || read.collection().isEmpty()) {
            throw new CollectionException("curation.invalid", "The file is not a valid collection.",
                    errors.isEmpty() ? List.of("the file's type must be collection") : errors).said(
                            "api.curation.invalidFile");
        }
        SaveOutcome outcome = collections.importFile(read.collection().get());
        CollectionJson.Imported json = new CollectionJson.Imported(read.id(),
                outcome.name().toLowerCase(java.util.Locale.ROOT));
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

package org.kmbportal.editorial.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kmbportal.library.api.LibraryErrors;
import org.kmbportal.web.api.ApiError;
import org.kmbportal.web.api.ApiExamples;
import org.kmbportal.web.api.ApiSecurity;
import org.kmbportal.web.api.ApiSecurity;
import org.kmbportal.web.api.ApiExamples;
import org.kmbportal.web.api.ApiError;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

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

import org.kmbportal.content.ContentFile;
import org.kmbportal.curation.Wording;
import org.kmbportal.content.ContentWriter;
import org.kmbportal.editorial.ContentChecks;
import org.kmbportal.editorial.EditorialService;
import org.kmbportal.editorial.ReviewService;
import org.kmbportal.editorial.Revision;
import org.kmbportal.library.LibraryService;
import org.kmbportal.web.ReaderLanguage;
import org.kmbportal.library.PublicationStatus;
import org.kmbportal.library.ResourceContent;
import org.kmbportal.library.TaxonomyService;
import org.kmbportal.web.api.ApiException;
import org.kmbportal.web.api.JsonBodies;

/** {@code /api/editor/resources}: the editors' view of every resource, and the workflow's changes. */
@Path("editor/resources")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Editorial")
@SecurityRequirement(name = ApiSecurity.SESSION)
@APIResponse(responseCode = "401", description = "Not signed in", content = @Content(schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "403", description = "Not an editor (or, for a change, no CSRF token)", content = @Content(schema = @Schema(implementation = ApiError.class)))
public class EditorResource {

    @Inject
    EditorialService editorial;

    @Inject
    ReviewService reviews;

    @Inject
    TaxonomyService taxonomies;

    @Inject
    HttpServletRequest request;

    @GET
    @Operation(summary = "The editors' workspace", description = "Every resource in any state, narrowed by state.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = EditorJson.Item.class)))
    @APIResponse(responseCode = "400", description = "An unknown status", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public List<EditorJson.Item> list(@Parameter(schema = @Schema(enumeration = {"draft", "in-review", "published",
            "archived"})) @QueryParam("status") String status) {
        PublicationStatus wanted = status == null
                ? null
                : PublicationStatus.fromKey(status).orElseThrow(
                        () -> ApiException.said(400, "invalid_status", "api.editor.status"));
        return editorial.workspace().stream().filter(r -> wanted == null || r.getStatus() == wanted)
                .map(EditorJson::item).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A resource's text to edit", description = "In the content format, with its version.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = EditorJson.Draft.class)))
    @APIResponse(responseCode = "404", description = "No resource with this id", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public EditorJson.Draft get(
            @Parameter(description = "The resource's id", example = ApiExamples.RESOURCE_ID) @PathParam("id") String id) {
        EditorialService.Draft draft = editorial.open(id).orElseThrow(() -> notFound(id));
        return new EditorJson.Draft(id, draft.content().status().key(), draft.version(),
                ContentWriter.write(draft.content()));
    }

    /** Saves {@code {"version": n, "text": "<content-format file>"}}; version -1 (or none) creates. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save a resource's text", description = "With the version the edit started from; version -1"
            + " or none creates the resource as a draft.")
    @SecurityRequirement(name = ApiSecurity.CSRF)
    @RequestBody(content = @Content(schema = @Schema(implementation = EditorJson.DraftInput.class)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = EditorJson.Saved.class)))
    @APIResponse(responseCode = "400", description = "The text does not meet the content format, or its id is not the address's", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "Saved from an old version", content = @Content(schema = @Schema(implementation = LibraryErrors.EditConflict.class)))
    public EditorJson.Saved save(
            @Parameter(description = "The resource's id", example = ApiExamples.RESOURCE_ID) @PathParam("id") String id,
            String bodyText) {
        JsonObject body = JsonBodies.object(bodyText, "see the API documentation in the README.");
        ResourceContent content = parse(id, body);
        long version = body.containsKey("version") ? body.getJsonNumber("version").longValue() : LibraryService.NEW;
        Revision revision = editorial.save(content, version, body.getString("note", ""));
        return saved(id, revision);
    }

    @POST
    @Path("{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move a resource through the workflow", description = "Draft, in review, published, archived;"
            + " publishing needs another editor's review where the workflow asks for it.")
    @SecurityRequirement(name = ApiSecurity.CSRF)
    @RequestBody(content = @Content(schema = @Schema(implementation = EditorJson.Transition.class)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = EditorJson.Saved.class)))
    @APIResponse(responseCode = "400", description = "An unknown or refused state", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "No resource with this id", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public EditorJson.Saved move(
            @Parameter(description = "The resource's id", example = ApiExamples.RESOURCE_ID) @PathParam("id") String id,
            String bodyText) {
        JsonObject body = JsonBodies.object(bodyText, "see the API documentation in the README.");
        PublicationStatus target = PublicationStatus.fromKey(body == null ? "" : body.getString("to", ""))
                .orElseThrow(() -> ApiException.said(400, "invalid_status", "api.editor.sendTo"));
        return saved(id, editorial.move(id, target));
    }

    @GET
    @Path("{id}/revisions")
    @Operation(summary = "A resource's revisions", description = "Newest first, without their text.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = EditorJson.RevisionJson.class)))
    @APIResponse(responseCode = "404", description = "No resource with this id", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public List<EditorJson.RevisionJson> revisions(
            @Parameter(description = "The resource's id", example = ApiExamples.RESOURCE_ID) @PathParam("id") String id) {
        return editorial.history(id).stream().map(r -> EditorJson.revision(r, false)).toList();
    }

    @GET
    @Path("{id}/revisions/{number}")
    @Operation(summary = "One revision with its text")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = EditorJson.RevisionJson.class)))
    @APIResponse(responseCode = "404", description = "No such resource or revision", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public EditorJson.RevisionJson revision(
            @Parameter(description = "The resource's id", example = ApiExamples.RESOURCE_ID) @PathParam("id") String id,
            @Parameter(description = "The revision's number", example = "1") @PathParam("number") int number) {
        return EditorJson.revision(editorial.revision(id, number).orElseThrow(() -> ApiException.said(404, "not_found",
                "api.editor.noRevision", number)), true);
    }

    /** Keeps a text as a revision without applying it (what the edit page offers after a conflict). */
    @POST
    @Path("{id}/revisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Keep a text as a revision without applying it", description = "What the edit page offers"
            + " after a conflict.")
    @SecurityRequirement(name = ApiSecurity.CSRF)
    @RequestBody(content = @Content(schema = @Schema(implementation = EditorJson.DraftInput.class)))
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = EditorJson.RevisionJson.class)))
    @APIResponse(responseCode = "400", description = "The text does not meet the content format", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response keep(
            @Parameter(description = "The resource's id", example = ApiExamples.RESOURCE_ID) @PathParam("id") String id,
            String bodyText) {
        JsonObject body = JsonBodies.object(bodyText, "see the API documentation in the README.");
        Revision kept = editorial.keepCopy(parse(id, body), body.getString("note", "kept after a conflict"));
        return Response.status(201).entity(EditorJson.revision(kept, false)).build();
    }

    @GET
    @Path("{id}/diff")
    @Operation(summary = "The difference between two revisions", description = "Line by line.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = EditorJson.DiffLine.class)))
    @APIResponse(responseCode = "404", description = "No such resource or revision", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public List<EditorJson.DiffLine> diff(
            @Parameter(description = "The resource's id", example = ApiExamples.RESOURCE_ID) @PathParam("id") String id,
            @Parameter(description = "The older revision's number", example = "1") @QueryParam("from") int from,
            @Parameter(description = "The newer revision's number", example = "1") @QueryParam("to") int to) {
        return EditorJson.diff(editorial.diff(id, from, to));
    }

    @POST
    @Path("{id}/revisions/{number}/restore")
    @Operation(summary = "Restore a revision", description = "Its text becomes a new revision.")
    @SecurityRequirement(name = ApiSecurity.CSRF)
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = EditorJson.Saved.class)))
    @APIResponse(responseCode = "404", description = "No such resource or revision", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public EditorJson.Saved restore(
            @Parameter(description = "The resource's id", example = ApiExamples.RESOURCE_ID) @PathParam("id") String id,
            @Parameter(description = "The revision's number", example = "1") @PathParam("number") int number) {
        return saved(id, editorial.restore(id, number));
    }

    @GET
    @Path("{id}/comments")
    @Operation(summary = "The reviewers' comments on a resource")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = EditorJson.Comment.class)))
    @APIResponse(responseCode = "404", description = "No resource with this id", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public List<EditorJson.Comment> comments(
            @Parameter(description = "The resource's id", example = ApiExamples.RESOURCE_ID) @PathParam("id") String id) {
        return reviews.comments(id).stream()
                .map(c -> new EditorJson.Comment(
                        org.kmbportal.accounts.AccountErased.forApi(c.getAuthorName()), c.getCreatedAt().toString(),
                        c.getBody()))
                .toList();
    }

    @POST
    @Path("{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Comment on a resource in review")
    @SecurityRequirement(name = ApiSecurity.CSRF)
    @RequestBody(content = @Content(schema = @Schema(implementation = EditorJson.CommentInput.class)))
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = EditorJson.Commented.class)))
    @APIResponse(responseCode = "400", description = "An empty or oversize comment", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "No resource with this id", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response comment(
            @Parameter(description = "The resource's id", example = ApiExamples.RESOURCE_ID) @PathParam("id") String id,
            String bodyText) {
        JsonObject body = JsonBodies.object(bodyText, "see the API documentation in the README.");
        reviews.comment(id, body == null ? "" : body.getString("text", ""));
        return Response.status(201).entity(new EditorJson.Commented(id)).build();
    }

    @PUT
    @Path("{id}/schedule")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Schedule a reviewed resource's publication")
    @SecurityRequirement(name = ApiSecurity.CSRF)
    @RequestBody(content = @Content(schema = @Schema(implementation = EditorJson.ScheduleInput.class)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = EditorJson.Scheduled.class)))
    @APIResponse(responseCode = "400", description = "Not a time (ISO 8601, UTC), or in the past, or not ready", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "No resource with this id", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public EditorJson.Scheduled schedule(
            @Parameter(description = "The resource's id", example = ApiExamples.RESOURCE_ID) @PathParam("id") String id,
            String bodyText) {
        JsonObject body = JsonBodies.object(bodyText, "see the API documentation in the README.");
        Instant at;
        try {
            at = Instant.parse(body == null ? "" : body.getString("at", ""));
        } catch (DateTimeParseException e) {
            throw ApiException.said(400, "invalid_time", "api.editor.sendAt");
        }
        reviews.schedule(id, at);
        return new EditorJson.Scheduled(id, at.toString());
    }

    @DELETE
    @Path("{id}/schedule")
    @Operation(summary = "Cancel a scheduled publication")
    @SecurityRequirement(name = ApiSecurity.CSRF)
    @APIResponse(responseCode = "204", description = "Cancelled")
    @APIResponse(responseCode = "404", description = "No resource with this id", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response unschedule(
            @Parameter(description = "The resource's id", example = ApiExamples.RESOURCE_ID) @PathParam("id") String id) {
        reviews.unschedule(id);
        return Response.noContent().build();
    }

    private ResourceContent parse(String id, JsonObject body) {
        if (body == null || !body.containsKey("text")) {
            throw ApiException.said(400, "invalid_body", "api.editor.sendText");
        }
        ContentFile file = ContentChecks.read("api/" + id + ".md", body.getString("text"), taxonomies.current());
        String language = ReaderLanguage.of(request);
        String problems = String.join("; ", ContentChecks.wordedErrors(file
                .problems()).stream().map(w -> w.in(language)).toList());
        ResourceContent content = file.resource().orElseThrow(() -> ApiException.badRequest("invalid_content",
                Wording.format(Locale.forLanguageTag(language), "editor.api.invalidContent",
                        "The text does not meet the content format: " + problems, problems)));
        if (!content.id().equals(id)) {
            throw ApiException.said(400, "id_mismatch", "api.editor.idMismatch");
        }
        return content;
    }

    private EditorJson.Saved saved(String id, Revision revision) {
        return new EditorJson.Saved(id, revision.getNumber(), revision.getStatus().key(),
                editorial.open(id).map(EditorialService.Draft::version).orElse(-1L));
    }

    private static ApiException notFound(String id) {
        return ApiException.said(404, "not_found", "api.editor.noResource", id.replaceAll("[^a-z0-9-]", "?"));
    }
}

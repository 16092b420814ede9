package org.kmbportal.editorial.api;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
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
import org.kmbportal.content.ContentWriter;
import org.kmbportal.editorial.ContentChecks;
import org.kmbportal.editorial.EditorialService;
import org.kmbportal.editorial.ReviewService;
import org.kmbportal.editorial.Revision;
import org.kmbportal.library.LibraryService;
import org.kmbportal.library.PublicationStatus;
import org.kmbportal.library.ResourceContent;
import org.kmbportal.library.TaxonomyService;
import org.kmbportal.web.api.ApiException;
import org.kmbportal.web.api.JsonBodies;

/** {@code /api/editor/resources}: the editors' view of every resource, and the workflow's changes. */
@Path("editor/resources")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EditorResource {

    @Inject
    EditorialService editorial;

    @Inject
    ReviewService reviews;

    @Inject
    TaxonomyService taxonomies;

    @GET
    public List<Map<String, Object>> list(@QueryParam("status") String status) {
        PublicationStatus wanted = status == null
                ? null
                : PublicationStatus.fromKey(status).orElseThrow(
                        () -> ApiException.badRequest("invalid_status",
                                "Status is draft, in-review, published or archived."));
        return editorial.workspace().stream().filter(r -> wanted == null || r.getStatus() == wanted)
                .map(EditorJson::item).toList();
    }

    @GET
    @Path("{id}")
    public Map<String, Object> get(@PathParam("id") String id) {
        EditorialService.Draft draft = editorial.open(id).orElseThrow(() -> notFound(id));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("status", draft.content().status().key());
        json.put("version", draft.version());
        json.put("text", ContentWriter.write(draft.content()));
        return json;
    }

    /** Saves {@code {"version": n, "text": "<content-format file>"}}; version -1 (or none) creates. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> save(@PathParam("id") String id, String bodyText) {
        JsonObject body = JsonBodies.object(bodyText, "see the API documentation in the README.");
        ResourceContent content = parse(id, body);
        long version = body.containsKey("version") ? body.getJsonNumber("version").longValue() : LibraryService.NEW;
        Revision revision = editorial.save(content, version, body.getString("note", ""));
        return saved(id, revision);
    }

    @POST
    @Path("{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> move(@PathParam("id") String id, String bodyText) {
        JsonObject body = JsonBodies.object(bodyText, "see the API documentation in the README.");
        PublicationStatus target = PublicationStatus.fromKey(body == null ? "" : body.getString("to", ""))
                .orElseThrow(() -> ApiException.badRequest("invalid_status",
                        "Send {\"to\": \"in-review\"} (draft, in-review, published or archived)."));
        return saved(id, editorial.move(id, target));
    }

    @GET
    @Path("{id}/revisions")
    public List<Map<String, Object>> revisions(@PathParam("id") String id) {
        return editorial.history(id).stream().map(r -> EditorJson.revision(r, false)).toList();
    }

    @GET
    @Path("{id}/revisions/{number}")
    public Map<String, Object> revision(@PathParam("id") String id, @PathParam("number") int number) {
        return EditorJson.revision(editorial.revision(id, number).orElseThrow(() -> ApiException.notFound(
                "There is no revision " + number + " of this resource.")), true);
    }

    /** Keeps a text as a revision without applying it (what the edit page offers after a conflict). */
    @POST
    @Path("{id}/revisions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response keep(@PathParam("id") String id, String bodyText) {
        JsonObject body = JsonBodies.object(bodyText, "see the API documentation in the README.");
        Revision kept = editorial.keepCopy(parse(id, body), body.getString("note", "kept after a conflict"));
        return Response.status(201).entity(EditorJson.revision(kept, false)).build();
    }

    @GET
    @Path("{id}/diff")
    public List<Map<String, Object>> diff(@PathParam("id") String id, @QueryParam("from") int from,
            @QueryParam("to") int to) {
        return EditorJson.diff(editorial.diff(id, from, to));
    }

    @POST
    @Path("{id}/revisions/{number}/restore")
    public Map<String, Object> restore(@PathParam("id") String id, @PathParam("number") int number) {
        return saved(id, editorial.restore(id, number));
    }

    @GET
    @Path("{id}/comments")
    public List<Map<String, Object>> comments(@PathParam("id") String id) {
        return reviews.comments(id).stream().map(c -> Map.<String, Object> of("author", c.getAuthorName(), "at",
                c.getCreatedAt().toString(), "text", c.getBody())).toList();
    }

    @POST
    @Path("{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response comment(@PathParam("id") String id, String bodyText) {
        JsonObject body = JsonBodies.object(bodyText, "see the API documentation in the README.");
        reviews.comment(id, body == null ? "" : body.getString("text", ""));
        return Response.status(201).entity(Map.of("id", id)).build();
    }

    @PUT
    @Path("{id}/schedule")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> schedule(@PathParam("id") String id, String bodyText) {
        JsonObject body = JsonBodies.object(bodyText, "see the API documentation in the README.");
        Instant at;
        try {
            at = Instant.parse(body == null ? "" : body.getString("at", ""));
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("invalid_time", "Send {\"at\": \"2030-01-31T09:00:00Z\"}.");
        }
        reviews.schedule(id, at);
        return Map.of("id", id, "publish_at", at.toString());
    }

    @DELETE
    @Path("{id}/schedule")
    public Response unschedule(@PathParam("id") String id) {
        reviews.unschedule(id);
        return Response.noContent().build();
    }

    private ResourceContent parse(String id, JsonObject body) {
        if (body == null || !body.containsKey("text")) {
            throw ApiException.badRequest("invalid_body", "Send {\"version\": n, \"text\": \"---\\nid: ...\"}.");
        }
        ContentFile file = ContentChecks.read("api/" + id + ".md", body.getString("text"), taxonomies.current());
        ResourceContent content = file.resource().orElseThrow(() -> ApiException.badRequest("invalid_content",
                "The text does not meet the content format: "
                        + String.join("; ", ContentChecks.errors(file.problems()))));
        if (!content.id().equals(id)) {
            throw ApiException.badRequest("id_mismatch", "The text's id is not the one in the address.");
        }
        return content;
    }

    private Map<String, Object> saved(String id, Revision revision) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("revision", revision.getNumber());
        json.put("status", revision.getStatus().key());
        json.put("version", editorial.open(id).map(EditorialService.Draft::version).orElse(-1L));
        return json;
    }

    private static ApiException notFound(String id) {
        return ApiException.notFound("There is no resource '" + id.replaceAll("[^a-z0-9-]", "?") + "'.");
    }
}

package org.kmbportal.partnerships.api;

import org.kmbportal.web.api.ApiSecurity;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kmbportal.partnerships.NoteService;
import org.kmbportal.web.api.JsonBodies;

/** {@code /api/partnerships/{id}/notes}: the partnership's short notes thread, newest first, and writing one. */
@Path("partnerships/{id}/notes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partnerships")
@SecurityRequirement(name = ApiSecurity.SESSION)
public class NotesResource {

    @Inject
    NoteService notes;

    @GET
    @Operation(summary = "The notes, newest first")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PartnershipJson.NoteList.class)))
    @APIResponse(responseCode = "404", description = "No such partnership, or not one the caller may see", content = @Content(schema = @Schema(implementation = PartnershipErrors.Refusal.class)))
    public PartnershipJson.NoteList list(
            @Parameter(description = "The partnership's id (the caller's own; others answer 404)", example = "1") @PathParam("id") long id) {
        return new PartnershipJson.NoteList(notes.notes(id).stream().map(PartnershipJson::note).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write a note", description = "The mentor or a partner's member; it counts as contact.")
    @RequestBody(content = @Content(schema = @Schema(ref = "NoteInput")))
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = PartnershipJson.Note.class)))
    @APIResponse(responseCode = "404", description = "No such partnership, or not one the caller may see", content = @Content(schema = @Schema(implementation = PartnershipErrors.Refusal.class)))
    public Response write(
            @Parameter(description = "The partnership's id (the caller's own; others answer 404)", example = "1") @PathParam("id") long id,
            String text) {
        JsonObject body = JsonBodies.object(text, "send {\"text\": \"...\"}.");
        return Response.status(201).entity(PartnershipJson.note(notes.write(id, PartnershipRequests.text(body,
                "text")))).build();
    }
}

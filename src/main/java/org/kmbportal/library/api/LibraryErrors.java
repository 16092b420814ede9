package org.kmbportal.library.api;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kmbportal.library.ConcurrentEditException;
import org.kmbportal.library.LibraryException;
import org.kmbportal.library.ResourceFormat;
import org.kmbportal.web.api.ApiResponses;

/** The API's answers to the library refusals its endpoints let out. */
public final class LibraryErrors {

    private LibraryErrors() {
    }

    @Schema(name = "ResourceEditConflict", description = "A change sent from an old version: nothing was saved.")
    public record EditConflict(@Schema(example = "edit_conflict") String error, String message,
            @Schema(name = "current_version") @JsonbProperty("current_version") long currentVersion,
            @Schema(name = "current_text", description = "The current text in the content format") @JsonbProperty("current_text") String currentText) {
    }

    /** A stale version: 409 with the current version and text, so the client can reapply its change. */
    @Provider
    public static class Conflict implements ExceptionMapper<ConcurrentEditException> {
        @Override
        public Response toResponse(ConcurrentEditException e) {
            EditConflict json = new EditConflict("edit_conflict",
                    e.getMessage() + " Nothing was saved: load it again and reapply your change.", e.currentVersion(),
                    e.current() == null ? "" : CDI.current().select(ResourceFormat.class).get().write(e.current()));
            return Response.status(409).type(MediaType.APPLICATION_JSON_TYPE).entity(json).build();
        }
    }

    @Provider
    public static class Refused implements ExceptionMapper<LibraryException> {
        @Override
        public Response toResponse(LibraryException e) {
            return ApiResponses.error(400, "refused", e.getMessage());
        }
    }
}

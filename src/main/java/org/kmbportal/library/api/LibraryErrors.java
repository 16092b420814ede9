package org.kmbportal.library.api;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.kmbportal.library.ConcurrentEditException;
import org.kmbportal.library.LibraryException;
import org.kmbportal.library.ResourceFormat;
import org.kmbportal.web.api.ApiResponses;

/** The API's answers to the library refusals its endpoints let out. */
public final class LibraryErrors {

    private LibraryErrors() {
    }

    /** A stale version: 409 with the current version and text, so the client can reapply its change. */
    @Provider
    public static class Conflict implements ExceptionMapper<ConcurrentEditException> {
        @Override
        public Response toResponse(ConcurrentEditException e) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("error", "edit_conflict");
            json.put("message", e.getMessage() + " Nothing was saved: load it again and reapply your change.");
            json.put("current_version", e.currentVersion());
            json.put("current_text",
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

package org.kmbportal.editorial.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.kmbportal.editorial.ArchiveException;
import org.kmbportal.editorial.EditorialException;
import org.kmbportal.web.api.ApiResponses;

/** The API's answers to the editorial refusals its endpoints let out. */
public final class EditorialErrors {

    private EditorialErrors() {
    }

    @Provider
    public static class Refused implements ExceptionMapper<EditorialException> {
        @Override
        public Response toResponse(EditorialException e) {
            String details = e.details().isEmpty() ? "" : ": " + String.join("; ", e.details());
            int status = e.messageKey().equals("editor.unknown") ? 404 : 400;
            return ApiResponses.error(status, e.messageKey().replace("editor.", ""), e.getMessage() + details);
        }
    }

    @Provider
    public static class ArchiveRefused implements ExceptionMapper<ArchiveException> {
        @Override
        public Response toResponse(ArchiveException e) {
            return ApiResponses.error(400, e.messageKey().replace("archive.", "archive_"), e.getMessage());
        }
    }
}

package org.kmbportal.web.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of every error answer: a stable code for programs and a plain sentence for people. */
@Schema(name = "ApiError", description = "An error answer (4xx, or 500 when the portal itself fails).", example = "{\"error\": \"not_found\", \"message\": \"There is no published resource with id 'x'.\"}")
public record ApiError(@Schema(description = "A stable code for programs", example = "not_found") String error,
        @Schema(description = "What went wrong, in plain words") String message) {
}

package org.kmbportal.web.api;

import jakarta.ws.rs.core.Response;

/** An error an endpoint answers on purpose, with its status, code and message. */
public class ApiException extends RuntimeException {

    private final int status;
    private final String code;

    public ApiException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public static ApiException badRequest(String code, String message) {
        return new ApiException(400, code, message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, "not_found", message);
    }

    public int status() {
        return status;
    }

    public Response toResponse() {
        return ApiResponses.error(status, code, getMessage());
    }
}

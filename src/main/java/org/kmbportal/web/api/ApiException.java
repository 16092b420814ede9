package org.kmbportal.web.api;

import jakarta.ws.rs.core.Response;

/** An error an endpoint answers on purpose, with its status, code and message. */
public class ApiException extends RuntimeException {

    private final int status;
    private final String code;
    /** The message's key in the bundle (null: the message is given as is), and its arguments. */
    private final String key;
    private final Object[] arguments;

    public ApiException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
        this.key = null;
        this.arguments = new Object[0];
    }

    private ApiException(int status, String code, String key, Object... arguments) {
        super(ApiWords.get("en", key, arguments));
        this.status = status;
        this.code = code;
        this.key = key;
        this.arguments = arguments.clone();
    }

    /** A refusal whose message is the bundle's, said in the language of the request's Accept-Language. */
    public static ApiException said(int status, String code, String key, Object... arguments) {
        return new ApiException(status, code, key, arguments);
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

    /** The answer with the message in that language when it is the bundle's. */
    public Response toResponse(String language) {
        return ApiResponses.error(status, code, message(language));
    }

    /** The message in that language ("en", "fr") when it is the bundle's, else as given. */
    public String message(String language) {
        return key == null ? getMessage() : ApiWords.get(language, key, arguments);
    }
}

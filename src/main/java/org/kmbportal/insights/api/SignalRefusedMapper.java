package org.kmbportal.insights.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.kmbportal.insights.SignalRefused;
import org.kmbportal.web.api.ApiResponses;
import org.kmbportal.web.api.ApiWords;

/** A refused reader signal or report request as the usual JSON error, with its status and code. */
@Provider
public class SignalRefusedMapper implements ExceptionMapper<SignalRefused> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(SignalRefused e) {
        // In the caller's language, as the API's other refusals (user session api57).
        return ApiResponses.error(e.status(), e.code(), words(e, ApiWords.language(headers)));
    }

    /** The refusal's words in the language ("en", "fr"), or its English when the bundle has none for it. */
    static String words(SignalRefused e, String language) {
        return e.saidKey() == null ? e.getMessage() : ApiWords.get(language, e.saidKey(), e.arguments());
    }
}

package org.kmbportal.insights.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.kmbportal.insights.SignalRefused;
import org.kmbportal.web.api.ApiResponses;

/** A refused reader signal or report request as the usual JSON error, with its status and code. */
@Provider
public class SignalRefusedMapper implements ExceptionMapper<SignalRefused> {

    @Override
    public Response toResponse(SignalRefused e) {
        return ApiResponses.error(e.status(), e.code(), e.getMessage());
    }
}

package org.kmbportal.web.api;

import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.kmbportal.platform.AccessDenied;
import org.kmbportal.web.RequestTooLargeException;

/**
 * Turns every exception an endpoint lets out into a JSON error; nothing internal reaches the client. Each feature maps
 * its own refusals in its {@code api} package (for instance {@code curation.api.CollectionErrors}); these are the
 * shared ones: access, protocol, JSON and the unexpected.
 */
public final class ApiExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class.getName());

    private ApiExceptionMappers() {
    }

    /** A body sent without a length and stopped at its limit while read (see {@code BodyLimitFilter}). */
    static Response tooLarge(HttpHeaders headers) {
        return said(headers, TOO_LARGE);
    }

    static final ApiException TOO_LARGE = ApiException.said(413, "too_large", "api.error.tooLarge");

    /** A refusal in the words of the bundle, in the language of the request's {@code Accept-Language}. */
    static Response said(HttpHeaders headers, ApiException refusal) {
        return refusal.toResponse(ApiWords.language(headers));
    }

    /** What an exception no mapper expected is answered: too large, two changes at the same moment, or a failure. */
    static ApiException unexpected(Throwable e) {
        if (RequestTooLargeException.causedBy(e)) {
            return TOO_LARGE;
        }
        return simultaneousChange(e)
                ? ApiException.said(409, "edit_conflict", "api.error.sameMoment")
                : ApiException.said(500, "internal_error", "api.error.internal");
    }

    /** A refusal of the protocol (a status the endpoint did not choose) in words. */
    static ApiException protocol(int status) {
        if (status >= 500) {
            return ApiException.said(500, "internal_error", "api.error.internal");
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String reason = type == null ? "request_refused" : type.getReasonPhrase();
        String code = reason.toLowerCase(Locale.ROOT).replace(' ', '_');
        return switch (status) {
            case 405 -> ApiException.said(405, code, "api.error.methodNotAllowed");
            case 415 -> ApiException.said(415, code, "api.error.sendJson");
            default -> ApiException.said(status, code, "api.error.refusedStatus", status, reason);
        };
    }

    /**
     * Two changes of one thing at the same moment that the database refused at commit (the services take the change
     * lock first, so this is the safety net): the same 409 as a stale version.
     */
    static boolean simultaneousChange(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException
                    || t instanceof jakarta.persistence.PessimisticLockException
                    || t instanceof jakarta.persistence.LockTimeoutException
                    || t.getClass().getName().equals("org.eclipse.persistence.exceptions.OptimisticLockException")) {
                return true;
            }
        }
        return false;
    }

    @Provider
    public static class Deliberate implements ExceptionMapper<ApiException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(ApiException e) {
            return e.toResponse(ApiWords.language(headers));
        }
    }

    /**
     * Said in the language asked, from the bundle: the services' own sentences are English, and a French reader was
     * refused in English (user session us57). The role a request needs is named; other refusals are said plainly.
     */
    @Provider
    public static class Refused implements ExceptionMapper<AccessDenied> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(AccessDenied e) {
            String language = ApiWords.language(headers);
            return e.signedIn()
                    ? ApiResponses.error(403, "forbidden", ApiWords.denial(language, e))
                    : ApiResponses.error(401, "sign_in_required", ApiWords.get(language, "api.error.signIn"));
        }
    }

    @Provider
    public static class NotFound implements ExceptionMapper<NotFoundException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(NotFoundException e) {
            return ApiResponses.error(404, "not_found", ApiWords.get(ApiWords.language(headers),
                    "api.error.notFound"));
        }
    }

    @Provider
    public static class Protocol implements ExceptionMapper<WebApplicationException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(WebApplicationException e) {
            if (RequestTooLargeException.causedBy(e)) {
                return tooLarge(headers);
            }
            int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
            if (status >= 500) {
                LOG.log(Level.WARNING, "API request failed", e);
            }
            return said(headers, protocol(status));
        }
    }

    @Provider
    public static class BadJson implements ExceptionMapper<JsonbException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(JsonbException e) {
            if (RequestTooLargeException.causedBy(e)) {
                return tooLarge(headers);
            }
            return ApiResponses.error(400, "bad_json", ApiWords.get(ApiWords.language(headers),
                    "api.error.badJsonShape"));
        }
    }

    @Provider
    public static class BadJsonSyntax implements ExceptionMapper<JsonParsingException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(JsonParsingException e) {
            return ApiResponses.error(400, "bad_json", ApiWords.get(ApiWords.language(headers), "api.error.badJson"));
        }
    }

    /** An empty or unreadable body (JSON-P fails before it can parse anything). */
    @Provider
    public static class UnreadableJson implements ExceptionMapper<jakarta.json.JsonException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(jakarta.json.JsonException e) {
            if (RequestTooLargeException.causedBy(e)) {
                return tooLarge(headers);
            }
            return ApiResponses.error(400, "bad_json", ApiWords.get(ApiWords.language(headers),
                    "api.error.unreadableJson"));
        }
    }

    @Provider
    public static class Unreadable implements ExceptionMapper<ProcessingException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(ProcessingException e) {
            if (RequestTooLargeException.causedBy(e)) {
                return tooLarge(headers);
            }
            return said(headers, ApiException.said(400, "bad_request", "api.error.unreadable"));
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(Throwable e) {
            ApiException answer = unexpected(e);
            if (answer.status() == 500) {
                LOG.log(Level.SEVERE, "Unexpected error in an API request", e);
            }
            return said(headers, answer);
        }
    }
}

package org.kmbportal.curation.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import java.util.Locale;

import org.kmbportal.curation.CollectionAdding;
import org.kmbportal.curation.CollectionConflict;
import org.kmbportal.curation.CollectionException;
import org.kmbportal.web.Messages;
import org.kmbportal.web.QuotedText;
import org.kmbportal.web.api.ApiResponses;
import org.kmbportal.web.api.ApiWords;

/**
 * Refused collection changes as JSON errors: 404 for an unknown collection, 400 with the problems, 409 on a conflict
 * or a title the curator already gave another of their collections ({@code same_title}).
 */
public final class CollectionErrors {

    private CollectionErrors() {
    }

    @Provider
    public static class Refused implements ExceptionMapper<CollectionException> {
        @Context
        HttpHeaders headers;
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(CollectionException e) {
            if (e.notFound()) {
                // In the language of Accept-Language, as the API's other refusals (user session us56).
                String id = uri == null ? null : uri.getPathParameters().getFirst("id");
                return ApiResponses.error(404, "not_found", id == null
                        ? e.getMessage()
                        : ApiWords.get(ApiWords.language(headers), "api.error.noCollection", id));
            }
            String language = ApiWords.language(headers);
            if (e instanceof CollectionAdding.SameTitle same) {
                // The pages' words beside the title box, in the caller's language (user session api57).
                Locale locale = Locale.forLanguageTag(language);
                return ApiResponses.error(409, "same_title", Messages.format(locale, same.wordsKey(),
                        QuotedText.inMessage(same.collection().getTitle(), locale)));
            }
            return refusal(e, language);
        }
    }

    /** A refused change, its headline and each problem in the language ("en", "fr"). */
    static Response refusal(CollectionException e, String language) {
        return Response.status(e.messageKey().equals("curation.linksOff") ? 409 : 400)
                .type(MediaType.APPLICATION_JSON_TYPE).entity(refusalJson(e, language)).build();
    }

    static CollectionJson.Refusal refusalJson(CollectionException e, String language) {
        String headline = ApiWords.get(language, e.saidKey(), e.arguments().toArray());
        if (headline.equals(e.saidKey())) {
            headline = e.getMessage();
        }
        List<String> details = e.detailsIn(language);
        return new CollectionJson.Refusal(e.messageKey().replace("curation.", ""),
                headline + (details.isEmpty() ? "" : " " + String.join("; ", details)), details);
    }

    /** A stale version's words in the language. */
    static String conflict(CollectionConflict e, String language) {
        return ApiWords.get(language, "api.error.collectionChanged", e.id());
    }

    @Provider
    public static class Conflict implements ExceptionMapper<CollectionConflict> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(CollectionConflict e) {
            CollectionJson.EditConflict json = new CollectionJson.EditConflict("edit_conflict",
                    conflict(e, ApiWords.language(headers)),
                    e.currentVersion());
            return Response.status(409).type(MediaType.APPLICATION_JSON_TYPE).entity(json).build();
        }
    }
}

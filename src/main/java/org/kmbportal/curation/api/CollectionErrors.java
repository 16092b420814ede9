package org.kmbportal.curation.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

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
            if (e instanceof CollectionAdding.SameTitle same) {
                // The pages' words beside the title box, in English as the API's messages are.
                return ApiResponses.error(409, "same_title", Messages.format(Locale.ENGLISH, same.wordsKey(),
                        QuotedText.inMessage(same.collection().getTitle(), Locale.ENGLISH)));
            }
            CollectionJson.Refusal json = new CollectionJson.Refusal(e.messageKey().replace("curation.", ""),
                    e.getMessage() + (e.details().isEmpty() ? "" : " " + String.join("; ", e.details())),
                    e.details());
            return Response.status(e.messageKey().equals("curation.linksOff") ? 409 : 400)
                    .type(MediaType.APPLICATION_JSON_TYPE).entity(json).build();
        }
    }

    @Provider
    public static class Conflict implements ExceptionMapper<CollectionConflict> {
        @Override
        public Response toResponse(CollectionConflict e) {
            CollectionJson.EditConflict json = new CollectionJson.EditConflict("edit_conflict",
                    e.getMessage() + " Nothing was saved: load it again and reapply your change.",
                    e.currentVersion());
            return Response.status(409).type(MediaType.APPLICATION_JSON_TYPE).entity(json).build();
        }
    }
}

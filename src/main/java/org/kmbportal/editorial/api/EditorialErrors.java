package org.kmbportal.editorial.api;

import java.util.Locale;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.kmbportal.editorial.ArchiveException;
import org.kmbportal.curation.Wording;
import org.kmbportal.editorial.EditorialException;
import org.kmbportal.web.ReaderLanguage;
import org.kmbportal.web.api.ApiResponses;
import org.kmbportal.web.api.ApiWords;

/** The API's answers to the editorial refusals its endpoints let out. */
public final class EditorialErrors {

    private EditorialErrors() {
    }

    /**
     * A refusal in the language of the request ({@code lang}, else {@code Accept-Language} as every other refusal of
     * the API: it read the pages' remembered choice before Accept-Language, so a caller could get French from one
     * endpoint and English from the next): its English,
     * or the bundle's words for it and for each problem (a hidden character "at line 5" was said only in English).
     */
    @Provider
    public static class Refused implements ExceptionMapper<EditorialException> {

        @Context
        HttpHeaders headers;
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(EditorialException e) {
            String asked = uri == null ? null : uri.getQueryParameters().getFirst("lang");
            String language = ReaderLanguage.isSupported(asked) ? asked : ApiWords.language(headers);
            int status = e.messageKey().equals("editor.unknown") ? 404 : 400;
            String code = e.messageKey().replace("editor.", "");
            if (language.equals("en")) {
                String details = e.details().isEmpty() ? "" : ": " + String.join("; ", e.details());
                return ApiResponses.error(status, code, e.getMessage() + details);
            }
            Locale locale = Locale.forLanguageTag(language);
            String head = Wording.format(locale, e.messageKey(), e.getMessage());
            String details = String.join("; ", e.detailsIn(language));
            return ApiResponses.error(status, code, e.details().isEmpty()
                    ? head
                    : Wording.format(locale, "editor.api.refusal", head + ": " + details, head.replaceFirst("\\.$", ""),
                            details));
        }
    }

    /** The import page's words for a refused archive, in the language of {@code Accept-Language}. */
    @Provider
    public static class ArchiveRefused implements ExceptionMapper<ArchiveException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(ArchiveException e) {
            String code = e.messageKey().replace("archive.", "archive_");
            return ApiResponses.error(400, code, words(e, ApiWords.language(headers)));
        }
    }

    /** The import page's words for the refused archive, in that language. */
    public static String words(ArchiveException e, String language) {
        return ApiWords.get(language, e.messageKey(), e.arguments());
    }
}

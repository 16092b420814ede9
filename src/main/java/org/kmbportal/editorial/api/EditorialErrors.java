package org.kmbportal.editorial.api;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.kmbportal.editorial.ArchiveException;
import org.kmbportal.curation.Wording;
import org.kmbportal.editorial.EditorialException;
import org.kmbportal.web.ReaderLanguage;
import org.kmbportal.web.api.ApiResponses;

/** The API's answers to the editorial refusals its endpoints let out. */
public final class EditorialErrors {

    private EditorialErrors() {
    }

    /**
     * A refusal in the language of the request ({@code lang}, else {@code Accept-Language}): its English, or the
     * bundle's words for it and for each problem (a hidden character "at line 5" was said only in English).
     */
    @Provider
    public static class Refused implements ExceptionMapper<EditorialException> {

        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(EditorialException e) {
            String language = request == null ? "en" : ReaderLanguage.of(request);
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

    @Provider
    public static class ArchiveRefused implements ExceptionMapper<ArchiveException> {
        @Override
        public Response toResponse(ArchiveException e) {
            return ApiResponses.error(400, e.messageKey().replace("archive.", "archive_"), e.getMessage());
        }
    }
}

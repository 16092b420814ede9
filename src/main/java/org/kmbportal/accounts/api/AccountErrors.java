package org.kmbportal.accounts.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.kmbportal.accounts.AccountException;
import org.kmbportal.web.api.ApiResponses;
import org.kmbportal.web.api.ApiWords;

/** The API's answers to the account refusals its endpoints let out. */
public final class AccountErrors {

    private AccountErrors() {
    }

    /** The pages' words for the refusal, in the language of {@code Accept-Language} (its English when it has none). */
    @Provider
    public static class Refused implements ExceptionMapper<AccountException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(AccountException e) {
            return ApiResponses.error(400, e.messageKey(), words(e, ApiWords.language(headers)));
        }
    }

    /** The pages' words for the refusal in that language, or its English when the bundle has none. */
    public static String words(AccountException e, String language) {
        String words = ApiWords.get(language, e.messageKey());
        return words.equals(e.messageKey()) ? e.getMessage() : words;
    }
}

package org.kmbportal.accounts.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.kmbportal.accounts.AccountException;
import org.kmbportal.web.api.ApiResponses;

/** The API's answers to the account refusals its endpoints let out. */
public final class AccountErrors {

    private AccountErrors() {
    }

    @Provider
    public static class Refused implements ExceptionMapper<AccountException> {
        @Override
        public Response toResponse(AccountException e) {
            return ApiResponses.error(400, e.messageKey(), e.getMessage());
        }
    }
}

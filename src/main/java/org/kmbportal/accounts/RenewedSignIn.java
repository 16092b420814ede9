package org.kmbportal.accounts;

import java.security.Principal;
import java.util.Optional;

import jakarta.security.enterprise.credential.Credential;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Signs the caller in again, as themselves, with their account's roles as they are now: made by server code only (no
 * request can carry it), and only from a request's own signed-in caller, so it can never sign anyone in as someone
 * else. Used when administrators change their own roles: their session goes on with the new ones.
 */
public final class RenewedSignIn implements Credential {

    private final String email;

    private RenewedSignIn(String email) {
        this.email = email;
    }

    /** For the caller signed in on this request, if any. */
    public static Optional<RenewedSignIn> forCaller(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        return principal == null ? Optional.empty() : Optional.of(new RenewedSignIn(principal.getName()));
    }

    String email() {
        return email;
    }
}

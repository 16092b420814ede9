package org.kmbportal.accounts;

import java.util.Optional;

import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;

/**
 * An email and password already checked once, in this request, by the identity stores: someone signed in who signs in
 * again as another account has the password checked before the current session ends, and {@link PortalAuthentication}
 * then signs them in with that result instead of hashing the password a second time. Made only by {@link #check},
 * which does the check itself: never a way to sign in without the password.
 */
public final class CheckedSignIn implements Credential {

    private final CredentialValidationResult result;

    private CheckedSignIn(CredentialValidationResult result) {
        this.result = result;
    }

    /** The credential checked by the identity stores; empty when they do not accept it. */
    public static Optional<CheckedSignIn> check(IdentityStoreHandler stores, UsernamePasswordCredential credential) {
        CredentialValidationResult result = stores.validate(credential);
        return result.getStatus() == CredentialValidationResult.Status.VALID
                ? Optional.of(new CheckedSignIn(result))
                : Optional.empty();
    }

    CredentialValidationResult result() {
        return result;
    }
}

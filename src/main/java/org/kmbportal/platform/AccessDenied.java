package org.kmbportal.platform;

import jakarta.ejb.ApplicationException;

/**
 * A request the caller may not make: {@link #signedIn()} false means "sign in first" (401), true means "not with
 * your role" (403). Services throw it; pages and endpoints turn it into the right answer.
 */
@ApplicationException(rollback = true)
public class AccessDenied extends RuntimeException {

    private final boolean signedIn;

    public AccessDenied(boolean signedIn, String message) {
        super(message);
        this.signedIn = signedIn;
    }

    public boolean signedIn() {
        return signedIn;
    }
}

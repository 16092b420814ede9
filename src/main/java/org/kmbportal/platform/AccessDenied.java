package org.kmbportal.platform;

import jakarta.ejb.ApplicationException;

/**
 * A request the caller may not make: {@link #signedIn()} false means "sign in first" (401), true means "not with
 * your role" (403). Services throw it; pages and endpoints turn it into the right answer.
 */
@ApplicationException(rollback = true)
public class AccessDenied extends RuntimeException {

    private final boolean signedIn;
    /** The role the request needs (its key, such as "editor"), when that is the reason; else null. */
    private final String neededRole;

    public AccessDenied(boolean signedIn, String message) {
        this(signedIn, message, null);
    }

    public AccessDenied(boolean signedIn, String message, String neededRole) {
        super(message);
        this.signedIn = signedIn;
        this.neededRole = neededRole;
    }

    /** The key of the role the request needs, when it is refused for the caller's role alone; else null. */
    public String neededRole() {
        return neededRole;
    }

    public boolean signedIn() {
        return signedIn;
    }
}

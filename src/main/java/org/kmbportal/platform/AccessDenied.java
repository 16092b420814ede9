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
    /** The bundle key of the reason, said to API clients in their language; null when there is none. */
    private final String wordsKey;

    public AccessDenied(boolean signedIn, String message) {
        this(signedIn, message, null);
    }

    public AccessDenied(boolean signedIn, String message, String neededRole) {
        this(signedIn, message, neededRole, null);
    }

    private AccessDenied(boolean signedIn, String message, String neededRole, String wordsKey) {
        super(message);
        this.signedIn = signedIn;
        this.neededRole = neededRole;
        this.wordsKey = wordsKey;
    }

    /**
     * A signed-in caller refused for a reason of the service's own ("Only its curator and editors may change this
     * collection."): its English for logs, and its bundle key so that the API says it in the caller's language.
     */
    public static AccessDenied because(String wordsKey, String english) {
        return new AccessDenied(true, english, null, wordsKey);
    }

    /** The bundle key of the service's own reason, or null. */
    public String wordsKey() {
        return wordsKey;
    }

    /** The key of the role the request needs, when it is refused for the caller's role alone; else null. */
    public String neededRole() {
        return neededRole;
    }

    public boolean signedIn() {
        return signedIn;
    }
}

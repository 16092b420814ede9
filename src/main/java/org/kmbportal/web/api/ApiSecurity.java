package org.kmbportal.web.api;

/**
 * The names of the two security schemes {@code /openapi} declares: endpoints for signed-in callers require the
 * session, state-changing ones also the CSRF token ({@link CsrfFilter}).
 */
public final class ApiSecurity {

    /** The session cookie set by the sign-in page. */
    public static final String SESSION = "session";
    /** The session's token in the {@code X-CSRF-Token} header. */
    public static final String CSRF = "csrf";

    private ApiSecurity() {
    }
}

package org.kmbportal.insights;

/**
 * A reader signal the portal did not take: bad input, an unknown resource, one answer too many. Carries the HTTP
 * status and stable code the API answers, the bundle key pages show, and a plain English sentence.
 */
public class SignalRefused extends RuntimeException {

    private final int status;
    private final String code;

    public SignalRefused(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** The message bundle key for people: {@code signal.error.<code>}. */
    public String messageKey() {
        return "signal.error." + code;
    }

    static SignalRefused badRequest(String code, String message) {
        return new SignalRefused(400, code, message);
    }
}

package org.kmbportal.insights;

/**
 * A reader signal the portal did not take: bad input, an unknown resource, one answer too many. Carries the HTTP
 * status and stable code the API answers, the bundle key pages show, and a plain English sentence.
 */
public class SignalRefused extends RuntimeException {

    private final int status;
    private final String code;
    /** The API's words: the bundle key and its arguments (null: the English message as is). */
    private String saidKey;
    private Object[] arguments = new Object[0];

    public SignalRefused(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    /** The refusal with the API's words in the bundle, said in the caller's language. */
    public SignalRefused said(String key, Object... values) {
        this.saidKey = key;
        this.arguments = values.clone();
        return this;
    }

    /** The key of the API's words in the bundle, or null when the message is said only in English. */
    public String saidKey() {
        return saidKey;
    }

    public Object[] arguments() {
        return arguments.clone();
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

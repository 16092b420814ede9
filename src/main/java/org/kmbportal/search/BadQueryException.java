package org.kmbportal.search;

/** A query the portal refuses, with a plain message for the person who typed it. */
public class BadQueryException extends RuntimeException {

    private final String code;

    public BadQueryException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}

package org.kmbportal.web;

import java.io.IOException;

/** A body sent without a declared length went past what its address accepts; answered with 413. */
public class RequestTooLargeException extends IOException {

    private final long maxBytes;

    public RequestTooLargeException(long maxBytes) {
        super("The request body is larger than " + maxBytes + " bytes");
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Whether the exception, or any of its causes, is a refused body (the JSON reader wraps what it reads). */
    public static boolean causedBy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RequestTooLargeException) {
                return true;
            }
        }
        return false;
    }
}

package org.kmbportal.matching;

/** A profile the library cannot rank for, with a plain message naming the nearest valid value. */
public class InvalidProfileException extends RuntimeException {

    private final String code;

    public InvalidProfileException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}

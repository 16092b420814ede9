package org.kmbportal.search;

/** A query the portal refuses, with a plain message for the person who typed it. */
public class BadQueryException extends RuntimeException {

    /** The code of a query with something typed but no letter or digit to search for (a lone quote, emoji). */
    public static final String WITHOUT_WORDS = "query_without_words";

    private final String code;

    public BadQueryException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}

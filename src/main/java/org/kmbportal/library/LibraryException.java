package org.kmbportal.library;

import jakarta.ejb.ApplicationException;

/** A change the library refuses, with a message fit to show the person who asked for it. */
@ApplicationException(rollback = true)
public class LibraryException extends RuntimeException {

    public LibraryException(String message) {
        super(message);
    }
}

package org.kmbportal.web.api;

/** The body of every error answer: a stable code for programs and a plain sentence for people. */
public record ApiError(String error, String message) {
}

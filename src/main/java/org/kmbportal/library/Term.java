package org.kmbportal.library;

/** One entry of a controlled vocabulary: a stable key and its labels. */
public record Term(String key, Label label) {
}

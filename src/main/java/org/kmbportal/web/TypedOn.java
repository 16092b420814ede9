package org.kmbportal.web;

import java.util.Optional;

/**
 * The version an editor's text was typed on, as its form sends it (js/typed-on.js): Back to an editor's address, or a
 * reload, fetches the page again, perhaps at a newer version, and the browser puts back the text typed before with
 * this version, so the page's save is checked against it and meets the conflict instead of replacing the newer save.
 */
public final class TypedOn {

    private TypedOn() {
    }

    /** The version sent, or empty when the box was (nothing typed, no script) or does not hold a number. */
    public static Optional<Long> version(String sent) {
        if (sent == null || sent.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(sent.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}

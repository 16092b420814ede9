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

    /**
     * The version sent, or empty when the box was (nothing typed, no script) or does not hold a number. A page may send
     * more after a colon ({@code 7:3}: the version, then its own mark of what the text was typed on).
     */
    public static Optional<Long> version(String sent) {
        return part(sent, 0);
    }

    /** What a page sent after the version's colon ({@code 7:3} gives 3), or empty. */
    public static Optional<Long> mark(String sent) {
        return version(sent).flatMap(version -> part(sent, 1));
    }

    private static Optional<Long> part(String sent, int index) {
        if (sent == null || sent.isBlank()) {
            return Optional.empty();
        }
        String[] parts = sent.strip().split(":", -1);
        try {
            return parts.length > index && parts.length <= 2
                    ? Optional.of(Long.parseLong(parts[index].strip()))
                    : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}

package org.kmbportal.library;

import java.util.Arrays;
import java.util.Optional;

/**
 * The sections of a research summary's body, in their required order. The headings are keys: written in English in
 * every language, shown to readers in theirs.
 */
public enum SummarySection {
    NOTES_OF_INTEREST("Notes of interest", true), INTRODUCTION("Introduction", false), IMPLICATIONS("Implications",
            false), KEY_FINDINGS("Key findings", false), LIMITATIONS("Limitations", false);

    private final String heading;
    private final boolean required;

    SummarySection(String heading, boolean required) {
        this.heading = heading;
        this.required = required;
    }

    public String heading() {
        return heading;
    }

    public boolean required() {
        return required;
    }

    /** The key used in JSON and message bundles, e.g. {@code notes_of_interest}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<SummarySection> fromHeading(String heading) {
        return Arrays.stream(values()).filter(s -> s.heading.equalsIgnoreCase(heading.strip())).findFirst();
    }
}

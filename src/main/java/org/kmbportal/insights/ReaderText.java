package org.kmbportal.insights;

import java.text.Normalizer;

/**
 * A reader's free text as it is stored: the words as written (what looks like markup, such as {@code <b>} or
 * {@code <script>}, is kept as text), without control characters, spaces collapsed, email addresses and
 * telephone-like numbers removed. It is never markup: every page, export and answer that shows it escapes it.
 */
public final class ReaderText {

    private ReaderText() {
    }

    private static String withoutControls(String text) {
        return text.replaceAll("[\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069&&[^\\n]]", " ");
    }

    /** The text to store; empty when nothing is left. Lines are kept unless {@code oneLine}. */
    public static String clean(String typed, boolean oneLine) {
        if (typed == null || typed.isBlank()) {
            return "";
        }
        String text = Normalizer.normalize(typed, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n');
        text = withoutControls(text);
        text = PersonalData.scrub(text);
        if (oneLine) {
            text = text.replace('\n', ' ');
        }
        return text.replaceAll("[ \\t\\u00a0]+", " ").replaceAll(" ?\\n ?", "\n").replaceAll("\\n{3,}", "\n\n")
                .strip();
    }
}

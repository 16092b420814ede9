package org.kmbportal.content;

import java.util.List;
import java.util.Locale;

import org.kmbportal.curation.Wording;

/**
 * Something wrong with a content file, located precisely enough to fix it.
 *
 * @param line
 *            1-based line in the file, or 0 when the problem concerns the whole file
 * @param message
 *            in English, as import reports and the command line show it
 * @param key
 *            the message's key in the portal's bundle (null when it has none), to word it in the reader's language
 * @param arguments
 *            the values the keyed message names
 */
public record Problem(String path, int line, Severity severity, String message, String key, List<Object> arguments) {

    public enum Severity {
        /** The file is skipped. */
        ERROR,
        /** The file is imported; something in it deserves a look. */
        WARNING
    }

    public Problem {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    public Problem(String path, int line, Severity severity, String message) {
        this(path, line, severity, message, null, List.of());
    }

    public static Problem error(String path, int line, String message) {
        return new Problem(path, line, Severity.ERROR, message);
    }

    public static Problem warning(String path, int line, String message) {
        return new Problem(path, line, Severity.WARNING, message);
    }

    /** The same problem, worded in other languages by the bundle's {@code key} with these arguments. */
    public Problem worded(String messageKey, Object... values) {
        return new Problem(path, line, severity, message, messageKey, List.of(values));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * The problem with its place, in the language ("collection.md:1: erreur : …"): the bundle's wording of its key,
     * or the English message when it has no key. A problem of a text with no file name (pasted in a page) names only
     * its line ("ligne 3 : …").
     */
    public String in(String language) {
        Locale locale = Locale.forLanguageTag(language);
        String text = wording().in(language);
        if (path == null || path.isEmpty()) {
            return line > 0
                    ? format(locale, "content.problem.pastedLine", "line " + line + ": " + text, line, text)
                    : text;
        }
        String kind = "content.problem." + severity.name().toLowerCase(Locale.ROOT);
        return line > 0
                ? format(locale, kind + ".line", toString(), path, line, text)
                : format(locale, kind + ".file", toString(), path, text);
    }

    /** The problem without its place, as a sentence for readers of any language. */
    public Wording wording() {
        return new Wording(message, key, arguments);
    }

    private static String format(Locale locale, String key, String fallback, Object... values) {
        return Wording.format(locale, key, fallback, values);
    }

    @Override
    public String toString() {
        return path + (line > 0 ? ":" + line : "") + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": "
                + message;
    }
}

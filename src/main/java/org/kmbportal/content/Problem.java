package org.kmbportal.content;

/**
 * Something wrong with a content file, located precisely enough to fix it.
 *
 * @param line
 *            1-based line in the file, or 0 when the problem concerns the whole file
 */
public record Problem(String path, int line, Severity severity, String message) {

    public enum Severity {
        /** The file is skipped. */
        ERROR,
        /** The file is imported; something in it deserves a look. */
        WARNING
    }

    public static Problem error(String path, int line, String message) {
        return new Problem(path, line, Severity.ERROR, message);
    }

    public static Problem warning(String path, int line, String message) {
        return new Problem(path, line, Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return path + (line > 0 ? ":" + line : "") + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": "
                + message;
    }
}

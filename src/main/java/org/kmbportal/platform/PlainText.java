package org.kmbportal.platform;

/**
 * Characters that have no place in text people type and others read: control characters (NUL and the like),
 * direction overrides and isolates that make a title read backwards or hide part of it (U+202A to U+202E, U+2066 to
 * U+2069), the byte-order mark U+FEFF, non-characters and lone surrogates. Pure, shared by every check of typed text.
 */
public final class PlainText {

    private PlainText() {
    }

    /**
     * How many characters the text has as a reader counts them: code points, so an emoji or another character
     * outside the Basic Multilingual Plane counts as one, not two. The one count of every length limit on typed text
     * and of the messages that give a text's length ("At most 120 characters here; this has 121."); 0 for none.
     */
    public static int length(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }

    /**
     * The {@link #length} of a typed text as it is kept: trimmed, its line ends plain ({@link #withPlainLineEnds}, a
     * browser sends a line break as two characters). The length a refusal says ("this has 121").
     */
    public static int typedLength(String typed) {
        return typed == null ? 0 : length(withPlainLineEnds(typed).strip());
    }

    /** The text's first {@code max} characters as {@link #length} counts them (never half an emoji); null stays null. */
    public static String first(String text, int max) {
        return text == null || length(text) <= max ? text : text.substring(0, text.offsetByCodePoints(0, max));
    }

    /** The first code point not allowed in a line of text (a title, a name), or -1 when there is none. */
    public static int forbiddenInLine(String text) {
        return firstForbidden(text, false);
    }

    /** The same for text that may run over several lines (tabs and line breaks allowed), or -1. */
    public static int forbiddenInText(String text) {
        return firstForbidden(text, true);
    }

    /**
     * Whether the text shows nothing to a reader: empty, or only spaces of any kind (no-break spaces included),
     * invisible format characters (zero-width spaces and joiners, U+2060, U+FEFF, soft hyphens, direction marks,
     * tags), control characters, combining marks with nothing to combine with, unassigned code points and the
     * blank-looking letters (Hangul fillers, the blank Braille pattern). Such a value counts as an empty one wherever a
     * value is required: the one rule every check of typed text uses ({@link #visibleOrEmpty}).
     */
    public static boolean isBlank(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length();) {
            int c = text.codePointAt(i);
            if (!invisible(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** The text stripped of surrounding spaces, or {@code ""} when it shows nothing ({@link #isBlank}). */
    public static String visibleOrEmpty(String text) {
        return isBlank(text) ? "" : text.strip();
    }

    /**
     * The text with every line ending written as {@code \n}: browsers send a text box's lines ended by
     * {@code \r\n}, which exports and the content format would otherwise carry.
     */
    public static String withPlainLineEnds(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * The text lower-cased with its accents and other combining marks taken off ("Élève" gives "eleve"): the one way
     * words are compared whatever their accents, in ids made from titles, names looked up, words read in typed text.
     */
    public static String folded(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(java.util.Locale.ROOT);
    }

    static boolean invisible(int c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK,
                    Character.COMBINING_SPACING_MARK, Character.SURROGATE, Character.UNASSIGNED ->
                true;
            default -> c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x2800 || c == 0x180E;
        };
    }

    /** How a message names the character: {@code U+202E}. */
    public static String name(int codePoint) {
        return String.format("U+%04X", codePoint);
    }

    private static int firstForbidden(String text, boolean lines) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length();) {
            int c = text.codePointAt(i);
            if (forbidden(c, lines)) {
                return c;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    static boolean forbidden(int c, boolean lines) {
        if (lines && (c == '\t' || c == '\n' || c == '\r')) {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.SURROGATE || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF || (c & 0xFFFE) == 0xFFFE
                || (c >= 0xFDD0 && c <= 0xFDEF);
    }

    /** The candidate closest to a mistyped word (edit distance), to suggest in an error message. */
    public static java.util.Optional<String> nearest(String unknown, java.util.List<String> candidates) {
        org.apache.commons.text.similarity.LevenshteinDistance distance = org.apache.commons.text.similarity.LevenshteinDistance
                .getDefaultInstance();
        String needle = unknown == null ? "" : unknown.strip().toLowerCase(java.util.Locale.ROOT);
        return candidates.stream().min(java.util.Comparator.<String> comparingInt(c -> distance.apply(needle, c))
                .thenComparing(java.util.Comparator.naturalOrder()));
    }
}

package org.kmbportal.search.web;

/**
 * A search as the page's title names it: a long one shortened to its first words and an ellipsis (the title repeated
 * a 500-character search whole, read out in full by screen readers and cut anywhere by tabs: user session).
 */
final class PageTitle {

    /** The most characters (code points) of a search a title keeps before its ellipsis. */
    static final int MAX = 60;
    /** A cut between words keeps at least this many characters; a longer first word is cut inside. */
    private static final int MIN_WORDS = MAX / 3;
    static final String ELLIPSIS = "…";

    private PageTitle() {
    }

    /** The search with its runs of spaces and control characters made one space, shortened past {@link #MAX}. */
    static String of(String query) {
        if (query == null) {
            return "";
        }
        String text = query.replaceAll("[\\p{Cntrl}\\s\\p{Z}]+", " ").strip();
        if (text.codePointCount(0, text.length()) <= MAX) {
            return text;
        }
        int end = text.offsetByCodePoints(0, MAX);
        String kept = text.substring(0, end);
        if (!Character.isWhitespace(text.charAt(end))) {
            int space = kept.lastIndexOf(' ');
            if (space >= MIN_WORDS) {
                kept = kept.substring(0, space);
            }
        }
        return kept.strip() + ELLIPSIS;
    }
}

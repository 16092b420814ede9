package org.kmbportal.library;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The DOI rules, in one place: what the content format, the editor's form and the citation accept as a DOI, the
 * address a reader follows to the article, and when two DOIs name the same work.
 */
public final class Doi {

    /** A DOI as written in a citation: {@code 10.}, a registrant code of 4 to 9 digits, {@code /}, a suffix. */
    private static final Pattern SHAPE = Pattern.compile("10\\.\\d{4,9}/\\S+");

    /** Where DOIs resolve. */
    public static final String RESOLVER = "https://doi.org/";

    /** Characters a DOI suffix keeps as they are in a link (unreserved, sub-delimiters, ':', '@' and '/'). */
    private static final String KEPT = "-._~!$&'()*+,;=:@/";

    private Doi() {
    }

    /** Whether the text is a DOI as the content format takes it (no resolver address in front, no spaces). */
    public static boolean valid(String doi) {
        return doi != null && SHAPE.matcher(doi).matches();
    }

    /**
     * The resolver address of a valid DOI. Characters that would end or change an address ({@code #}, {@code ?},
     * {@code %}, {@code <}, {@code >}, quotes, letters outside ASCII) are percent-encoded, so the resolver receives
     * the whole DOI.
     */
    public static String link(String doi) {
        StringBuilder link = new StringBuilder(RESOLVER);
        for (byte b : doi.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || KEPT.indexOf(c) >= 0)) {
                link.append(c);
            } else {
                link.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
            }
        }
        return link.toString();
    }

    /** DOIs are case-insensitive: the same key for the same work, however its letters were written. */
    public static String key(String doi) {
        return doi.toUpperCase(Locale.ROOT);
    }
}

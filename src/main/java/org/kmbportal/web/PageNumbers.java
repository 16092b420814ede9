package org.kmbportal.web;

import java.util.List;
import java.util.stream.IntStream;

/** The page numbers of a list shown a page at a time ({@code ?page=}): the one asked for, and those offered. */
public final class PageNumbers {

    /** How many page numbers are offered either side of the current one. */
    static final int AROUND = 4;
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\+?0*[1-9]\\d*");

    private PageNumbers() {
    }

    /** The page asked for: anything but a page number is the first page (the list caps it at its last). */
    public static int asked(String asked) {
        try {
            return Math.max(1, Integer.parseInt(asked == null ? "1" : asked.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /**
     * Whether the text names a page by its number ("2", "+02", " 7 "), however large: not "abc", "-3", "0" or a
     * blank. A list that says which page it shows when another was asked for tells the two apart with it.
     */
    public static boolean isNumber(String asked) {
        return asked != null && NUMBER.matcher(asked.strip()).matches();
    }

    /**
     * The page asked for, as {@link #asked}, except that a page number too large to count is past every last page
     * (the list shows its last), not the first.
     */
    public static int askedOrPast(String asked) {
        return isNumber(asked) && asked.strip().replaceFirst("^\\+?0*", "").length() > 9
                ? Integer.MAX_VALUE
                : asked(asked);
    }

    /**
     * What a list says when the page asked for is not the one it shows, as a message key taking its number of pages:
     * {@code pager.notNumber} (no page number was asked for: the first is shown) or {@code pager.beyond} (past the
     * last: the last is shown); null when the page asked for is shown.
     */
    public static String notice(boolean notNumber, int asked, int last) {
        if (notNumber) {
            return "pager.notNumber";
        }
        return asked > last ? "pager.beyond" : null;
    }

    /** The page numbers offered: up to {@value #AROUND} either side of the current one, within 1 to the last. */
    public static List<Integer> around(int current, int last) {
        return IntStream.rangeClosed(Math.max(1, current - AROUND), Math.min(last, current + AROUND)).boxed().toList();
    }
}

package org.kmbportal.web;

import java.util.List;
import java.util.stream.IntStream;

/** The page numbers of a list shown a page at a time ({@code ?page=}): the one asked for, and those offered. */
public final class PageNumbers {

    /** How many page numbers are offered either side of the current one. */
    static final int AROUND = 4;

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

    /** The page numbers offered: up to {@value #AROUND} either side of the current one, within 1 to the last. */
    public static List<Integer> around(int current, int last) {
        return IntStream.rangeClosed(Math.max(1, current - AROUND), Math.min(last, current + AROUND)).boxed().toList();
    }
}

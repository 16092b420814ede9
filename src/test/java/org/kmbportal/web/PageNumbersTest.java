package org.kmbportal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The page of a paged list (the administrators' accounts and invitations, browse) a visitor's {@code ?page=} asks
 * for, and the page numbers offered: anything typed into the address opens a page of the list, never an error.
 */
class PageNumbersTest {

    @Test
    void anythingButAPageNumberIsTheFirstPage() {
        assertEquals(1, PageNumbers.asked(null));
        assertEquals(7, PageNumbers.asked(" 7 "));
        Random random = new Random(54);
        String[] odd = {"", "abc", "-3", "0", "99999999999", "1e3", "7; drop", "<b>2</b>", "2.5"};
        for (String typed : odd) {
            assertEquals(1, PageNumbers.asked(typed), typed);
        }
        for (int i = 0; i < 500; i++) {
            int page = 1 + random.nextInt(100_000);
            assertEquals(page, PageNumbers.asked(String.valueOf(page)));
            StringBuilder junk = new StringBuilder();
            for (int c = 0, n = 1 + random.nextInt(20); c < n; c++) {
                junk.appendCodePoint(0x21 + random.nextInt(0x2FF));
            }
            int asked = PageNumbers.asked(junk.toString());
            assertTrue(asked >= 1, junk + " → " + asked);
        }
    }

    /** A list that says which page it shows tells a page number (however large) from anything else. */
    @Test
    void aPageNumberTooLargeToCountIsPastTheLastAndNoNumberIsTheFirst() {
        for (String number : new String[]{"7", " 7 ", "+02", "0012", "99999999999", "+000123456789012345678"}) {
            assertTrue(PageNumbers.isNumber(number), number);
        }
        for (String typed : new String[]{"", " ", "abc", "-3", "0", "000", "1e3", "7; drop", "<b>2</b>", "2.5", "٣"}) {
            assertEquals(false, PageNumbers.isNumber(typed), typed);
            assertEquals(PageNumbers.asked(typed), PageNumbers.askedOrPast(typed), typed);
        }
        assertEquals(false, PageNumbers.isNumber(null));
        assertEquals(1, PageNumbers.askedOrPast(null));
        assertEquals(Integer.MAX_VALUE, PageNumbers.askedOrPast("99999999999"));
        assertEquals(Integer.MAX_VALUE, PageNumbers.askedOrPast("+0001234567890"));
        Random random = new Random(59);
        for (int i = 0; i < 500; i++) {
            int page = 1 + random.nextInt(Integer.MAX_VALUE - 1);
            assertTrue(PageNumbers.isNumber(String.valueOf(page)));
            assertEquals(page >= 1_000_000_000 ? Integer.MAX_VALUE : page, PageNumbers.askedOrPast(String.valueOf(
                    page)));
        }
    }

    /** Every paged list says the same when the page asked for is not the one shown (task fix60), and nothing else. */
    @Test
    void aListSaysWhichPageItShowsOnlyWhenAnotherWasAsked() {
        Random random = new Random(60);
        for (int i = 0; i < 500; i++) {
            int last = 1 + random.nextInt(60);
            int asked = 1 + random.nextInt(120);
            assertEquals(asked > last ? "pager.beyond" : null, PageNumbers.notice(false, asked, last), asked + " of "
                    + last);
            assertEquals("pager.notNumber", PageNumbers.notice(true, 1, last), "no number, " + last + " pages");
        }
        assertEquals("pager.beyond", PageNumbers.notice(false, PageNumbers.askedOrPast("99999999999999"), 3));
    }

    @Test
    void upToFourEitherSideWithinTheList() {
        assertEquals(List.of(1), PageNumbers.around(1, 1));
        assertEquals(List.of(6, 7, 8, 9, 10, 11, 12), PageNumbers.around(10, 12));
        Random random = new Random(55);
        for (int i = 0; i < 500; i++) {
            int last = 1 + random.nextInt(60);
            int current = 1 + random.nextInt(last);
            List<Integer> pages = PageNumbers.around(current, last);
            assertTrue(pages.contains(current), current + " of " + last + ": " + pages);
            assertTrue(pages.size() <= 2 * PageNumbers.AROUND + 1, pages.toString());
            assertTrue(pages.get(0) >= 1 && pages.get(pages.size() - 1) <= last, pages.toString());
            for (int p = 1; p < pages.size(); p++) {
                assertEquals(pages.get(p - 1) + 1, pages.get(p), "consecutive: " + pages);
            }
        }
    }
}

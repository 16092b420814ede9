package org.kmbportal.search.web;

import org.kmbportal.platform.PlainText;
import org.kmbportal.web.Links;
import org.kmbportal.web.Messages;

/**
 * The search page's box as its address sent it: the text, whole, and what is wrong with it, said beside the box. A
 * search over {@link Links#SEARCH_MAX_LENGTH} characters (as {@link PlainText#length} counts: an emoji is one) is
 * refused before it runs, "At most 500 characters here; this has 3,412.", and the box keeps it whole: the boxes cut a
 * paste at their limit without a word, and the page kept only the first 500 (user session). The page's title and
 * links repeat no more than a search takes (a 20,000-character search was repeated in each).
 *
 * @param typed the text as sent
 * @param tooLong the refusal in the reader's language, or null when the search runs
 */
public record SearchBox(String typed, String tooLong) {

    static SearchBox of(String typed, Messages messages) {
        int length = typed == null ? 0 : PlainText.length(typed.replaceAll("\\p{Cntrl}", " ").strip());
        return new SearchBox(typed, length > Links.SEARCH_MAX_LENGTH
                ? messages.get("search.error.tooLongHere", Links.SEARCH_MAX_LENGTH, length)
                : null);
    }

    /**
     * The first characters of the text, as many as a search takes (whole characters, an emoji never cut in two): what
     * the page's title and links repeat of a refused search.
     */
    String searched() {
        String text = typed == null ? "" : typed.strip();
        return PlainText.length(text) <= Links.SEARCH_MAX_LENGTH
                ? text
                : text.substring(0, text.offsetByCodePoints(0, Links.SEARCH_MAX_LENGTH));
    }

    /** Whether the search is refused for its length: nothing is searched, and the box holds the text whole. */
    public boolean refused() {
        return tooLong != null;
    }
}

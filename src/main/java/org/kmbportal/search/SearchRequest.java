package org.kmbportal.search;

import java.util.List;
import java.util.Map;

/**
 * A search as a reader asks for it.
 *
 * @param filters
 *            facet dimension ({@code type}, {@code language}, {@code topic}, ...) to the values wanted; several values
 *            of one dimension mean any of them
 * @param readerLanguage
 *            the language labels and messages are given in
 * @param asTyped
 *            true to search the words exactly as typed, without spelling correction
 */
public record SearchRequest(String query, Map<String, List<String>> filters, Integer yearFrom, Integer yearTo,
        Order order, int page, int size, String readerLanguage, boolean asTyped) {

    /** How hits are ordered. */
    public enum Order {
        RELEVANCE, NEWEST
    }

    public static final int MAX_SIZE = 50;
    public static final int MAX_DEPTH = 10_000;

    public SearchRequest {
        // Look-alike letters of other scripts, fullwidth forms and invisible characters read as the Latin letters.
        query = query == null ? "" : LookAlikeLetters.folded(query);
        filters = filters == null ? Map.of() : Map.copyOf(filters);
        order = order == null ? Order.RELEVANCE : order;
        page = Math.max(1, page);
        size = Math.min(MAX_SIZE, Math.max(1, size));
        readerLanguage = "fr".equals(readerLanguage) ? "fr" : "en";
        Years years = new Years(yearFrom, yearTo);
        yearFrom = years.from();
        yearTo = years.to();
    }

    /** The years searched, the earlier first: given the wrong way round ("2020 to 1990"), the years between them. */
    public record Years(Integer from, Integer to) {
        public Years {
            if (reversed(from, to)) {
                Integer earlier = to;
                to = from;
                from = earlier;
            }
        }

        /** Whether the years are given the wrong way round, the later first: the search reads them in order. */
        public static boolean reversed(Integer from, Integer to) {
            return from != null && to != null && from > to;
        }
    }

    public SearchRequest(String query, Map<String, List<String>> filters, Integer yearFrom, Integer yearTo,
            Order order, int page, int size, String readerLanguage) {
        this(query, filters, yearFrom, yearTo, order, page, size, readerLanguage, false);
    }

    /**
     * Whether every word typed is one left out (after a minus sign, or after NOT): such a search can only narrow the
     * library, so a reader who finds nothing needs to leave fewer words out, not to check the spelling.
     */
    public static boolean leavesOutOnly(String query) {
        if (query == null) {
            return false;
        }
        String[] tokens = query.strip().split("\\s+");
        boolean any = false;
        boolean afterNot = false;
        for (String token : tokens) {
            if (token.equals("NOT")) {
                afterNot = true;
                continue;
            }
            if (token.codePoints().noneMatch(Character::isLetterOrDigit) || token.equals("AND")
                    || token.equals("OR")) {
                continue;
            }
            if (!afterNot && !token.startsWith("-")) {
                return false;
            }
            any = true;
            afterNot = false;
        }
        return any;
    }

    public static SearchRequest simple(String query, String readerLanguage) {
        return new SearchRequest(query, Map.of(), null, null, Order.RELEVANCE, 1, 10, readerLanguage);
    }
}

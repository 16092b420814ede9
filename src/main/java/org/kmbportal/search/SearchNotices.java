package org.kmbportal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a search reads of what was asked when it is not all of it, said above the results (on the page and in the
 * API's answer): a pasted question of more than {@link QueryInterpreter#MAX_WORDS} words is searched by its first
 * words (it found nothing but a refusal; user session), and years given the wrong way round are read in order
 * ({@link SearchRequest.Years}), which the reader is told.
 */
public final class SearchNotices {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private SearchNotices() {
    }

    /**
     * The text as searched: whole up to {@link QueryInterpreter#MAX_WORDS} words (as letters and digits count them),
     * otherwise up to the end of its last word within the limit. Each word a query costs is kept; none is added. A
     * text over {@link QueryInterpreter#MAX_LENGTH} characters is left whole, for the search to refuse it as too long
     * (as the page does: cutting it to its first words would answer a pasted address of any length).
     */
    public static String words(String query) {
        if (query == null || QueryInterpreter.tooLong(query)) {
            return query;
        }
        String folded = LookAlikeLetters.folded(query);
        Matcher m = WORD.matcher(folded);
        for (int count = 0; m.find();) {
            if (++count == QueryInterpreter.MAX_WORDS) {
                int end = m.end();
                return m.find() ? folded.substring(0, end) : query;
            }
        }
        return query;
    }

    /** Whether {@link #words} searches only the beginning of the text. */
    public static boolean cut(String query) {
        return count(query) > QueryInterpreter.MAX_WORDS;
    }

    /** How many words the text has, as {@link #words} counts them. */
    static long count(String query) {
        return query == null ? 0 : WORD.matcher(LookAlikeLetters.folded(query)).results().count();
    }

    /** What the search says about how it read the text and the years, in the reader's language; empty when nothing. */
    public static List<String> of(String query, Integer yearFrom, Integer yearTo, String language) {
        List<String> notices = new ArrayList<>();
        long words = count(query);
        if (words > QueryInterpreter.MAX_WORDS) {
            notices.add(SearchMessages.get(language, "search.notice.firstWords", String.valueOf(words),
                    String.valueOf(QueryInterpreter.MAX_WORDS)));
        }
        if (QueryInterpreter.noWordToMatch(query)) {
            notices.add(SearchMessages.get(language, "search.notice.noWordToMatch"));
        }
        if (SearchRequest.Years.reversed(yearFrom, yearTo)) {
            notices.add(SearchMessages.get(language, "search.notice.yearsReversed", String.valueOf(yearTo),
                    String.valueOf(yearFrom)));
        }
        return notices;
    }
}

package org.kmbportal.insights;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.kmbportal.search.LookAlikeLetters;

/**
 * The normalized form a search is kept and grouped under: its look-alike letters read as the search reads them
 * ({@link LookAlikeLetters}), compatibility-normalized, lower case, search operators and
 * punctuation (and the operators AND, OR, NOT written in capitals) turned into spaces, whitespace collapsed, email addresses and telephone-like numbers removed, at most
 * {@value #MAX} characters. "Mentor  Training!" and "mentor training" are one query; accents are kept, so French
 * readers see their words as written.
 */
public final class SearchQueries {

    public static final int MAX = 200;

    private static final Pattern OPERATOR = Pattern.compile("(?<![\\p{L}\\p{N}])(AND|OR|NOT)(?![\\p{L}\\p{N}])");

    private SearchQueries() {
    }

    /**
     * A search as the reader typed it, for the editors to read: operators, quotes, punctuation and letter case kept;
     * only control and invisible formatting characters (which could reorder a table's text) taken out, line breaks and
     * runs of spaces made one space, email addresses and telephone-like numbers removed, and at most {@value #MAX} characters (a longer
     * one ends with an ellipsis). Empty when nothing visible was typed.
     */
    public static String asTyped(String typed) {
        if (typed == null) {
            return "";
        }
        String text = Normalizer.normalize(typed, Normalizer.Form.NFC).replaceAll("\\p{Cc}", " ")
                .replaceAll("[\\p{Cf}&&[^\\u200c\\u200d]]", "");
        // French no-break spaces (before ? ! : ;) are kept as typed; runs of other spaces and line breaks become one
        text = PersonalData.scrub(text.replaceAll("[\\s\\p{Zl}\\p{Zp}]+", " ").replaceAll("^\\p{Z}+|\\p{Z}+$", ""));
        if (text.length() > MAX) {
            int end = Character.isHighSurrogate(text.charAt(MAX - 2)) ? MAX - 2 : MAX - 1;
            text = text.substring(0, end).strip() + PersonalData.REMOVED;
        }
        return text;
    }

    public static String normalize(String typed) {
        if (typed == null) {
            return "";
        }
        // NFKC would turn the ellipsis that marks removed contact details into three dots (then dropped as
        // punctuation), so a normalized query would not normalize to itself
        // the words as the search reads them (LookAlikeLetters): "carе" typed with a Cyrillic "е" found what "care"
        // finds, yet was counted on a row of its own beside it (user session us57)
        String text = Arrays.stream(LookAlikeLetters.folded(typed).split("…", -1)).map(part -> Normalizer.normalize(
                part, Normalizer.Form.NFKC))
                .collect(Collectors.joining("…")).replace('\u2019', '\'');
        // the search's operators (written in capitals) are not words the reader looked for: "AND OR NOT" is no gap
        text = OPERATOR.matcher(PersonalData.scrub(text)).replaceAll(" ").toLowerCase(Locale.ROOT);
        text = text.replaceAll("[^\\p{L}\\p{M}\\p{N}'\\-…\\s]+", " ").replaceAll("(^|\\s)[-']+", "$1")
                .replaceAll("\\s+", " ");
        // again: once punctuation is gone, digits it kept apart can read as a telephone number
        text = PersonalData.scrub(text).strip();
        if (text.length() > MAX) {
            int end = Character.isHighSurrogate(text.charAt(MAX - 1)) ? MAX - 1 : MAX;
            text = text.substring(0, end).strip();
        }
        return text;
    }
}

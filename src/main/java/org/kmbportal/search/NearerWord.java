package org.kmbportal.search;

import org.apache.lucene.search.spell.LuceneLevenshteinDistance;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * The other language's word for a misspelt one, when it is nearer than the word chosen in the language the query is
 * corrected in. A query whose words do not tell its language is corrected in the reader's language first, but a word
 * that language's texts have only two letters away is not what a reader meant who typed a word one letter from a word
 * only the other language's texts use: a French reader's « mentorsip » is "mentorship" (one letter), not « mentors »
 * (two). Letters are counted as the spell checker counts them: a letter added, dropped or changed, or two neighbours
 * swapped, is one.
 */
final class NearerWord {

    private static final LuceneLevenshteinDistance DISTANCE = new LuceneLevenshteinDistance();

    private NearerWord() {
    }

    /**
     * The close word nearest to the typed one (lower-cased, folded) that only the other language's texts use, when it
     * is fewer letters away than the chosen word, the most used on a tie; else null.
     *
     * @param chosen
     *            the close word chosen in the language {@code in}
     */
    static String inOtherLanguage(String typed, SuggestWord[] close, String chosen, String in, LanguageWords words) {
        if (chosen == null) {
            return null;
        }
        String other = "fr".equals(in) ? "en" : "fr";
        int farthest = edits(typed, chosen) - 1;
        String best = null;
        int bestEdits = Integer.MAX_VALUE;
        int bestCount = 0;
        for (SuggestWord word : close) {
            int count = words.count(word.string, other);
            if (count == 0 || words.count(word.string, in) > 0) {
                continue;
            }
            int edits = edits(typed, word.string);
            if (edits <= farthest && (edits < bestEdits || edits == bestEdits && count > bestCount)) {
                best = word.string;
                bestEdits = edits;
                bestCount = count;
            }
        }
        return best;
    }

    /**
     * Letters added, dropped or changed, and neighbours swapped, from one word to the other: Lucene's own measure,
     * the one its spell checker finds the close words by, which says it as a share of the shorter word's length.
     */
    static int edits(String a, String b) {
        int shorter = Math.min(a.codePointCount(0, a.length()), b.codePointCount(0, b.length()));
        if (shorter == 0) {
            return Math.max(a.codePointCount(0, a.length()), b.codePointCount(0, b.length()));
        }
        return Math.round((1f - DISTANCE.getDistance(a, b)) * shorter);
    }
}

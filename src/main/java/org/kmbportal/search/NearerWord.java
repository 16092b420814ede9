package org.kmbportal.search;

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

    /** Letters added, dropped or changed, and neighbours swapped, from one word to the other. */
    static int edits(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + change);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}

package org.kmbportal.search;

import org.apache.lucene.search.spell.SuggestWord;

/** Which of the library's words close to a misspelt one {@link Speller} offers, by language and by word family. */
final class CloseWords {

    private CloseWords() {
    }

    /**
     * The closest of the words close to a misspelt one that the language's texts use, the most common in them on a
     * tie; null when that language's texts use none of them.
     */
    static String closestIn(SuggestWord[] close, String language, LanguageWords words) {
        String best = null;
        float bestScore = -1;
        int bestCount = 0;
        for (SuggestWord word : close) {
            int count = words.count(word.string, language);
            if (count > 0 && (word.score > bestScore || word.score == bestScore && count > bestCount)) {
                best = word.string;
                bestScore = word.score;
                bestCount = count;
            }
        }
        return best;
    }

    /**
     * The close word of the reader's language and of the misspelt word's family (the language's Snowball stemmer stems
     * them alike: "quitt" and "quitter") that is nearest to what was typed, no farther than the word chosen, the most
     * common on a tie; null when there is none. A French reader's "quitt" becomes "quitté", not the English "quiet"
     * one letter away too; "mentorring" becomes "mentoring", not the family's commonest "mentor".
     */
    static String ofTheFamily(String typed, SuggestWord[] close, String chosen, String reader, LanguageWords words) {
        String other = "fr".equals(reader) ? "en" : "fr";
        int farthest = Inflections.distance(typed, chosen);
        String stem = Inflections.stem(typed, reader);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int bestCount = 0;
        for (SuggestWord word : close) {
            int count = words.count(word.string, reader);
            int distance = Inflections.distance(typed, word.string);
            if (count > 0 && distance <= farthest && (distance < bestDistance || distance == bestDistance
                    && count > bestCount) && words.rate(word.string, reader) >= words.rate(word.string, other)
                    && Inflections.stem(word.string, reader).equals(stem)) {
                best = word.string;
                bestDistance = distance;
                bestCount = count;
            }
        }
        return best;
    }
}

package org.kmbportal.search;

import java.util.List;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;

/**
 * Words too common to tell texts apart. Readers often ask questions ("how do we keep our volunteers?"), so besides
 * Lucene's short default lists these hold the standard Snowball function words (pronouns, auxiliaries, question
 * words) in English, and French question words.
 */
final class StopWords {

    private static final List<String> ENGLISH = List.of("i", "me", "my", "myself", "we", "our", "ours", "ourselves",
            "you", "your", "yours", "yourself", "yourselves", "he", "him", "his", "himself", "she", "her", "hers",
            "herself", "it", "its", "itself", "they", "them", "their", "theirs", "themselves", "what", "which", "who",
            "whom", "this", "that", "these", "those", "am", "is", "are", "was", "were", "be", "been", "being", "have",
            "has", "had", "having", "do", "does", "did", "doing", "would", "should", "could", "ought", "can", "may",
            "might", "must", "shall", "will", "a", "an", "the", "and", "but", "if", "or", "because", "as", "until",
            "while", "of", "at", "by", "for", "with", "about", "against", "between", "into", "through", "during",
            "before", "after", "above", "below", "to", "from", "up", "down", "in", "out", "on", "off", "over", "under",
            "again", "further", "then", "once", "here", "there", "when", "where", "why", "how", "all", "any", "both",
            "each", "few", "more", "most", "other", "some", "such", "no", "nor", "not", "only", "own", "same", "so",
            "than", "too", "very", "just", "get", "gets", "got");

    private static final List<String> FRENCH = List.of("comment", "pourquoi", "quand", "quel", "quelle", "quels",
            "quelles", "quoi", "peut", "peuvent", "pouvons", "doit", "doivent", "devons", "faut", "faire", "fait",
            "est-ce", "qu'est-ce", "nos", "vos", "leurs",
            // The French counterparts of the English list's adverbs and quantifiers ("more", "very", "too", "only",
            // "again", "then", "all", "each"): « plus de six mois » is about months, not « plus ».
            "plus", "très", "trop", "aussi", "seulement", "encore", "puis", "ensuite", "tout", "tous", "toute",
            "toutes", "chaque");

    private StopWords() {
    }

    /**
     * The function words of both languages. The library is bilingual: a French summary cites an English article, an
     * English query reaches French fields. A function word of either language tells nothing in either.
     */
    static CharArraySet bothLanguages() {
        CharArraySet words = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        words.addAll(ENGLISH);
        words.addAll(FrenchAnalyzer.getDefaultStopSet());
        words.addAll(FRENCH);
        return words;
    }
}

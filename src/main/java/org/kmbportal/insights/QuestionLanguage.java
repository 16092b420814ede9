package org.kmbportal.insights;

import java.util.Locale;
import java.util.Set;

/**
 * The language a search was typed in, for the editors' reports: a French question typed on the English pages is a
 * gap in the French library. Read from the question's own function words and French letters; a question that shows
 * neither (a name, a single noun) is taken to be in the language of the pages it was typed on.
 */
final class QuestionLanguage {

    private static final Set<String> FRENCH = Set.of("le", "la", "les", "l", "des", "du", "de", "d", "un", "une",
            "est", "et", "ou", "nous", "nos", "notre", "pour", "dans", "avec", "qui", "que", "qu", "pas", "sont", "au",
            "aux", "leur", "leurs", "ces", "mais", "sur", "comment", "quoi", "quels", "quelles", "quel", "jeunes");
    private static final Set<String> ENGLISH = Set.of("the", "and", "or", "our", "we", "is", "are", "for", "with",
            "to", "of", "in", "on", "that", "not", "they", "their", "but", "these", "how", "what", "which", "does",
            "do", "youth", "young");
    private static final String FRENCH_LETTERS = "éèêëàâçîïôûùüÿœæ";

    private QuestionLanguage() {
    }

    /**
     * @param question
     *            the normalized search (lower case)
     * @param pages
     *            the language of the pages it was typed on, {@code en} or {@code fr}
     * @return {@code en} or {@code fr}
     */
    static String of(String question, String pages) {
        int french = 0;
        int english = 0;
        for (String word : question.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            french += FRENCH.contains(word) ? 1 : 0;
            english += ENGLISH.contains(word) ? 1 : 0;
            if (word.chars().anyMatch(c -> FRENCH_LETTERS.indexOf(c) >= 0)) {
                french++;
            }
        }
        if (french == english) {
            return "fr".equals(pages) ? "fr" : "en";
        }
        return french > english ? "fr" : "en";
    }
}

package org.kmbportal.web;

import java.util.Locale;
import java.util.Set;

/**
 * The language, English or French, a text was written in, read from its own function words and French letters: a
 * French question typed on the English pages, a check-in written in French on the English pages. A text that shows
 * neither (a name, a single noun) is taken to be in the language given for it (the pages it was typed on).
 */
public final class WrittenLanguage {

    private static final Set<String> FRENCH = Set.of("le", "la", "les", "l", "des", "du", "de", "d", "un", "une",
            "est", "et", "ou", "nous", "nos", "notre", "pour", "dans", "avec", "qui", "que", "qu", "pas", "sont", "au",
            "aux", "leur", "leurs", "ces", "mais", "sur", "comment", "quoi", "quels", "quelles", "quel", "jeunes");
    private static final Set<String> ENGLISH = Set.of("the", "and", "or", "our", "we", "is", "are", "for", "with",
            "to", "of", "in", "on", "that", "not", "they", "their", "but", "these", "how", "what", "which", "does",
            "do", "youth", "young");
    private static final String FRENCH_LETTERS = "éèêëàâçîïôûùüÿœæ";

    private WrittenLanguage() {
    }

    /**
     * @param text
     *            what was written (any case; null is nothing)
     * @param otherwise
     *            the language to take when the text shows neither, {@code en} or {@code fr}
     * @return {@code en} or {@code fr}
     */
    public static String of(String text, String otherwise) {
        int french = 0;
        int english = 0;
        for (String word : (text == null ? "" : text).toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            french += FRENCH.contains(word) ? 1 : 0;
            english += ENGLISH.contains(word) ? 1 : 0;
            if (word.chars().anyMatch(c -> FRENCH_LETTERS.indexOf(c) >= 0)) {
                french++;
            }
        }
        if (french == english) {
            return "fr".equals(otherwise) ? "fr" : "en";
        }
        return french > english ? "fr" : "en";
    }
}

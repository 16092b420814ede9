package org.kmbportal.insights;

/**
 * The language a search was typed in, for the editors' reports: a French question typed on the English pages is a
 * gap in the French library. Read from the question's own function words and French letters; a question that shows
 * neither (a name, a single noun) is taken to be in the language of the pages it was typed on.
 */
final class QuestionLanguage {

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
        return org.kmbportal.web.WrittenLanguage.of(question, pages);
    }
}

package org.kmbportal.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A gap is reported in the language the question was typed in, not the language of the pages around it. */
class QuestionLanguageTest {

    @Test
    void aFrenchQuestionTypedOnTheEnglishPagesIsFrench() {
        assertEquals("fr", QuestionLanguage.of(SearchQueries.normalize("Comment garder les bénévoles ?"), "en"));
        assertEquals("fr", QuestionLanguage.of(SearchQueries.normalize("décrochage scolaire"), "en"));
        assertEquals("fr", QuestionLanguage.of(SearchQueries.normalize("l’évaluation d’un programme"), "en"));
    }

    @Test
    void anEnglishQuestionTypedOnTheFrenchPagesIsEnglish() {
        assertEquals("en", QuestionLanguage.of(SearchQueries.normalize("How do we keep volunteers?"), "fr"));
        assertEquals("en", QuestionLanguage.of(SearchQueries.normalize("mentoring for youth in care"), "fr"));
    }

    @Test
    void aQuestionThatShowsNeitherTakesTheLanguageOfItsPages() {
        assertEquals("fr", QuestionLanguage.of(SearchQueries.normalize("mentorat"), "fr"));
        assertEquals("en", QuestionLanguage.of(SearchQueries.normalize("DuBois 2011"), "en"));
        assertEquals("fr", QuestionLanguage.of(SearchQueries.normalize("DuBois 2011"), "fr"));
    }
}

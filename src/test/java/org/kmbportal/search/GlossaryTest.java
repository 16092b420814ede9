package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * A French question is given to the sentence-embedding model (which learned English) with the words the glossary
 * knows in English, whatever their form: « éloignée » where the glossary writes « éloigné », « l'évaluation ».
 */
class GlossaryTest {

    @Test
    void aFrenchQuestionsGlossaryWordsReachTheModelInEnglishWhateverTheirForm() {
        String question = "Comment garder nos mentors bénévoles plus de six mois en région éloignée ?";
        String english = Glossary.inEnglish(question);
        assertTrue(english.contains("volunteer") && english.contains("remote"), english);
        assertTrue(english.startsWith("Comment garder") && english.endsWith(" ?"), english);
    }

    @Test
    void wordsTheGlossaryDoesNotKnowAndEnglishTextStayAsWritten() {
        Random random = new Random(7);
        String[] unknown = {"garder", "six", "mois", "région", "Québec", "🙂", "2019", "l'équipe", "«", "»", "?"};
        for (int i = 0; i < 200; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 1 + random.nextInt(30); w++) {
                text.append(unknown[random.nextInt(unknown.length)]).append(random.nextBoolean() ? " " : "  ");
            }
            assertEquals(text.toString(), Glossary.inEnglish(text.toString()));
        }
        assertEquals("how do we keep volunteers from quitting", Glossary.inEnglish(
                "how do we keep volunteers from quitting"));
        assertEquals("recruitment des volunteer à assessment", Glossary.inEnglish(
                "recrutement des bénévoles à l'évaluation"));
    }
}

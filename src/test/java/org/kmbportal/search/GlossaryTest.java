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

    /**
     * The glossary writes a French adjective in the masculine (« éloigné », « isolé »); its feminine and plural forms,
     * as a question writes them (« en région éloignée », « des familles isolées »), reach the same English words by
     * the English fields, with accents or without: « éloignée » reached only the French texts that hold it.
     */
    @Test
    void everyFormOfAFrenchGlossaryAdjectiveReachesItsEnglishWords() throws java.io.IOException {
        org.apache.lucene.analysis.Analyzer query = SearchFixture.sharedShippedLibrary().index.analysis().query();
        int checked = 0;
        java.util.List<String> lines;
        try (java.io.InputStream in = Glossary.class.getResourceAsStream("glossary-en-fr.txt")) {
            lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#") && l.contains("|")).toList();
        }
        for (String line : lines) {
            for (String word : line.split("\\|")[1].strip().split("\\s*,\\s*")) {
                if (!word.endsWith("e") || word.endsWith("ee") || word.contains(" ")) {
                    continue;
                }
                java.util.List<String> masculine = AnalysisTest.tokens(query, "body_en", word);
                for (String form : java.util.List.of(word + "e", word + "s", word + "es")) {
                    // A form the glossary writes on a line of its own is that line's.
                    if (lines.stream().anyMatch(l -> java.util.List.of(l.strip().split("\\s*[|,]\\s*"))
                            .contains(form))) {
                        continue;
                    }
                    java.util.List<String> tokens = AnalysisTest.tokens(query, "body_en", form);
                    assertTrue(tokens.containsAll(masculine), form + " reaches " + tokens + ", not all of "
                            + masculine + " as " + word + " does");
                    checked++;
                }
            }
        }
        assertTrue(checked > 50, "forms checked: " + checked);
        assertTrue(AnalysisTest.tokens(query, "body_en", "région éloignée").contains("remot"),
                AnalysisTest.tokens(query, "body_en", "région éloignée").toString());
    }

    /**
     * A practitioner's French question (user session) put first a cégep study that says « éloignées » once, in its
     * limits, and « plus » (more) as French writes any comparison: the guide on rural and remote communities, about
     * keeping volunteer mentors there, comes first, and the cégep study no longer does.
     */
    @Test
    void aFrenchQuestionAboutRemoteVolunteersFindsTheRemoteGuideFirst() {
        SearchResult found = SearchFixture.sharedShippedLibrary().search.search(SearchRequest.simple(
                "Comment garder nos mentors bénévoles plus de six mois en région éloignée ?", "fr"));
        java.util.List<String> ids = found.hits().stream().map(SearchResult.Hit::id).toList();
        assertEquals("mentoring-in-rural-and-remote-communities", ids.get(0), ids.toString());
    }
}

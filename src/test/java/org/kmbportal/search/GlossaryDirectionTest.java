package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/**
 * A word of the reader's language reaches the other language's texts only through its translations in the glossary:
 * a French reader's « pairs » (peers) found English texts about mentor-youth "pairs", and « formation » (training)
 * English "format", since each glossary line was one synonym group in both languages' fields (user session). Checked
 * for every word of the glossary, in both directions, and for the words in a sentence.
 */
class GlossaryDirectionTest {

    @Test
    void aReadersGlossaryWordReachesTheOtherLanguagesTextsOnlyAsItsTranslations() throws IOException {
        Analysis analysis = SearchFixture.sharedShippedLibrary().index.analysis();
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (String reader : List.of("fr", "en")) {
            String other = "fr".equals(reader) ? "en" : "fr";
            Analyzer query = analysis.forReader(reader).query();
            Analyzer plain = Analysis.language(other, null);
            Set<String> otherSide = new HashSet<>();
            Glossary.lines().forEach(line -> otherSide.addAll(line.side(other)));
            for (Glossary.Line line : Glossary.lines()) {
                Set<String> translations = new HashSet<>();
                for (String word : line.side(other)) {
                    translations.addAll(AnalysisTest.tokens(plain, "body_" + other, word));
                }
                for (String word : line.side(reader)) {
                    if (otherSide.contains(word) || word.contains("-")) {
                        continue;
                    }
                    List<String> own = AnalysisTest.tokens(plain, "body_" + other, word);
                    List<String> reached = AnalysisTest.tokens(query, "body_" + other, word);
                    checked++;
                    if (!reached.containsAll(translations)) {
                        failures.add(reader + " " + word + " misses " + translations + ": " + reached);
                    }
                    for (String stem : own) {
                        if (!translations.contains(stem) && reached.contains(stem) && !synonymOfItsOwn(analysis,
                                other, word)) {
                            failures.add(reader + " " + word + " reaches " + stem + " in the " + other + " texts");
                        }
                    }
                }
            }
        }
        assertTrue(checked > 150, "words checked: " + checked);
        assertTrue(failures.isEmpty(), failures.size() + " of " + checked + ": " + failures);
    }

    /** In a French reader's question, « pairs » reaches English "peer", never "pair"; in French texts, « pair ». */
    @Test
    void aFrenchQuestionAboutPeersReachesEnglishPeersNotPairs() throws IOException {
        Analysis analysis = SearchFixture.sharedShippedLibrary().index.analysis();
        java.util.Random random = new java.util.Random(47);
        String[] frames = {"Le mentorat par les %s fonctionne-t-il au secondaire ?", "mentorat entre %s",
                "Comment former les %s mentors avant la première rencontre ?",
                "soutien des %s pour les jeunes en région"};
        for (int i = 0; i < 40; i++) {
            String word = random.nextBoolean() ? "pairs" : "pair";
            String question = String.format(frames[random.nextInt(frames.length)], random.nextBoolean()
                    ? word
                    : word.toUpperCase(java.util.Locale.ROOT));
            List<String> english = AnalysisTest.tokens(analysis.forReader("fr").query(), "title_en", question);
            assertTrue(english.contains("peer") && !english.contains("pair"), question + ": " + english);
            List<String> french = AnalysisTest.tokens(analysis.forReader("fr").query(), "title_fr", question);
            assertTrue(french.contains("pair"), question + ": " + french);
        }
        // An English reader's "peer" still reaches French « pairs », and "pairs" English "pair".
        assertTrue(AnalysisTest.tokens(analysis.forReader("en").query(), "title_fr", "peer mentoring").contains(
                "pair"));
        assertTrue(AnalysisTest.tokens(analysis.forReader("en").query(), "title_en", "mentor pairs").contains("pair"));
    }

    /** Whether the taxonomy's own synonyms of the other language (not the glossary) hold the word. */
    private static boolean synonymOfItsOwn(Analysis analysis, String language, String word) {
        return SearchFixture.sharedShippedLibrary().index.taxonomy().synonyms(language).stream()
                .anyMatch(group -> List.of(group.split("\\s*,\\s*")).contains(word));
    }
}

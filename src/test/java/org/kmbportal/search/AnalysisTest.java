package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class AnalysisTest {

    private final Analysis analysis = new Analysis(Map.of(
            "en", List.of("e-mentoring, online mentoring, virtual mentoring", "youth, young people, adolescents"),
            "fr", List.of("jumelage, appariement", "parrain, marraine")));

    static List<String> tokens(Analyzer analyzer, String field, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }

    @Test
    void englishIsStemmedFoldedAndStripped() throws IOException {
        assertEquals(List.of("mentor", "relationship", "program"),
                tokens(analysis.index(), "body_en", "The mentors' relationships with programs"));
        assertEquals(tokens(analysis.index(), "body_en", "evaluation"),
                tokens(analysis.index(), "body_en", "evaluations"));
        assertEquals(List.of("cafe"), tokens(analysis.index(), "body_en", "Café"));
    }

    @Test
    void frenchLosesElisionsAccentsAndPluralsButKeepsMeaning() throws IOException {
        List<String> tokens = tokens(analysis.index(), "body_fr", "L'évaluation des jumelages");
        assertEquals(tokens(analysis.index(), "body_fr", "evaluation jumelage"), tokens);
        assertTrue(tokens(analysis.index(), "body_fr", "les mentors et les jeunes").stream()
                .noneMatch(t -> t.equals("les") || t.equals("et")));
    }

    @Test
    void synonymsApplyAtQueryTimeInTheirOwnLanguage() throws IOException {
        List<String> query = tokens(analysis.query(), "body_en", "online mentoring for teens and youth");
        assertTrue(query.containsAll(List.of("onlin", "virtual", "young", "peopl", "adolesc")), query.toString());
        assertEquals(tokens(analysis.index(), "body_en", "online mentoring"),
                tokens(analysis.index(), "body_en", "online mentoring"), "index time has no synonyms");
        List<String> french = tokens(analysis.query(), "body_fr", "appariement");
        assertTrue(french.contains("jumelag") || french.contains("jumelage"), french.toString());
        assertFalse(tokens(analysis.query(), "body_en", "parrain").stream().anyMatch(t -> t.startsWith("marrain")),
                "a library's French synonyms stay in French fields");
    }

    @Test
    void theGlossaryCarriesAQueryIntoTheOtherLanguage() throws IOException {
        assertTrue(tokens(analysis.query(), "body_en", "bénévoles").contains("volunt"));
        assertTrue(tokens(analysis.query(), "body_fr", "volunteers").stream().anyMatch(t -> t.startsWith("benevol")));
    }

    @Test
    void namesAreFoldedNotStemmed() throws IOException {
        assertEquals(List.of("lagace", "m", "c"), tokens(analysis.index(), Fields.AUTHORS, "Lagacé, M. C."));
    }
}

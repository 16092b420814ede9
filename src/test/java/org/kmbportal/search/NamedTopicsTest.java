package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;

/**
 * Which topics an organization's challenges name, on the shipped taxonomy: reasons say "About X, which you named as a
 * challenge", so a topic must be named by a word of its label (or a form or synonym of one), not by a word the stemmer
 * happens to cut alike.
 */
class NamedTopicsTest {

    private static SearchFixture library;
    private static NamedTopics topics;

    @BeforeAll
    static void index() {
        library = SearchFixture.shippedLibrary();
        topics = new NamedTopics(library.index.taxonomy(), library.index.analysis());
    }

    @AfterAll
    static void close() throws IOException {
        library.close();
    }

    @Test
    void aWordTheStemmerCutsLikeALabelWordDoesNotNameItsTopic() {
        String paragraph = "We have one part-time coordinator, who is also responsible for fundraising and for the"
                + " board, so monthly check-ins with every match rarely happen.";
        assertFalse(topics.in(paragraph).containsKey("cultural-responsiveness"), topics.in(paragraph).toString());
        assertTrue(topics.in("Our program is not culturally responsive enough").containsKey(
                "cultural-responsiveness"));
    }

    @Test
    void formsOfALabelWordAccentsElisionsAndSynonymsStillNameItsTopic() {
        assertTrue(topics.in("We do not know how to evaluate what we do").containsKey("program-evaluation"));
        assertTrue(topics.in("nous voulons faire l'evaluation de notre programme").containsKey(
                "program-evaluation"));
        assertTrue(topics.in("Nous voulons faire l’Évaluation de notre programme").containsKey(
                "program-evaluation"));
        assertTrue(topics.in("Our funder wants an assessment of the program").containsKey("program-evaluation"),
                "assessment is a synonym of evaluation");
        assertTrue(topics.in("matches end early and closures are hard").containsKey("match-closure"));
    }

    @Test
    void formOfAllowsAShortEndingOnly() {
        assertTrue(NamedTopics.formOf("evaluate", java.util.Set.of("evaluation")));
        assertTrue(NamedTopics.formOf("families", java.util.Set.of("family")));
        assertFalse(NamedTopics.formOf("responsible", java.util.Set.of("responsiveness")));
        assertFalse(NamedTopics.formOf("word", null));
    }

    static Stream<String> texts() {
        return Gen.tries("named-topics", 60, GeneratedText.upTo(600));
    }

    /** Any text: an answer, never an error; only topics of the taxonomy, each with a positive weight. */
    @ParameterizedTest
    @MethodSource("texts")
    void anyTextGivesTopicsOfTheTaxonomyOnly(String text) {
        Map<String, Double> named = topics.in(text);
        named.forEach((topic, weight) -> {
            assertTrue(library.index.taxonomy().vocabulary("topics").orElseThrow().contains(topic), topic);
            assertTrue(weight > 0, topic);
        });
        assertEquals(named, topics.in(text), "the same text names the same topics");
    }
}

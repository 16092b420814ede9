package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
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
        library = SearchFixture.sharedShippedLibrary();
        topics = library.index.withSearcher(searcher -> new NamedTopics(library.index.taxonomy(),
                library.index.analysis(), searcher.getIndexReader()));
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

    /**
     * The user sessions' challenges: a generic word ("system", "mentors") or a synonym of a piece of a topic's label
     * ("attendance" for "academic achievement") named topics the organization never spoke of.
     */
    @Test
    void genericWordsOfTheSessionsNameNoTopic() {
        assertEquals(List.of("program-evaluation"), List.copyOf(topics.in(
                "We need an evaluation system beyond attendance sheets").keySet()));
        assertEquals(List.of("program-evaluation"), List.copyOf(topics.in(
                "Il nous faut un système d'évaluation au-delà des feuilles de présence").keySet()));
        assertEquals(Map.of(), topics.in("our mentors quit"));
        assertEquals(Map.of(), topics.in("nos mentors abandonnent"));
        assertEquals(Map.of(), topics.in("We keep in contact with the system"));
    }

    @Test
    void wordsOfOneTopicStillNameIt() {
        assertEquals(List.of("staff-supervision"), List.copyOf(topics.in("staff turnover").keySet()));
        assertEquals(List.of("staff-supervision"), List.copyOf(topics.in("roulement du personnel").keySet()));
        assertEquals(List.of("mentor-training"), List.copyOf(topics.in("mentor training").keySet()));
        assertEquals(List.of("mentor-training"), List.copyOf(topics.in("formation des mentors").keySet()));
        assertEquals(List.of("justice-involved-youth"), List.copyOf(topics.in(
                "youth in contact with the justice system").keySet()));
        // Two words of one label, neither its own alone ("match" is two labels', "support" the library's commonest).
        assertEquals(List.of("match-support"), List.copyOf(topics.in("we lack match support").keySet()));
        assertEquals(List.of("group-mentoring"), List.copyOf(topics.in("group mentoring").keySet()));
    }

    /** Everyday words that are no topic's label word nor a synonym of one, in both languages. */
    private static final List<String> FILLER = List.of("we", "our", "have", "last", "year", "many", "every", "week",
            "after", "town", "small", "team", "wants", "before", "spring", "nous", "notre", "avons", "depuis",
            "chaque", "semaine", "petite", "ville", "équipe", "veut", "avant", "printemps", "the", "and", "les", "et");
    /** Words the library's texts all use, or that labels share or use only beside another word. */
    private static final List<String> GENERIC = List.of("program", "programs", "mentors", "mentor", "mentoring",
            "youth", "young", "system", "systems", "support", "supports", "programme", "mentorat", "jeunes",
            "système", "soutien", "contact");

    /** A topic's own words, each of which must name it among any filler, in English and in French. */
    static Stream<Arguments> specificWords() {
        Map<String, List<String>> own = Map.of("staff-supervision", List.of("staff turnover",
                "roulement du personnel", "staff", "personnel"), "mentor-training",
                List.of("mentor training",
                        "formation des mentors", "training", "formation"),
                "program-evaluation", List.of(
                        "evaluation", "évaluation", "assessment"),
                "match-closure", List.of("closure",
                        "fin des jumelages"),
                "justice-involved-youth", List.of("justice",
                        "système de justice"),
                "funding-sustainability", List.of(
                        "funding", "financement"),
                "cultural-responsiveness",
                List.of("cultural", "sensibilité culturelle"));
        Gen<List<String>> filler = Gen.of(FILLER).list(3, 40);
        Gen<String> topic = Gen.of(List.copyOf(new java.util.TreeSet<>(own.keySet())));
        return Gen.tries("topic words among filler", 60, random -> {
            String key = topic.next(random);
            List<String> words = new ArrayList<>(filler.next(random));
            List<String> phrases = own.get(key);
            String phrase = phrases.get(random.nextInt(phrases.size()));
            words.add(random.nextInt(words.size() + 1), phrase);
            return Arguments.of(key, String.join(" ", words) + ".");
        });
    }

    @ParameterizedTest
    @MethodSource("specificWords")
    void aTopicsOwnWordAmongFillerNamesIt(String topic, String paragraph) {
        assertTrue(topics.in(paragraph).containsKey(topic), paragraph + " -> " + topics.in(paragraph));
    }

    static Stream<String> genericParagraphs() {
        Gen<List<String>> generic = Gen.of(GENERIC).list(1, 12);
        Gen<List<String>> filler = Gen.of(FILLER).list(0, 30);
        return Gen.tries("generic words only", 60, random -> {
            List<String> words = new ArrayList<>(filler.next(random));
            words.addAll(generic.next(random));
            Collections.shuffle(words, random);
            return String.join(" ", words) + ".";
        });
    }

    @ParameterizedTest
    @MethodSource("genericParagraphs")
    void genericWordsAmongFillerNameNoTopic(String paragraph) {
        assertEquals(Map.of(), topics.in(paragraph), paragraph);
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

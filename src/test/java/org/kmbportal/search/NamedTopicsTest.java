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
        assertTrue(WrittenStems.formOf("evaluate", java.util.Set.of("evaluation")));
        assertTrue(WrittenStems.formOf("families", java.util.Set.of("family")));
        assertFalse(WrittenStems.formOf("responsible", java.util.Set.of("responsiveness")));
        assertFalse(WrittenStems.formOf("word", null));
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

    private static final List<String> FILLER_EN = List.of("we", "our", "have", "last", "year", "many", "every",
            "week", "after", "town", "small", "team", "wants", "before", "spring", "the", "and", "volunteers", "kids",
            "often", "meet", "weekend", "library", "hard", "new");
    private static final List<String> FILLER_FR = List.of("nous", "notre", "avons", "depuis", "chaque", "semaine",
            "petite", "ville", "équipe", "veut", "avant", "printemps", "les", "et", "bénévoles", "souvent",
            "rencontrer", "de", "bibliothèque", "difficile", "nouveau");

    private static String filler(java.util.Random random, String language, int min, int max) {
        List<String> words = language.equals("fr") ? FILLER_FR : FILLER_EN;
        return String.join(" ", Gen.of(words).list(min, max).next(random));
    }

    /**
     * Each French topic label's words, as written, that no English topic label has and that the library's glossary
     * does not translate to one ("connaissances" is "knowledge" in English: that is the reader's word, translated).
     */
    private static List<String> frenchOnlyLabelWords() {
        var vocabulary = library.index.taxonomy().vocabulary("topics").orElseThrow();
        java.util.Set<String> english = new java.util.HashSet<>();
        List<String> french = new ArrayList<>();
        vocabulary.terms().forEach(t -> english.addAll(List.of(t.label().in("en").toLowerCase().split("[^\\p{L}]+"))));
        vocabulary.terms().forEach(t -> List.of(t.label().in("fr").toLowerCase().split("[^\\p{L}’']+")).stream()
                .filter(w -> w.length() > 3 && !english.contains(w) && topics.in(w + " " + w, "en").isEmpty())
                .forEach(french::add));
        return french;
    }

    static Stream<String> englishParagraphsWithFrenchLabelWords() {
        return Gen.tries("english paragraphs with french label words", 60, random -> {
            List<String> french = frenchOnlyLabelWords();
            StringBuilder text = new StringBuilder(filler(random, "en", 3, 20));
            for (int n = 1 + random.nextInt(3); n > 0; n--) {
                text.append(' ').append(french.get(random.nextInt(french.size()))).append(' ')
                        .append(filler(random, "en", 0, 8));
            }
            return text + ".";
        });
    }

    /**
     * In an English paragraph, a word that is a topic's only in its French label ("supervision" is "Supervision et
     * rétention du personnel") names nothing: every topic named has a word of its English label in the text.
     */
    @ParameterizedTest
    @MethodSource("englishParagraphsWithFrenchLabelWords")
    void aTopicIsNamedByItsLabelInTheReadersLanguageOnly(String paragraph) {
        var vocabulary = library.index.taxonomy().vocabulary("topics").orElseThrow();
        List<String> written = List.of(java.text.Normalizer.normalize(paragraph.toLowerCase(),
                java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").split("[^a-z]+"));
        for (String topic : topics.in(paragraph, "en").keySet()) {
            String label = vocabulary.terms().stream().filter(t -> t.key().equals(topic)).findFirst().orElseThrow()
                    .label().in("en").toLowerCase();
            assertTrue(written.stream().anyMatch(w -> WrittenStems.formOf(w, java.util.Set.of(label.split("[^a-z]+")))),
                    paragraph + " names " + topic + " (" + label + ")");
        }
    }

    /** Two words that name a topic together only (neither is its own), in both languages. */
    private static final List<List<String>> PAIRS = List.of(List.of("en", "match", "support", "match-support"),
            List.of("fr", "engagement", "scolaires", "academic-outcomes"),
            List.of("fr", "soutien", "jumelages", "match-support"));

    static Stream<Arguments> pairsFarApartOrTogether() {
        return Gen.tries("pairs far apart", 60, random -> {
            List<String> pair = PAIRS.get(random.nextInt(PAIRS.size()));
            String language = pair.get(0);
            String between = filler(random, language, NamedTopics.PAIR_DISTANCE + 2, 40);
            String paragraph = filler(random, language, 0, 20) + " " + pair.get(1) + " " + between + ". "
                    + filler(random, language, 0, 10) + " " + pair.get(2) + " " + filler(random, language, 0, 20);
            String together = filler(random, language, 0, 20) + " " + pair.get(1) + " " + pair.get(2) + " "
                    + filler(random, language, 0, 20);
            return Arguments.of(pair.get(3), language, paragraph, together);
        });
    }

    /**
     * Two words of a label name its topic together only when they are said together ("match support"), not one in
     * a sentence and the other sentences later ("engagement" of parents, then "scolaires" of something else).
     */
    @ParameterizedTest
    @MethodSource("pairsFarApartOrTogether")
    void twoLabelWordsNameATopicOnlyTogether(String topic, String language, String apart, String together) {
        assertFalse(topics.in(apart, language).containsKey(topic), apart + " -> " + topics.in(apart, language));
        assertTrue(topics.in(together, language).containsKey(topic), together + " -> " + topics.in(together,
                language));
    }

    static Stream<Arguments> aWordMostOfTheLibrarySaysNamesNoTopicAloneTries() {
        return Gen.tries("common word alone", 40, random -> {
            String language = random.nextBoolean() ? "en" : "fr";
            String word = language.equals("en")
                    ? Gen.of("relationship", "relationships").next(random)
                    : Gen.of("relation", "relations").next(random);
            return Arguments.of(language, filler(random, language, 0, 30) + " " + word + " " + filler(random,
                    language, 0, 30) + ".");
        });
    }

    /**
     * "relationship" (in about 70% of the library's documents of either language) alone does not name relationship
     * quality; with "quality" beside it, it does.
     */
    @ParameterizedTest
    @MethodSource("aWordMostOfTheLibrarySaysNamesNoTopicAloneTries")
    void aWordMostOfTheLibrarySaysNamesNoTopicAlone(String language, String paragraph) {
        assertFalse(topics.in(paragraph, language).containsKey("relationship-quality"), paragraph + " -> "
                + topics.in(paragraph, language));
        String named = language.equals("en") ? "relationship quality" : "qualité de la relation";
        assertTrue(topics.in(paragraph + " " + named, language).containsKey("relationship-quality"));
    }

    static Stream<org.kmbportal.testing.ChallengeParagraphs.Paragraph> paragraphsNamingNothing() {
        return Gen.tries("paragraphs naming nothing", 60, org.kmbportal.testing.ChallengeParagraphs.namingNothing());
    }

    /**
     * The user session's paragraphs: refugee "teens" who are the mentees do not name peer and cross-age mentoring, the
     * « fin » of a pilot project does not name « Fin des jumelages », the « réussite » or "success" of a program does
     * not name school engagement and academic outcomes. Paragraphs of 50 to 200 words in both languages name none of
     * them (nor any other topic: none of their sentences speaks of one).
     */
    @ParameterizedTest
    @MethodSource("paragraphsNamingNothing")
    void aSingleGenericWordOfALabelInAParagraphNamesNoTopic(org.kmbportal.testing.ChallengeParagraphs.Paragraph p) {
        assertTrue(p.words() >= 50 && p.words() <= 200, p.text());
        assertEquals(Map.of(), topics.in(p.text(), p.language()), p.text());
    }

    static Stream<org.kmbportal.testing.ChallengeParagraphs.Paragraph> paragraphsNamingOne() {
        return Gen.tries("paragraphs naming one topic", 60, org.kmbportal.testing.ChallengeParagraphs.namingOne());
    }

    /**
     * A paragraph that speaks of a topic in other words than its label ("termination" of a match, « clôture » or
     * « rupture » of a jumelage, "employees" who leave, "grants") still names it, among the same sentences.
     */
    @ParameterizedTest
    @MethodSource("paragraphsNamingOne")
    void aTopicSaidInOtherWordsInAParagraphIsNamed(org.kmbportal.testing.ChallengeParagraphs.Paragraph p) {
        assertTrue(p.words() >= 50 && p.words() <= 200, p.text());
        Map<String, Double> named = topics.in(p.text(), p.language());
        assertTrue(named.containsKey(p.topic()), p.topic() + " not named by: " + p.text() + " -> " + named);
        org.kmbportal.testing.ChallengeParagraphs.NOT_NAMED.stream().filter(t -> !t.equals(p.topic())).forEach(
                t -> assertFalse(named.containsKey(t), t + " named by: " + p.text()));
    }

    /**
     * An everyday word of a label still names its topic beside another word of the label, in both languages:
     * « fin des jumelages », « réussite scolaire », "peer mentoring", « mentorat en ligne », "well-being".
     */
    @Test
    void anEverydayWordOfALabelNamesItsTopicBesideAnotherOfItsWords() {
        assertTrue(topics.in("la fin des jumelages", "fr").containsKey("match-closure"));
        assertTrue(topics.in("la réussite scolaire des jeunes", "fr").containsKey("academic-outcomes"));
        assertTrue(topics.in("we want to start peer mentoring", "en").containsKey("peer-mentoring"));
        assertTrue(topics.in("nous voulons du mentorat en ligne", "fr").containsKey("e-mentoring"));
        assertTrue(topics.in("the well-being of our teens", "en").containsKey("mental-health"));
        assertTrue(topics.in("le bien-être des jeunes", "fr").containsKey("mental-health"));
        assertFalse(topics.in("nos rencontres se font en ligne", "fr").containsKey("e-mentoring"));
        assertFalse(topics.in("we are doing well this year", "en").containsKey("mental-health"));
    }

    static Stream<org.kmbportal.testing.ChallengeParagraphs.Paragraph> placesAndCommonWords() {
        return Gen.tries("places and common words", 60,
                org.kmbportal.testing.ChallengeParagraphs.placesAndCommonWords());
    }

    /**
     * A rural program's paragraph (50 to 200 words, either language) that says where mentors meet youth ("at school
     * or at the community hall", « à l’école », « en ligne », « milieu de travail ») and otherwise only words nearly
     * every label shares (mentoring, youth, program; mentorat, jeunes, programme) names no topic: "school" as a place
     * is not school engagement and academic outcomes. Nor does it use any topic's label enough to say the paragraph is
     * close to it, but the one whose label holds the place whole (school-based mentoring for "school").
     */
    @ParameterizedTest
    @MethodSource("placesAndCommonWords")
    void aPlaceOrACommonWordOfALabelNamesNoTopic(org.kmbportal.testing.ChallengeParagraphs.Paragraph p) {
        assertTrue(p.words() >= 50 && p.words() <= 200, p.words() + ": " + p.text());
        assertEquals(Map.of(), topics.in(p.text(), p.language()), p.text());
        for (String topic : topics.used(p.text(), p.language()).keySet()) {
            assertEquals("school-based-mentoring", topic, topic + " said to be used by: " + p.text() + " -> "
                    + topics.used(p.text(), p.language()));
        }
    }

    /** A place said with its topic's own words still names it, in both languages. */
    @Test
    void aPlaceBesideItsTopicsOwnWordsStillNamesIt() {
        assertTrue(topics.in("school engagement of our youth", "en").containsKey("academic-outcomes"));
        assertTrue(topics.in("their academic outcomes at school", "en").containsKey("academic-outcomes"));
        assertTrue(topics.in("la réussite scolaire des jeunes", "fr").containsKey("academic-outcomes"));
        assertTrue(topics.in("le décrochage et l’engagement scolaire", "fr").containsKey("academic-outcomes"));
        assertTrue(topics.in("we start school-based mentoring", "en").containsKey("school-based-mentoring"));
        assertTrue(topics.in("du mentorat en milieu scolaire", "fr").containsKey("school-based-mentoring"));
    }
}

package org.kmbportal.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.search.MatchingFixture;
import org.kmbportal.testing.Gen;
import org.kmbportal.web.Messages;

/**
 * A topic the organization says is no problem ("Funding is not a problem for us", « Nous n’avons aucune difficulté
 * avec le recrutement des mentors », "Mentor training goes well") is never said to be one "you named as a challenge",
 * while the topic it says it struggles with, in a clause of the same sentence after ";" or ":", is. And one topic is
 * said once on a card: a topic the organization ticked is not also "named as a challenge" in the topics reason.
 * Paragraphs are generated in English and French, long and short, negated and stated needs in random order among
 * filler sentences, joined with odd punctuation.
 */
class NegatedNeedsTest {

    private static MatchingFixture library;
    private static MatchingService matching;

    /** How each topic is written, by language (French with its article, for « avec {0} »). */
    private static final Map<String, Map<String, String>> TOPIC = Map.of("funding-sustainability", Map.of("en",
            "funding", "fr", "le financement"), "recruitment-screening",
            Map.of("en", "mentor recruitment", "fr",
                    "le recrutement des mentors"),
            "mentor-training", Map.of("en", "mentor training", "fr", "la formation des mentors"), "match-closure",
            Map.of("en", "match closure", "fr", "la fin des jumelages"), "program-evaluation", Map.of("en",
                    "program evaluation", "fr", "l’évaluation du programme"));
    private static final List<String> TOPICS = List.copyOf(new java.util.TreeSet<>(TOPIC.keySet()));

    /** Sentences that say a topic ({0}) is no problem or goes well. */
    private static final Map<String, List<String>> NEGATED = Map.of("en", List.of("{0} is not a problem for us",
            "{0} isn't an issue", "We have no trouble with {0}", "{0} has never been a concern", "{0} goes well",
            "We don’t struggle with {0} at all", "{0} is no longer a challenge", "No problem with {0} so far",
            "We have plenty of support for {0}", "{0} goes fine and we have enough volunteers too",
            "{0} is not really difficult", "There is no difficulty with {0}",
            "We do not need help with {0}", "{0} was never hard"), "fr",
            List.of("{0} n’est pas un problème pour nous", "Nous n’avons aucune difficulté avec {0}",
                    "{0} ne pose aucun problème", "{0}, ça va bien", "{0} n’a jamais été un défi",
                    "Pas de problème pour {0}", "Nous n'avons pas de difficulté avec {0}",
                    "Nous ne manquons pas de moyens pour {0}", "Aucun souci avec {0}",
                    "Nous n’avons pas besoin d’aide pour {0}", "{0} n’est plus un enjeu"));
    /** Sentences that say a topic ({0}) is a problem or a need. */
    private static final Map<String, List<String>> STATED = Map.of("en", List.of("What we struggle with is {0}",
            "our challenge is {0}", "{0} is a real problem", "We need help with {0}", "{0} is hard for us",
            "we worry about {0}"), "fr",
            List.of("Notre défi, c’est {0}", "Nous avons du mal avec {0}", "{0} est un vrai problème",
                    "Nous avons besoin d’aide pour {0}", "{0} nous inquiète"));
    private static final Map<String, List<String>> FILLER = Map.of("en", List.of(
            "We run weekly sessions in two towns", "Our board meets every month",
            "Most of our youth are between twelve and sixteen", "We started in 2015 with six pairs",
            "Pairs meet on Saturdays at the community hall"), "fr",
            List.of("Nous offrons des ateliers chaque semaine dans deux villages",
                    "Notre conseil se réunit chaque mois", "La plupart de nos jeunes ont entre douze et seize ans",
                    "Nous avons commencé en 2015 avec six duos",
                    "Les duos se rencontrent le samedi au centre communautaire"));
    /** What may end a sentence or a clause, with the space after it; French « ; » and « : » with their space. */
    private static final Map<String, List<String>> ENDS = Map.of("en", List.of(". ", "; ", ": ", "! ", "… ",
            ".\n", " ;  ", ".. "), "fr",
            List.of(". ", "\u00a0; ", "\u00a0: ", " ; ", " : ", "\u00a0! ", "… ",
                    ".\n"));

    @BeforeAll
    static void index() {
        library = MatchingFixture.sharedShippedLibrary();
        matching = ShippedMatching.over(library);
    }

    /** A paragraph, its language, the topics it says are no problem, those it says are, and the topic ticked. */
    record Case(String text, String language, List<String> negated, List<String> stated, String ticked) {
    }

    static Stream<Case> paragraphs() {
        return Gen.tries("negated and stated needs", 40, (Random random) -> {
            String language = random.nextBoolean() ? "en" : "fr";
            List<String> topics = new ArrayList<>(TOPICS);
            java.util.Collections.shuffle(topics, random);
            int negatedCount = 1 + random.nextInt(2);
            List<String> negated = topics.subList(0, negatedCount);
            List<String> stated = topics.subList(negatedCount, negatedCount + 1 + random.nextInt(2));
            List<String> sentences = new ArrayList<>(Gen.of(FILLER.get(language)).list(0, 4).next(random));
            for (String topic : negated) {
                sentences.add(random.nextInt(sentences.size() + 1), say(random, NEGATED.get(language), topic,
                        language));
            }
            for (String topic : stated) {
                sentences.add(random.nextInt(sentences.size() + 1), say(random, STATED.get(language), topic,
                        language));
            }
            StringBuilder text = new StringBuilder();
            for (String sentence : sentences) {
                text.append(sentence).append(Gen.of(ENDS.get(language)).next(random));
            }
            String ticked = random.nextInt(3) == 0 ? null : topics.get(random.nextInt(negatedCount + 1));
            return new Case(text.toString().strip(), language, List.copyOf(negated), List.copyOf(stated), ticked);
        });
    }

    private static String say(Random random, List<String> templates, String topic, String language) {
        String template = templates.get(random.nextInt(templates.size()));
        String words = TOPIC.get(topic).get(language);
        String sentence = template.replace("{0}", words);
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }

    /** The parts of the paragraph that state a need name the topics said to be a problem, and none said not to be. */
    @ParameterizedTest(name = "paragraph {index}")
    @MethodSource("paragraphs")
    void onlyTheTopicsSaidToBeAProblemAreStatedNeeds(Case c) {
        String needs = StatedNeeds.in(c.text());
        Map<String, Double> named = library.search().namedTopics(needs, c.language());
        for (String topic : c.negated()) {
            assertFalse(named.containsKey(topic), topic + " in " + named + " from «" + needs + "» of: " + c.text());
        }
        for (String topic : c.stated()) {
            assertTrue(named.containsKey(topic), topic + " not in " + named + " from «" + needs + "» of: " + c.text());
        }
    }

    /**
     * On the cards, a topic said to be no problem is never "named as a challenge"; and a card never names one topic
     * twice: a ticked topic it names as a challenge is left out of "which you want to work on".
     */
    @ParameterizedTest(name = "paragraph {index}")
    @MethodSource("paragraphs")
    void theCardsWordEachTopicAsThePersonSaidIt(Case c) {
        reasonsNamingTopics(c);
    }

    /**
     * French « plus » is a negation only after « ne »/« n’ » (« nous n’avons plus de difficulté »): « de plus en plus de
     * problèmes » and « plus de difficultés que l’an dernier » state a need.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("moreOrNoMore")
    void frenchPlusIsANegationOnlyAfterNe(String sentence, boolean need) {
        assertEquals(need, !StatedNeeds.in(sentence).isEmpty(), sentence);
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> moreOrNoMore() {
        List<String> troubles = List.of("problèmes", "difficultés", "soucis", "défis");
        List<String> about = List.of("de rétention des bénévoles", "avec les jumelages", "pour recruter des mentors",
                "de financement", "à garder nos coordonnateurs");
        return Gen.tries("plus", 40, random -> {
            String trouble = troubles.get(random.nextInt(troubles.size()));
            String what = about.get(random.nextInt(about.size()));
            return switch (random.nextInt(4)) {
                case 0 -> org.junit.jupiter.params.provider.Arguments.of(
                        "Nous avons de plus en plus de " + trouble + " " + what + ".", true);
                case 1 -> org.junit.jupiter.params.provider.Arguments.of(
                        "Cette année, plus de " + trouble + " " + what + " qu’avant.", true);
                case 2 -> org.junit.jupiter.params.provider.Arguments.of(
                        "Nous n’avons plus de " + trouble + " " + what + ".", false);
                default -> org.junit.jupiter.params.provider.Arguments.of(
                        "Il n'y a plus vraiment de " + trouble + " " + what + ".", false);
            };
        });
    }

    /** Not vacuous: most paragraphs get a card whose challenge reason names one of their topics. */
    @Test
    void mostParagraphsGetAReasonNamingOneOfTheirTopics() {
        List<Case> cases = paragraphs().toList();
        long naming = cases.stream().filter(c -> reasonsNamingTopics(c) > 0).count();
        assertTrue(naming * 2 >= cases.size(), naming + " of " + cases.size());
    }

    private static int reasonsNamingTopics(Case c) {
        Map<String, List<String>> context = c.ticked() == null ? Map.of() : Map.of("topics", List.of(c.ticked()));
        List<Match> matches = matching.match(new OrganizationProfile(context, c.text(), c.language()), 10);
        int said = 0;
        for (Match match : matches) {
            for (MatchReason reason : match.reasons()) {
                String topic = reason.text();
                if (reason.kind() != MatchReason.Kind.CHALLENGE || topic == null) {
                    continue;
                }
                String label = Wording.inSentence(library.taxonomy().label("topics", topic, c.language()));
                String challenge = message(c.language(), "match.reason.challengeTopic", label);
                if (c.negated().contains(topic) || c.stated().contains(topic)) {
                    said++;
                }
                if (c.negated().contains(topic)) {
                    assertNotEquals(challenge, reason.explanation(), match.id() + " for: " + c.text());
                }
                if (c.stated().contains(topic)) {
                    assertEquals(challenge, reason.explanation(), match.id() + " for: " + c.text());
                }
                for (MatchReason other : match.reasons()) {
                    if (other != reason && "topics".equals(other.facet())) {
                        assertFalse(other.explanation().contains(label), "twice on " + match.id() + ": "
                                + reason.explanation() + " / " + other.explanation() + " for: " + c.text());
                    }
                }
            }
        }
        return said;
    }

    private static String message(String language, String key, Object... arguments) {
        return Messages.format(Locale.forLanguageTag(language), key, arguments);
    }
}

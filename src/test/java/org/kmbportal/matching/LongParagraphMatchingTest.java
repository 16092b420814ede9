package org.kmbportal.matching;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.search.CatalogEntry;
import org.kmbportal.search.MatchingFixture;
import org.kmbportal.testing.Gen;

/**
 * An organization that writes a long paragraph (50 words or more: who it is, then several needs in its own words,
 * sometimes a topic it says is no problem) gets, in its top five, a resource for each need it names; and a topic it
 * says is no problem ("Funding is not a problem for us", « Le recrutement ne pose aucun problème ») does not come first.
 * Paragraphs are generated in English and French: background sentences, needs and denials in random order, joined with
 * odd punctuation. The needs are written the way practitioners write them, not in the taxonomy's words.
 */
class LongParagraphMatchingTest {

    private static MatchingFixture library;
    private static MatchingService matching;
    private static Map<String, CatalogEntry> catalog;

    @BeforeAll
    static void index() {
        library = MatchingFixture.sharedShippedLibrary();
        matching = ShippedMatching.over(library);
        catalog = new HashMap<>();
        library.search().catalog().forEach(e -> catalog.put(e.id(), e));
    }

    /** How a need is written, by topic and language: several ways each. */
    private static final Map<String, Map<String, List<String>>> NEED = Map.of("funding-sustainability", Map.of("en",
            List.of("Our grant ends next year and we do not know how to keep the program going",
                    "We need stable funding instead of one-year grants that run out"),
            "fr", List.of("Notre subvention se termine l’an prochain et nous ne savons pas comment continuer",
                    "Il nous faut un financement stable plutôt que des subventions d’un an")),
            "program-evaluation", Map.of("en",
                    List.of("We need to show our funder what changes for the youth",
                            "Our funder wants outcome data and we have never measured anything beyond attendance"),
                    "fr", List.of("Nous devons montrer à notre bailleur de fonds ce qui change pour les jeunes",
                            "Notre bailleur de fonds demande des résultats et nous n’avons jamais rien mesuré")),
            "recruitment-screening", Map.of("en",
                    List.of("We struggle to find enough volunteers and we have no background check process",
                            "Recruiting and screening new mentors is hard for us"),
                    "fr", List.of("Nous avons du mal à recruter des bénévoles et nous n’avons aucune vérification "
                            + "des antécédents", "Le recrutement et le filtrage des mentors nous posent problème")),
            "match-closure", Map.of("en",
                    List.of("Matches end without a goodbye and the kids think it was their fault",
                            "We do not know how to close a match well when a mentor leaves"),
                    "fr", List.of("Les jumelages se terminent sans au revoir et les enfants croient que c’est "
                            + "leur faute",
                            "Nous ne savons pas comment bien terminer un jumelage quand un mentor part")),
            "mentor-training", Map.of("en",
                    List.of("Our mentors feel unprepared and need better training before they meet their mentee",
                            "The two-hour orientation is not enough to train our mentors"),
                    "fr", List.of("Nos mentors se sentent mal préparés et ont besoin d’une meilleure formation",
                            "La formation de deux heures ne suffit pas pour préparer nos mentors")));

    /** How a topic is said to be no problem ({0} is the topic in words). */
    private static final Map<String, List<String>> NO_PROBLEM = Map.of("en", List.of("{0} is not a problem for us",
            "We have no trouble with {0}", "{0} has never been a concern", "{0} goes well"), "fr",
            List.of("{0} n’est pas un problème pour nous", "Nous n’avons aucune difficulté avec {0}",
                    "{0} ne pose aucun problème", "{0}, ça va bien"));
    private static final Map<String, Map<String, String>> TOPIC = Map.of("funding-sustainability",
            Map.of("en", "funding", "fr", "le financement"), "program-evaluation",
            Map.of("en", "evaluation", "fr", "l’évaluation"), "recruitment-screening",
            Map.of("en", "recruiting mentors", "fr", "le recrutement des mentors"), "match-closure",
            Map.of("en", "ending matches", "fr", "la fin des jumelages"), "mentor-training",
            Map.of("en", "mentor training", "fr", "la formation des mentors"));
    private static final List<String> TOPICS = List.copyOf(new java.util.TreeSet<>(NEED.keySet()));

    private static final Map<String, List<String>> BACKGROUND = Map.of("en", List.of(
            "We are a small community organization in a mid-sized town and we have been running one-to-one matches "
                    + "for about six years with two part-time staff",
            "Most of the young people we serve are between ten and fifteen and are referred by schools and social "
                    + "workers",
            "Our volunteers are mostly university students and retired teachers who meet their mentee every week",
            "The program started as a homework club in a church basement and slowly grew into what it is today",
            "Our board is supportive and the principals of the three schools we work with like what we do"), "fr",
            List.of("Nous sommes un petit organisme communautaire dans une ville moyenne et nous offrons des "
                    + "jumelages individuels depuis environ six ans avec deux employées à temps partiel",
                    "La plupart des jeunes que nous accompagnons ont entre dix et quinze ans et nous sont "
                            + "référés par les écoles et les travailleurs sociaux",
                    "Nos bénévoles sont surtout des étudiants universitaires et des enseignants retraités qui "
                            + "rencontrent leur jeune chaque semaine",
                    "Le programme a commencé comme aide aux devoirs dans un sous-sol d’église et a grandi peu à peu",
                    "Notre conseil d’administration nous appuie et les directions des trois écoles partenaires "
                            + "apprécient notre travail"));
    private static final Map<String, List<String>> ENDS = Map.of("en", List.of(". ", ". ", "; ", "! ", "… ",
            ".\n", ".  "), "fr", List.of(". ", ". ", "\u00a0; ", " ; ", "\u00a0! ", "… ", ".\n"));

    /** A paragraph, its language, the topics it needs help with and those it says are no problem. */
    record Case(String text, String language, List<String> needs, List<String> denied) {
        @Override
        public String toString() {
            return language + " " + needs + " not " + denied;
        }
    }

    static Stream<Case> paragraphs() {
        return Gen.tries("long paragraphs", 30, (Random random) -> {
            String language = random.nextBoolean() ? "en" : "fr";
            List<String> topics = new ArrayList<>(TOPICS);
            Collections.shuffle(topics, random);
            int needCount = 2 + random.nextInt(2);
            List<String> needs = topics.subList(0, needCount);
            List<String> denied = topics.subList(needCount, needCount + random.nextInt(2));
            List<String> background = new ArrayList<>(BACKGROUND.get(language));
            Collections.shuffle(background, random);
            List<String> sentences = new ArrayList<>(background.subList(0, 2 + random.nextInt(3)));
            for (String topic : needs) {
                List<String> ways = NEED.get(topic).get(language);
                sentences.add(2 + random.nextInt(sentences.size() - 1), ways.get(random.nextInt(ways.size())));
            }
            for (String topic : denied) {
                String way = NO_PROBLEM.get(language).get(random.nextInt(NO_PROBLEM.get(language).size()))
                        .replace("{0}", TOPIC.get(topic).get(language));
                sentences.add(1 + random.nextInt(sentences.size()), Character.toUpperCase(way.charAt(0)) + way
                        .substring(1));
            }
            StringBuilder text = new StringBuilder();
            for (String sentence : sentences) {
                text.append(sentence).append(ENDS.get(language).get(random.nextInt(ENDS.get(language).size())));
            }
            return new Case(text.toString().strip(), language, List.copyOf(needs), List.copyOf(denied));
        });
    }

    private static List<Match> top5(Case c) {
        String text = c.text();
        assertTrue(ChallengeRelevance.isLong(text), "a long paragraph: " + text);
        return matching.match(new OrganizationProfile(Map.of(), text, c.language()), 5);
    }

    private static List<String> topics(Match match) {
        CatalogEntry entry = catalog.get(match.id());
        return entry == null ? List.of() : entry.terms("topics");
    }

    /**
     * Most needs a paragraph names have a resource about it in the top five: 62 of the 75 here; before the needs were
     * read apart from the background, 19 of the 30 paragraphs missed one or more (19 to 26 of the 75 needs).
     */
    @Test
    void eachNeedTheParagraphNamesGetsAResourceInTheTopFive() {
        int needs = 0;
        List<String> missed = new ArrayList<>();
        for (Case c : paragraphs().toList()) {
            List<Match> top = top5(c);
            for (String need : c.needs()) {
                needs++;
                if (top.stream().noneMatch(m -> topics(m).contains(need))) {
                    missed.add(need + " has no resource in " + top.stream().map(Match::id).toList() + " for: "
                            + c.text());
                }
            }
        }
        assertTrue(missed.size() <= needs * (1 - COVERED), missed.size() + " of " + needs + " needs missed:\n"
                + String.join("\n", missed));
    }

    /** The share of the named needs that must have a resource in the top five. */
    static final double COVERED = 0.8;

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("paragraphs")
    void aTopicSaidToBeNoProblemDoesNotComeFirst(Case c) {
        Match first = top5(c).get(0);
        List<String> about = topics(first);
        boolean onlyDenied = about.stream().anyMatch(c.denied()::contains)
                && about.stream().noneMatch(c.needs()::contains);
        assertTrue(!onlyDenied, first.id() + " " + about + " comes first for: " + c.text());
    }
}

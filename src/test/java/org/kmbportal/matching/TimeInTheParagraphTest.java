package org.kmbportal.matching;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.search.MatchingFixture;
import org.kmbportal.testing.Gen;
import org.kmbportal.web.Messages;

/**
 * How long volunteers stay and where the program ran before are not topics (user sessions: « nos bénévoles partent
 * après trois mois » ranked the guide on quarterly check-ins first; "we ran online during the pandemic and now in a
 * downtown drop-in" was read as an online program), and every reason that speaks to the paragraph names a topic in
 * plain words ("Close to what you wrote." alone named none). Paragraphs are generated, in English and French, short
 * and long, with spans of time, past places and background of every kind.
 */
class TimeInTheParagraphTest {

    private static MatchingFixture library;
    private static MatchingService matching;

    private static final List<String> SPANS_EN = List.of("after 3 months", "after two months", "within a few weeks",
            "after only six weeks", "in less than four months", "before six weeks", "after a couple of months",
            "before 5 months");
    private static final List<String> SPANS_FR = List.of("après trois mois", "après 2 mois",
            "au bout de quelques semaines",
            "en moins de quatre mois", "après à peine six semaines", "au bout d’un mois", "avant 5 mois",
            "dans les deux mois");
    private static final List<String> LEAVING_EN = List.of("Our volunteers leave %s.",
            "How do we keep volunteer mentors from quitting %s?", "Most mentors stop coming %s.",
            "Half of our new mentors drop out %s, long before the year they promised.");
    private static final List<String> LEAVING_FR = List.of("Nos bénévoles partent %s.",
            "Comment garder nos mentors bénévoles qui abandonnent %s ?", "La plupart des mentors cessent de venir %s.",
            "La moitié de nos nouveaux mentors quittent %s, bien avant l’année promise.");
    private static final List<String> BACKGROUND_EN = List.of(
            "We are a small community organization in a mid-sized town.",
            "About forty young people aged 10 to 15 are matched with adult volunteers. 🙂",
            "Our coordinator works three days a week and also handles intake.",
            "Most of our volunteers are university students or young professionals.",
            "The youth are referred by schools and social workers.");
    private static final List<String> BACKGROUND_FR = List.of(
            "Nous sommes un petit organisme communautaire dans une ville moyenne.",
            "Une quarantaine de jeunes de 10 à 15 ans sont jumelés à des adultes bénévoles. 🙂",
            "Notre coordonnatrice travaille trois jours par semaine et s’occupe aussi des inscriptions.",
            "La plupart de nos bénévoles sont des étudiants ou de jeunes professionnels.",
            "Les jeunes nous sont référés par les écoles et les travailleurs sociaux.");
    private static final List<String> PAST_NOW_EN = List.of(
            "We ran online during the pandemic and now in a downtown drop-in.",
            "During the pandemic we mentored online; now we meet at the community centre.",
            "We used to run everything online. Now pairs meet at the neighbourhood drop-in.",
            "At first the program was online, but today mentors and youth meet in two high schools.");
    private static final List<String> PAST_NOW_FR = List.of(
            "Nous étions en ligne pendant la pandémie et maintenant dans une halte-accueil du centre-ville.",
            "Pendant la pandémie, le mentorat se faisait en ligne; aujourd’hui, les jumelages se rencontrent au centre communautaire.",
            "Autrefois, tout se faisait en ligne. Maintenant, les jumelages se voient à la maison de quartier.",
            "Au début, le programme était en ligne, mais désormais les rencontres ont lieu dans deux écoles secondaires.");
    private static final List<String> NEEDS_EN = List.of(
            "Our mentors miss sessions and we do not know how to support them.",
            "We struggle to find enough volunteers.", "Parents rarely come to our events.",
            "Our funder wants to know whether the program works.");
    private static final List<String> NEEDS_FR = List.of(
            "Nos mentors manquent des rencontres et nous ne savons pas comment les soutenir.",
            "Nous avons du mal à trouver assez de bénévoles.", "Les parents viennent rarement à nos activités.",
            "Notre bailleur de fonds veut savoir si le programme fonctionne.");

    /** The guide on quarterly check-ins of a partnership's work plan, in both languages. */
    private static final Set<String> QUARTERLY = Set.of("quarterly-work-plan-check-ins",
            "verifications-trimestrielles-du-plan-de-travail");

    @BeforeAll
    static void index() {
        library = MatchingFixture.sharedShippedLibrary();
        matching = ShippedMatching.over(library);
    }

    /** A paragraph, its language, and the span of time it says (null for none). */
    record Case(String text, String language, String span) {
    }

    private static String paragraph(Random random, String language, String lead, List<String> background) {
        List<String> sentences = new ArrayList<>(background);
        Collections.shuffle(sentences, random);
        sentences = new ArrayList<>(sentences.subList(0, random.nextInt(background.size() + 1)));
        sentences.add(random.nextInt(sentences.size() + 1), lead);
        return String.join(random.nextBoolean() ? " " : "  ", sentences);
    }

    static Stream<Case> leaving() {
        return Gen.tries("volunteers who leave after a span of time", 12, (Random random) -> {
            boolean en = random.nextBoolean();
            String span = Gen.of(en ? SPANS_EN : SPANS_FR).next(random);
            String lead = String.format(Gen.of(en ? LEAVING_EN : LEAVING_FR).next(random), span);
            return new Case(paragraph(random, en ? "en" : "fr", lead, en ? BACKGROUND_EN : BACKGROUND_FR),
                    en ? "en" : "fr", span);
        });
    }

    static Stream<Case> pastPlaces() {
        return Gen.tries("a place the program left, then where it runs now", 12, (Random random) -> {
            boolean en = random.nextBoolean();
            String lead = Gen.of(en ? PAST_NOW_EN : PAST_NOW_FR).next(random) + " "
                    + Gen.of(en ? NEEDS_EN : NEEDS_FR).next(random);
            return new Case(paragraph(random, en ? "en" : "fr", lead, en ? BACKGROUND_EN : BACKGROUND_FR),
                    en ? "en" : "fr", null);
        });
    }

    static Stream<Case> any() {
        return Stream.concat(leaving(), pastPlaces());
    }

    private static List<Match> top(Case c, int n) {
        return matching.match(new OrganizationProfile(Map.of(), c.text(), c.language()), n);
    }

    private static List<String> topics(String id) {
        return library.search().catalog().stream().filter(e -> e.id().equals(id)).findFirst()
                .map(e -> e.terms("topics")).orElse(List.of());
    }

    @ParameterizedTest(name = "paragraph {index}")
    @MethodSource("leaving")
    void howLongVolunteersStayNamesNoSchedule(Case c) {
        String read = ParagraphReading.read(c.text());
        assertFalse(read.contains(c.span()), "a span of time is read: " + read);
        Match first = top(c, 1).get(0);
        assertFalse(QUARTERLY.contains(first.id()), first.id() + " (a guide on quarterly check-ins) first for: "
                + c.text());
    }

    @ParameterizedTest(name = "paragraph {index}")
    @MethodSource("pastPlaces")
    void aPlaceTheProgramLeftIsNotWhereItRuns(Case c) {
        assertFalse(ParagraphReading.read(c.text()).matches("(?is).*\\b(online|en ligne)\\b.*"),
                "the past place is read: " + ParagraphReading.read(c.text()));
        Ranker ranker = new Ranker(library.taxonomy(), c.language());
        assertFalse(ranker.named(c.text(), c.language()).getOrDefault("settings", List.of()).contains("online"),
                "read as a program that runs online: " + c.text());
        for (Match match : top(c, 3)) {
            for (MatchReason reason : match.reasons()) {
                assertFalse("e-mentoring".equals(reason.text()), match.id() + " said for e-mentoring, as named ('"
                        + reason.explanation() + "') to a program that left online: " + c.text());
            }
        }
    }

    @ParameterizedTest(name = "paragraph {index}")
    @MethodSource("any")
    void everyReasonOnTheParagraphNamesATopic(Case c) {
        Locale locale = Locale.forLanguageTag(c.language());
        String bare = "fr".equals(c.language()) ? "Proche de ce que vous avez écrit." : "Close to what you wrote.";
        List<String> labels = new ArrayList<>();
        for (String topic : library.taxonomy().vocabulary("topics").orElseThrow().terms().stream()
                .map(t -> t.key()).toList()) {
            labels.add(library.taxonomy().label("topics", topic, c.language()).toLowerCase(Locale.ROOT));
        }
        for (Match match : top(c, 10)) {
            for (MatchReason reason : match.reasons()) {
                assertFalse(reason.explanation().equals(bare), match.id() + " is only 'close' to: " + c.text());
                if (reason.kind() == MatchReason.Kind.CHALLENGE && !topics(match.id()).isEmpty()) {
                    String said = reason.explanation().toLowerCase(Locale.ROOT);
                    assertTrue(labels.stream().anyMatch(said::contains), "no topic named in '" + reason
                            .explanation() + "' for " + match.id());
                }
            }
        }
    }

}

package org.kmbportal.matching;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.testing.ChallengeParagraphs;
import org.kmbportal.testing.Gen;
import org.kmbportal.search.MatchingFixture;

/**
 * Match reasons are plain sentences of the reader's language that name topics, never the organization's own words
 * or their stems; at most three reasons for a resource; and on the shipped library, a small rural program with high
 * staff turnover and no evaluator gets the guides made for that first.
 */
class MatchReasonsTest {

    private static MatchingFixture library;
    private static MatchingService matching;

    /** Words of the paragraphs below, with the library's topics among everyday words, in both languages. */
    private static final List<String> ENGLISH = List.of("our", "coordinator", "left", "staff", "turnover", "is",
            "high", "volunteers", "quit", "after", "months", "we", "want", "evaluation", "but", "have", "no",
            "evaluator", "families", "don't", "trust", "us", "yet", "mentors", "feel", "unprepared", "trauma",
            "matches", "end", "early", "school", "teachers", "funding", "runs", "out", "rural", "town", "online",
            "group", "teens", "newcomer", "justice", "youth", "voice", "board", "wants", "numbers", "training",
            "screening", "closure", "hard", "to", "keep", "the", "and", "a", "of", "in", "for", "with");
    private static final List<String> FRENCH = List.of("notre", "coordonnatrice", "est", "partie", "roulement",
            "du", "personnel", "élevé", "les", "bénévoles", "quittent", "après", "mois", "nous", "voulons",
            "évaluation", "mais", "aucun", "évaluateur", "familles", "méfiantes", "mentors", "mal", "préparés",
            "jumelages", "finissent", "tôt", "école", "enseignants", "financement", "manque", "village", "en",
            "ligne", "groupe", "ados", "nouveaux", "arrivants", "justice", "jeunes", "voix", "conseil", "veut",
            "chiffres", "formation", "filtrage", "fin", "difficile", "garder", "le", "la", "et", "de", "des",
            "pour", "avec", "un", "une");
    private static final Pattern WORD = Pattern.compile("[\\p{L}'’]+");
    /** English words a French reason would show if it were in the wrong language (none of them is French). */
    private static final Set<String> ENGLISH_ONLY = Set.of("the", "which", "about", "named", "challenge", "made",
            "organizations", "like", "yours", "strong", "evidence", "from", "setting", "work", "kind", "program",
            "run", "only", "english", "whom", "serve", "want", "studied", "check", "that", "transfers");

    @BeforeAll
    static void index() {
        if (library != null) {
            return;
        }
        library = MatchingFixture.sharedShippedLibrary();
        matching = ShippedMatching.over(library);
    }

    static Stream<OrganizationProfile> paragraphs() {
        Gen<String> english = Gen.of(ENGLISH).list(8, 70).map(words -> String.join(" ", words) + ".");
        Gen<String> french = Gen.of(FRENCH).list(8, 70).map(words -> String.join(" ", words) + ".");
        Gen<String> language = Gen.of("en", "fr");
        Gen<Map<String, List<String>>> context = Gen.of(Map.<String, List<String>> of(),
                Map.of("organization_size", List.of("small"), "staff_turnover", List.of("high")),
                Map.of("geography", List.of("rural"), "evaluation_capacity", List.of("none")),
                Map.of("topics", List.of("match-closure"), "settings", List.of("school")));
        Gen<Boolean> sameLanguage = Gen.of(true, false);
        return Gen.tries("match reasons", 60, random -> {
            String lang = language.next(random);
            String en = english.next(random);
            String fr = french.next(random);
            return new OrganizationProfile(context.next(random),
                    sameLanguage.next(random) == lang.equals("fr") ? fr : en, lang);
        });
    }

    @ParameterizedTest(name = "try {index}")
    @MethodSource("paragraphs")
    void reasonsNeverQuoteTheChallengeAndSpeakTheReadersLanguage(OrganizationProfile profile) {
        List<Match> matches = matching.match(profile, 10);
        Set<String> labels = topicLabelWords(profile.language());
        for (Match match : matches) {
            long reasonsFor = match.reasons().stream().filter(r -> !r.warning()).count();
            assertTrue(reasonsFor <= Ranker.MAX_REASONS, match.reasons().toString());
            for (MatchReason reason : match.reasons()) {
                String text = reason.explanation();
                assertFalse(text.contains("(") && reason.kind() == MatchReason.Kind.CHALLENGE, text);
                assertFalse(text.contains("{"), text);
                if (reason.kind() == MatchReason.Kind.CHALLENGE) {
                    // Every word of a challenge reason is the sentence's own or a topic's label: none of the
                    // organization's words, whole or cut to a stem, unless a label says it too.
                    String template = fold(org.kmbportal.web.Messages.format(Locale.forLanguageTag(
                            profile.language()), "match.reason.challengeTopic", "") + " "
                            + org.kmbportal.web.Messages.format(Locale.forLanguageTag(profile.language()),
                                    "match.reason.challengeAbout", "")
                            + " "
                            + org.kmbportal.web.Messages.format(Locale.forLanguageTag(profile.language()),
                                    "match.reason.challengeModel", "")
                            + " "
                            + org.kmbportal.web.Messages.format(Locale.forLanguageTag(profile.language()),
                                    "match.reason.challengeWritten", "")
                            + " "
                            + org.kmbportal.web.Messages.format(Locale.forLanguageTag(profile.language()),
                                    "match.reason.challengeGeneral"));
                    for (String word : words(text)) {
                        assertTrue(labels.contains(word) || template.contains(word),
                                "'" + word + "' in \"" + text + "\" is neither the sentence's nor a topic's");
                    }
                }
                if (profile.language().equals("fr")) {
                    for (String word : words(text)) {
                        assertFalse(ENGLISH_ONLY.contains(word), "English in a French reason: " + text);
                    }
                }
            }
        }
    }

    @Test
    void aSmallRuralProgramWithHighTurnoverAndNoEvaluatorGetsTheTurnoverGuideInItsTopFive() {
        OrganizationProfile english = new OrganizationProfile(Map.of("organization_size", List.of("small"),
                "geography", List.of("rural"), "staff_turnover", List.of("high"), "evaluation_capacity",
                List.of("none")),
                "Our coordinator left last spring and the one before stayed a year. Every time "
                        + "someone leaves, matches drift and mentors stop calling. We have no evaluator and little "
                        + "time; we need to keep our matches going when staff change.",
                "en");
        List<String> top = matching.match(english, 5).stream().map(Match::id).toList();
        assertTrue(top.contains("planning-for-staff-turnover"), top.toString());
        Match guide = matching.match(english, 5).stream().filter(m -> m.id().equals("planning-for-staff-turnover"))
                .findFirst().orElseThrow();
        // Why, in plain words: a topic of the guide that the paragraph names, and the organization's turnover.
        assertTrue(guide.reasons().stream().anyMatch(r -> r.kind() == MatchReason.Kind.CHALLENGE && List.of(
                "About staff supervision and retention, which you named as a challenge.",
                "About match support and supervision, which you named as a challenge.").contains(r.explanation())),
                guide.reasons().toString());
        assertTrue(guide.reasons().stream().anyMatch(r -> r.explanation().contains("staff turnover: high")),
                guide.reasons().toString());

        OrganizationProfile french = new OrganizationProfile(english.context(), "Notre coordonnatrice est partie "
                + "au printemps et la précédente est restée un an. Chaque départ fait dériver les jumelages et les "
                + "mentors cessent d'appeler. Nous n'avons pas d'évaluateur et peu de temps : il faut garder nos "
                + "jumelages quand le personnel change.", "fr");
        List<Match> frenchTop = matching.match(french, 5);
        assertTrue(frenchTop.stream().anyMatch(m -> m.id().equals("prevoir-le-roulement-du-personnel")),
                frenchTop.stream().map(Match::id).toList().toString());
    }

    static Stream<ChallengeParagraphs.Paragraph> generatedParagraphs() {
        return Stream.concat(
                Gen.tries("reasons for paragraphs naming nothing", 20, ChallengeParagraphs.namingNothing()),
                Gen.tries("reasons for paragraphs naming one topic", 20, ChallengeParagraphs.namingOne()));
    }

    /**
     * What a reader of a whole paragraph (50 to 200 words, either language) notices in the challenge reasons of the
     * ten best resources: "which you named as a challenge" only for a topic the paragraph speaks of (never peer
     * mentoring for refugee "teens" who are the mentees, never « Fin des jumelages » for the end of a pilot project,
     * never school engagement for the « réussite » of a program); the topic it speaks of in other words named on the
     * resources about it; and never the vague "Speaks to what you wrote." for a resource that has a
     * topic to say it is about.
     */
    @ParameterizedTest(name = "paragraph {index}")
    @MethodSource("generatedParagraphs")
    void aParagraphsReasonsNameOnlyTheTopicsItSpeaksOfAndNeverSayTheVagueLine(ChallengeParagraphs.Paragraph p) {
        Map<String, List<String>> topicsOf = new java.util.HashMap<>();
        library.search().catalog().forEach(e -> topicsOf.put(e.id(), e.terms("topics")));
        String vague = org.kmbportal.web.Messages.format(Locale.forLanguageTag(p.language()),
                "match.reason.challengeGeneral");
        List<Match> matches = matching.match(new OrganizationProfile(Map.of(), p.text(), p.language()), 10);
        boolean namedItsTopic = false;
        for (Match match : matches) {
            List<String> itsTopics = topicsOf.getOrDefault(match.id(), List.of());
            for (MatchReason reason : match.reasons()) {
                if (reason.kind() != MatchReason.Kind.CHALLENGE) {
                    continue;
                }
                String said = match.id() + ": \"" + reason.explanation() + "\" for: " + p.text();
                if ("topics".equals(reason.facet())) {
                    assertTrue(p.topic() != null, "a topic the paragraph never spoke of, " + said);
                    assertTrue(p.topic() == null || !ChallengeParagraphs.NOT_NAMED.contains(reason.text())
                            || reason.text().equals(p.topic()), "a topic the paragraph never spoke of, " + said);
                    namedItsTopic |= reason.text().equals(p.topic());
                } else {
                    assertTrue(itsTopics.isEmpty() || !reason.explanation().equals(vague), "vague, " + said);
                    assertFalse(p.topic() != null && itsTopics.contains(p.topic()),
                            "the topic the paragraph speaks of is not named, " + said);
                }
            }
        }
        boolean aboutItsTopic = matches.stream().anyMatch(m -> topicsOf.getOrDefault(m.id(), List.of()).contains(
                p.topic()) && m.reasons().stream().anyMatch(r -> r.kind() == MatchReason.Kind.CHALLENGE));
        assertTrue(p.topic() == null || !aboutItsTopic || namedItsTopic, p.topic() + " never named for: " + p.text());
    }

    static Stream<ChallengeParagraphs.Paragraph> placesAndCommonWords() {
        return Gen.tries("reasons for places and common words", 24, ChallengeParagraphs.placesAndCommonWords());
    }

    /**
     * A rural program's paragraph (50 to 200 words, either language) that says only where mentors meet youth (at
     * school, in the community hall, online, at home, at a workplace) and words nearly every label shares (mentoring,
     * youth, program): no reason of the ten best resources says it named a topic ("About school engagement and
     * academic outcomes, which you named as a challenge"), and none says it wrote close to a topic it never wrote a
     * word of its own of ("Close to what you wrote: it is about e-mentoring"): a topic a challenge reason names has a
     * word of its label in the paragraph that is in fewer than three topic labels and is no setting's word (unless
     * the label holds that setting whole). Topic labels read in lower case inside the sentence.
     */
    @ParameterizedTest(name = "paragraph {index}")
    @MethodSource("placesAndCommonWords")
    void aPlaceOrACommonWordNeverMakesAReasonNameATopic(ChallengeParagraphs.Paragraph p) {
        var taxonomy = library.taxonomy();
        var topics = taxonomy.vocabulary("topics").orElseThrow();
        Map<String, Integer> labelsPerWord = new java.util.HashMap<>();
        topics.terms().forEach(t -> new HashSet<>(words(t.label().in(p.language()))).forEach(w -> labelsPerWord
                .merge(w, 1, Integer::sum)));
        List<Set<String>> settings = new ArrayList<>();
        taxonomy.vocabulary("settings").orElseThrow().terms().forEach(t -> settings.add(new HashSet<>(words(t
                .label().in(p.language())))));
        Set<String> written = new HashSet<>(words(p.text()));
        Map<String, List<String>> topicsOf = new java.util.HashMap<>();
        library.search().catalog().forEach(e -> topicsOf.put(e.id(), e.terms("topics")));
        List<Match> matches = matching.match(new OrganizationProfile(Map.of(), p.text(), p.language()), 10);
        for (Match match : matches) {
            for (MatchReason reason : match.reasons()) {
                if (reason.kind() != MatchReason.Kind.CHALLENGE) {
                    continue;
                }
                String said = match.id() + ": \"" + reason.explanation() + "\" for: " + p.text();
                assertFalse("topics".equals(reason.facet()), "a topic the paragraph never named, " + said);
                for (String topic : topicsOf.getOrDefault(match.id(), List.of())) {
                    String label = taxonomy.label("topics", topic, p.language());
                    if (!reason.explanation().toLowerCase(Locale.ROOT).contains(label.toLowerCase(Locale.ROOT))) {
                        continue;
                    }
                    assertFalse(reason.explanation().contains(label) && Character.isUpperCase(label.charAt(0)),
                            "a label capitalised inside the sentence, " + said);
                    Set<String> own = new HashSet<>(words(label));
                    boolean itsWord = own.stream().anyMatch(w -> written.contains(w) && labelsPerWord.getOrDefault(w,
                            0) < 3 && settings.stream().noneMatch(s -> s.contains(w) && !own.containsAll(s)));
                    assertTrue(itsWord, "a topic the paragraph wrote no word of its own of, " + said);
                }
            }
        }
    }

    static Stream<String> closuresInOtherFrenchWords() {
        Gen<String> closing = Gen.of("la fermeture du jumelage", "la fermeture des jumelages",
                "la fermeture d’un jumelage", "les fermetures de jumelages");
        Gen<String> before = Gen.of("", "Nous cherchons de l’aide pour ", "Comment bien préparer ",
                "Notre équipe ne sait pas gérer ", "Il nous faut des outils pour ");
        Gen<String> after = Gen.of("", " avec les jeunes.", ", surtout quand le mentor part.", " en fin d’année.",
                " ?");
        return Gen.tries("closure in other French words", 12, random -> before.next(random) + closing.next(random)
                + after.next(random));
    }

    /**
     * A French reader who writes « fermeture » of a jumelage (not the taxonomy's « fin » or « clôture ») gets the
     * resources about match closure first: at least two of the three best are about it.
     */
    @ParameterizedTest(name = "closure {index}")
    @MethodSource("closuresInOtherFrenchWords")
    void aFrenchClosureInOtherWordsFindsTheClosureResourcesFirst(String challenge) {
        Map<String, List<String>> topicsOf = new java.util.HashMap<>();
        library.search().catalog().forEach(e -> topicsOf.put(e.id(), e.terms("topics")));
        List<Match> top = matching.match(new OrganizationProfile(Map.of(), challenge, "fr"), 3);
        long aboutClosure = top.stream().filter(m -> topicsOf.getOrDefault(m.id(), List.of()).contains(
                "match-closure")).count();
        assertTrue(aboutClosure >= 2, challenge + " -> " + top.stream().map(Match::id).toList());
    }

    private static Set<String> topicLabelWords(String language) {
        Set<String> words = new HashSet<>();
        library.taxonomy().vocabularies().forEach(v -> v.terms().forEach(t -> words.addAll(words(t.label().in(
                language)))));
        return words;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        var m = WORD.matcher(fold(text));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    private static String fold(String text) {
        return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
    }
}

package org.kmbportal.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.library.Term;
import org.kmbportal.library.Vocabulary;
import org.kmbportal.search.CatalogEntry;
import org.kmbportal.search.ChallengeSearch;
import org.kmbportal.search.MatchingFixture;
import org.kmbportal.testing.ChallengeParagraphs;
import org.kmbportal.testing.Gen;

/**
 * The same saved profile read on the English page and on the French page (a member may write in one language and
 * read in the other) gets the same resources in the same order, each with reasons that mean the same thing (the same
 * groups, places, topics and answers); only their words change language. The paragraph is read in its own language,
 * not the page's: « jeunes autochtones de 11 à 14 ans » is the same group on both pages. The library is the shipped
 * one with every resource taken as written in the page's language, so that only the reading of the paragraph could
 * make the two pages differ.
 */
class PageLanguageTest {

    private static MatchingFixture library;
    private static MatchingService matching;

    @BeforeAll
    static void index() {
        library = MatchingFixture.sharedShippedLibrary();
        matching = ShippedMatching.over(library);
    }

    /** Sentences naming who the organization serves, in its own words, by language. */
    private static final Map<String, List<String>> WHO = Map.of("en", List.of(
            "We run after-school group mentoring for early adolescents (11 to 14) -- mostly grade 7 and 8.",
            "Our mentees are Indigenous young people, aged 11 to 14; some live far from the band office...",
            "We match refugee and newly arrived immigrant teenagers with university students!",
            "Most of the kids we serve are teens in care; their coordinators leave every year.",
            "Our young people are LGBTQ+ teens who often feel alone at school?!"), "fr",
            List.of(
                    "Nous offrons du mentorat de groupe après l’école à de jeunes adolescents de 11 à 14 ans.",
                    "Nos mentorés sont des jeunes autochtones de 11 à 14 ans\u00a0; plusieurs vivent loin du village.",
                    "Nous jumelons des adolescents réfugiés avec des étudiants universitaires\u00a0!",
                    "La plupart des jeunes que nous accompagnons sont pris en charge par la DPJ\u00a0; nos coordonnateurs "
                            + "partent chaque année.",
                    "Nos jeunes sont des ados immigrants qui se sentent seuls à l’école…"));

    private static final Map<String, List<String>> MORE = Map.of("en", List.of(
            "Coordinators leave every year and the program has never been evaluated.",
            "We are in a rural area; mentors drive an hour to meet the youth.",
            "Matches often end without a goodbye -- nobody prepares the mentors for that."), "fr",
            List.of(
                    "Les coordonnateurs partent chaque année et le programme n’a jamais été évalué.",
                    "Nous sommes en région rurale\u00a0; les mentors font une heure de route pour voir les jeunes.",
                    "Les jumelages finissent souvent sans au revoir — personne n’y prépare les mentors."));

    record Case(OrganizationProfile profile) {
        @Override
        public String toString() {
            return profile.context() + " " + profile.challenges();
        }
    }

    static Stream<Case> profiles() {
        return Gen.tries("profiles read on either page", 24, random -> {
            ChallengeParagraphs.Paragraph base = (random.nextBoolean()
                    ? ChallengeParagraphs.namingOne()
                    : ChallengeParagraphs.namingNothing()).next(random);
            String language = base.language();
            List<String> sentences = new ArrayList<>(List.of(base.text().split("(?<=[.!?…])\\s+")));
            sentences.add(random.nextInt(sentences.size() + 1), pick(random, WHO.get(language)));
            if (random.nextBoolean()) {
                sentences.add(random.nextInt(sentences.size() + 1), pick(random, MORE.get(language)));
            }
            return new Case(new OrganizationProfile(answers(random), String.join(random.nextBoolean() ? " " : "\n",
                    sentences), random.nextBoolean() ? "en" : "fr"));
        });
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Random answers: some context facets, sometimes a topic or program model, each with one or two values. */
    private static Map<String, List<String>> answers(Random random) {
        Map<String, List<String>> answers = new TreeMap<>();
        List<Vocabulary> facets = new ArrayList<>(library.taxonomy().contextFacets());
        library.taxonomy().vocabulary("program_models").ifPresent(facets::add);
        for (Vocabulary facet : facets) {
            if (random.nextInt(3) == 0 || facet.terms().isEmpty()) {
                continue;
            }
            List<String> keys = new ArrayList<>(facet.terms().stream().map(Term::key).toList());
            Collections.shuffle(keys, random);
            answers.put(facet.key(), List.copyOf(keys.subList(0, Math.min(keys.size(), 1 + random.nextInt(2)))));
        }
        return answers;
    }

    /** The best ten for a reader of the language, every resource taken as written in it. */
    private static List<Match> top(OrganizationProfile saved, String page) {
        OrganizationProfile profile = new OrganizationProfile(saved.context(), saved.challenges(), page);
        List<CatalogEntry> entries = library.search().catalog().stream().map(e -> new CatalogEntry(e.id(), e.type(),
                page, e.year(), e.publishedDay(), e.terms(), e.conditions(), e.cautions(), e.design(), e.id()))
                .toList();
        Ranker ranker = new Ranker(library.taxonomy(), page);
        Map<String, Float> relevance = library.search().relevance(profile.challenges(),
                MatchingService.CHALLENGE_CANDIDATES);
        return matching.matches(ranker, new ChallengeSearch.LanguageCatalog(entries, Set.of()), relevance, profile,
                10, MatchFilter.ALL);
    }

    /**
     * What a reason says, whatever its words: its kind and facet, the topic it is about, the terms whose labels (in the
     * page's language) it names.
     */
    private static String meaning(MatchReason reason, String page) {
        String said = reason.explanation().toLowerCase(Locale.ROOT);
        List<String[]> labels = new ArrayList<>();
        for (Vocabulary vocabulary : library.taxonomy().vocabularies()) {
            for (Term term : vocabulary.terms()) {
                labels.add(new String[]{vocabulary.key() + ":" + term.key(), term.label().in(page).toLowerCase(
                        Locale.ROOT)});
            }
        }
        // The reason's own facet's labels first: a program model and a topic may share one ("Mentorat par les pairs").
        labels.sort(Comparator.comparing((String[] l) -> !l[0].startsWith(reason.facet() + ":")).thenComparing(
                Comparator.comparingInt((String[] l) -> l[1].length()).reversed()));
        List<String> named = new ArrayList<>();
        for (String[] label : labels) {
            if (!label[1].isBlank() && said.contains(label[1])) {
                named.add(label[0]);
                said = said.replace(label[1], " ");
            }
        }
        Collections.sort(named);
        return reason.kind() + " " + reason.facet() + " " + reason.text() + " " + named;
    }

    private static List<String> meanings(List<Match> top, String page) {
        return top.stream().map(m -> m.id() + ": " + m.reasons().stream().map(r -> meaning(r, page)).collect(
                Collectors.joining("; "))).toList();
    }

    @ParameterizedTest(name = "try {index}")
    @MethodSource("profiles")
    void theSameProfileGetsTheSameMatchesAndReasonsOnEitherPage(Case c) {
        List<Match> english = top(c.profile(), "en");
        List<Match> french = top(c.profile(), "fr");
        assertEquals(english.stream().map(Match::id).toList(), french.stream().map(Match::id).toList(),
                "ranked ids differ between pages for " + c);
        assertEquals(meanings(english, "en"), meanings(french, "fr"), "reasons differ between pages for " + c);
    }
}

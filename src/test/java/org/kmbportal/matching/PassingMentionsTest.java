package org.kmbportal.matching;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.search.MatchingFixture;
import org.kmbportal.testing.Gen;

/**
 * A long paragraph that describes the organization at length, mentioning in passing who some of its youth are, a side
 * program it also runs or where a few mentees go next, and states its need in a sentence or two: the groups and places
 * mentioned in passing are not taken as the ones it serves or works in (user sessions: "some of our youth are
 * newcomers" made newcomer resources "for the population your paragraph names").
 */
class PassingMentionsTest {

    private static final NamedGroups GROUPS = new NamedGroups(MatchingFixture.sharedShippedLibrary().taxonomy());

    /** What the organization is and does, with groups and places said in passing; no problem, no need. */
    private static final Map<String, List<String>> DESCRIPTION = Map.of("en", List.of(
            "We are a small volunteer mentoring program in a rural county, about an hour from the nearest city.",
            "Some of our youth are newcomers, and a few of them arrived in Canada last year.",
            "We also run an online homework club on Tuesday evenings -- it is popular!",
            "Our mentees are 10 to 14 years old; most of them live with their grandparents.",
            "A few of our older mentees go on to college, which makes everyone proud.",
            "The program started in 2015 in a church basement and now has about thirty matches.",
            "Matches meet every week for outings, sports and homework (sometimes fishing).",
            "Our board meets four times a year, and our money comes from the county and two foundations.",
            "Several of our kids are Indigenous, and we partner with the friendship centre for events."), "fr",
            List.of(
                    "Nous sommes un petit programme de mentorat bénévole dans une MRC rurale, à une heure de la ville.",
                    "Certains de nos jeunes sont des nouveaux arrivants, arrivés au Québec l’an dernier.",
                    "Nous offrons aussi un club de devoirs en ligne le mardi soir — il est populaire\u00a0!",
                    "Nos mentorés ont de 10 à 14 ans\u00a0; la plupart vivent avec leurs grands-parents.",
                    "Quelques-uns de nos anciens mentorés vont au cégep, et nous en sommes fiers.",
                    "Le programme a commencé en 2015 dans un sous-sol d’église et compte une trentaine de jumelages.",
                    "Les jumelages se rencontrent chaque semaine pour des sorties, du sport et des devoirs (parfois la pêche).",
                    "Notre conseil se réunit quatre fois par année, et notre argent vient de la MRC et de deux fondations.",
                    "Plusieurs de nos jeunes sont autochtones, et nous organisons des fêtes avec le centre d’amitié."));

    /** The need: coordinators who leave, said in many ways. */
    private static final Map<String, List<String>> TURNOVER = Map.of("en", List.of(
            "We keep losing our coordinators: three have left in two years, and each time the matches drift.",
            "Staff turnover is high, and every new coordinator starts from scratch with nothing written down.",
            "Our coordinators rarely stay more than a year, and we have no evaluator to tell us what works.",
            "How can we keep things running when the only staff member who knows the matches leaves?",
            "We struggle to keep staff: the job is part-time, the pay is low, and people move on."), "fr",
            List.of(
                    "Nous perdons nos coordonnatrices\u00a0: trois sont parties en deux ans, et chaque fois les jumelages dérivent.",
                    "Le roulement du personnel est élevé, et chaque nouvelle coordonnatrice recommence à zéro sans rien d’écrit.",
                    "Nos coordonnateurs restent rarement plus d’un an, et nous n’avons aucun évaluateur.",
                    "Comment garder le programme en marche quand la seule employée qui connaît les jumelages s’en va\u00a0?",
                    "Nous avons du mal à garder notre personnel\u00a0: le poste est à temps partiel et les gens partent."));

    record Case(OrganizationProfile profile) {
        @Override
        public String toString() {
            return profile.language() + ": " + profile.challenges();
        }
    }

    /** Five to eight sentences of description, shuffled, and one or two stating the need, somewhere among them. */
    private static String paragraph(Random random, String language, List<String> needs) {
        List<String> description = new ArrayList<>(DESCRIPTION.get(language));
        Collections.shuffle(description, random);
        List<String> sentences = new ArrayList<>(description.subList(0, 5 + random.nextInt(4)));
        List<String> said = new ArrayList<>(needs);
        Collections.shuffle(said, random);
        for (String need : said.subList(0, 1 + random.nextInt(2))) {
            sentences.add(random.nextInt(sentences.size() + 1), need);
        }
        String text = String.join(random.nextBoolean() ? " " : "\n", sentences);
        return random.nextInt(5) == 0 ? text.toLowerCase(Locale.ROOT) : text;
    }

    static Stream<Case> turnover() {
        return Gen.tries("stated turnover need", 24, random -> {
            String language = random.nextBoolean() ? "fr" : "en";
            return new Case(new OrganizationProfile(random.nextBoolean()
                    ? Map.of()
                    : Map.of("organization_size",
                            List.of("small")),
                    paragraph(random, language, TURNOVER.get(language)), language));
        });
    }

    @ParameterizedTest(name = "try {index}")
    @MethodSource("turnover")
    void aGroupMentionedInPassingIsNotTakenAsTheOneServed(Case c) {
        Map<String, List<String>> named = GROUPS.in(c.profile().challenges(), c
                .profile().language());
        assertFalse(named.getOrDefault("populations", List.of()).stream().anyMatch(p -> Set.of("newcomer-youth",
                "indigenous-youth").contains(p)), named + " for " + c);
        assertFalse(named.getOrDefault("settings", List.of()).stream().anyMatch(s -> Set.of("online",
                "post-secondary").contains(s)), named + " for " + c);
    }
}

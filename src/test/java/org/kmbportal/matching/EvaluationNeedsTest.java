package org.kmbportal.matching;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kmbportal.search.CatalogEntry;
import org.kmbportal.search.MatchingFixture;

/**
 * An organization that writes, in everyday words, that it must show a funder what its program changes for the young
 * people it serves (the organization page's own example, in many wordings and both languages) is offered an
 * evaluation resource among its first five, however often it names the youth: the library's commonest word does not
 * outweigh the words of the need.
 */
class EvaluationNeedsTest {

    private static final int TOP = 5;
    private static final String EVALUATION = "program-evaluation";

    private static MatchingService matching;
    private static final Map<String, List<String>> topics = new HashMap<>();

    @BeforeAll
    static void index() {
        MatchingFixture library = MatchingFixture.sharedShippedLibrary();
        matching = ShippedMatching.over(library);
        for (CatalogEntry entry : library.search().catalog()) {
            topics.put(entry.id(), entry.terms().getOrDefault("topics", List.of()));
        }
    }

    @Test
    void everydayWordsForShowingAFunderWhatChangesFindAnEvaluationResource() {
        List<String> missed = new ArrayList<>();
        List<String[]> phrasings = phrasings(new Random(36), 20);
        for (String[] phrasing : phrasings) {
            List<Match> top = matching.match(new OrganizationProfile(Map.of(), phrasing[0], phrasing[1]), TOP);
            if (top.stream().noneMatch(m -> topics.getOrDefault(m.id(), List.of()).contains(EVALUATION))) {
                missed.add(phrasing[1] + ": " + phrasing[0] + " -> " + top.stream().map(Match::id).toList());
            }
        }
        assertTrue(missed.isEmpty(), missed.size() + " of " + phrasings.size()
                + " phrasings found no evaluation resource in their first " + TOP + ":\n" + String.join("\n", missed));
    }

    /** Sentences as organizations write them, English and French, each with its language. */
    static List<String[]> phrasings(Random random, int perLanguage) {
        String[][] en = {{"We need to", "We have to", "Our board says we must", "This year we want to",
                "Honestly we struggle to"},
                {"show", "demonstrate to", "prove to", "explain to", "convince"},
                {"our funder", "the funders", "our main donor", "the foundation that funds us", "our sponsors"},
                {"what changes for the youth", "what changes for the young people we serve",
                        "that the youth are better off", "what really changes for our youth",
                        "the changes our youth go through"}};
        String[][] fr = {{"Nous devons", "Il faut", "Notre conseil veut qu'on puisse", "Cette année, on veut",
                "On a du mal à"},
                {"montrer à", "démontrer à", "prouver à", "expliquer à", "convaincre"},
                {"notre bailleur de fonds", "nos bailleurs de fonds", "la fondation qui nous finance",
                        "nos donateurs", "nos partenaires financiers"},
                {"ce qui change pour les jeunes", "ce qui change vraiment pour nos jeunes",
                        "que les jeunes vont mieux", "les changements que vivent les jeunes",
                        "ce qui a changé pour les jeunes que nous servons"}};
        List<String[]> phrasings = new ArrayList<>();
        for (int i = 0; i < perLanguage; i++) {
            phrasings.add(new String[]{sentence(en, random), "en"});
            phrasings.add(new String[]{sentence(fr, random), "fr"});
        }
        return phrasings;
    }

    private static String sentence(String[][] parts, Random random) {
        StringBuilder sentence = new StringBuilder();
        for (String[] choices : parts) {
            sentence.append(sentence.isEmpty() ? "" : " ").append(choices[random.nextInt(choices.length)]);
        }
        return sentence.append(random.nextBoolean() ? "." : "").toString();
    }
}

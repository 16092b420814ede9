package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;

/** Challenges as organizations write them: a paragraph or two of their own words, matched on the shipped library. */
class ChallengeSearchTest {

    /** Realistic challenges of 50 to 90 words, in both languages, as a coordinator would type them. */
    static final List<String> PARAGRAPHS = List.of(
            "We are a small community organization that matches volunteer mentors with young people aged 12 to 17. "
                    + "Many mentors quit within the first six months, and the young people feel let down when their "
                    + "match ends early. We struggle to recruit enough male volunteers, and our staff have little "
                    + "time or training to support the matches. We would like to know whether our program makes a "
                    + "difference but we have no evaluation capacity and no budget for it.",
            "Our school-based program pairs high school students with younger children for weekly reading and "
                    + "homework help. Teachers like it, but attendance drops after the winter break, the older "
                    + "students lose motivation, and we do not know how to train teenagers as mentors or how to "
                    + "close matches well at the end of the school year when the pairs have grown close.",
            "Newcomer and refugee families in our city often do not trust programs they do not know. Our "
                    + "mentors are mostly retired professionals who do not speak the youths' languages. We need to "
                    + "make the program culturally responsive, involve parents and caregivers from the start, and "
                    + "keep young people engaged when they move between temporary housing and new schools.",
            "Nous sommes un petit organisme communautaire qui jumelle des bénévoles avec des jeunes de 12 à 17 ans. "
                    + "Beaucoup de mentors abandonnent pendant les premiers mois et les jeunes se sentent déçus. Nous "
                    + "avons du mal à recruter des bénévoles masculins, notre personnel manque de temps pour le "
                    + "suivi des jumelages et nous n'avons ni capacité ni budget d'évaluation.",
            "Notre programme de mentorat de groupe en milieu rural manque de financement stable. Les animateurs "
                    + "changent chaque année, la formation des mentors est improvisée, les familles habitent loin et "
                    + "le transport est difficile. Nous voulons mieux mesurer les effets sur la santé mentale et le "
                    + "bien-être des adolescents sans alourdir le travail des intervenants.");

    private static SearchFixture library;

    @BeforeAll
    static void index() {
        library = SearchFixture.sharedShippedLibrary();
    }

    @Test
    void aParagraphOfChallengesIsMatchedToTheResourcesItSpeaksTo() {
        ChallengeSearch challenges = library.challengeSearch();
        for (String paragraph : PARAGRAPHS) {
            Map<String, Float> relevance = challenges.relevance(paragraph, 500);
            assertFalse(relevance.isEmpty(), paragraph);
            String best = relevance.keySet().iterator().next();
            Map<String, List<String>> words = challenges.matchedWords(List.of(best), paragraph);
            assertFalse(words.getOrDefault(best, List.of()).isEmpty(), "the best match names the words it answers: "
                    + best);
        }
    }

    @Test
    void twoThousandCharactersOfChallengesAreMatchedToo() {
        String all = String.join(" ", PARAGRAPHS);
        String long2000 = (all + " " + all).substring(0, 2000);
        assertTrue(library.challengeSearch().relevance(long2000, 500).size() > 5);
    }

    static Stream<String> challenges() {
        return Stream.concat(PARAGRAPHS.stream().map(p -> p.substring(0, p.indexOf('.'))),
                Gen.tries("challenge-proximity", 40, GeneratedText.libraryWords(160)));
    }

    /**
     * The bonus for a challenge's words found close together is added to the best candidates by words only; on a
     * library smaller than the candidates (the shipped one) every item gets it, so the scores are those of the whole
     * query, item for item.
     */
    @ParameterizedTest
    @MethodSource("challenges")
    void theBestCandidatesScoreAsTheWholeQueryScoresThem(String challenge) {
        ChallengeSearch challenges = library.challengeSearch();
        String words = ChallengeSearch.informativeWords(challenge);
        library.index.withSearcher(searcher -> {
            try {
                Map<Integer, Float> whole = scores(searcher.search(challenges.query(words, searcher), 500));
                Map<Integer, Float> best = scores(challenges.best(searcher, words, 500));
                assertEquals(whole.keySet(), best.keySet(), challenge);
                whole.forEach((doc, score) -> assertEquals(score, best.get(doc), Math.max(1e-4f, score * 1e-5f),
                        challenge));
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static Map<Integer, Float> scores(TopDocs top) {
        Map<Integer, Float> scores = new HashMap<>();
        for (ScoreDoc hit : top.scoreDocs) {
            scores.put(hit.doc, hit.score);
        }
        return scores;
    }
}

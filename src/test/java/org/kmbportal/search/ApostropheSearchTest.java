package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.library.PracticeGuideContent;
import org.kmbportal.library.ResearchSummaryContent;
import org.kmbportal.library.ResourceContent;
import org.kmbportal.testing.Gen;

/**
 * French text writes its apostrophe as the typographic one (l’organisme); people type the straight one from their
 * keyboard (l'organisme), or the typographic one their phone puts in. On the shipped library, a phrase of a French
 * resource typed with either apostrophe, in quotes or not, gives the same results, and a quoted one finds that
 * resource whichever apostrophe its text uses.
 */
class ApostropheSearchTest {

    /** A run of words with an apostrophe between letters in its first word ("d’évaluation des besoins"). */
    private static final Pattern ELIDED = Pattern
            .compile("(?<![\\p{L}'’])\\p{L}+['’]\\p{L}+(?:[ \\u00a0]+\\p{L}+){1,3}");

    private static SearchFixture library;

    private static synchronized SearchFixture library() {
        if (library == null) {
            library = SearchFixture.sharedShippedLibrary();
        }
        return library;
    }

    private static String text(ResourceContent resource) {
        if (resource instanceof ResearchSummaryContent summary) {
            return String.join("\n", summary.sections().values());
        }
        if (resource instanceof PracticeGuideContent guide) {
            return guide.summary() + "\n" + guide.body();
        }
        return "";
    }

    static Stream<Arguments> aPhraseTypedWithEitherApostropheFindsItsResourceTries() {
        List<String[]> phrases = new ArrayList<>();
        for (ResourceContent resource : library().resources) {
            if (!resource.language().equals("fr")) {
                continue;
            }
            String text = (resource.title() + "\n" + text(resource)).replaceAll("\\]\\([^)]*\\)", " ");
            Matcher found = ELIDED.matcher(text);
            while (found.find()) {
                phrases.add(new String[]{resource.id(), resource.translationOf(), found.group()});
            }
        }
        assertTrue(phrases.size() > 300, "French phrases with an apostrophe: " + phrases.size());
        return Gen.tries("phrase with an apostrophe", 200, random -> {
            String[] phrase = phrases.get(random.nextInt(phrases.size()));
            String written = phrase[2].replace('\u00a0', ' ');
            boolean quoted = random.nextBoolean();
            String straight = written.replace('’', '\'');
            String curly = written.replace('\'', '’');
            return Arguments.of(quoted ? "\"" + straight + "\"" : straight, quoted ? "\"" + curly + "\"" : curly,
                    random.nextBoolean() ? "fr" : "en", phrase[0], phrase[1], written);
        });
    }

    /**
     * The same words typed with either apostrophe give the same results in the same order; a quoted phrase whose
     * elided word is a real one (six letters or more: "l’accompagnement", not "qu’il") finds its resource.
     */
    @ParameterizedTest(name = "{0} on the {2} page")
    @MethodSource("aPhraseTypedWithEitherApostropheFindsItsResourceTries")
    void aPhraseTypedWithEitherApostropheFindsItsResource(String straight, String curly, String page, String id,
            String translationOf, String written) {
        List<String> withStraight = ids(straight, page);
        List<String> withCurly = ids(curly, page);
        assertEquals(withStraight, withCurly, straight + " and " + curly + " (the text writes \"" + written + "\")");
        String elided = written.split("['’]")[1].split(" ")[0];
        if (straight.startsWith("\"") && elided.length() >= 6) {
            assertTrue(withStraight.contains(id) || withStraight.contains(translationOf), straight + " (the text"
                    + " writes \"" + written + "\") should find " + id + ": " + withStraight);
        }
    }

    /**
     * A French reader may search from the English page: a phrase with an elided word ("l’évaluation d’un programme")
     * is read there as the same phrase without its elisions ("évaluation un programme"), by the English fields as by
     * the French ones; not as a word no text has ("l’évaluation d’un programme" put a study of program survival first,
     * where "évaluation d’un programme" finds the evaluation ones). The ranking can still differ a little: the meaning
     * of the whole question, read by the sentence model, is not exactly the same without its elisions.
     */
    @ParameterizedTest(name = "{0} on the English page")
    @MethodSource("aPhraseTypedWithEitherApostropheFindsItsResourceTries")
    void aFrenchPhraseOnTheEnglishPageIsReadWithoutItsElisions(String straight, String curly, String page, String id,
            String translationOf, String written) throws IOException {
        String typed = page.equals("en") ? straight : curly;
        String withoutElisions = typed.replaceAll("(?iU)\\b(?:jusqu|quoiqu|lorsqu|puisqu|qu|[lmtnsjdc])['’](?=\\p{L})",
                "");
        Analyzer query = library().index.analysis().query();
        for (String field : List.of("title_en", "body_en", "title_fr", "body_fr")) {
            assertEquals(AnalysisTest.tokens(query, field, withoutElisions), AnalysisTest.tokens(query, field, typed),
                    field + ": " + typed);
        }
    }

    private static SearchResult search(String typed, String page) {
        return library().search.search(new SearchRequest(typed, Map.of(), null, null, SearchRequest.Order.RELEVANCE,
                1, 50, page));
    }

    /** The ids shown for the query, each with its other-language version. */
    private static List<String> ids(String typed, String page) {
        SearchResult found = search(typed, page);
        List<String> ids = new ArrayList<>();
        found.hits().forEach(h -> {
            ids.add(h.id());
            if (h.alsoIn() != null) {
                ids.add(h.alsoIn());
            }
        });
        return ids;
    }
}

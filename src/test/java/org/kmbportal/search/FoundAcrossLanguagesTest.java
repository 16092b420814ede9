package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kmbportal.library.ResourceContent;

/**
 * A question answered only by English resources is found in French as in English: « Comment faire participer les
 * parents au programme de mentorat ? » had no strong match, so Insights counted it as a search that found nothing,
 * while the same question in English had strong matches, by meaning (user session). French readers' searches are
 * ranked by words alone; their strong matches are now judged by meaning too, as English readers' are. Searched in the
 * shipped library without its French texts, so that only English resources answer.
 */
class FoundAcrossLanguagesTest {

    private static SearchFixture englishOnly;

    @BeforeAll
    static void libraryWithoutTheFrenchTexts() {
        SearchFixture shipped = SearchFixture.sharedShippedLibrary();
        List<ResourceContent> english = shipped.resources.stream().filter(r -> r.language().equals("en")).toList();
        englishOnly = SearchFixture.of(shipped.taxonomy, english, List.of());
    }

    @AfterAll
    static void close() throws IOException {
        if (englishOnly != null) {
            englishOnly.close();
        }
    }

    @Test
    void aQuestionAnsweredOnlyInEnglishFindsSomethingInFrenchAsInEnglish() {
        Assumptions.assumeTrue(SentenceEncoder.available(), "the sentence-embedding model is not available");
        List<String> unfound = new ArrayList<>();
        for (String[] asked : new String[][]{
                {"Comment faire participer les parents au programme de mentorat ?", "fr"},
                {"How do we get parents involved in the mentoring program?", "en"}}) {
            SearchResult result = englishOnly.search.search(new SearchRequest(asked[0], Map.of(), null, null,
                    SearchRequest.Order.RELEVANCE, 1, 10, asked[1]));
            if (result.found() == 0) {
                unfound.add(asked[1] + ": " + asked[0]);
            }
        }
        assertEquals(List.of(), unfound, "questions answered in the library that found nothing");
    }
}

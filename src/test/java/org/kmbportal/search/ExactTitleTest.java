package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.library.ResourceContent;

/**
 * On the shipped library, typing the exact title of a resource in the other language than the page's puts that
 * resource first, in the page's language, with "also in" the version whose title was typed (an exact French title on
 * the English page ranked its resource second to tenth: only the English version took part, by the few words the two
 * titles share). The title before its subtitle counts as exact too.
 */
class ExactTitleTest {

    private static SearchFixture library;

    private static synchronized SearchFixture library() {
        if (library == null) {
            library = SearchFixture.sharedShippedLibrary();
        }
        return library;
    }

    /** Every translated resource's title typed on the other language's page, whole and before its subtitle. */
    static Stream<Arguments> titlesInTheOtherLanguage() {
        List<Arguments> cases = new ArrayList<>();
        Map<String, ResourceContent> byId = new java.util.HashMap<>();
        library().resources.forEach(r -> byId.put(r.id(), r));
        for (ResourceContent translation : library().resources) {
            ResourceContent original = byId.get(translation.translationOf());
            if (original == null) {
                continue;
            }
            for (ResourceContent[] typedAndShown : new ResourceContent[][]{{translation, original},
                    {original, translation}}) {
                ResourceContent typed = typedAndShown[0];
                ResourceContent shown = typedAndShown[1];
                cases.add(Arguments.of(typed.title(), shown.language(), shown.id(), typed.id()));
                int cut = typed.title().indexOf(':');
                if (cut > 0 && typed.title().substring(0, cut).strip().split("\\s+").length >= 3) {
                    cases.add(Arguments.of(typed.title().substring(0, cut).strip(), shown.language(), shown.id(),
                            typed.id()));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} on the {1} page")
    @MethodSource("titlesInTheOtherLanguage")
    void anExactTitleInTheOtherLanguageShowsItsResourceFirst(String typed, String page, String shown,
            String alsoIn) {
        SearchResult found = library().search.search(new SearchRequest(typed, Map.of(), null, null,
                SearchRequest.Order.RELEVANCE, 1, 10, page));
        assertFalse(found.hits().isEmpty(), typed);
        SearchResult.Hit first = found.hits().get(0);
        assertEquals(shown, first.id(), typed + ": " + found.hits().stream().map(SearchResult.Hit::id).toList());
        assertEquals(alsoIn, first.alsoIn(), typed);
        assertEquals(1, found.hits().stream().filter(h -> h.id().equals(shown) || h.id().equals(alsoIn)).count(),
                "the resource once");
    }
}

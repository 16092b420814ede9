package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.kmbportal.library.ResourceContent;
import org.kmbportal.library.ResourceHeader;

/**
 * A query's spelling correction is kept by the searcher it was worked out on ({@link FacetSearcher#correction}): a
 * publication that brings the typed word into the library opens a new searcher, and the next search takes the word
 * as typed, in both languages, never the correction of the library before it.
 */
class CorrectionAfterPublicationTest {

    @Test
    void aWordPublishedIsNoLongerCorrected() throws IOException {
        try (SearchFixture library = SearchFixture.shippedLibrary()) {
            for (String reader : java.util.List.of("en", "fr")) {
                SearchResult before = search(library, "mentorsip", reader);
                assertTrue(before.corrected(), reader + ": " + before.suggestion());
                assertEquals(before.suggestion(), search(library, "mentorsip", reader).suggestion(), "asked again");
            }
            ResourceContent original = library.resources.stream().filter(r -> "en".equals(r.header().language()))
                    .findFirst().orElseThrow();
            ResourceHeader h = original.header();
            ResourceContent published = original.withHeader(new ResourceHeader("published-after-" + h.id(),
                    h.title() + " — mentorsip «\"quoted\"» 🙂", h.language(), "", h.published(), h.status(), h.terms(),
                    h.appliesWhen(), h.cautionsWhen()));
            library.index.live().upsert(published.id(),
                    library.index.mapper().map(LibraryReader.entry(published, 1)));
            library.index.live().commit(1);
            library.index.live().refresh();
            for (String reader : java.util.List.of("en", "fr")) {
                SearchResult after = search(library, "mentorsip", reader);
                assertFalse(after.corrected(), reader);
                assertNull(after.suggestion(), reader);
                assertTrue(library.ids(after).contains(published.id()), reader + ": " + library.ids(after));
            }
        }
    }

    private static SearchResult search(SearchFixture library, String query, String reader) {
        return library.search.search(SearchRequest.simple(query, reader));
    }
}

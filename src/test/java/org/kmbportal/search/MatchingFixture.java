package org.kmbportal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.kmbportal.curation.CollectionContent;
import org.kmbportal.library.ResourceContent;
import org.kmbportal.library.Taxonomy;

/** The shipped library indexed, as matching sees it (for tests in other packages). */
public final class MatchingFixture implements AutoCloseable {

    private final SearchFixture fixture;
    private EnglishTitleBodyBaseline plain;

    private MatchingFixture(SearchFixture fixture) {
        this.fixture = fixture;
    }

    private static MatchingFixture shared;

    public static MatchingFixture shippedLibrary() {
        return new MatchingFixture(SearchFixture.shippedLibrary());
    }

    /**
     * The shipped library's index shared by every class of the test JVM that only reads it
     * ({@link SearchFixture#sharedShippedLibrary()}); not to be closed by them.
     */
    public static synchronized MatchingFixture sharedShippedLibrary() {
        if (shared == null) {
            shared = new MatchingFixture(SearchFixture.sharedShippedLibrary());
        }
        return shared;
    }

    public ChallengeSearch search() {
        return fixture.challengeSearch();
    }

    public Taxonomy taxonomy() {
        return fixture.taxonomy;
    }

    public List<ResourceContent> resources() {
        return fixture.resources;
    }

    public List<CollectionContent> collections() {
        return fixture.collections;
    }

    /**
     * The ids of the {@code k} items plain BM25 (English analyzer, title and body) ranks first for the text: the
     * baseline for an organization's challenges read as a query.
     */
    public List<String> plainBm25(String text, int k) {
        if (plain == null) {
            List<IndexEntry> entries = new ArrayList<>();
            fixture.resources.forEach(r -> entries.add(LibraryReader.entry(r, 1)));
            fixture.collections.forEach(c -> entries.add(LibraryReader.entry(c, 1)));
            plain = new EnglishTitleBodyBaseline(entries);
        }
        return plain.search(text, k);
    }

    @Override
    public void close() throws IOException {
        fixture.close();
    }
}

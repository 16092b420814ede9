package org.kmbportal.search;

import java.io.IOException;
import java.util.List;

import org.kmbportal.curation.CollectionContent;
import org.kmbportal.library.ResourceContent;
import org.kmbportal.library.Taxonomy;

/** The shipped library indexed, as matching sees it (for tests in other packages). */
public final class MatchingFixture implements AutoCloseable {

    private final SearchFixture fixture;

    private MatchingFixture(SearchFixture fixture) {
        this.fixture = fixture;
    }

    public static MatchingFixture shippedLibrary() {
        return new MatchingFixture(SearchFixture.shippedLibrary());
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

    @Override
    public void close() throws IOException {
        fixture.close();
    }
}

package org.kmbportal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.lucene.document.Document;
import org.kmbportal.content.BatchValidator;
import org.kmbportal.content.ContentBatch;
import org.kmbportal.curation.CollectionContent;
import org.kmbportal.library.ResourceContent;
import org.kmbportal.library.Taxonomy;
import org.kmbportal.library.TaxonomyService;

/** A real index on disk, built from the shipped library the way the server builds it, for tests without a server. */
final class SearchFixture implements AutoCloseable {

    final Taxonomy taxonomy;
    final List<ResourceContent> resources;
    final List<CollectionContent> collections;
    final SearchIndex index;
    final SearchService search;
    private final Path dir;

    private SearchFixture(Taxonomy taxonomy, List<ResourceContent> resources, List<CollectionContent> collections,
            SearchIndex index, Path dir) {
        this.taxonomy = taxonomy;
        this.resources = resources;
        this.collections = collections;
        this.index = index;
        this.dir = dir;
        this.search = new SearchService();
        this.search.index = index;
    }

    private static SearchFixture shared;

    /**
     * The shipped library's index, built once per test JVM for the classes that only read it (building it is the
     * dearest step of the unit phase). Classes that write to an index build their own ({@link #shippedLibrary()},
     * {@link #of}); this one is closed when the JVM exits.
     */
    static synchronized SearchFixture sharedShippedLibrary() {
        if (shared == null) {
            shared = shippedLibrary();
            SearchFixture built = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    built.close();
                } catch (IOException ignored) {
                    // a temporary directory left behind at exit
                }
            }));
        }
        return shared;
    }

    static SearchFixture shippedLibrary() {
        BatchValidator.Validated shipped = BatchValidator.validate(
                ContentBatch.fromFolder(Path.of(System.getProperty("kmb.content.dir", "content"))), Taxonomy.EMPTY,
                id -> Optional.empty());
        return of(shipped.taxonomy().orElseThrow(), shipped.resources(), shipped.collections());
    }

    /** An index opened in that folder (empty there, or as it was left), reading that taxonomy. */
    static SearchIndex openIndex(Taxonomy taxonomy, Path dir) throws IOException {
        SearchIndex index = new SearchIndex();
        index.taxonomies = new TaxonomyService() {
            @Override
            public Taxonomy current() {
                return taxonomy;
            }
        };
        index.openAt(dir);
        return index;
    }

    static SearchFixture of(Taxonomy taxonomy, List<ResourceContent> resources, List<CollectionContent> collections) {
        try {
            Path dir = Files.createTempDirectory("kmb-index-test");
            SearchIndex index = openIndex(taxonomy, dir);
            List<Document> documents = new ArrayList<>();
            DocumentMapper mapper = index.mapper();
            resources.forEach(r -> documents.add(mapper.map(LibraryReader.entry(r, 1))));
            collections.forEach(c -> documents.add(mapper.map(LibraryReader.entry(c, 1))));
            index.live().add(documents);
            index.live().commit(0);
            index.live().refresh();
            return new SearchFixture(taxonomy, resources, collections, index, dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The search side of matching, over this index. */
    ChallengeSearch challengeSearch() {
        ChallengeSearch challenges = new ChallengeSearch();
        challenges.index = index;
        return challenges;
    }

    SearchResult search(String query) {
        return search.search(SearchRequest.simple(query, "en"));
    }

    List<String> ids(SearchResult result) {
        return result.hits().stream().map(SearchResult.Hit::id).toList();
    }

    @Override
    public void close() throws IOException {
        index.close();
        SearchIndex.deleteTree(dir);
    }
}

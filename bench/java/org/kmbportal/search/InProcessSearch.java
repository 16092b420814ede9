package org.kmbportal.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.kmbportal.library.Taxonomy;
import org.kmbportal.library.TaxonomyService;

/**
 * The floor of the search benchmark: the portal's {@link SearchService} over a copy of the portal's own index, called
 * in this process. Same index, same code, no HTTP, no JSON, no container.
 */
public final class InProcessSearch implements AutoCloseable {

    private final SearchIndex index;
    private final SearchService service;
    private final Path dir;

    private InProcessSearch(SearchIndex index, Path dir) {
        this.index = index;
        this.dir = dir;
        this.service = new SearchService();
        this.service.index = index;
    }

    /**
     * Copies an index root ({@code CURRENT} and the generation it names; the portal must not be writing to it) and
     * opens the copy.
     */
    public static InProcessSearch copyOf(Path indexRoot, Taxonomy taxonomy) throws IOException {
        Path dir = Files.createTempDirectory("kmb-bench-index");
        try (Stream<Path> files = Files.walk(indexRoot)) {
            for (Path source : files.toList()) {
                Path target = dir.resolve(indexRoot.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (!source.getFileName().toString().equals("write.lock")) {
                    Files.copy(source, target);
                }
            }
        }
        SearchIndex index = new SearchIndex();
        index.taxonomies = new TaxonomyService() {
            @Override
            public Taxonomy current() {
                return taxonomy;
            }
        };
        index.openAt(dir);
        return new InProcessSearch(index, dir);
    }

    public int documentCount() {
        return index.live().documentCount();
    }

    public SearchResult search(SearchRequest request) {
        return service.search(request);
    }

    /** What matching asks of search, over the same copy. */
    public ChallengeSearch challengeSearch() {
        ChallengeSearch search = new ChallengeSearch();
        search.index = index;
        return search;
    }

    @Override
    public void close() throws IOException {
        index.close();
        SearchIndex.deleteTree(dir);
    }
}

package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmbportal.library.Taxonomy;
import org.kmbportal.library.TaxonomyService;

/**
 * A data dir kept from before the move to Lucene 10 holds an index Lucene 10 cannot read (its codec, Lucene912, is
 * gone). The portal must start on it: the index is derived data, so a new generation is built from the database.
 * The fixture is a one-document index written by Lucene 9.12.3 with the portal's commit data.
 */
class SearchIndexUpgradeTest {

    @Test
    void startsOnAnIndexWrittenByLucene9ByBuildingANewGeneration(@TempDir Path root) throws Exception {
        Path old = root.resolve("g-1");
        copyFixture(old);
        Files.writeString(root.resolve("CURRENT"), "1");

        SearchIndex index = index();
        assertTrue(index.openAt(root), "a new, empty generation for the start-up to build from the database");
        assertEquals(2, index.live().number);
        assertEquals(0, index.live().documentCount());
        assertEquals(DocumentMapper.VERSION, index.live().mapping());
        assertEquals("2", Files.readString(root.resolve("CURRENT")).strip());
        assertFalse(Files.exists(old), "the unreadable generation is deleted");
        index.close();

        SearchIndex restarted = index();
        assertFalse(restarted.openAt(root), "the next start keeps the new generation");
        assertEquals(2, restarted.live().number);
        restarted.close();
    }

    private static SearchIndex index() {
        SearchIndex index = new SearchIndex();
        index.taxonomies = new TaxonomyService() {
            @Override
            public Taxonomy current() {
                return Taxonomy.EMPTY;
            }
        };
        return index;
    }

    private static void copyFixture(Path target) throws IOException, URISyntaxException {
        Path fixture = Path.of(SearchIndexUpgradeTest.class.getResource("/search/lucene-9-index").toURI());
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(fixture)) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
    }
}

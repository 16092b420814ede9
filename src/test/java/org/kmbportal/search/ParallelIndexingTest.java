package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kmbportal.content.TaxonomyReader;
import org.kmbportal.library.Taxonomy;
import org.kmbportal.library.Vocabulary;

/** A rebuild's batches indexed on several threads: every entry lands once, and a failed batch fails the build. */
class ParallelIndexingTest {

    private Path dir;
    private ExecutorService workers;
    private IndexGeneration generation;
    private DocumentMapper mapper;

    @BeforeEach
    void open() throws IOException {
        Taxonomy taxonomy = new TaxonomyReader().parse(Files.readString(Path.of(System.getProperty(
                "kmb.content.dir", "content")).resolve("taxonomy.yaml")));
        List<String> vocabularies = taxonomy.facets().stream().map(Vocabulary::key).toList();
        dir = Files.createTempDirectory("kmb-parallel-indexing");
        workers = Executors.newFixedThreadPool(3);
        generation = IndexGeneration.open(1, dir, AnalysisCache.of(taxonomy).index(),
                Fields.facetsConfig(vocabularies));
        mapper = new DocumentMapper(taxonomy, Fields.facetsConfig(vocabularies));
    }

    @AfterEach
    void close() throws IOException {
        workers.shutdownNow();
        generation.close();
        SearchIndex.deleteTree(dir);
    }

    @Test
    void indexesEveryEntryOnceWhateverThreadTakesItsBatch() throws IOException {
        AtomicInteger counted = new AtomicInteger();
        ParallelIndexing indexing = new ParallelIndexing(generation, mapper, workers, counted::addAndGet);
        List<IndexEntry> all = entries(1234);
        for (int from = 0; from < all.size(); from += 100) {
            indexing.add(all.subList(from, Math.min(all.size(), from + 100)));
        }
        indexing.finish();
        generation.commit(1);
        generation.refresh();
        assertEquals(1234, generation.documentCount());
        assertEquals(1234, counted.get());
    }

    @Test
    void aBatchThatCannotBeIndexedFailsTheBuild() throws IOException {
        ParallelIndexing indexing = new ParallelIndexing(generation, mapper, workers, n -> {
        });
        indexing.add(entries(50));
        List<IndexEntry> broken = new ArrayList<>(entries(10));
        broken.add(new IndexEntry("broken", "research-summary", 1, null, "en", "", 2020, null, List.of(), "", "",
                "", Map.of(), Map.of(), "", ""));
        indexing.add(broken);
        assertThrows(IOException.class, indexing::finish);
    }

    private static List<IndexEntry> entries(int count) {
        Random random = new Random(count);
        List<IndexEntry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = "entry-" + count + "-" + i;
            entries.add(new IndexEntry(id, "research-summary", 1, "Mentoring study " + i, random.nextBoolean()
                    ? "en"
                    : "fr", "", 1990 + random.nextInt(35), null, List.of("Author, A."), "A study", "rct", "",
                    Map.of("topics", List.of("match-support")), Map.of(), "Notes about mentors " + i,
                    "A body about youth and mentoring " + i));
        }
        return entries;
    }
}

package org.kmbportal.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.lucene.document.Document;
import org.kmbportal.library.ResourceContent;
import org.kmbportal.library.Taxonomy;
import org.kmbportal.library.Vocabulary;

/**
 * The benchmark's reference for a full rebuild: Lucene alone indexing the same documents in this process, with the
 * portal's own {@link DocumentMapper}, analyzers and writer settings ({@link IndexGeneration}), into a fresh
 * directory, committed and made searchable, on as many threads as the portal's rebuild. No database, no JPA, no
 * server: what is left is the indexing work itself.
 */
public final class LuceneOnlyIndexing {

    private final Taxonomy taxonomy;
    private final List<IndexEntry> entries;
    /** The stored vector of each resource, by position (the portal's rebuild reads them from the database). */
    private final java.util.function.IntFunction<float[]> vectors;

    /** Converts the resources to index entries up front, so that the timed part is mapping and indexing only. */
    public LuceneOnlyIndexing(Taxonomy taxonomy, List<ResourceContent> resources,
            java.util.function.IntFunction<float[]> vectors) {
        this.taxonomy = taxonomy;
        this.vectors = vectors;
        this.entries = new ArrayList<>(resources.size());
        resources.forEach(r -> entries.add(LibraryReader.entry(r, 1)));
    }

    /**
     * The CPU time, in this thread, of mapping every entry to its document once (the documents are dropped): the part
     * of a rebuild that is the portal's own code rather than Lucene's ({@code MappingProfile}).
     */
    public long mappingCpuNanos() {
        DocumentMapper mapper = new DocumentMapper(taxonomy,
                Fields.facetsConfig(taxonomy.facets().stream().map(Vocabulary::key).toList()));
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        int fields = 0;
        for (int i = 0; i < entries.size(); i++) {
            fields += mapper.map(entries.get(i), vectors.apply(i)).getFields().size();
        }
        if (fields == 0) {
            throw new IllegalStateException("no fields");
        }
        return threads.getCurrentThreadCpuTime() - start;
    }

    /** Indexes every entry once into a new temporary directory; returns documents per second. */
    public double run() throws IOException {
        Path dir = Files.createTempDirectory("kmb-bench-lucene");
        try {
            DocumentMapper mapper = new DocumentMapper(taxonomy,
                    Fields.facetsConfig(taxonomy.facets().stream().map(Vocabulary::key).toList()));
            long start = System.nanoTime();
            try (IndexGeneration generation = IndexGeneration.open(1, dir, AnalysisCache.of(taxonomy).index(),
                    Fields.facetsConfig(taxonomy.facets().stream().map(Vocabulary::key).toList()))) {
                // As many analysing threads as the portal's rebuild uses, each mapping and adding batches of 500.
                ExecutorService pool = Executors.newFixedThreadPool(IndexRebuild.analysisThreads());
                List<Future<?>> batches = new ArrayList<>();
                for (int from = 0; from < entries.size(); from += 500) {
                    int first = from;
                    List<IndexEntry> slice = entries.subList(from, Math.min(entries.size(), from + 500));
                    batches.add(pool.submit(() -> {
                        List<Document> batch = new ArrayList<>(slice.size());
                        for (int i = 0; i < slice.size(); i++) {
                            batch.add(mapper.map(slice.get(i), vectors.apply(first + i)));
                        }
                        generation.add(batch);
                        return null;
                    }));
                }
                pool.shutdown();
                for (Future<?> batch : batches) {
                    try {
                        batch.get();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IOException(e);
                    } catch (ExecutionException e) {
                        throw new IOException(e.getCause());
                    }
                }
                generation.commit(entries.size());
                generation.refresh();
                double seconds = (System.nanoTime() - start) / 1e9;
                if (generation.documentCount() != entries.size()) {
                    throw new IllegalStateException("Indexed " + generation.documentCount() + " of " + entries.size());
                }
                return entries.size() / seconds;
            }
        } finally {
            SearchIndex.deleteTree(dir);
        }
    }
}

package org.kmbportal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.kmbportal.library.Taxonomy;
import org.kmbportal.library.TaxonomyService;
import org.kmbportal.library.Vocabulary;
import org.kmbportal.platform.PortalSettings;

/**
 * Owns the index on disk under {@code <data dir>/index}: the live generation that searches read and the change log
 * updates, and the switch to a freshly built generation. {@code index/CURRENT} names the live generation and is
 * replaced atomically, so a crash during a rebuild leaves the previous generation in charge; leftovers are deleted
 * at the next start.
 */
@ApplicationScoped
class SearchIndex {

    @Inject
    PortalSettings settings;

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());
    private static final String CURRENT = "CURRENT";

    @Inject
    TaxonomyService taxonomies;

    /** Held while changing the live generation, and to swap it. */
    private final ReentrantLock writeLock = new ReentrantLock();
    private volatile IndexGeneration live;
    private Path root;

    /** Opens the live generation, or creates an empty first one; returns true when it was created. */
    boolean open() throws IOException {
        return openAt(indexRoot());
    }

    /** Where the generations live: {@code <data dir>/index}. */
    Path indexRoot() {
        return settings.dataDir().resolve("index");
    }

    boolean openAt(Path indexRoot) throws IOException {
        root = indexRoot;
        Files.createDirectories(root);
        Path current = root.resolve(CURRENT);
        long number = Files.exists(current) ? Long.parseLong(Files.readString(current).strip()) : 0;
        boolean created = number == 0 || !Files.isDirectory(generationPath(number));
        if (created) {
            number = Math.max(1, number);
        }
        deleteOtherGenerations(number);
        try {
            live = IndexGeneration.open(number, generationPath(number), analysis().index(), facetsConfig());
        } catch (IndexFormatTooOldException olderLucene) {
            // Written by an older Lucene major version (9, before the move to Lucene 10). The index is derived data:
            // it is rebuilt from the change log, as for an outdated mapping, rather than read through backward codecs.
            long old = number;
            LOG.info(() -> "Search index generation " + old + " was written by an older Lucene ("
                    + olderLucene.getMessage() + "); building generation " + (old + 1));
            number = old + 1;
            deleteTree(generationPath(number));
            live = IndexGeneration.open(number, generationPath(number), analysis().index(), facetsConfig());
            deleteTree(generationPath(old));
            created = true;
        }
        if (!created && !live.mapping().equals(DocumentMapper.VERSION)) {
            String old = live.mapping();
            LOG.info(() -> "Search index generation " + live.number + " uses document mapping '" + old
                    + "'; building generation " + (live.number + 1) + " with mapping " + DocumentMapper.VERSION);
            IndexGeneration outdated = live;
            number = outdated.number + 1;
            outdated.close();
            deleteTree(generationPath(number));
            live = IndexGeneration.open(number, generationPath(number), analysis().index(), facetsConfig());
            deleteTree(outdated.path);
            created = true;
        }
        if (created) {
            pointCurrentAt(number);
        }
        LOG.info(() -> "Search index generation " + live.number + " open: " + live.documentCount()
                + " documents, change log applied up to " + live.appliedSeq());
        return created;
    }

    IndexGeneration live() {
        return live;
    }

    ReentrantLock writeLock() {
        return writeLock;
    }

    /** A new, empty generation beside the live one, for a rebuild. */
    IndexGeneration createNext() throws IOException {
        long number = live.number + 1;
        Path path = generationPath(number);
        deleteTree(path);
        return IndexGeneration.open(number, path, analysis().index(), facetsConfig());
    }

    /** Makes a rebuilt generation the live one. The caller holds the write lock and has caught it up. */
    void swap(IndexGeneration next) throws IOException {
        next.refresh();
        pointCurrentAt(next.number);
        IndexGeneration old = live;
        live = next;
        old.close();
        deleteTree(old.path);
        LOG.info(() -> "Search index switched to generation " + next.number + " (" + next.documentCount()
                + " documents)");
    }

    /** Runs a search on the live generation's current searcher. */
    <T> T withSearcher(Function<FacetSearcher, T> work) {
        IndexGeneration generation = live;
        try {
            FacetSearcher searcher = generation.acquire();
            try {
                return work.apply(searcher);
            } finally {
                generation.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Analysis analysis() {
        return AnalysisCache.of(taxonomies.current());
    }

    Taxonomy taxonomy() {
        return taxonomies.current();
    }

    FacetsConfig facetsConfig() {
        return Fields.facetsConfig(taxonomies.current().facets().stream().map(Vocabulary::key).toList());
    }

    DocumentMapper mapper() {
        return new DocumentMapper(taxonomies.current(), facetsConfig());
    }

    /** One line on the live generation, for the health report. */
    String describe() {
        IndexGeneration generation = live;
        return generation == null
                ? "not open"
                : "generation " + generation.number + ", " + generation.documentCount()
                        + " documents, change log applied to "
                        + generation.appliedSeq();
    }

    @PreDestroy
    void close() {
        writeLock.lock();
        try {
            if (live != null) {
                live.close();
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Closing the search index failed", e);
        } finally {
            writeLock.unlock();
        }
    }

    private Path generationPath(long number) {
        return root.resolve("g-" + number);
    }

    private void pointCurrentAt(long number) throws IOException {
        Path temporary = root.resolve(CURRENT + ".tmp");
        Files.writeString(temporary, Long.toString(number), StandardCharsets.US_ASCII);
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(temporary,
                java.nio.file.StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(temporary, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
    }

    private void deleteOtherGenerations(long keep) throws IOException {
        try (Stream<Path> entries = Files.list(root)) {
            for (Path entry : entries.toList()) {
                String name = entry.getFileName().toString();
                if (name.startsWith("g-") && !name.equals("g-" + keep)) {
                    LOG.info(() -> "Removing unfinished or old index generation " + name);
                    deleteTree(entry);
                }
            }
        }
    }

    static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

}

package org.kmbportal.search;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.lucene.document.Document;
import org.kmbportal.library.ChangeLog;

/**
 * Rebuilds the whole index from the database while searches keep answering from the live generation: the new
 * generation is built aside, caught up with the changes made meanwhile, and swapped in. Progress is reported ({@link RebuildProgress}).
 */
@ApplicationScoped
class IndexRebuild {

    private static final Logger LOG = Logger.getLogger(IndexRebuild.class.getName());
    private static final int BATCH = 500;

    @Inject
    SearchIndex index;

    @Inject
    ChangeLog changeLog;

    @Inject
    LibraryReader reader;

    @Inject
    IndexFollower follower;

    @Inject
    IndexTasks tasks;

    @Inject
    IndexStatusReport report;

    @Inject
    MeaningVectors meanings;

    /** Threads for analysis only: they never touch the database. */
    @Resource
    ManagedThreadFactory threads;

    private volatile RebuildProgress progress = RebuildProgress.IDLE;
    private final AtomicLong done = new AtomicLong();

    RebuildProgress progress() {
        RebuildProgress p = progress;
        if (p.running()) {
            double seconds = Math.max(0.001, Duration.between(p.started(), Instant.now()).toMillis() / 1000.0);
            return new RebuildProgress(p.state(), done.get(), p.total(), done.get() / seconds, p.started(), null, "");
        }
        return p;
    }

    /** Starts a rebuild in the background; false if one is already running. */
    synchronized boolean start() {
        if (progress.running()) {
            return false;
        }
        progress = new RebuildProgress("running", 0, reader.countPublished(), 0, Instant.now(), null, "");
        done.set(0);
        tasks.rebuildInBackground();
        return true;
    }

    /** Runs the rebuild that {@link #start()} announced (in a container thread). */
    void runStarted() {
        rebuildQuietly();
    }

    /** Rebuilds now, in the calling thread (the benchmark measures this). */
    RebuildProgress rebuildNow() {
        synchronized (this) {
            progress = new RebuildProgress("running", 0, reader.countPublished(), 0, Instant.now(), null, "");
            done.set(0);
        }
        rebuildQuietly();
        return progress;
    }

    private void rebuildQuietly() {
        Instant started = progress.started();
        try {
            IndexGeneration next = index.createNext();
            try {
                buildInto(next);
                follower.catchUp(next);
                index.writeLock().lock();
                try {
                    follower.catchUp(next);
                    index.swap(next);
                } finally {
                    index.writeLock().unlock();
                }
                report.report();
                tasks.mergeSoon();
            } catch (IOException | RuntimeException e) {
                next.close();
                SearchIndex.deleteTree(next.path);
                throw e;
            }
            Instant finished = Instant.now();
            double seconds = Math.max(0.001, Duration.between(started, finished).toMillis() / 1000.0);
            progress = new RebuildProgress("done", done.get(), done.get(), done.get() / seconds, started, finished, "");
            LOG.info(() -> String.format("Search index rebuilt: %d items in %.1f s (%.0f per second)", done.get(),
                    seconds, done.get() / seconds));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Rebuilding the search index failed; the previous index stays in use", e);
            progress = new RebuildProgress("failed", done.get(), progress.total(), 0, started, Instant.now(),
                    e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /**
     * Fills an empty generation with everything published, and commits it with the change-log number read before
     * the first item: changes made while reading are then applied again by the catch-up, which is harmless. This
     * thread reads the database batch by batch; analysis (the costly part) runs on one thread per core meanwhile.
     */
    void buildInto(IndexGeneration generation) throws IOException {
        long startSeq = changeLog.lastSeq();
        try (Analysing analysing = new Analysing(generation, index.mapper())) {
            long[] last = {0};
            List<IndexEntry> batch;
            while (!(batch = reader.resourcesAfter(last[0], BATCH, last)).isEmpty()) {
                analysing.add(batch, meanings.stored(batch));
                analysing.keepEncoded();
            }
            last[0] = 0;
            while (!(batch = reader.collectionsAfter(last[0], BATCH, last)).isEmpty()) {
                analysing.add(batch, meanings.stored(batch));
                analysing.keepEncoded();
            }
            analysing.finish();
            analysing.keepEncoded();
        }
        generation.wantMerge();
        follower.commitDurably(generation, startSeq);
    }

    /** How many threads analyse a full rebuild: one per core, at most four. */
    static int analysisThreads() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * Maps and adds batches on a few threads, with at most two batches waiting per thread. A revision without a stored
     * sentence embedding is encoded there; this (the reading) thread stores what they encoded.
     */
    private final class Analysing implements AutoCloseable {

        private final IndexGeneration generation;
        private final DocumentMapper mapper;
        private final int workers = analysisThreads();
        private final ExecutorService pool;
        private final Semaphore waiting = new Semaphore(workers * 2);
        private final AtomicReference<Exception> failure = new AtomicReference<>();
        private final ConcurrentLinkedQueue<Map.Entry<IndexEntry, float[]>> encoded = new ConcurrentLinkedQueue<>();

        Analysing(IndexGeneration generation, DocumentMapper mapper) {
            this.generation = generation;
            this.mapper = mapper;
            this.pool = threads == null
                    ? Executors.newFixedThreadPool(workers)
                    : Executors.newFixedThreadPool(workers, threads);
        }

        void add(List<IndexEntry> entries, Map<String, float[]> stored) throws IOException {
            rethrow();
            try {
                waiting.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while rebuilding the search index", e);
            }
            pool.execute(() -> {
                try {
                    if (failure.get() == null) {
                        List<Document> documents = new ArrayList<>(entries.size());
                        for (IndexEntry entry : entries) {
                            float[] meaning = stored.get(entry.id());
                            if (meaning == null && (meaning = meanings.encode(entry)) != null) {
                                encoded.add(Map.entry(entry, meaning));
                            }
                            documents.add(mapper.map(entry, meaning));
                        }
                        generation.add(documents);
                        done.addAndGet(entries.size());
                    }
                } catch (IOException | RuntimeException e) {
                    failure.compareAndSet(null, e);
                } finally {
                    waiting.release();
                }
            });
        }

        /** Stores the vectors encoded so far (in the reading thread, which may use the database). */
        void keepEncoded() {
            Map<String, Map.Entry<Long, float[]>> fresh = new LinkedHashMap<>();
            Map.Entry<IndexEntry, float[]> next;
            while ((next = encoded.poll()) != null) {
                fresh.put(next.getKey().id(), Map.entry(next.getKey().version(), next.getValue()));
            }
            meanings.keep(fresh);
        }

        /**
         * Waits for every batch, then writes the documents still buffered on all threads at once (the commit would
         * write them all on the reading thread, one buffer after the other, while the other cores wait), then reports
         * the first failure, if any.
         */
        void finish() throws IOException {
            try {
                waiting.acquire(workers * 2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while rebuilding the search index", e);
            }
            waiting.release(workers * 2);
            for (int i = 0; i < workers; i++) {
                pool.execute(() -> {
                    try {
                        while (failure.get() == null && generation.flushNextBuffer()) {
                            // each call writes one buffer; the other threads write the others meanwhile
                        }
                    } catch (IOException | RuntimeException e) {
                        failure.compareAndSet(null, e);
                    }
                });
            }
            pool.shutdown();
            try {
                if (!pool.awaitTermination(1, TimeUnit.HOURS)) {
                    throw new IOException("Analysis of the rebuilt index did not finish within an hour");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while rebuilding the search index", e);
            }
            rethrow();
        }

        private void rethrow() throws IOException {
            Exception e = failure.get();
            if (e instanceof IOException io) {
                throw io;
            }
            if (e != null) {
                throw (RuntimeException) e;
            }
        }

        /**
         * Lets batches already handed over finish (after a failure they skip their work) rather than interrupting
         * them: an interrupted thread inside the index writer could break the writer itself.
         */
        @Override
        public void close() {
            pool.shutdown();
            try {
                pool.awaitTermination(10, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

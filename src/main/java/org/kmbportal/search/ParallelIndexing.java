package org.kmbportal.search;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.IntConsumer;

import org.apache.lucene.document.Document;

/**
 * Maps and indexes batches of entries on worker threads while the caller reads the next batch from the database.
 * Analysis is most of a full rebuild's work, and the index writer takes documents from several threads at once, so a
 * rebuild uses every core. At most {@link #WORKERS} batches wait or run at a time.
 */
final class ParallelIndexing {

    static final int WORKERS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private final IndexGeneration generation;
    private final DocumentMapper mapper;
    private final ExecutorService executor;
    private final IntConsumer indexed;
    private final Semaphore slots = new Semaphore(WORKERS + 1);
    private final List<Future<?>> running = new ArrayList<>();

    ParallelIndexing(IndexGeneration generation, DocumentMapper mapper, ExecutorService executor,
            IntConsumer indexed) {
        this.generation = generation;
        this.mapper = mapper;
        this.executor = executor;
        this.indexed = indexed;
    }

    /** Hands a batch to a worker, waiting while all are busy; throws if an earlier batch failed. */
    void add(List<IndexEntry> entries) throws IOException {
        checkFinished(false);
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while indexing");
        }
        try {
            running.add(executor.submit(() -> {
                try {
                    List<Document> documents = new ArrayList<>(entries.size());
                    for (IndexEntry entry : entries) {
                        documents.add(mapper.map(entry));
                    }
                    generation.add(documents);
                    indexed.accept(entries.size());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } finally {
                    slots.release();
                }
            }));
        } catch (RuntimeException e) {
            slots.release();
            throw e;
        }
    }

    /** Waits for every batch handed over; throws the first failure. */
    void finish() throws IOException {
        checkFinished(true);
    }

    /** Cancels what has not started and waits for what has, ignoring failures (the caller is failing already). */
    void abandon() {
        running.forEach(f -> f.cancel(false));
        for (Future<?> batch : running) {
            try {
                batch.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException | java.util.concurrent.CancellationException ignored) {
                // the caller reports its own failure
            }
        }
    }

    private void checkFinished(boolean wait) throws IOException {
        for (Future<?> batch : running) {
            if (!wait && !batch.isDone()) {
                continue;
            }
            try {
                batch.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while indexing");
            } catch (ExecutionException e) {
                abandon();
                if (e.getCause() instanceof UncheckedIOException io) {
                    throw io.getCause();
                }
                throw new IOException("Indexing a batch failed", e.getCause());
            }
        }
        running.removeIf(Future::isDone);
    }
}

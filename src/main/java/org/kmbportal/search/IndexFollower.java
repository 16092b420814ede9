package org.kmbportal.search;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.apache.lucene.store.AlreadyClosedException;
import org.kmbportal.library.ChangeLog;
import org.kmbportal.library.LibraryChange;
import org.kmbportal.library.ItemsChanged;
import org.kmbportal.platform.CommitDurability;
import org.kmbportal.platform.StartupStage;

/**
 * Keeps the index true to the database by following the change log in order. A committed change wakes it at once;
 * a poll every 250 ms ({@link IndexTasks}) also catches changes made by other nodes sharing the database. Each batch re-reads the items
 * it names, upserts or deletes them, and commits together with the last change number, so a crash at any moment is
 * followed by a catch-up that misses nothing and doubles nothing. A number is committed only once the database has
 * made the changes up to it durable, so the index is never ahead of what the database keeps; if it ever is (a
 * database restored from a backup, a crash of PostgreSQL with asynchronous commits), it is rebuilt.
 */
@ApplicationScoped
class IndexFollower {

    private static final Logger LOG = Logger.getLogger(IndexFollower.class.getName());
    private static final int BATCH = 500;

    @Inject
    SearchIndex index;

    @Inject
    ChangeLog changeLog;

    @Inject
    LibraryReader reader;

    @Inject
    IndexRebuild rebuild;

    @Inject
    IndexTasks tasks;

    @Inject
    IndexStatusReport report;

    @Inject
    IndexHealth health;

    @Inject
    CommitDurability durability;

    @Inject
    MeaningVectors meanings;

    private final AtomicBoolean wakeUpPending = new AtomicBoolean();
    private volatile boolean running;

    /**
     * Opens the index when the library is loaded, builds it if it is new, heals it if it is ahead of the database or
     * disagrees with it, and catches up, all before reporting ready.
     */
    void onLibraryReady(@Observes StartupStage.LibraryReady stage) throws IOException {
        // The sentence-embedding model loads here, before ready, not in the first search or the first change after a
        // restart (several seconds the reader or the editor would wait for, while a search holds the index's lock).
        SentenceEncoder.available();
        boolean created = index.open();
        long lastSeq = changeLog.lastSeq();
        if (!created && index.live().appliedSeq() > lastSeq) {
            long applied = index.live().appliedSeq();
            LOG.warning(() -> "The search index has applied change " + applied + " but the database's change log ends"
                    + " at " + lastSeq + ": the database lost changes the index had seen. Rebuilding the index.");
            rebuild.rebuildNow();
        }
        if (created) {
            long start = System.nanoTime();
            long encodedBefore = meanings.encodedCount();
            rebuild.buildInto(index.live());
            index.live().refresh();
            double seconds = (System.nanoTime() - start) / 1e9;
            int count = index.live().documentCount();
            long encoded = meanings.encodedCount() - encodedBefore;
            LOG.info(() -> String.format("Search index built from the database: %d items in %.2f s (%.0f per second;"
                    + " %d encoded, the other vectors read from the database)", count, seconds,
                    count / Math.max(seconds, 0.001), encoded));
        }
        catchUpLive();
        IndexStatus status = report.report();
        if (!status.consistent()) {
            LOG.warning(() -> "The search index disagrees with the database (" + IndexHealth.describe(status)
                    + "); rebuilding it before reporting ready");
            rebuild.rebuildNow();
            IndexStatus after = report.report();
            if (!after.consistent()) {
                LOG.severe(() -> "The rebuilt search index still disagrees with the database ("
                        + IndexHealth.describe(after) + "); readiness stays DOWN");
            }
        }
        // The spelling correction's words of each language are read now, in the background, not by the first reader
        // whose search has a misspelt word (the whole library's stored text: seconds at 50,000 resources).
        index.withSearcher(searcher -> {
            LanguageWords.readAhead(searcher.getIndexReader());
            return null;
        });
        health.markCaughtUp();
        running = true;
        if (index.live().mergeWanted()) {
            // built now, or built by a run stopped before its merge ended
            tasks.mergeSoon();
        }
    }

    /**
     * Merges the live generation into one segment ({@link IndexGeneration#mergeToOne}), then makes that durable and
     * searchable. Called after a full build is searchable, so neither the start nor a rebuild waits for it. The commit
     * is taken under the index's lock, where every change applied is also committed, so it records the same change
     * number and content as the last commit, in one segment. A generation replaced or closed meanwhile is left as it
     * is: the merge is only a faster shape of the same index, and a kill during it leaves the last commit in charge, which
     * still asks for the merge ({@link IndexGeneration#mergeWanted}), so the next start merges.
     */
    void mergeLiveToOne() {
        IndexGeneration generation = index.live();
        if (!generation.mergeWanted()) {
            return;
        }
        long start = System.nanoTime();
        try {
            generation.mergeToOne();
            index.writeLock().lock();
            try {
                if (index.live() != generation) {
                    return;
                }
                commitDurably(generation, generation.appliedSeq());
                generation.refresh();
            } finally {
                index.writeLock().unlock();
            }
            LOG.info(() -> String.format("Search index merged into one segment in %.1f s",
                    (System.nanoTime() - start) / 1e9));
        } catch (IllegalStateException | IOException e) {
            // A rolled-back writer: AlreadyClosedException (an IllegalStateException) or an aborted merge
            LOG.log(Level.INFO, "The search index was closed or replaced while it merged into one segment; it keeps"
                    + " its segments", e);
        }
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) ItemsChanged changed) {
        if (running && wakeUpPending.compareAndSet(false, true)) {
            tasks.catchUpSoon();
        }
    }

    /** Catches up, logging (not throwing) a failure: the next poll retries. Does nothing before the index opens. */
    void pollQuietly() {
        wakeUpPending.set(false);
        if (!running) {
            return;
        }
        try {
            if (catchUpLive() == 0) {
                checkNotAhead();
            }
        } catch (AlreadyClosedException closing) {
            running = false;
        } catch (RuntimeException | IOException e) {
            LOG.log(Level.WARNING, "The search index could not apply the change log; it will retry", e);
        }
    }

    /**
     * An index ahead of the change log would skip the changes that reuse the lost numbers: readiness goes DOWN and
     * the index is rebuilt in the background (searches keep answering meanwhile).
     */
    private void checkNotAhead() {
        long applied = index.live().appliedSeq();
        if (health.recordLogPosition(applied, changeLog.lastSeq()) && health.claimHeal()) {
            LOG.warning(() -> "The search index has applied change " + applied + ", beyond the end of the change log;"
                    + " rebuilding it");
            rebuild.start();
        }
    }

    /** Applies every committed change not yet in the live index; returns how many were applied. */
    int catchUpLive() throws IOException {
        index.writeLock().lock();
        try {
            return catchUp(index.live());
        } finally {
            index.writeLock().unlock();
        }
    }

    /**
     * Applies the change log to a generation from where it stands, in batches, each committed with its number. The
     * last batch is made searchable before it is made durable: readers need not wait for the disk (a commit syncs
     * files), and a crash between the two only means the batch is applied again at the next start.
     */
    int catchUp(IndexGeneration generation) throws IOException {
        int applied = 0;
        boolean visible = true;
        DocumentMapper mapper = index.mapper();
        while (true) {
            List<LibraryChange> changes = changeLog.after(generation.appliedSeq(), BATCH);
            if (changes.isEmpty()) {
                break;
            }
            Set<String> ids = new LinkedHashSet<>();
            changes.forEach(c -> ids.add(c.getItemId()));
            java.util.Map<String, IndexEntry> entries = reader.published(ids);
            java.util.Map<String, float[]> vectors = meanings.of(entries.values());
            for (String id : ids) {
                IndexEntry entry = entries.get(id);
                if (entry != null) {
                    generation.upsert(id, mapper.map(entry, vectors.get(id)));
                } else {
                    generation.delete(id);
                }
            }
            visible = changes.size() < BATCH;
            if (visible) {
                generation.refresh();
            }
            commitDurably(generation, changes.get(changes.size() - 1).getSeq());
            applied += changes.size();
        }
        if (applied > 0 && !visible) {
            generation.refresh();
        }
        return applied;
    }

    /** Commits the generation at a change number only once the database keeps every change up to it for sure. */
    void commitDurably(IndexGeneration generation, long seq) throws IOException {
        durability.forceCommittedToDisk();
        generation.commit(seq);
    }

}

package org.kmbportal.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The one way into the index's life cycle from outside its classes: how the index compares with the database, and a
 * full rebuild with its progress. How the index stays true to the database, in order:
 * <ol>
 * <li><b>Change log.</b> Every change to a published item writes, in its own transaction, a numbered row to the
 * library's change log ({@code library.ChangeLog}) and, after commit, wakes the index.</li>
 * <li><b>Follower.</b> {@link IndexFollower} applies the log in order, in batches, re-reading the items each batch
 * names; {@link IndexTasks} runs it on a wake-up and on a short poll (changes made by other nodes).</li>
 * <li><b>Generation.</b> The live {@link IndexGeneration} (one writer, near-real-time readers) commits each batch
 * together with the last change number applied, only once the database keeps that change for sure; {@link SearchIndex}
 * owns the generations on disk and which one is live.</li>
 * <li><b>Rebuild.</b> {@link IndexRebuild} builds a new generation aside, catches it up with the log and swaps it in,
 * while searches keep answering from the live one.</li>
 * <li><b>Recovery.</b> At start the index resumes from its committed number (nothing missed, nothing applied twice);
 * an index written by an older mapping or Lucene is rebuilt; one ahead of the log, or one that {@link IndexStatusReport}
 * finds disagreeing with the database, is rebuilt once, and {@link IndexHealth} keeps readiness DOWN meanwhile.</li>
 * </ol>
 * Pages, endpoints and tests outside this package use only this class (an architecture test checks it).
 */
@ApplicationScoped
public class IndexConsistency {

    @Inject
    IndexStatusReport report;

    @Inject
    IndexRebuild rebuild;

    /** How the index compares with the database at a settled moment (the index first caught up). */
    public IndexStatus status() {
        return report.report();
    }

    /** {@link #status()}, and a disagreement starts one automatic rebuild in the background. */
    public IndexStatus statusAndHeal() {
        return report.reportAndHeal();
    }

    /** Where the current or last rebuild stands. */
    public RebuildProgress rebuildProgress() {
        return rebuild.progress();
    }

    /** Starts a full rebuild in the background; false if one is already running. */
    public boolean startRebuild() {
        return rebuild.start();
    }

    /** Rebuilds now, in the calling thread, and says how it ended. */
    public RebuildProgress rebuildNow() {
        return rebuild.rebuildNow();
    }
}

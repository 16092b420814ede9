package org.kmbportal.search;

import java.util.List;

/**
 * How the index compares with the database: items published but not indexed (missing), indexed at an older version
 * (stale), indexed but no longer published (orphaned), and how far the index is behind the change log, or ahead of it
 * (the database lost changes the index had applied).
 *
 * @param examples
 *            a few ids of each kind, to look at
 */
public record IndexStatus(long generation, long documents, long published, long appliedSeq, long lastSeq,
        List<String> missing, List<String> stale, List<String> orphaned, long missingCount, long staleCount,
        long orphanedCount) {

    public boolean consistent() {
        return missingCount == 0 && staleCount == 0 && orphanedCount == 0 && !ahead();
    }

    public boolean ahead() {
        return appliedSeq > lastSeq;
    }

    public long lag() {
        return Math.max(0, lastSeq - appliedSeq);
    }
}

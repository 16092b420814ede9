package org.kmbportal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.Bits;
import org.kmbportal.library.ChangeLog;

/**
 * Compares the index with the database, item by item and version by version, at a settled moment: the index is first
 * caught up, and the comparison is taken again if the change log moved while it ran, so a change being applied is
 * never mistaken for a disagreement. Each report is recorded in {@link IndexHealth}, so readiness says what it says.
 */
@ApplicationScoped
class IndexStatusReport {

    private static final Logger LOG = Logger.getLogger(IndexStatusReport.class.getName());
    private static final int EXAMPLES = 10;
    private static final int ATTEMPTS = 3;

    @Inject
    SearchIndex index;

    @Inject
    LibraryReader reader;

    @Inject
    ChangeLog changeLog;

    @Inject
    IndexFollower follower;

    @Inject
    IndexHealth health;

    @Inject
    IndexRebuild rebuild;

    /** The comparison, recorded for readiness; a disagreement starts one automatic rebuild in the background. */
    IndexStatus reportAndHeal() {
        IndexStatus status = report();
        if (!status.consistent() && health.claimHeal()) {
            LOG.warning(
                    () -> "The search index disagrees with the database (" + IndexHealth.describe(status)
                            + "); rebuilding it");
            rebuild.start();
        }
        return status;
    }

    /** The comparison at a settled moment, recorded for readiness. */
    IndexStatus report() {
        IndexStatus status = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                follower.catchUpLive();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            long before = changeLog.lastSeq();
            status = compare(before);
            if (changeLog.lastSeq() == before && status.appliedSeq() >= before) {
                break;
            }
        }
        health.record(status);
        return status;
    }

    private IndexStatus compare(long lastSeq) {
        Map<String, Long> database = reader.publishedVersions();
        IndexGeneration generation = index.live();
        Map<String, Long> indexed = index.withSearcher(searcher -> versions(searcher.getIndexReader().leaves()));
        List<String> missing = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        List<String> orphaned = new ArrayList<>();
        long[] counts = new long[3];
        database.forEach((id, version) -> {
            Long inIndex = indexed.get(id);
            if (inIndex == null) {
                add(missing, id, counts, 0);
            } else if (inIndex.longValue() != version.longValue()) {
                add(stale, id, counts, 1);
            }
        });
        indexed.keySet().stream().filter(id -> !database.containsKey(id)).forEach(id -> add(orphaned, id, counts, 2));
        return new IndexStatus(generation.number, indexed.size(), database.size(), generation.appliedSeq(), lastSeq,
                missing, stale, orphaned, counts[0], counts[1], counts[2]);
    }

    private static void add(List<String> examples, String id, long[] counts, int kind) {
        counts[kind]++;
        if (examples.size() < EXAMPLES) {
            examples.add(id);
        }
    }

    private static Map<String, Long> versions(List<LeafReaderContext> leaves) {
        Map<String, Long> versions = new HashMap<>();
        try {
            for (LeafReaderContext leaf : leaves) {
                LeafReader reader = leaf.reader();
                SortedDocValues ids = reader.getSortedDocValues(Fields.ID);
                NumericDocValues numbers = reader.getNumericDocValues(Fields.VERSION);
                Bits live = reader.getLiveDocs();
                if (ids == null || numbers == null) {
                    continue;
                }
                for (int doc = 0; doc < reader.maxDoc(); doc++) {
                    if ((live == null || live.get(doc)) && ids.advanceExact(doc) && numbers.advanceExact(doc)) {
                        versions.put(ids.lookupOrd(ids.ordValue()).utf8ToString(), numbers.longValue());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return versions;
    }
}

package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kmbportal.content.BatchValidator;
import org.kmbportal.content.ContentBatch;
import org.kmbportal.library.ChangeLog;
import org.kmbportal.library.LibraryChange;
import org.kmbportal.library.Taxonomy;
import org.kmbportal.library.TaxonomyService;
import org.kmbportal.platform.CommitDurability;
import org.kmbportal.platform.StartupStage;

/**
 * The index's side of a crash, without a server: a real index on disk follows a change log played by a small
 * in-memory "database" that can lose what it had not made durable (a crash) or more (a backup restored). The index
 * resumes from its last committed number, never records a number the database could lose, and when it finds itself
 * ahead anyway it heals before it reports ready, so the next change is searchable.
 */
class IndexRecoveryTest {

    private static Taxonomy taxonomy;
    private static List<IndexEntry> shipped;
    /** Whether a start's merge after its build is cut short by a stop (it never ends) instead of done at once. */
    private static boolean mergesCutShort;

    private Path dir;
    private Database db;
    private Node node;

    @BeforeEach
    void setUp() throws IOException {
        if (shipped == null) {
            BatchValidator.Validated library = BatchValidator.validate(
                    ContentBatch.fromFolder(Path.of(System.getProperty("kmb.content.dir", "content"))),
                    Taxonomy.EMPTY, id -> Optional.empty());
            taxonomy = library.taxonomy().orElseThrow();
            shipped = library.resources().stream().map(r -> LibraryReader.entry(r, 1)).toList();
        }
        dir = Files.createTempDirectory("kmb-index-recovery");
        db = new Database(shipped);
        mergesCutShort = false;
    }

    @AfterEach
    void tearDown() throws IOException {
        if (node != null) {
            node.index.close();
        }
        SearchIndex.deleteTree(dir);
    }

    @Test
    void resumesFromItsLastCommittedNumberAfterAKill() throws IOException {
        node = Node.start(dir, db);
        for (int i = 0; i < 5; i++) {
            db.save(shipped.get(i).id(), "Resumed title number " + i);
        }
        node.kill();
        node = Node.start(dir, db);
        assertEquals(db.lastSeq(), node.index.live().appliedSeq());
        assertTrue(node.health.ready(), node.health.status());
        assertEquals(List.of(shipped.get(3).id()), node.ids("\"Resumed title number 3\""));
    }

    /**
     * A stop while a first build's segments merge into one (after ready, in the background) leaves the merge to the
     * next start, which merges once and records it, so the start after that does not merge again.
     */
    @Test
    void aMergeCutShortByAStopIsDoneByTheNextStart() throws IOException {
        mergesCutShort = true;
        node = Node.start(dir, db);
        assertTrue(node.index.live().mergeWanted(), "the build's segments wait to be merged");
        node.kill();
        mergesCutShort = false;
        node = Node.start(dir, db);
        assertFalse(node.index.live().mergeWanted(), "the next start merged them");
        assertEquals(1, (int) node.index.<Integer> withSearcher(s -> s.getIndexReader().leaves().size()));
        node.kill();
        node = Node.start(dir, db);
        assertFalse(node.index.live().mergeWanted(), "the merge was committed, not asked for again");
        assertEquals(shipped.size(), node.index.live().documentCount());
        assertTrue(node.health.ready(), node.health.status());
    }

    @Test
    void aFirstBuildKilledPartWayIsFinishedBeforeTheNextStartReportsReady() throws IOException {
        // Killed after every resource went to the index's writer and before the build's commit.
        db.killWhileBuilding = true;
        Node killed = new Node(dir, db);
        assertThrows(IllegalStateException.class,
                () -> killed.follower.onLibraryReady(new StartupStage.LibraryReady()));
        killed.kill();
        db.killWhileBuilding = false;

        node = Node.start(dir, db);

        assertTrue(node.health.ready(), node.health.status());
        assertTrue(node.report.report().consistent(), node.report.report().toString());
        assertEquals(shipped.size(), node.index.live().documentCount(), "every shipped item, once");
        IndexEntry probe = shipped.get(6);
        assertTrue(node.ids("\"" + probe.title() + "\"").contains(probe.id()), probe.title() + " is searchable");
    }

    @Test
    void neverRecordsAChangeNumberTheDatabaseCouldLose() throws IOException {
        Random random = new Random(17);
        node = Node.start(dir, db);
        for (int round = 0; round < 30; round++) {
            int saves = 1 + random.nextInt(4);
            for (int i = 0; i < saves; i++) {
                db.save(shipped.get(random.nextInt(shipped.size())).id(), "Round " + round + " save " + i);
            }
            if (random.nextBoolean()) {
                node.follower.catchUpLive();
            }
            assertTrue(committedSeq() <= db.durableSeq, "the index committed " + committedSeq()
                    + " while the database had made only " + db.durableSeq + " durable");
            if (random.nextInt(5) == 0) {
                node.kill();
                db.crash();
                node = Node.start(dir, db);
                assertEquals(db.lastSeq(), node.index.live().appliedSeq());
                assertTrue(node.health.ready(), node.health.status());
            }
        }
    }

    @Test
    void anIndexAheadOfTheDatabaseIsRebuiltBeforeItReportsReady() throws IOException {
        node = Node.start(dir, db);
        long before = db.lastSeq();
        db.save(shipped.get(0).id(), "Lost when the backup was restored");
        db.save(shipped.get(1).id(), "Also lost when the backup was restored");
        node.follower.catchUpLive();
        node.kill();
        db.restoreTo(before);

        node = Node.start(dir, db);

        assertEquals(before, node.index.live().appliedSeq(), "the index starts again from the database's last change");
        assertTrue(node.health.ready(), node.health.status());
        assertTrue(node.ids("\"Lost when the backup was restored\"").isEmpty());
        db.save(shipped.get(2).id(), "Saved after the restore with a reused number");
        node.follower.catchUpLive();
        assertEquals(List.of(shipped.get(2).id()), node.ids("\"Saved after the restore with a reused number\""));
    }

    @Test
    void readinessIsDownWhileTheIndexIsAheadAndUpOnceItHealed() throws IOException {
        node = Node.start(dir, db);
        long before = db.lastSeq();
        db.save(shipped.get(0).id(), "Applied then lost");
        node.follower.catchUpLive();
        db.restoreTo(before);
        node.healInBackground = false;

        node.follower.pollQuietly();

        assertFalse(node.health.ready(), "ready while the index is ahead of the database");
        assertTrue(node.health.status().contains("but the change log ends at " + before), node.health.status());
        assertFalse(node.report.report().consistent(), "the status report agrees with readiness");

        node.rebuild.runStarted();

        assertTrue(node.health.ready(), node.health.status());
        assertTrue(node.report.report().consistent());
        db.save(shipped.get(3).id(), "Searchable after healing");
        node.follower.pollQuietly();
        assertEquals(List.of(shipped.get(3).id()), node.ids("\"Searchable after healing\""));
    }

    @Test
    void anItemTheIndexGotWrongIsHealedAtStart() throws IOException {
        node = Node.start(dir, db);
        node.kill();
        // A change the log does not know about: only a comparison with the database can find it.
        db.changeSilently(shipped.get(4).id(), "Changed behind the change log's back");

        node = Node.start(dir, db);

        assertTrue(node.health.ready(), node.health.status());
        assertEquals(List.of(shipped.get(4).id()), node.ids("\"Changed behind the change log's back\""));
    }

    @Test
    void aRebuildEncodesNothingWhenNothingChangedAndANewRevisionIsEncodedOnce() throws IOException {
        assertTrue(SentenceEncoder.available(), "the sentence-embedding model loads in the tests' JVM");
        node = Node.start(dir, db);
        assertEquals(shipped.size(), node.meanings.encodedCount(), "the first build encodes each resource once");
        assertEquals(shipped.size(), db.vectors.size(), "and keeps each vector in the database");
        String question = "does mentoring reduce depression and anxiety";
        List<String> found = node.ids(question);

        node.rebuild.rebuildNow();
        assertEquals(shipped.size(), node.meanings.encodedCount(), "a rebuild of an unchanged library encodes nothing");
        assertEquals(found, node.ids(question), "and ranks by meaning as before");

        node.kill();
        SearchIndex.deleteTree(dir);
        Files.createDirectories(dir);
        node = Node.start(dir, db);
        assertEquals(0, node.meanings.encodedCount(), "a new node building its index from scratch encodes nothing");
        assertEquals(found, node.ids(question));

        IndexEntry before = shipped.get(5);
        db.save(before.id(), "Mentoring programs for young people leaving foster care");
        node.follower.catchUpLive();
        assertEquals(1, node.meanings.encodedCount(), "the new revision is encoded when it is indexed");
        float[] stored = db.vectors.get(before.id() + "@" + (before.version() + 1));
        assertTrue(stored != null, "and kept under its revision: " + db.vectors.keySet().stream()
                .filter(k -> k.startsWith(before.id() + "@")).toList());
        assertFalse(db.vectors.containsKey(before.id() + "@" + before.version()),
                "in place of the old revision's vector");

        node.rebuild.rebuildNow();
        assertEquals(1, node.meanings.encodedCount(), "and never again");
        assertEquals(shipped.size(), db.vectors.size());
    }

    private long committedSeq() throws IOException {
        try (org.apache.lucene.store.Directory d = org.apache.lucene.store.FSDirectory
                .open(dir.resolve("g-" + node.index.live().number))) {
            return Long.parseLong(org.apache.lucene.index.SegmentInfos.readLatestCommit(d).getUserData()
                    .get(IndexGeneration.LAST_SEQ));
        }
    }

    /** The components of one portal's index, wired by hand, started as the portal starts them. */
    private static final class Node {
        final SearchIndex index;
        final IndexFollower follower = new IndexFollower();
        final IndexRebuild rebuild = new IndexRebuild();
        final IndexStatusReport report = new IndexStatusReport();
        final IndexHealth health = new IndexHealth();
        final SearchService search = new SearchService();
        final MeaningVectors meanings = new MeaningVectors();
        boolean healInBackground = true;

        private Node(Path dir, Database db) {
            index = new SearchIndex() {
                @Override
                Path indexRoot() {
                    return dir;
                }
            };
            index.taxonomies = new TaxonomyService() {
                @Override
                public Taxonomy current() {
                    return taxonomy;
                }
            };
            ChangeLog changeLog = db.changeLog();
            LibraryReader reader = db.reader();
            follower.index = index;
            follower.changeLog = changeLog;
            follower.reader = reader;
            follower.rebuild = rebuild;
            follower.report = report;
            follower.health = health;
            follower.durability = db.durability();
            meanings.store = db.store();
            follower.meanings = meanings;
            rebuild.meanings = meanings;
            follower.tasks = new IndexTasks() {
                @Override
                public void rebuildInBackground() {
                    if (healInBackground) {
                        rebuild.runStarted();
                    }
                }

                @Override
                public void mergeSoon() {
                    // at once, so that each crash here also meets an index merged after its build
                    if (!mergesCutShort) {
                        Node.this.follower.mergeLiveToOne();
                    }
                }
            };
            rebuild.index = index;
            rebuild.changeLog = changeLog;
            rebuild.reader = reader;
            rebuild.follower = follower;
            rebuild.tasks = follower.tasks;
            rebuild.report = report;
            report.index = index;
            report.reader = reader;
            report.changeLog = changeLog;
            report.follower = follower;
            report.health = health;
            report.rebuild = rebuild;
            health.index = index;
            search.index = index;
        }

        static Node start(Path dir, Database db) throws IOException {
            Node node = new Node(dir, db);
            node.follower.onLibraryReady(new StartupStage.LibraryReady());
            return node;
        }

        /** Stops without committing anything more, as a kill does (the writer is rolled back, not closed). */
        void kill() throws IOException {
            index.close();
        }

        List<String> ids(String query) {
            return search.search(SearchRequest.simple(query, "en")).hits().stream().map(SearchResult.Hit::id)
                    .toList();
        }
    }

    /**
     * A library with a change log, numbered without gaps. What was made durable survives {@link #crash()}; a restored
     * backup ({@link #restoreTo}) loses more.
     */
    private static final class Database {
        private final TreeMap<Long, Map<String, IndexEntry>> states = new TreeMap<>();
        private final List<LibraryChange> log = new ArrayList<>();
        /** The stored sentence embeddings, by "id@version" (one model only); they survive crashes and restores. */
        final Map<String, float[]> vectors = new java.util.concurrent.ConcurrentHashMap<>();
        private Map<String, IndexEntry> current;
        long durableSeq;
        /** The process dies while the index is built (when the build asks for the collections). */
        boolean killWhileBuilding;

        Database(List<IndexEntry> library) {
            current = new TreeMap<>();
            library.forEach(e -> current.put(e.id(), e));
            states.put(0L, Map.copyOf(current));
        }

        void save(String id, String title) {
            IndexEntry old = current.get(id);
            current = new TreeMap<>(current);
            current.put(id, withTitle(old, title, old.version() + 1));
            long seq = log.size() + 1L;
            log.add(new LibraryChange(seq, id, LibraryChange.Kind.SAVED));
            states.put(seq, Map.copyOf(current));
        }

        void changeSilently(String id, String title) {
            IndexEntry old = current.get(id);
            current = new TreeMap<>(current);
            current.put(id, withTitle(old, title, old.version() + 1));
            states.put(lastSeq(), Map.copyOf(current));
        }

        /** Loses every change not yet made durable. */
        void crash() {
            restoreTo(durableSeq);
        }

        void restoreTo(long seq) {
            while (log.size() > seq) {
                states.remove((long) log.size());
                log.remove(log.size() - 1);
            }
            current = new TreeMap<>(states.get(seq));
            durableSeq = Math.min(durableSeq, seq);
        }

        long lastSeq() {
            return log.size();
        }

        ChangeLog changeLog() {
            return new ChangeLog() {
                @Override
                public List<LibraryChange> after(long seq, int max) {
                    return log.stream().filter(c -> c.getSeq() > seq).limit(max).toList();
                }

                @Override
                public long lastSeq() {
                    return Database.this.lastSeq();
                }
            };
        }

        LibraryReader reader() {
            return new LibraryReader() {
                @Override
                public Map<String, IndexEntry> published(Collection<String> ids) {
                    Map<String, IndexEntry> found = new TreeMap<>();
                    ids.stream().filter(current::containsKey).forEach(id -> found.put(id, current.get(id)));
                    return found;
                }

                @Override
                public List<IndexEntry> resourcesAfter(long lastId, int max, long[] lastSeen) {
                    List<IndexEntry> all = List.copyOf(current.values());
                    List<IndexEntry> batch = all.subList((int) Math.min(lastId, all.size()),
                            (int) Math.min(lastId + max, all.size()));
                    lastSeen[0] = lastId + batch.size();
                    return batch;
                }

                @Override
                public List<IndexEntry> collectionsAfter(long lastId, int max, long[] lastSeen) {
                    if (killWhileBuilding) {
                        throw new IllegalStateException("killed while the index was built");
                    }
                    return List.of();
                }

                @Override
                public long countPublished() {
                    return current.size();
                }

                @Override
                public Map<String, Long> publishedVersions() {
                    Map<String, Long> versions = new TreeMap<>();
                    current.forEach((id, e) -> versions.put(id, e.version()));
                    return versions;
                }
            };
        }

        MeaningStore store() {
            return new MeaningStore() {
                @Override
                public List<MeaningVector> find(Collection<String> itemIds, String model) {
                    List<MeaningVector> found = new ArrayList<>();
                    vectors.forEach((key, vector) -> {
                        String id = key.substring(0, key.lastIndexOf('@'));
                        if (itemIds.contains(id)) {
                            found.add(new MeaningVector(id, Long.parseLong(key.substring(key.lastIndexOf('@') + 1)),
                                    model, vector));
                        }
                    });
                    return found;
                }

                @Override
                public void keep(Map<String, Map.Entry<Long, float[]>> fresh, String model) {
                    fresh.forEach((id, revision) -> {
                        vectors.keySet().removeIf(key -> key.startsWith(id + "@"));
                        vectors.put(id + "@" + revision.getKey(), revision.getValue());
                    });
                }
            };
        }

        CommitDurability durability() {
            return new CommitDurability() {
                @Override
                public void forceCommittedToDisk() {
                    durableSeq = lastSeq();
                }
            };
        }

        private static IndexEntry withTitle(IndexEntry e, String title, long version) {
            return new IndexEntry(e.id(), e.type(), version, title, e.language(), e.translationOf(), e.year(),
                    e.published(), e.authors(), e.citation(), e.design(), e.evidenceSample(), e.terms(),
                    e.conditions(), e.cautions(), e.notes(), e.body());
        }
    }
}

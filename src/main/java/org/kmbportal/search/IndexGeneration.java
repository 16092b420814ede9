package org.kmbportal.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;

/**
 * One generation of the index on disk ({@code index/g-<n>}): a single writer, near-real-time searchers, and the last
 * change-log number applied. Each commit stores that number in the commit's user data, so after a crash the index
 * knows exactly where to resume: changes are upserts by id, so resuming never doubles anything.
 */
final class IndexGeneration implements Closeable {

    static final String LAST_SEQ = "last_seq";
    static final String MAPPING = "mapping";
    /**
     * Present in a commit's user data (value {@link #WANTED}) from a full build's end until the build's segments are
     * merged into one: a stop or kill before the merge ends leaves it there, and the next start merges.
     */
    static final String MERGE = "merge";
    private static final String WANTED = "wanted";

    final long number;
    final Path path;
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private volatile long appliedSeq;
    private final String mapping;
    private volatile boolean mergeWanted;

    private IndexGeneration(long number, Path path, FSDirectory directory, IndexWriter writer,
            SearcherManager searchers, long appliedSeq, String mapping, boolean mergeWanted) {
        this.number = number;
        this.path = path;
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
        this.appliedSeq = appliedSeq;
        this.mapping = mapping;
        this.mergeWanted = mergeWanted;
    }

    /** The document mapping version the generation was built with (empty for an index older than versioning). */
    String mapping() {
        return mapping;
    }

    /** Opens the generation at this path, creating an empty one if there is none. */
    static IndexGeneration open(long number, Path path, Analyzer analyzer, FacetsConfig facets) throws IOException {
        FSDirectory directory = FSDirectory.open(path);
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64).setCommitOnClose(false);
        IndexWriter writer;
        try {
            writer = new IndexWriter(directory, config);
        } catch (IOException | RuntimeException unreadable) {
            directory.close();
            throw unreadable;
        }
        long seq = 0;
        String mapping = DocumentMapper.VERSION;
        boolean mergeWanted = false;
        if (DirectoryReader.indexExists(directory)) {
            Map<String, String> data = writer.getLiveCommitData() == null ? Map.of() : liveData(writer);
            seq = data.containsKey(LAST_SEQ) ? Long.parseLong(data.get(LAST_SEQ)) : 0;
            mapping = data.getOrDefault(MAPPING, "");
            mergeWanted = WANTED.equals(data.get(MERGE));
        } else {
            writer.setLiveCommitData(Map.of(LAST_SEQ, "0", MAPPING, mapping).entrySet());
            writer.commit();
        }
        SearcherManager searchers = new SearcherManager(writer, FacetSearcher.factory(facets));
        return new IndexGeneration(number, path, directory, writer, searchers, seq, mapping, mergeWanted);
    }

    private static Map<String, String> liveData(IndexWriter writer) {
        Map<String, String> data = new java.util.HashMap<>();
        writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
        return data;
    }

    /** The last change-log number applied (and, after {@link #commit}, durable). */
    long appliedSeq() {
        return appliedSeq;
    }

    void upsert(String id, org.apache.lucene.document.Document document) throws IOException {
        writer.updateDocument(new Term(Fields.ID, id), document);
    }

    void add(Collection<org.apache.lucene.document.Document> documents) throws IOException {
        writer.addDocuments(documents);
    }

    /**
     * Writes one buffer of added documents to a new segment in the calling thread (several threads write several at
     * once); false when there was none left to write.
     */
    boolean flushNextBuffer() throws IOException {
        return writer.flushNextBuffer();
    }

    /**
     * Merges every segment into one, waiting for it (searches and changes go on meanwhile): the end of a full build,
     * whose threads leave several large segments. A search then looks each word up once and walks one graph of meaning
     * instead of one per segment (bench/README.md, stop 53: about 0.86 of the CPU per search at 50,000 resources). The
     * documents, their order and, with none deleted, their words' statistics are unchanged, so answers are too. A
     * close meanwhile (a kill, a stop, the next rebuild's swap) rolls the writer back, which abandons the merge.
     */
    void mergeToOne() throws IOException {
        writer.forceMerge(1);
        mergeWanted = false;
    }

    /** Records, from the next commit on, that this generation's segments are to be merged into one. */
    void wantMerge() {
        mergeWanted = true;
    }

    /** Whether a full build's segments wait to be merged into one (this run or one stopped before the merge ended). */
    boolean mergeWanted() {
        return mergeWanted;
    }

    void delete(String id) throws IOException {
        writer.deleteDocuments(new Term(Fields.ID, id));
    }

    /** Makes everything applied so far durable together with the change-log number it reached. */
    void commit(long seq) throws IOException {
        Map<String, String> data = mergeWanted
                ? Map.of(LAST_SEQ, Long.toString(seq), MAPPING, mapping, MERGE, WANTED)
                : Map.of(LAST_SEQ, Long.toString(seq), MAPPING, mapping);
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
        appliedSeq = seq;
    }

    /** Makes recent changes visible to new searches (waits if another refresh is running). */
    void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    FacetSearcher acquire() throws IOException {
        return (FacetSearcher) searchers.acquire();
    }

    void release(FacetSearcher searcher) throws IOException {
        searchers.release(searcher);
    }

    int documentCount() {
        return writer.getDocStats().numDocs;
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
        } finally {
            try {
                writer.rollback();
            } finally {
                directory.close();
            }
        }
    }
}

package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kmbportal.content.BatchValidator;
import org.kmbportal.content.ContentBatch;
import org.kmbportal.library.ChangeLog;
import org.kmbportal.library.LibraryChange;
import org.kmbportal.library.ResourceContent;
import org.kmbportal.library.Taxonomy;
import org.kmbportal.platform.CommitDurability;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;

/**
 * A full rebuild ends with one segment (merged once it is searchable, {@link IndexFollower#mergeLiveToOne}), so that a search looks each word up once and walks one graph of meaning; and a
 * reader gets the very same answers as from the several segments the rebuild's threads wrote: on the shipped library,
 * rebuilt both ways, for generated questions in both languages (the library's title words, odd library words,
 * capitals), with and without a filter, first and second pages, every result's id, order, score, snippet, the totals,
 * strong counts, suggestions and facet counts equal.
 */
class OneSegmentAfterRebuildTest {

    private static Taxonomy taxonomy;
    private static List<IndexEntry> shipped;
    private static List<ResourceContent> resources;
    /** The stored vectors, shared by both rebuilds (the model encodes each resource once). */
    private static final Map<String, float[]> vectors = new ConcurrentHashMap<>();
    private static Rebuilt several;
    private static Rebuilt one;

    @BeforeAll
    static void rebuildBothWays() throws IOException {
        BatchValidator.Validated library = BatchValidator.validate(
                ContentBatch.fromFolder(Path.of(System.getProperty("kmb.content.dir", "content"))), Taxonomy.EMPTY,
                id -> Optional.empty());
        taxonomy = library.taxonomy().orElseThrow();
        resources = library.resources();
        shipped = resources.stream().map(r -> LibraryReader.entry(r, 1)).toList();
        several = Rebuilt.of(false);
        one = Rebuilt.of(true);
    }

    @AfterAll
    static void close() throws IOException {
        for (Rebuilt rebuilt : new Rebuilt[]{several, one}) {
            if (rebuilt != null) {
                rebuilt.index.close();
                SearchIndex.deleteTree(rebuilt.dir);
            }
        }
    }

    @Test
    void aFullRebuildLeavesOneSegment() {
        assertTrue(several.segments() > 1, "the rebuild's batches were written as segments of their own: "
                + several.segments());
        assertEquals(1, one.segments(), "a full rebuild ends with its segments merged into one");
        assertEquals(shipped.size(), one.index.live().documentCount());
    }

    /**
     * The merge is made durable with the change number the build reached: the portal started again on the same folder
     * opens one segment holding every resource, not the several the build wrote (a merge left uncommitted would be
     * undone by every restart).
     */
    @Test
    void theMergeIsKeptAcrossARestart() throws IOException {
        Rebuilt merged = Rebuilt.of(true);
        long seq = merged.index.live().appliedSeq();
        merged.index.close();
        SearchIndex reopened = SearchFixture.openIndex(taxonomy, merged.dir);
        try {
            assertEquals(1,
                    (int) reopened.<Integer> withSearcher(searcher -> searcher.getIndexReader().leaves().size()),
                    "one segment after the restart");
            assertEquals(shipped.size(), reopened.live().documentCount());
            assertEquals(seq, reopened.live().appliedSeq(), "at the same change number");
        } finally {
            reopened.close();
            SearchIndex.deleteTree(merged.dir);
        }
    }

    @Test
    void theSameAnswersFromOneSegmentAsFromSeveral() {
        List<String> titleWords = new ArrayList<>();
        for (ResourceContent resource : resources) {
            for (String word : resource.title().split("[\\s,:;.?!()«»\"]+")) {
                if (word.length() > 1) {
                    titleWords.add(word);
                }
            }
        }
        Random random = new Random(Gen.seed() * 37 + 53);
        Gen<String> odd = GeneratedText.libraryWords(80);
        List<String> topics = taxonomy.vocabulary("topics").orElseThrow().terms().stream().map(t -> t.key())
                .toList();
        int found = 0;
        for (int i = 0; i < 150; i++) {
            String question;
            if (random.nextInt(4) == 0) {
                question = odd.next(random);
            } else {
                List<String> picked = new ArrayList<>();
                for (int w = 0, n = 1 + random.nextInt(4); w < n; w++) {
                    String word = titleWords.get(random.nextInt(titleWords.size()));
                    picked.add(random.nextInt(5) == 0 ? word.toUpperCase(java.util.Locale.ROOT) : word);
                }
                question = String.join(" ", picked);
            }
            Map<String, List<String>> filters = random.nextInt(3) == 0
                    ? Map.of("topic", List.of(topics.get(random.nextInt(topics.size()))))
                    : Map.of();
            SearchRequest request = new SearchRequest(question, filters, null, null, SearchRequest.Order.RELEVANCE,
                    1 + random.nextInt(2), 10, random.nextBoolean() ? "en" : "fr", false);
            String what = "\"" + question + "\" " + filters + " page " + request.page() + " ("
                    + request.readerLanguage() + ")";
            SearchResult expected = answer(several, request);
            SearchResult actual = answer(one, request);
            assertEquals(expected, actual, what);
            found += expected != null && !expected.hits().isEmpty() ? 1 : 0;
        }
        assertTrue(found > 60, "most questions list hits: " + found);
    }

    /** The answer, or null for a question the search refuses (the same on both). */
    private static SearchResult answer(Rebuilt rebuilt, SearchRequest request) {
        try {
            return rebuilt.search.search(request);
        } catch (BadQueryException e) {
            return null;
        }
    }

    /** The shipped library, rebuilt by {@link IndexRebuild#buildInto} into a generation made the live one. */
    private record Rebuilt(Path dir, SearchIndex index, SearchService search) {

        int segments() {
            return index.withSearcher(searcher -> searcher.getIndexReader().leaves().size());
        }

        static Rebuilt of(boolean merged) throws IOException {
            Path dir = Files.createTempDirectory("kmb-index-one-segment");
            SearchIndex index = SearchFixture.openIndex(taxonomy, dir);
            IndexGeneration next = index.createNext();
            IndexRebuild rebuild = new IndexRebuild();
            rebuild.index = index;
            rebuild.reader = new Batches(next);
            rebuild.changeLog = new ChangeLog() {
                @Override
                public List<LibraryChange> after(long seq, int max) {
                    return List.of();
                }

                @Override
                public long lastSeq() {
                    return 0;
                }
            };
            rebuild.meanings = new MeaningVectors();
            rebuild.meanings.store = new MeaningStore() {
                @Override
                public List<MeaningVector> find(Collection<String> itemIds, String model) {
                    List<MeaningVector> found = new ArrayList<>();
                    itemIds.stream().filter(vectors::containsKey)
                            .forEach(id -> found.add(new MeaningVector(id, 1, model, vectors.get(id))));
                    return found;
                }

                @Override
                public void keep(Map<String, Map.Entry<Long, float[]>> fresh, String model) {
                    fresh.forEach((id, revision) -> vectors.put(id, revision.getValue()));
                }
            };
            rebuild.follower = new IndexFollower();
            rebuild.follower.index = index;
            rebuild.follower.durability = new CommitDurability() {
                @Override
                public void forceCommittedToDisk() {
                    // nothing to make durable: the library is in memory
                }
            };
            rebuild.buildInto(next);
            index.writeLock().lock();
            try {
                index.swap(next);
            } finally {
                index.writeLock().unlock();
            }
            if (merged) {
                rebuild.follower.mergeLiveToOne();
            }
            SearchService search = new SearchService();
            search.index = index;
            return new Rebuilt(dir, index, search);
        }
    }

    /**
     * The shipped library read 20 resources at a time; each batch is written as a segment of its own once indexed, as
     * a large library's batches fill the writer's buffers, whatever the number of threads.
     */
    private static final class Batches extends LibraryReader {
        private final IndexGeneration generation;

        Batches(IndexGeneration generation) {
            this.generation = generation;
        }

        @Override
        public List<IndexEntry> resourcesAfter(long lastId, int max, long[] lastSeen) {
            int from = (int) Math.min(lastId, shipped.size());
            List<IndexEntry> batch = shipped.subList(from, Math.min(from + Math.min(max, 20), shipped.size()));
            try {
                long deadline = System.nanoTime() + 60_000_000_000L;
                while (generation.documentCount() < from && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
                while (generation.flushNextBuffer()) {
                    // the batches indexed so far become segments
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            lastSeen[0] = from + batch.size();
            return batch;
        }

        @Override
        public List<IndexEntry> collectionsAfter(long lastId, int max, long[] lastSeen) {
            return List.of();
        }

        @Override
        public Map<String, IndexEntry> published(Collection<String> ids) {
            Map<String, IndexEntry> found = new TreeMap<>();
            shipped.stream().filter(e -> ids.contains(e.id())).forEach(e -> found.put(e.id(), e));
            return found;
        }

        @Override
        public long countPublished() {
            return shipped.size();
        }
    }
}

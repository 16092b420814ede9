package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.kmbportal.library.Effort;
import org.kmbportal.library.LibraryService;
import org.kmbportal.library.PublicationStatus;
import org.kmbportal.library.ResourceContent;
import org.kmbportal.library.PracticeGuideContent;
import org.kmbportal.library.ResourceHeader;

/**
 * Search inside the real server ({@code InServerIT}): it follows the library's changes and rebuilds while answering.
 */
public class SearchInServer {

    private final LibraryService library;
    private final SearchService search;
    private final IndexConsistency index;
    private final MeaningVectors meanings;
    private final MeaningStore meaningStore;
    private final LibraryReader reader;

    /** The services of the server it runs in. */
    public SearchInServer(LibraryService library, SearchService search, IndexConsistency index,
            MeaningVectors meanings, MeaningStore meaningStore, LibraryReader reader) {
        this.library = library;
        this.search = search;
        this.index = index;
        this.meanings = meanings;
        this.meaningStore = meaningStore;
        this.reader = reader;
    }

    public void eachRevisionsEmbeddingIsKeptInTheDatabaseSoARebuildEncodesNothing() {
        Map<String, Long> versions = reader.publishedVersions();
        long kept = meaningStore.find(versions.keySet(), SentenceEncoder.MODEL_ID).stream()
                .filter(v -> versions.get(v.itemId) == v.itemVersion).count();
        assertEquals(versions.size(), kept, "one stored vector for each published item's current revision");
        long encoded = meanings.encodedCount();
        assertEquals("done", index.rebuildNow().state());
        assertEquals(encoded, meanings.encodedCount(), "the rebuild read every vector from the database");
    }

    public void aPublishedChangeReachesSearchAndAnUnpublishedOneLeavesIt() throws InterruptedException {
        assertEquals(0, hits("quuxified"));
        library.save(guide("search-it-probe", "Probe guide", PublicationStatus.PUBLISHED));
        Duration published = waitUntil(() -> hits("quuxified") == 1);
        System.out.println("Published to searchable: " + published.toMillis() + " ms");

        library.save(guide("search-it-probe", "Probe guide, renamed", PublicationStatus.PUBLISHED));
        waitUntil(() -> search.search(SearchRequest.simple("quuxified", "en")).hits().get(0).title()
                .equals("Probe guide, renamed"));

        library.save(guide("search-it-probe", "Probe guide, renamed", PublicationStatus.ARCHIVED));
        waitUntil(() -> hits("quuxified") == 0);
        waitUntil(() -> index.status().consistent());

        library.save(guide("search-it-draft", "A draft", PublicationStatus.DRAFT));
        // Not a pause: the index has applied every change the library logged, the draft's included, and is consistent.
        waitUntil(() -> {
            IndexStatus now = index.status();
            return now.appliedSeq() == now.lastSeq() && now.consistent();
        });
        assertEquals(0, hits("quuxified"), "drafts are never searchable");
    }

    public void aFullRebuildRunsWhileSearchKeepsAnswering() throws InterruptedException {
        IndexStatus before = index.status();
        assertTrue(before.consistent(), before.toString());
        long expected = hits("mentoring");
        assertTrue(index.startRebuild(), "a rebuild starts");
        int searches = 0;
        while (index.rebuildProgress().running()) {
            assertEquals(expected, hits("mentoring"), "search answers from the live index during the rebuild");
            searches++;
        }
        assertEquals("done", index.rebuildProgress().state(), index.rebuildProgress().message());
        assertEquals(100, index.rebuildProgress().percent());
        IndexStatus after = index.status();
        assertEquals(before.generation() + 1, after.generation());
        assertTrue(after.consistent(), after.toString());
        assertEquals(expected, hits("mentoring"));
        System.out.println("Searches answered during the rebuild: " + searches);
    }

    private static ResourceContent guide(String id, String title, PublicationStatus status) {
        ResourceHeader header = ResourceHeader.builder(id).title(title).language("en")
                .published(LocalDate.of(2026, 1, 5)).status(status)
                .terms(Map.of("topics", List.of("match-support"))).build();
        return new PracticeGuideContent(header, "A guide about the quuxified check-in.", "Steps.", Effort.LOW,
                List.of());
    }

    private long hits(String query) {
        return search.search(SearchRequest.simple(query, "en")).total();
    }

    private Duration waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        Instant start = Instant.now();
        while (!condition.getAsBoolean()) {
            // Far above the second a reader waits (the benchmark measures that): a loaded test machine runs two
            // portals and browsers beside this one.
            assertTrue(Duration.between(start, Instant.now()).toSeconds() < 30, () -> "the index never caught up: "
                    + index.status());
            Thread.sleep(20);
        }
        return Duration.between(start, Instant.now());
    }
}

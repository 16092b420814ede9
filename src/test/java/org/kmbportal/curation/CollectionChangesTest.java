package org.kmbportal.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What a follower is told changed since their last visit. */
class CollectionChangesTest {

    private static final CollectionEntry A = CollectionEntry.resource("a", "first");
    private static final CollectionEntry B = CollectionEntry.resource("b", "second");
    private static final CollectionEntry C = CollectionEntry.link("https://example.org/c", "C", "third");
    private static final CollectionEntry D = CollectionEntry.link("https://example.org/d", "D", "");

    @Test
    void nothingChangedIsEmpty() {
        assertTrue(CollectionChanges.between(OffsetDateTime.now(), List.of(A, B, C), List.of(A, B, C)).isEmpty());
    }

    @Test
    void tellsAddedRemovedAnnotatedAndMovedItems() {
        CollectionEntry bRenoted = CollectionEntry.resource("b", "a better reason");
        CollectionChanges changes = CollectionChanges.between(OffsetDateTime.now(), List.of(A, B, C),
                List.of(C, A, bRenoted, D));
        assertEquals(List.of(D), changes.added());
        assertEquals(List.of(), changes.removed());
        assertEquals(List.of(bRenoted), changes.noteChanged());
        assertEquals(List.of(C), changes.moved(), "only the item that moved, not the ones it passed");
        assertEquals(3, changes.count());
        assertEquals("added", changes.markers().get("url:https://example.org/d"));
        assertEquals("note", changes.markers().get("resource:b"));
        assertEquals("moved", changes.markers().get("url:https://example.org/c"));
    }

    @Test
    void removingAnItemDoesNotMoveTheOthers() {
        CollectionChanges changes = CollectionChanges.between(OffsetDateTime.now(), List.of(A, B, C),
                List.of(A, C));
        assertEquals(List.of(B), changes.removed());
        assertEquals(List.of(), changes.moved());
    }
}

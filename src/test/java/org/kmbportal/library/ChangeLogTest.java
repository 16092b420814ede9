package org.kmbportal.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.junit.jupiter.api.Test;

/**
 * The change log records a change of any kind of item in one call: it takes the lock itself, numbers the rows without
 * gaps, and wakes the index once per transaction with every item changed (the event is observed after commit, so a
 * collection made public is applied at once, not at the next poll of the change log).
 */
class ChangeLogTest {

    /** One transaction's resources, the rows persisted, the counter locks taken and the wake-ups fired. */
    final Map<Object, Object> transactionResources = new HashMap<>();
    final List<LibraryChange> rows = new ArrayList<>();
    final List<ItemsChanged> wakes = new ArrayList<>();
    final ChangeCounter counter = new ChangeCounter();
    int locks;

    @SuppressWarnings("unchecked")
    ChangeLog changeLog() {
        ChangeLog log = new ChangeLog();
        log.em = (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{EntityManager.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "find" -> {
                        assertEquals(LockModeType.PESSIMISTIC_WRITE, args[2], "the counter is locked for writing");
                        locks++;
                        yield counter;
                    }
                    case "contains" -> args[0] == counter;
                    case "persist" -> {
                        rows.add((LibraryChange) args[0]);
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        log.changed = (Event<ItemsChanged>) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{Event.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("fire")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    wakes.add((ItemsChanged) args[0]);
                    return null;
                });
        log.transaction = (TransactionSynchronizationRegistry) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{TransactionSynchronizationRegistry.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getResource" -> transactionResources.get(args[0]);
                    case "putResource" -> transactionResources.put(args[0], args[1]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return log;
    }

    @Test
    void aCollectionChangeTakesTheLockItselfAndWakesTheIndexAfterCommit() {
        ChangeLog log = changeLog();
        log.record("starting-out", LibraryChange.Kind.SAVED);
        assertEquals(1, locks, "recording took the change lock");
        assertEquals(1, rows.size());
        assertEquals("starting-out", rows.get(0).getItemId());
        assertEquals(1L, rows.get(0).getSeq());
        assertEquals(List.of(new ItemsChanged(List.of("starting-out"))), wakes,
                "one wake for the transaction, observed by the index after it commits");
    }

    @Test
    void oneTransactionOfResourcesAndCollectionsIsNumberedInOrderAndWakesTheIndexOnceNamingEveryItem() {
        ChangeLog log = changeLog();
        log.lock();
        log.record("grossman-2002-test-of-time", LibraryChange.Kind.SAVED);
        log.record("starting-out", LibraryChange.Kind.SAVED);
        log.record("old-collection", LibraryChange.Kind.DELETED);
        assertEquals(1, locks, "the lock is taken once per transaction");
        assertEquals(List.of(1L, 2L, 3L), rows.stream().map(LibraryChange::getSeq).toList());
        assertEquals(LibraryChange.Kind.DELETED, rows.get(2).getKind());
        assertEquals(1, wakes.size(), "one wake per transaction");
        assertEquals(List.of("grossman-2002-test-of-time", "starting-out", "old-collection"),
                wakes.get(0).itemIds(), "the wake names every item, as the index sees it after the commit");
    }

    @Test
    void theNextTransactionLocksAgainAndWakesTheIndexAgain() {
        ChangeLog log = changeLog();
        log.record("starting-out", LibraryChange.Kind.SAVED);
        transactionResources.clear();
        log.record("starting-out", LibraryChange.Kind.SAVED);
        assertEquals(2, locks);
        assertEquals(List.of(1L, 2L), rows.stream().map(LibraryChange::getSeq).toList());
        assertEquals(2, wakes.size());
        assertTrue(wakes.stream().allMatch(w -> w.itemIds().equals(List.of("starting-out"))));
    }
}

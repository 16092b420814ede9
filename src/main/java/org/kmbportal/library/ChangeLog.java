package org.kmbportal.library;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

/**
 * The change log (outbox) of every item the search index follows: resources and collections. One call,
 * {@link #record}, records a change of any kind of item: it takes the change lock for the current transaction if not
 * already held, writes the numbered row in the same transaction as the change, and wakes the index once the
 * transaction commits ({@link ItemsChanged}, observed after success), so a change is applied at once rather than at
 * the next poll.
 *
 * <p>
 * The lock is the counter row, kept until commit, so sequence numbers are handed out in commit order with no gaps (a
 * rollback returns its numbers). Readers that have seen number N have therefore seen every change up to N. Writers
 * serialize on the counter: changes are rare, and a bulk import is one transaction. A service that must read under
 * the lock (a version check) calls {@link #lock()} first; recording takes the same lock again at no cost.
 */
@ApplicationScoped
public class ChangeLog {

    /** The lock held and the items changed by the current transaction (kept in the transaction's resources). */
    static final class Pending {
        ChangeCounter counter;
        final List<String> itemIds = new ArrayList<>();
    }

    @Inject
    EntityManager em;

    @Inject
    Event<ItemsChanged> changed;

    @Resource
    TransactionSynchronizationRegistry transaction;

    /** Takes the change lock for the current transaction (once); call before reading what a change depends on. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock() {
        pending();
    }

    /**
     * Records that an item (a resource or a collection, by id) was saved or deleted in the current transaction: takes
     * the lock if needed, numbers the change, and wakes the index after the commit (one wake per transaction, naming
     * every item it changed).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String itemId, LibraryChange.Kind kind) {
        Pending pending = pending();
        em.persist(new LibraryChange(pending.counter.next(), itemId, kind));
        pending.itemIds.add(itemId);
        if (pending.itemIds.size() == 1) {
            changed.fire(new ItemsChanged(Collections.unmodifiableList(pending.itemIds)));
        }
    }

    private Pending pending() {
        Pending pending = (Pending) transaction.getResource(Pending.class);
        if (pending == null) {
            pending = new Pending();
            transaction.putResource(Pending.class, pending);
        }
        if (pending.counter == null || !em.contains(pending.counter)) {
            pending.counter = em.find(ChangeCounter.class, ChangeCounter.SINGLE_ROW, LockModeType.PESSIMISTIC_WRITE);
        }
        return pending;
    }

    /** Changes after the given sequence number, oldest first (read in a transaction of its own, from any thread). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<LibraryChange> after(long seq, int max) {
        return em.createQuery("select c from LibraryChange c where c.seq > :seq order by c.seq", LibraryChange.class)
                .setParameter("seq", seq).setMaxResults(max).getResultList();
    }

    /** The newest committed sequence number (0 when nothing was ever changed). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long lastSeq() {
        Long max = em.createQuery("select max(c.seq) from LibraryChange c", Long.class).getSingleResult();
        return max == null ? 0L : max;
    }
}

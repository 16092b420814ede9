package org.kmbportal.library;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * Writes and reads the change log. A writing transaction first locks the counter row and keeps the lock until it
 * commits, so sequence numbers are handed out in commit order with no gaps (a rollback returns its numbers). Readers
 * that have seen number N have therefore seen every change up to N. Writers serialize on the counter: library edits
 * are rare, and a bulk import is one transaction.
 */
@ApplicationScoped
public class ChangeLog {

    @Inject
    EntityManager em;

    /** Takes the counter lock for the current transaction; call before changing any resource. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ChangeCounter lock() {
        return em.find(ChangeCounter.class, ChangeCounter.SINGLE_ROW, LockModeType.PESSIMISTIC_WRITE);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(ChangeCounter locked, String slug, LibraryChange.Kind kind) {
        em.persist(new LibraryChange(locked.next(), slug, kind));
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

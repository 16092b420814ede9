package org.kmbportal.accounts;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Records every state change of a resource and every change of roles, in the transaction that makes the change (so
 * the log never claims what did not happen); administrators read it.
 */
@ApplicationScoped
public class AuditLog {

    @Inject
    EntityManager em;

    @Inject
    Guard guard;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, String action, String subject, String detail) {
        em.persist(new AuditEntry(actor, action, subject, detail));
    }

    /** The newest entries first. */
    public List<AuditEntry> newest(int max) {
        guard.require(Role.ADMIN);
        return em.createQuery("select e from AuditEntry e order by e.occurredAt desc, e.id desc", AuditEntry.class)
                .setMaxResults(max).getResultList();
    }

    /** Entries about one subject (such as a resource id), oldest first; for tests and history pages. */
    public List<AuditEntry> about(String subject) {
        return em.createQuery("select e from AuditEntry e where e.subject = :s order by e.occurredAt, e.id",
                AuditEntry.class).setParameter("s", subject).getResultList();
    }
}

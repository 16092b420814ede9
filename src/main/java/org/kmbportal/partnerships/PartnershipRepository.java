package org.kmbportal.partnerships;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/** The queries about partnerships and what belongs to them, so that no other class writes JPQL about them. */
@ApplicationScoped
public class PartnershipRepository {

    @Inject
    EntityManager em;

    public Optional<Partnership> find(long id) {
        return Optional.ofNullable(em.find(Partnership.class, id));
    }

    /** The partnership, locked until the transaction ends: two changes of one partnership never interleave. */
    public Optional<Partnership> lock(long id) {
        Optional<Partnership> found = Optional.ofNullable(em.find(Partnership.class, id,
                LockModeType.PESSIMISTIC_WRITE));
        found.ifPresent(em::refresh);
        return found;
    }

    /** Partnerships an account is in: as their mentor, or through its organization (either side). */
    public List<Partnership> involving(long accountId, Long organizationId) {
        return em.createQuery("select p from Partnership p where p.mentorAccountId = :a"
                + " or p.partnerOrganizationId = :o or p.mentorOrganizationId = :o order by p.proposedAt desc",
                Partnership.class).setParameter("a", accountId)
                .setParameter("o", organizationId == null ? -1L : organizationId).getResultList();
    }

    public List<Partnership> all(int max) {
        return em.createQuery("select p from Partnership p order by p.proposedAt desc", Partnership.class)
                .setMaxResults(max).getResultList();
    }

    /** Active partnerships with no contact since the given time. */
    public List<Partnership> quietSince(OffsetDateTime before) {
        return em.createQuery("select p from Partnership p where p.status = :active and p.lastContactAt < :before"
                + " order by p.id", Partnership.class).setParameter("active", PartnershipStatus.ACTIVE)
                .setParameter("before", before).getResultList();
    }

    public List<PlanItem> items(long partnershipId) {
        return em.createQuery("select i from PlanItem i where i.partnershipId = :p order by i.position, i.id",
                PlanItem.class).setParameter("p", partnershipId).getResultList();
    }

    /** Revisions, oldest first. */
    public List<PlanRevision> revisions(long partnershipId) {
        return em.createQuery("select r from PlanRevision r where r.partnershipId = :p order by r.number",
                PlanRevision.class).setParameter("p", partnershipId).getResultList();
    }

    /** The plan's latest revision (the save that made its current version), if any. */
    public java.util.Optional<PlanRevision> latestRevision(long partnershipId) {
        return em.createQuery("select r from PlanRevision r where r.partnershipId = :p order by r.number desc",
                PlanRevision.class).setParameter("p", partnershipId).setMaxResults(1).getResultStream().findFirst();
    }

    public List<CheckIn> checkIns(long partnershipId) {
        return em.createQuery("select c from CheckIn c where c.partnershipId = :p order by c.number", CheckIn.class)
                .setParameter("p", partnershipId).getResultList();
    }

    public Optional<CheckIn> checkIn(long partnershipId, int number) {
        return em.createQuery("select c from CheckIn c where c.partnershipId = :p and c.number = :n", CheckIn.class)
                .setParameter("p", partnershipId).setParameter("n", number).getResultStream().findFirst();
    }

    /** A check-in's earlier wordings, the oldest first. */
    public List<CheckInCorrection> corrections(long partnershipId, int number) {
        return em.createQuery("select c from CheckInCorrection c where c.partnershipId = :p and c.number = :n"
                + " order by c.replacedAt, c.id", CheckInCorrection.class).setParameter("p", partnershipId)
                .setParameter("n", number).getResultList();
    }

    public void removeUnheldCheckInsAfter(long partnershipId, int number) {
        em.createQuery("delete from CheckIn c where c.partnershipId = :p and c.number > :n and c.heldOn is null")
                .setParameter("p", partnershipId).setParameter("n", number).executeUpdate();
    }

    public List<CapacityRating> ratings(long partnershipId) {
        return em.createQuery("select r from CapacityRating r where r.partnershipId = :p"
                + " order by r.checkInNumber, r.capacity", CapacityRating.class).setParameter("p", partnershipId)
                .getResultList();
    }

    /** The newest notes first. */
    public List<PartnershipNote> notes(long partnershipId, int max) {
        return em.createQuery("select n from PartnershipNote n where n.partnershipId = :p"
                + " order by n.writtenAt desc, n.id desc", PartnershipNote.class).setParameter("p", partnershipId)
                .setMaxResults(max).getResultList();
    }

    /** Whether that author wrote every one of these notes (the same words) in the partnership's thread. */
    public boolean wroteAll(long partnershipId, long authorAccountId, List<String> bodies) {
        List<String> distinct = bodies.stream().distinct().toList();
        return em.createQuery("select count(distinct n.body) from PartnershipNote n where n.partnershipId = :p"
                + " and n.authorAccountId = :a and n.body in :bodies", Long.class).setParameter("p", partnershipId)
                .setParameter("a", authorAccountId).setParameter("bodies", distinct).getSingleResult() == distinct
                        .size();
    }

    public List<Notification> notifications(long accountId, int max) {
        return em.createQuery("select n from Notification n where n.accountId = :a"
                + " order by n.createdAt desc, n.id desc", Notification.class).setParameter("a", accountId)
                .setMaxResults(max).getResultList();
    }

    public long unreadCount(long accountId) {
        return em.createQuery("select count(n) from Notification n where n.accountId = :a and n.readAt is null",
                Long.class).setParameter("a", accountId).getSingleResult();
    }

    public List<Notification> unread(long accountId) {
        return em.createQuery("select n from Notification n where n.accountId = :a and n.readAt is null",
                Notification.class).setParameter("a", accountId).getResultList();
    }

    public List<Notification> unreadAbout(long accountId, long partnershipId) {
        return em.createQuery("select n from Notification n where n.accountId = :a and n.partnershipId = :p"
                + " and n.readAt is null", Notification.class).setParameter("a", accountId)
                .setParameter("p", partnershipId).getResultList();
    }

    public void persist(Object entity) {
        em.persist(entity);
    }

    public void remove(Object entity) {
        em.remove(entity);
    }

    /** Writes pending changes now (new plan items get their ids). */
    public void flush() {
        em.flush();
    }
}

package org.kmbportal.editorial;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** The queries about revisions, review comments and scheduled publications. */
@ApplicationScoped
public class RevisionRepository {

    @Inject
    EntityManager em;

    public List<Revision> of(String slug) {
        return em.createQuery("select r from Revision r where r.resourceSlug = :s order by r.number desc",
                Revision.class).setParameter("s", slug).getResultList();
    }

    public Optional<Revision> one(String slug, int number) {
        return em.createQuery("select r from Revision r where r.resourceSlug = :s and r.number = :n", Revision.class)
                .setParameter("s", slug).setParameter("n", number).getResultStream().findFirst();
    }

    public Optional<Revision> latest(String slug) {
        return em.createQuery("select r from Revision r where r.resourceSlug = :s order by r.number desc",
                Revision.class).setParameter("s", slug).setMaxResults(1).getResultStream().findFirst();
    }

    int nextNumber(String slug) {
        Integer max = em.createQuery("select max(r.number) from Revision r where r.resourceSlug = :s", Integer.class)
                .setParameter("s", slug).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    public List<ReviewComment> comments(String slug) {
        return em.createQuery("select c from ReviewComment c where c.resourceSlug = :s order by c.createdAt",
                ReviewComment.class).setParameter("s", slug).getResultList();
    }

    public Optional<ScheduledPublication> schedule(String slug) {
        return em.createQuery("select p from ScheduledPublication p where p.resourceSlug = :s",
                ScheduledPublication.class).setParameter("s", slug).getResultStream().findFirst();
    }

    public List<ScheduledPublication> schedules() {
        return em.createQuery("select p from ScheduledPublication p order by p.publishAt", ScheduledPublication.class)
                .getResultList();
    }

    List<ScheduledPublication> due(Instant now) {
        return em.createQuery("select p from ScheduledPublication p where p.publishAt <= :now order by p.publishAt",
                ScheduledPublication.class).setParameter("now", now.atOffset(ZoneOffset.UTC)).getResultList();
    }

    void persist(Object entity) {
        em.persist(entity);
    }

    void remove(Object entity) {
        em.remove(entity);
    }
}

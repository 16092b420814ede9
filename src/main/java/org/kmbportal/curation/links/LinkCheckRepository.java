package org.kmbportal.curation.links;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Stores link check records. Its own bean, so that each result is saved in its own transaction when a run (in
 * {@link LinkChecks}) calls it: a call within one bean would bypass the transaction interceptor.
 */
@ApplicationScoped
public class LinkCheckRepository {

    @Inject
    EntityManager em;

    @Transactional
    public void save(String url, CheckOutcome outcome, int failuresBeforeBroken) {
        LinkCheck check = find(url).orElseGet(() -> {
            LinkCheck created = new LinkCheck(url);
            em.persist(created);
            return created;
        });
        check.record(outcome, failuresBeforeBroken);
    }

    public Optional<LinkCheck> find(String url) {
        return em.createQuery("select l from LinkCheck l where l.url = :url", LinkCheck.class).setParameter("url", url)
                .getResultStream().findFirst();
    }

    public List<LinkCheck> all() {
        return em.createQuery("select l from LinkCheck l", LinkCheck.class).getResultList();
    }
}

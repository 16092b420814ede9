package org.kmbportal.accounts;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Creates a throttling row in a transaction of its own, so that two first attempts at the same moment cannot both
 * insert it inside the transaction that then locks it: the second fails here, harmlessly, and locks the first's row.
 */
@ApplicationScoped
public class SignInFailureRows {

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void create(String subject) {
        em.persist(new SignInFailure(subject, Instant.now()));
        em.flush();
    }
}

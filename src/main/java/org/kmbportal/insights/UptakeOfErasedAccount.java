package org.kmbportal.insights;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.kmbportal.accounts.AccountErased;

/**
 * A member who deletes their account takes their "put into practice" entries with them: each names its member (to
 * their organization, and to editors when they chose so), and its line is their own words.
 */
@ApplicationScoped
class UptakeOfErasedAccount {

    @Inject
    EntityManager em;

    void erase(@Observes AccountErased erased) {
        em.createQuery("delete from Uptake u where u.account.id = :account")
                .setParameter("account", erased.accountId()).executeUpdate();
    }
}

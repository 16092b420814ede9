package org.kmbportal.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.kmbportal.accounts.AccountErased;

/**
 * An organization's saved profile is its members' shared work: when the member who last saved it deletes their account,
 * the profile stays, last saved by "a former member" (the marker {@link AccountErased#FORMER_MEMBER}).
 */
@ApplicationScoped
class ProfilesOfErasedAccount {

    @Inject
    EntityManager em;

    void erase(@Observes AccountErased erased) {
        em.createQuery("update SavedProfile p set p.updatedBy = :former where p.updatedBy like :label escape '\\'")
                .setParameter("former", AccountErased.FORMER_MEMBER).setParameter("label", erased.labelPattern())
                .executeUpdate();
    }
}

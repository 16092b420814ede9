package org.kmbportal.editorial;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.kmbportal.accounts.AccountDeletion;
import org.kmbportal.accounts.AccountErased;

/**
 * A resource's history is the library's: when an editor deletes their account, their revisions, review comments and
 * scheduled publications stay, by "a former member" instead of their name and address (the marker {@link AccountErased#FORMER_MEMBER} in
 * both, said in the reader's language by the pages).
 */
@ApplicationScoped
class EditorialOfErasedAccount {

    @Inject
    EntityManager em;

    void erase(@Observes AccountErased erased) {
        for (String entity : new String[]{"Revision", "ReviewComment"}) {
            em.createQuery("update " + entity + " x set x.authorEmail = :actor, x.authorName = :former"
                    + " where x.authorEmail = :email").setParameter("actor", AccountDeletion.FORMER_MEMBER_ACTOR)
                    .setParameter("former", AccountErased.FORMER_MEMBER).setParameter("email", erased.email())
                    .executeUpdate();
        }
        em.createQuery("update ScheduledPublication x set x.scheduledBy = :actor where x.scheduledBy = :email")
                .setParameter("actor", AccountDeletion.FORMER_MEMBER_ACTOR).setParameter("email", erased.email())
                .executeUpdate();
    }
}

package org.kmbportal.partnerships;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.kmbportal.accounts.AccountErased;

/**
 * Partnerships are work both organizations rely on: when a member deletes their account, the plans, check-ins, notes
 * and ratings they wrote stay, and every "by" that named them ("Name &lt;email&gt;") says "a former member" instead.
 * Their own notifications go.
 */
@ApplicationScoped
class PartnershipsOfErasedAccount {

    private static final String[][] LABELS = {{"Partnership", "proposedBy"}, {"Partnership", "acceptedBy"},
            {"Partnership", "closedBy"}, {"PlanRevision", "author"}, {"PartnershipNote", "author"},
            {"CapacityRating", "ratedBy"}, {"CheckIn", "movedBy"}, {"CheckIn", "recordedBy"}};

    @Inject
    EntityManager em;

    void erase(@Observes AccountErased erased) {
        em.createQuery("delete from Notification n where n.accountId = :account").setParameter("account",
                erased.accountId()).executeUpdate();
        for (String[] label : LABELS) {
            em.createQuery("update " + label[0] + " x set x." + label[1] + " = :former where x." + label[1]
                    + " like :label escape '\\'").setParameter("former", AccountErased.FORMER_MEMBER_BOTH)
                    .setParameter("label", erased.labelPattern()).executeUpdate();
        }
    }
}

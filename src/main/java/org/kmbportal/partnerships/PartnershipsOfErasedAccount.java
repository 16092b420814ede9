package org.kmbportal.partnerships;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.kmbportal.accounts.AccountErased;

/**
 * Partnerships are work both organizations rely on: when a member deletes their account, the plans, check-ins, notes
 * and ratings they wrote stay, and every "by" that named them holds the marker {@link AccountErased#FORMER_MEMBER}
 * instead (pages say "a former member" in the reader's language). Their own notifications go.
 * <p>
 * Plan revisions and notes keep their author's account; the other "by"s keep the name shown at the time, so they are
 * matched by that name within the partnerships the person took part in (as the mentor, or as a member of either
 * organization), and, for rows written before, by the label "Name &lt;email&gt;".
 */
@ApplicationScoped
class PartnershipsOfErasedAccount {

    private static final String[][] BY_ACCOUNT = {{"PlanRevision", "author"}, {"PartnershipNote", "author"}};

    /** The entity and field of each "by" that keeps a name, with the field naming its partnership. */
    private static final String[][] BY_NAME = {{"Partnership", "proposedBy", "id"}, {"Partnership", "acceptedBy", "id"},
            {"Partnership", "closedBy", "id"}, {"CheckIn", "movedBy", "partnershipId"},
            {"CheckIn", "recordedBy", "partnershipId"}, {"CheckIn", "correctedBy", "partnershipId"},
            {"CheckInCorrection", "writtenBy", "partnershipId"}, {"CheckInCorrection", "replacedBy", "partnershipId"},
            {"CapacityRating", "ratedBy", "partnershipId"}};

    @Inject
    EntityManager em;

    void erase(@Observes AccountErased erased) {
        em.createQuery("delete from Notification n where n.accountId = :account").setParameter("account",
                erased.accountId()).executeUpdate();
        for (String[] field : BY_ACCOUNT) {
            em.createQuery("update " + field[0] + " x set x." + field[1] + " = :former where x.authorAccountId"
                    + " = :account").setParameter("former", AccountErased.FORMER_MEMBER).setParameter("account",
                            erased.accountId())
                    .executeUpdate();
        }
        List<Long> partnerships = em.createQuery("select p.id from Partnership p where p.mentorAccountId = :account"
                + " or p.partnerOrganizationId = :organization or p.mentorOrganizationId = :organization", Long.class)
                .setParameter("account", erased.accountId()).setParameter("organization",
                        erased.organizationId() == null ? -1L : erased.organizationId())
                .getResultList();
        if (!partnerships.isEmpty()) {
            // What others were told the person did names them: said of "a former member" now.
            em.createQuery("select n from Notification n where n.partnershipId in :partnerships", Notification.class)
                    .setParameter("partnerships", partnerships).getResultList()
                    .forEach(n -> n.namedAgain(erased.displayName(), AccountErased.FORMER_MEMBER));
        }
        for (String[] field : BY_NAME) {
            em.createQuery("update " + field[0] + " x set x." + field[1] + " = :former where x." + field[1]
                    + " like :label escape '\\'").setParameter("former", AccountErased.FORMER_MEMBER)
                    .setParameter("label", erased.labelPattern()).executeUpdate();
            if (!partnerships.isEmpty()) {
                em.createQuery("update " + field[0] + " x set x." + field[1] + " = :former where x." + field[1]
                        + " = :name and x." + field[2] + " in :partnerships").setParameter("former",
                                AccountErased.FORMER_MEMBER)
                        .setParameter("name", erased.displayName())
                        .setParameter("partnerships", partnerships).executeUpdate();
            }
        }
    }
}

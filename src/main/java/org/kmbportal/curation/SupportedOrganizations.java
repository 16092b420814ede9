package org.kmbportal.curation;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.kmbportal.accounts.AccountRepository;
import org.kmbportal.accounts.AuditLog;
import org.kmbportal.accounts.Caller;
import org.kmbportal.accounts.Guard;
import org.kmbportal.accounts.Organization;
import org.kmbportal.accounts.Role;
import org.kmbportal.library.ChangeLog;
import org.kmbportal.library.LibraryChange;

/**
 * The organizations a mentor supports. A mentor adds one with the join code a member of that organization gave them
 * (the organization chose to let them in), or when the organization accepts the mentor's partnership (a proposal alone
 * is not enough: it may be declined), and may then share collections with its members.
 */
@ApplicationScoped
public class SupportedOrganizations {

    @Inject
    EntityManager em;

    @Inject
    Guard guard;

    @Inject
    AccountRepository accounts;

    @Inject
    AuditLog audit;

    @Inject
    ChangeLog changeLog;

    /** The ids of the organizations an account supports. */
    public Set<Long> of(Long accountId) {
        if (accountId == null) {
            return Set.of();
        }
        return new TreeSet<>(em.createQuery("select s.organizationId from MentorSupport s where s.accountId = :a",
                Long.class).setParameter("a", accountId).getResultList());
    }

    /** The organizations the calling mentor supports, by name. */
    public List<Organization> mine() {
        Caller mentor = guard.require(Role.MENTOR);
        return organizations(of(mentor.accountId()));
    }

    public List<Organization> organizations(Set<Long> ids) {
        return ids.stream().map(accounts::organization).flatMap(java.util.Optional::stream)
                .sorted(java.util.Comparator.comparing(Organization::getName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    @Transactional
    public Organization addByJoinCode(String joinCode) {
        Caller mentor = guard.require(Role.MENTOR);
        Organization organization = accounts.organizationByJoinCode(joinCode).orElseThrow(
                () -> new CollectionException("curation.unknownCode", "No organization has this join code."));
        if (!of(mentor.accountId()).contains(organization.getId())) {
            em.persist(new MentorSupport(mentor.accountId(), organization.getId()));
            audit.record(mentor.label(), "mentor.support", "organization:" + organization.getId(),
                    organization.getName());
        }
        return organization;
    }

    /**
     * The mentor of a partnership the partner organization has just accepted starts supporting it (unless they already
     * do), so they may share collections with its members. The audit entry names who accepted and the mentor.
     *
     * @param accepting who accepted, as the audit log names its actors ({@code Caller.label()})
     * @param mentorEmail the mentor, by address only as details name people, so that deleting the account leaves "a
     *            former member" there
     */
    @Transactional
    public void startOnAcceptance(String accepting, long mentorAccountId, String mentorEmail, Organization partner) {
        if (!of(mentorAccountId).contains(partner.getId())) {
            em.persist(new MentorSupport(mentorAccountId, partner.getId()));
            audit.record(accepting, "mentor.support", "organization:" + partner.getId(), "mentor " + mentorEmail
                    + " supports " + partner.getName() + ": partnership accepted");
        }
    }

    /**
     * Ends the calling mentor's support of an organization, and with it the organization's access to the collections
     * the mentor shared with it (they stay shared with the other organizations, or become in effect private).
     */
    @Transactional
    public void remove(long organizationId) {
        Caller mentor = guard.require(Role.MENTOR);
        changeLog.lock();
        em.createQuery("delete from MentorSupport s where s.accountId = :a and s.organizationId = :o")
                .setParameter("a", mentor.accountId()).setParameter("o", organizationId).executeUpdate();
        List<Collection> shared = em.createQuery(
                "select c from Collection c where c.curatorAccountId = :a and :o member of c.sharedWith",
                Collection.class).setParameter("a", mentor.accountId()).setParameter("o", organizationId)
                .getResultList();
        for (Collection collection : shared) {
            Set<Long> rest = new TreeSet<>(collection.getSharedWith());
            rest.remove(organizationId);
            collection.setSharedWith(rest);
            collection.touch();
            changeLog.record(collection.getSlug(), LibraryChange.Kind.SAVED);
        }
        audit.record(mentor.label(), "mentor.supportEnded", "organization:" + organizationId,
                shared.size() + " collection(s) no longer shared with it");
    }
}

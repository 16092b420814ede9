package org.kmbportal.accounts;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** The queries about accounts, organizations and invitations, so that no other class writes JPQL about them. */
@ApplicationScoped
public class AccountRepository {

    @Inject
    EntityManager em;

    public Optional<Account> byEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("select a from Account a where a.email = :email and a.deletedAt is null", Account.class)
                .setParameter("email", normalize(email)).getResultStream().findFirst();
    }

    /** Only the session epoch (read on every signed-in request, so not the whole account). */
    public java.util.OptionalLong sessionEpoch(String email) {
        List<Long> found = em.createQuery("select a.sessionEpoch from Account a where a.email = :email", Long.class)
                .setParameter("email", normalize(email == null ? "" : email)).getResultList();
        return found.isEmpty() ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(found.get(0));
    }

    /** The language the account's person last chose, if any (read once a sign-in). */
    public Optional<String> language(String email) {
        return em.createQuery("select a.language from Account a where a.email = :email", String.class)
                .setParameter("email", normalize(email == null ? "" : email)).getResultStream()
                .filter(java.util.Objects::nonNull).findFirst();
    }

    /**
     * Remembers the language on the account, as one update of that column: the account's version does not move, so a
     * reader switching language while an administrator edits their roles does not make the administrator's save a
     * conflict.
     */
    void rememberLanguage(String email, String language) {
        em.createQuery("update Account a set a.language = :language where a.email = :email")
                .setParameter("language", language).setParameter("email", normalize(email)).executeUpdate();
    }

    public Optional<Account> byId(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    /** The account, its row locked until the transaction ends (two changes of it wait for each other). */
    public Optional<Account> byIdLocked(long id) {
        return Optional.ofNullable(em.find(Account.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE));
    }

    public List<Account> all() {
        return em.createQuery("select a from Account a where a.deletedAt is null order by a.email", Account.class)
                .getResultList();
    }

    public long countWithRole(Role role) {
        return em.createQuery("select count(a) from Account a join a.roles r where r = :role", Long.class)
                .setParameter("role", role).getSingleResult();
    }

    /** The accounts with this role that can sign in (not suspended): who is left to use it. */
    public long countActiveWithRole(Role role) {
        return em.createQuery(
                "select count(a) from Account a join a.roles r where r = :role and a.suspendedAt is null",
                Long.class).setParameter("role", role).getSingleResult();
    }

    public List<Account> members(Organization organization) {
        return em.createQuery(
                "select a from Account a where a.organization = :o and a.deletedAt is null order by a.displayName",
                Account.class).setParameter("o", organization).getResultList();
    }

    public Optional<Organization> organization(long id) {
        return Optional.ofNullable(em.find(Organization.class, id));
    }

    /** The organization of a join code as typed ({@link Organization#joinCodeAsStored}). */
    public Optional<Organization> organizationByJoinCode(String code) {
        return em.createQuery("select o from Organization o where o.joinCode = :code", Organization.class)
                .setParameter("code", Organization.joinCodeAsStored(code)).getResultStream().findFirst();
    }

    public Optional<Invitation> invitationByTokenHash(String hash) {
        return em.createQuery("select i from Invitation i where i.tokenHash = :hash", Invitation.class)
                .setParameter("hash", hash).getResultStream().findFirst();
    }

    /** The invitations, newest first, from the {@code first} (0 the newest), at most {@code max} of them. */
    public List<Invitation> invitations(int first, int max) {
        return em.createQuery("select i from Invitation i order by i.createdAt desc, i.id desc", Invitation.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long invitationCount() {
        return em.createQuery("select count(i) from Invitation i", Long.class).getSingleResult();
    }

    void persist(Object entity) {
        em.persist(entity);
    }

    static String normalize(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}

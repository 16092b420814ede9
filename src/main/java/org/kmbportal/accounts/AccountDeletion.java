package org.kmbportal.accounts;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * A member deletes their own account: confirmed by the current password (checked like a sign-in: counted and slowed),
 * refused for the last administrator. The account's row stays as a tombstone (no email, name, password, language,
 * roles or organization; a deleted mark) so that what others rely on keeps its history and foreign keys; its email
 * is free to sign up again. Every session of the account ends at its next request (no account has its email any
 * more). Other features erase their part by observing {@link AccountErased}.
 */
@ApplicationScoped
public class AccountDeletion {

    /** The audit log's actor for what an erased account did ({@code audit.who.former-member} in the bundle). */
    public static final String FORMER_MEMBER_ACTOR = AccountErased.FORMER_MEMBER;

    @Inject
    AccountRepository accounts;

    @Inject
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    Guard guard;

    @Inject
    AuditLog audit;

    @Inject
    SignInThrottle throttle;

    @Inject
    Event<AccountErased> erased;

    @Transactional
    public void deleteOwnAccount(String password, String address) {
        Caller caller = guard.requireSignedIn();
        Account account = accounts.byIdLocked(caller.accountId()).orElseThrow();
        String email = account.getEmail();
        if (password == null || password.isEmpty()) {
            // Nothing typed is no guess at the password: asked for, not counted as a wrong one.
            throw new AccountException("account.deletePasswordMissing", "Type your current password to confirm.");
        }
        if (!throttle.begin(email, address).allowed()) {
            throw new AccountException("account.tooManyTries",
                    "Too many tries with a wrong password: wait a few minutes, then try again.");
        }
        if (!hasher.verify(password == null ? "" : password, account.getPasswordHash())) {
            throttle.failed(email, address);
            throw new AccountException("account.wrongPassword", "The current password is not right.");
        }
        // The password was right: the attempt counted in advance is given back to the address (each deletion left one
        // failure counted on it: an office's address, and the test portal's, locked after enough of them).
        throttle.succeeded(email, address);
        if (account.has(Role.ADMIN) && accounts.countActiveWithRole(Role.ADMIN) <= 1) {
            throw new AccountException("account.lastAdministrator",
                    "The last administrator cannot delete their account.");
        }
        erased.fire(new AccountErased(account.getId(), email, account.getDisplayName(),
                account.getOrganization() == null ? null : account.getOrganization().getId()));
        em.createQuery("delete from Invitation i where i.email = :email").setParameter("email", email)
                .executeUpdate();
        em.createQuery("update Invitation i set i.invitedBy = :former where i.invitedBy = :email")
                .setParameter("former", FORMER_MEMBER_ACTOR).setParameter("email", email).executeUpdate();
        em.createQuery("delete from SignInFailure f where f.subject = :subject")
                .setParameter("subject", SignInThrottle.accountKey(email)).executeUpdate();
        forgetInAuditLog(email);
        account.erase(OffsetDateTime.now(ZoneOffset.UTC));
        audit.record(FORMER_MEMBER_ACTOR, "account.deleted", "account:" + account.getId(),
                "account and personal data deleted at the member's request");
    }

    /** The audit log keeps what was done, by "a former member": the address goes from its actors, subjects, details. */
    private void forgetInAuditLog(String email) {
        String pattern = "%" + email.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        // An actor is an address, or a label with it ("Name <address>", as partnerships and mentor support record).
        em.createQuery("select e from AuditEntry e where e.actor like :pattern escape '\\' or e.subject = :email"
                + " or e.detail like :pattern escape '\\'", AuditEntry.class).setParameter("email", email)
                .setParameter("pattern", pattern).getResultList()
                .forEach(entry -> entry.forget(email, FORMER_MEMBER_ACTOR));
    }
}

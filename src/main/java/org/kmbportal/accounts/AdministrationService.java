package org.kmbportal.accounts;

import org.kmbportal.platform.PortalSettings;
import org.kmbportal.platform.Tokens;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * What administrators do with people: list accounts, change their roles, invite editors and mentors. Invitations are
 * links with a random token that expire; only the token's hash is stored. Every role change is audited.
 */
@ApplicationScoped
public class AdministrationService {

    @Inject
    PortalSettings settings;

    @Inject
    AccountRepository accounts;

    @Inject
    AccountService accountService;

    @Inject
    PasswordHasher hasher;

    @Inject
    Guard guard;

    @Inject
    AuditLog audit;

    @Inject
    SignInThrottle throttle;

    /** A new invitation and the token to put in its link (shown once, never stored). */
    public record NewInvitation(Invitation invitation, String token) {
    }

    /** Every account, by name then email ({@link AccountOrder}). */
    public List<Account> accounts() {
        guard.require(Role.ADMIN);
        return accounts.all().stream().sorted(AccountOrder.BY_NAME).toList();
    }

    /** The invitations, newest first, from the {@code first} (0 the newest), at most {@code max} of them. */
    public List<Invitation> invitations(int first, int max) {
        guard.require(Role.ADMIN);
        return accounts.invitations(first, max);
    }

    /** How many invitations were made (a page lists some of them). */
    public long invitationCount() {
        guard.require(Role.ADMIN);
        return accounts.invitationCount();
    }

    /**
     * Whether giving the account these roles would leave the portal without an administrator, which
     * {@link #changeRoles} refuses: the accounts page says so before offering anything the portal would refuse.
     */
    public boolean wouldLeaveNoAdministrator(long accountId, Set<Role> roles) {
        guard.require(Role.ADMIN);
        return accounts.byId(accountId).filter(a -> removesLastAdministrator(a, roles)).isPresent();
    }

    /**
     * Whether taking the administrator role from this account leaves nobody who can use it: a suspended
     * administrator's role can go, as long as an administrator with access is left.
     */
    private boolean removesLastAdministrator(Account account, Set<Role> after) {
        return account.has(Role.ADMIN) && !after.contains(Role.ADMIN) && !account.isSuspended()
                && accounts.countActiveWithRole(Role.ADMIN) <= 1;
    }

    /** Gives the account these roles; false when they were its roles already (then nothing is changed or logged). */
    @Transactional
    public boolean changeRoles(long accountId, Set<Role> roles) {
        Caller admin = guard.require(Role.ADMIN);
        Account account = accounts.byId(accountId)
                .orElseThrow(() -> new AccountException("admin.noAccount", "There is no such account."));
        Set<Role> before = account.getRoles();
        Set<Role> after = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        if (before.equals(after)) {
            return false;
        }
        if (removesLastAdministrator(account, after)) {
            throw new AccountException("admin.lastAdmin", "The portal needs at least one administrator.");
        }
        account.setRoles(after);
        // Sessions carry the roles they were opened with: end them, so a removed role stops working at once.
        account.endSessions();
        audit.record(admin.email(), "roles.changed", account.getEmail(), names(before) + " -> " + names(after));
        return true;
    }

    /**
     * Suspends the account's access: its sessions end at their next request and it cannot sign in until
     * {@link #restoreAccess restored}; its roles, organization and everything it wrote stay as they are. An
     * administrator cannot suspend themselves (they would be signed out with nobody to undo it), nor the last
     * administrator with access.
     *
     * @return false when it was suspended already (then nothing is changed or logged)
     */
    @Transactional
    public boolean suspendAccess(long accountId) {
        Caller admin = guard.require(Role.ADMIN);
        Account account = accounts.byIdLocked(accountId).filter(a -> !a.isDeleted())
                .orElseThrow(() -> new AccountException("admin.noAccount", "There is no such account."));
        if (account.getId() == admin.accountId()) {
            throw new AccountException("admin.suspend.self", "You cannot suspend your own access.");
        }
        if (account.isSuspended()) {
            return false;
        }
        if (account.has(Role.ADMIN) && accounts.countActiveWithRole(Role.ADMIN) <= 1) {
            throw new AccountException("admin.lastAdmin", "The portal needs at least one administrator.");
        }
        account.suspend(java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC));
        audit.record(admin.email(), "account.suspended", account.getEmail(), "");
        return true;
    }

    /**
     * Gives a suspended account its access back, with the roles it had.
     *
     * @return false when it was not suspended (then nothing is changed or logged)
     */
    @Transactional
    public boolean restoreAccess(long accountId) {
        Caller admin = guard.require(Role.ADMIN);
        Account account = accounts.byIdLocked(accountId).filter(a -> !a.isDeleted())
                .orElseThrow(() -> new AccountException("admin.noAccount", "There is no such account."));
        if (!account.isSuspended()) {
            return false;
        }
        account.restore();
        audit.record(admin.email(), "account.restored", account.getEmail(), "");
        return true;
    }

    @Transactional
    public NewInvitation invite(String email, Role role) {
        Caller admin = guard.require(Role.ADMIN);
        if (role != Role.EDITOR && role != Role.MENTOR && role != Role.ADMIN) {
            throw new AccountException("admin.inviteRole", "Invite editors, mentors or administrators.");
        }
        String checked = AccountService.checkedEmail(email);
        if (accounts.byEmail(checked).map(account -> account.getRoles().contains(role)).orElse(false)) {
            // the link would add nothing; the administrator is told instead of handing out a useless invitation
            throw new AccountException("admin.alreadyHasRole", "The account of this address already has this role.");
        }
        String token = Tokens.random();
        Invitation invitation = new Invitation(Tokens.sha256(token), checked, role,
                admin.email(), AccountService.expiry(settings));
        accounts.persist(invitation);
        audit.record(admin.email(), "invitation.created", invitation.getEmail(), "role " + role.key());
        return new NewInvitation(invitation, token);
    }

    /** The open invitation behind a link, if it is still valid. */
    public Optional<Invitation> openInvitation(String token) {
        return accounts.invitationByTokenHash(Tokens.sha256(token))
                .filter(i -> i.isOpen(java.time.Instant.now()));
    }

    /**
     * Whether the invitation's address already has an account: accepting it then adds the role to that account, whose
     * name and password stay as they are.
     */
    public boolean forAnAccount(Invitation invitation) {
        return accounts.byEmail(invitation.getEmail()).isPresent();
    }

    /**
     * Accepts an invitation: a new account with the invited role, or the role added to the existing account with
     * that email (whose password is then checked instead of set).
     */
    @Transactional
    public Account accept(String token, String displayName, String password, String address) {
        Invitation invitation = openInvitation(token).orElseThrow(
                () -> new AccountException("invitation.invalid", "This invitation is unknown, used or expired."));
        Optional<Account> existing = accounts.byEmail(invitation.getEmail());
        Account account;
        if (existing.isPresent()) {
            account = existing.get();
            // A password check like signing in: counted and slowed the same way.
            if (!throttle.begin(account.getEmail(), address).allowed()) {
                throw new AccountException("account.tooManyTries",
                        "Too many tries with a wrong password: wait a few minutes, then try again.");
            }
            if (!hasher.verify(password == null ? "" : password, account.getPasswordHash())) {
                throttle.failed(account.getEmail(), address);
                throw new AccountException("invitation.wrongPassword",
                        "This address already has an account: give that account's password.");
            }
            throttle.succeeded(account.getEmail(), address);
            Set<Role> roles = account.getRoles();
            roles.add(invitation.getRole());
            account.setRoles(roles);
            account.endSessions();
        } else {
            AccountService.checkPassword(password, invitation.getEmail());
            account = accountService.create(invitation.getEmail(), displayName, password,
                    EnumSet.of(invitation.getRole()));
        }
        invitation.accept();
        audit.record(invitation.getEmail(), "roles.changed", invitation.getEmail(),
                "accepted invitation from " + invitation.getInvitedBy() + ": + " + invitation.getRole().key());
        return account;
    }

    private static String names(Set<Role> roles) {
        Set<String> keys = new TreeSet<>();
        roles.forEach(r -> keys.add(r.key()));
        return keys.isEmpty() ? "(none)" : String.join(", ", keys);
    }
}

package org.kmbportal.accounts;

import org.kmbportal.platform.Tokens;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.kmbportal.platform.PlainText;
import org.kmbportal.platform.PortalSettings;

/**
 * Sign-up, profiles, passwords and organizations. Every rule is checked here, whoever calls: pages, endpoints or
 * start-up. Invitations and roles are in {@link AdministrationService}.
 */
@ApplicationScoped
public class AccountService {

    /** The most characters ({@code PlainText.length}) a person's name, an organization's name, an address have. */
    public static final int NAME_MAX = 120;
    public static final int ORGANIZATION_NAME_MAX = 200;
    public static final int EMAIL_MAX = 320;

    static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]{1,64}@[^@\\s<>\"]+\\.[^@\\s<>\"]{2,}");

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    Guard guard;

    @Inject
    AuditLog audit;

    @Inject
    SignInThrottle throttle;

    /** What a person fills in to sign up; exactly one of a new organization's name or a join code. */
    public record SignUp(String email, String displayName, String password, String newOrganization,
            String joinCode) {
    }

    /**
     * Creates a member's account. For an email that already has an account nothing is created and the answer is the
     * same, in the same time (the password is hashed either way): sign-up must not tell who has an account. The
     * owner simply signs in with their password.
     *
     * @return the new account, or empty when the email already had one
     */
    @Transactional
    public Optional<Account> signUp(SignUp form) {
        String email = checkedEmail(form.email());
        String name = checkedName(form.displayName());
        checkPassword(form.password(), email);
        if (accounts.byEmail(email).isPresent()) {
            hasher.hash(form.password());
            audit.record(email, "account.signUpExisting", email, "sign-up refused silently: the email has an account");
            return Optional.empty();
        }
        Organization organization = joinedOrCreated(form.joinCode(), form.newOrganization());
        Account account = new Account(email, name, hasher.hash(form.password()), organization,
                EnumSet.of(Role.MEMBER));
        accounts.persist(account);
        audit.record(email, "account.created", email, "member of " + organization.getName());
        return Optional.of(account);
    }

    /**
     * Everything wrong with a sign-up, every field at once (the same rules {@link #signUp} applies), so the form can
     * say them all beside their fields: each field, named as in {@link SignUp}, to its message key, in the form's
     * order; empty when nothing is. Whether the email already has an account is never said.
     */
    public Map<String, String> problems(SignUp form) {
        Map<String, String> problems = new LinkedHashMap<>();
        problem(problems, "displayName", () -> checkedName(form.displayName()));
        problem(problems, "email", () -> checkedEmail(form.email()));
        String email = problems.containsKey("email") ? null : checkedEmail(form.email());
        problem(problems, "password", () -> checkPassword(form.password(), email));
        if (form.joinCode() != null && !form.joinCode().isBlank()) {
            if (accounts.organizationByJoinCode(form.joinCode())
                    .isEmpty()) {
                problems.put("joinCode", "account.unknownJoinCode");
            }
        } else {
            String problem = organizationNameProblem(PlainText.visibleOrEmpty(form.newOrganization()));
            if (problem != null) {
                problems.put("newOrganization", problem);
            }
        }
        return problems;
    }

    /**
     * Makes the caller, whose account belongs to no organization yet (an invited mentor, editor or administrator),
     * a member of one: the organization whose join code is given, or else a new one of the given name. The same rules
     * as at sign-up; an account that already belongs to an organization is refused (nothing changes).
     *
     * @return the organization the caller now belongs to
     */
    @Transactional
    public Organization joinOrganization(String joinCode, String newOrganization) {
        Caller caller = guard.requireSignedIn();
        Account account = accounts.byIdLocked(caller.accountId()).orElseThrow();
        if (account.getOrganization() != null) {
            throw new AccountException("account.alreadyInOrganization",
                    "This account already belongs to an organization.");
        }
        Organization organization = joinedOrCreated(joinCode, newOrganization);
        account.setOrganization(organization);
        audit.record(account.getEmail(), "account.joinedOrganization", account.getEmail(),
                "member of " + organization.getName());
        return organization;
    }

    /** The organization of a join code, if one is given; else a new organization of the given name (persisted). */
    private Organization joinedOrCreated(String joinCode, String newOrganization) {
        if (joinCode != null && !joinCode.isBlank()) {
            return accounts.organizationByJoinCode(joinCode).orElseThrow(
                    () -> new AccountException("account.unknownJoinCode", "No organization has this join code."));
        }
        String name = PlainText.visibleOrEmpty(newOrganization);
        String problem = organizationNameProblem(name);
        if (problem != null) {
            throw new AccountException(problem, problem.equals("account.badOrganizationName")
                    ? "The organization's name contains an invisible or control character (" + PlainText.name(
                            PlainText.forbiddenInLine(name)) + "): remove it."
                    : "Give your organization's name, or the join code a colleague gave you.");
        }
        Organization organization = new Organization(name, Tokens.code());
        accounts.persist(organization);
        return organization;
    }

    /** The message key of what is wrong with a new organization's name (its visible text), or null. */
    private static String organizationNameProblem(String name) {
        if (PlainText.forbiddenInLine(name) >= 0) {
            return "account.badOrganizationName";
        }
        return name.isEmpty() || PlainText.length(name) > ORGANIZATION_NAME_MAX ? "account.organizationRequired" : null;
    }

    private static void problem(Map<String, String> problems, String field, Runnable check) {
        try {
            check.run();
        } catch (AccountException e) {
            problems.put(field, e.messageKey());
        }
    }

    /** Creates an account with given roles (the first administrator, accepted invitations). */
    @Transactional(Transactional.TxType.MANDATORY)
    Account create(String email, String displayName, String password, Set<Role> roles) {
        Account account = new Account(checkedEmail(email), checkedName(displayName), hasher.hash(password), null,
                roles);
        accounts.persist(account);
        return account;
    }

    public Optional<Account> current() {
        return guard.caller().flatMap(c -> accounts.byId(c.accountId()));
    }

    @Transactional
    public void rename(String displayName) {
        Caller caller = guard.requireSignedIn();
        accounts.byId(caller.accountId()).orElseThrow().setDisplayName(checkedName(displayName));
    }

    /**
     * Changes the caller's password and ends the account's other sessions (at their next request); the caller's own
     * session goes on with the returned epoch (see {@code SessionEpochFilter}). The current password is checked like
     * a sign-in: counted and slowed.
     *
     * @return the account's new session epoch
     */
    @Transactional
    public long changePassword(String current, String replacement, String address) {
        Caller caller = guard.requireSignedIn();
        Account account = accounts.byId(caller.accountId()).orElseThrow();
        if (!throttle.begin(account.getEmail(), address).allowed()) {
            throw new AccountException("account.tooManyTries",
                    "Too many tries with a wrong password: wait a few minutes, then try again.");
        }
        if (!hasher.verify(current == null ? "" : current, account.getPasswordHash())) {
            throttle.failed(account.getEmail(), address);
            throw new AccountException("account.wrongPassword", "The current password is not right.");
        }
        throttle.succeeded(account.getEmail(), address);
        checkPassword(replacement, account.getEmail());
        account.setPasswordHash(hasher.hash(replacement));
        account.endSessions();
        audit.record(caller.email(), "account.password", caller.email(), "password changed; other sessions ended");
        return account.getSessionEpoch();
    }

    /** Records that an account signed in on a browser where another was signed in, whose session ended. */
    @Transactional
    public void recordSignInOver(String previous, String email) {
        String account = AccountRepository.normalize(email);
        audit.record(account, "account.signInOver", account, "signed in where " + previous
                + " was signed in; that session ended");
    }

    /** The session epoch of the account with this email, or empty if there is none (any more). */
    public java.util.OptionalLong sessionEpoch(String email) {
        return accounts.sessionEpoch(email);
    }

    /** The language the account's person last chose with the language switch, if they chose one. */
    public Optional<String> language(String email) {
        return accounts.language(email);
    }

    /**
     * Remembers the language a person chose on My account (or made their account in), so their next sign-in anywhere
     * opens the pages in it; the header's switch never changes it.
     */
    @Transactional
    public void rememberLanguage(String email, String language) {
        if (email != null && !email.isBlank() && language != null && language.matches("[a-z]{2}")) {
            accounts.rememberLanguage(email, language);
        }
    }

    /** The roles of the account with this email, or empty if there is none (any more). */
    /** Whether an administrator suspended the access of the account with this email. */
    public boolean isSuspended(String email) {
        return accounts.byEmail(email).map(Account::isSuspended).orElse(false);
    }

    public Optional<java.util.Set<Role>> roles(String email) {
        return accounts.byEmail(email).map(Account::getRoles);
    }

    /** An organization with its members, for its own members and for administrators. */
    public record OrganizationView(Organization organization, List<Account> members) {
    }

    public OrganizationView organization(long id) {
        guard.requireOrganizationMember(id);
        Organization organization = accounts.organization(id)
                .orElseThrow(() -> new AccountException("account.noOrganization", "There is no such organization."));
        return new OrganizationView(organization, accounts.members(organization));
    }

    static String checkedEmail(String email) {
        String value = email == null ? "" : AccountRepository.normalize(email);
        if (value.length() > EMAIL_MAX || !EMAIL.matcher(value).matches()) {
            throw new AccountException("account.badEmail", "This is not an email address.");
        }
        return value;
    }

    static String checkedName(String name) {
        String value = PlainText.visibleOrEmpty(name);
        int hidden = PlainText.forbiddenInLine(value);
        if (hidden >= 0) {
            throw new AccountException("account.badName", "The name holds an invisible or control character ("
                    + PlainText.name(hidden) + "): remove it.");
        }
        if (value.isEmpty() || PlainText.length(value) > NAME_MAX) {
            throw new AccountException("account.badName", "Give a name of 1 to 120 characters.");
        }
        return value;
    }

    static void checkPassword(String password, String email) {
        PasswordPolicy.check(password, email).ifPresent(problem -> {
            throw new AccountException(problem.messageKey(), "The password is refused: " + problem.name());
        });
    }

    /** When an invitation made now expires. */
    static Instant expiry(PortalSettings settings) {
        return Instant.now().plus(Duration.ofDays(settings.invitationDays()));
    }
}

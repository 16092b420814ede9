package org.kmbportal.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.kmbportal.platform.PortalSettings;

/** Slows and then locks repeated failed sign-ins, per account and per address, with the state in the database. */
@ApplicationScoped
public class SignInThrottle {

    @Inject
    EntityManager em;

    private ThrottlePolicy policy() {
        PortalSettings settings = PortalSettings.current();
        return new ThrottlePolicy(settings.signInLockAfter(), Duration.ofMinutes(settings.signInLockMinutes()));
    }

    /** Whether an attempt for this email from this address may go ahead now. */
    public ThrottlePolicy.Verdict check(String email, String address) {
        Instant now = Instant.now();
        ThrottlePolicy.Verdict byAccount = policy().check(state(accountKey(email)), now);
        if (!byAccount.allowed()) {
            return byAccount;
        }
        return policy().forAddresses().check(state(addressKey(address)), now);
    }

    /** Whether the account is locked now (the identity store refuses locked accounts whatever the caller). */
    public boolean isLocked(String email) {
        ThrottlePolicy.Verdict verdict = policy().check(state(accountKey(email)), Instant.now());
        return verdict.locked();
    }

    @Transactional
    public void failed(String email, String address) {
        Instant now = Instant.now();
        record(accountKey(email), policy(), now);
        record(addressKey(address), policy().forAddresses(), now);
    }

    /** A success clears the account's failures (not the address's: one valid account must not reset them). */
    @Transactional
    public void succeeded(String email) {
        SignInFailure row = em.find(SignInFailure.class, accountKey(email));
        if (row != null) {
            em.remove(row);
        }
    }

    private void record(String subject, ThrottlePolicy policy, Instant now) {
        SignInFailure row = em.find(SignInFailure.class, subject, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            row = new SignInFailure(subject);
            row.update(policy.afterFailure(ThrottlePolicy.State.NONE, now));
            em.persist(row);
        } else {
            row.update(policy.afterFailure(row.state(), now));
        }
    }

    private ThrottlePolicy.State state(String subject) {
        SignInFailure row = em.find(SignInFailure.class, subject);
        return row == null ? ThrottlePolicy.State.NONE : row.state();
    }

    static String accountKey(String email) {
        return key("account:", email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
    }

    static String addressKey(String address) {
        return key("address:", address == null ? "" : address);
    }

    /**
     * The subject as stored (at most {@value #MAX_SUBJECT} characters): what was typed can be longer than any real
     * email (the form's limit is the browser's only), so a long one is kept as its SHA-256, which still tells tries of
     * the same text apart from others.
     */
    private static String key(String kind, String value) {
        if (kind.length() + value.length() <= MAX_SUBJECT) {
            return kind + value;
        }
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return kind + "sha256:" + java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** The length of {@code sign_in_failure.subject}. */
    static final int MAX_SUBJECT = 400;
}

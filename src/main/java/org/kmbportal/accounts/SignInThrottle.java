package org.kmbportal.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.kmbportal.platform.PortalClock;
import org.kmbportal.platform.PortalSettings;

/**
 * Slows and then locks repeated failed password checks, per account and per address, with the state in the database.
 * An attempt is counted before the password is checked, under a row lock: attempts made at the same moment each see
 * the ones before them (thirty in parallel used to skip the growing delay), and a success takes its count back.
 */
@ApplicationScoped
public class SignInThrottle {

    @Inject
    PortalSettings settings;

    @Inject
    EntityManager em;

    @Inject
    SignInFailureRows rows;

    @Inject
    PortalClock clock;

    private ThrottlePolicy policy() {
        return new ThrottlePolicy(settings.signInLockAfter(), Duration.ofMinutes(settings.signInLockMinutes()));
    }

    /**
     * Whether a password check for this email from this address may go ahead now; if it may, it is counted as a
     * failure at once (see {@link #succeeded}). Its own transaction: a refused or failed attempt stays counted.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ThrottlePolicy.Verdict begin(String email, String address) {
        Instant now = clock.now();
        // Always the account's row first, then the address's: two attempts never wait for each other crosswise.
        SignInFailure account = locked(accountKey(email));
        SignInFailure from = locked(addressKey(address));
        ThrottlePolicy.Verdict verdict = policy().check(account.state(), now);
        if (verdict.allowed()) {
            verdict = policy().forAddresses().check(from.state(), now);
        }
        if (verdict.allowed()) {
            account.update(policy().afterFailure(account.state(), now));
            from.update(policy().forAddresses().afterFailure(from.state(), now));
        }
        return verdict;
    }

    /** The password was wrong: the attempt stays counted, and the wait before the next one starts now. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(String email, String address) {
        Instant now = clock.now();
        SignInFailure account = locked(accountKey(email));
        SignInFailure from = locked(addressKey(address));
        account.update(policy().failedNow(account.state(), now));
        from.update(policy().forAddresses().failedNow(from.state(), now));
    }

    /**
     * The password was right: the account's failures are cleared, and the address gets back the attempt counted in
     * advance (one valid account must not clear an address's failures).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void succeeded(String email, String address) {
        SignInFailure row = em.find(SignInFailure.class, accountKey(email), LockModeType.PESSIMISTIC_WRITE);
        if (row != null) {
            em.remove(row);
        }
        SignInFailure from = em.find(SignInFailure.class, addressKey(address), LockModeType.PESSIMISTIC_WRITE);
        if (from != null) {
            from.update(policy().forAddresses().withoutLastFailure(from.state()));
        }
    }

    private SignInFailure locked(String subject) {
        SignInFailure row = em.find(SignInFailure.class, subject, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            try {
                rows.create(subject);
            } catch (RuntimeException createdMeanwhile) {
                // Another attempt created it first (a duplicate key): lock theirs.
            }
            row = em.find(SignInFailure.class, subject, LockModeType.PESSIMISTIC_WRITE);
        }
        return row;
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

package org.kmbportal.accounts;

import java.time.Duration;
import java.time.Instant;

/**
 * When failed sign-ins slow down and then lock an account or an address. Pure: the caller stores the state. The
 * first {@code freeAttempts} failures cost nothing; each later one makes the next attempt wait one second more; at
 * {@code lockAfter} failures the subject is locked for {@code lock}. Failures older than the lock duration are
 * forgotten, so a person who mistypes now and then is never locked.
 */
public record ThrottlePolicy(int lockAfter, int freeAttempts, Duration lock) {

    static final int FREE_ATTEMPTS = 3;

    public ThrottlePolicy(int lockAfter, Duration lock) {
        this(lockAfter, FREE_ATTEMPTS, lock);
    }

    /** What is stored per subject. */
    public record State(int failures, Instant lastFailure, Instant lockedUntil) {
        static final State NONE = new State(0, null, null);
    }

    /** Whether an attempt may go ahead now; if not, until when it must wait. */
    public record Verdict(boolean allowed, boolean locked, Instant retryAt) {
        static final Verdict ALLOWED = new Verdict(true, false, null);
    }

    public Verdict check(State state, Instant now) {
        if (state.lockedUntil() != null && now.isBefore(state.lockedUntil())) {
            return new Verdict(false, true, state.lockedUntil());
        }
        State current = forgetOld(state, now);
        if (current.failures() >= freeAttempts) {
            Instant retryAt = current.lastFailure().plus(delayAfter(current.failures() - freeAttempts));
            if (now.isBefore(retryAt)) {
                return new Verdict(false, false, retryAt);
            }
        }
        return Verdict.ALLOWED;
    }

    public State afterFailure(State state, Instant now) {
        State current = forgetOld(state, now);
        int failures = current.failures() + 1;
        Instant lockedUntil = failures >= lockAfter ? now.plus(lock) : null;
        return new State(failures, now, lockedUntil);
    }

    /**
     * An attempt counted in advance turned out wrong: the delay before the next one runs from now (the password
     * check itself takes a while), and so does a lock it set.
     */
    public State failedNow(State state, Instant now) {
        Instant lockedUntil = state.failures() >= lockAfter ? now.plus(lock) : state.lockedUntil();
        return new State(Math.max(1, state.failures()), now, lockedUntil);
    }

    /** Takes back one failure counted in advance for an attempt that succeeded (and the lock it may have set). */
    public State withoutLastFailure(State state) {
        int failures = Math.max(0, state.failures() - 1);
        return new State(failures, state.lastFailure(), failures >= lockAfter ? state.lockedUntil() : null);
    }

    /** The policy for addresses: several people may share one, so it allows five times as many failures. */
    public ThrottlePolicy forAddresses() {
        return new ThrottlePolicy(lockAfter * 5, freeAttempts * 5, lock);
    }

    /** One second more for each failure past the free ones, at most thirty. */
    static Duration delayAfter(int failuresPastFree) {
        return Duration.ofSeconds(Math.min(30, failuresPastFree + 1));
    }

    private State forgetOld(State state, Instant now) {
        boolean lockOver = state.lockedUntil() != null && !now.isBefore(state.lockedUntil());
        boolean stale = state.lastFailure() == null || state.lastFailure().plus(lock).isBefore(now);
        return lockOver || stale ? State.NONE : state;
    }
}

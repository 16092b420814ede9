package org.kmbportal.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class ThrottlePolicyTest {

    private final ThrottlePolicy policy = new ThrottlePolicy(5, Duration.ofMinutes(15));
    private final Instant start = Instant.parse("2026-01-01T10:00:00Z");

    @Test
    void theFirstFailuresCostNothingThenEachOneSlowsTheNextAttempt() {
        ThrottlePolicy.State state = ThrottlePolicy.State.NONE;
        for (int i = 0; i < 2; i++) {
            state = policy.afterFailure(state, start);
            assertTrue(policy.check(state, start).allowed(), "failure " + (i + 1));
        }
        state = policy.afterFailure(state, start);
        ThrottlePolicy.Verdict slowed = policy.check(state, start);
        assertFalse(slowed.allowed());
        assertFalse(slowed.locked());
        assertEquals(start.plusSeconds(1), slowed.retryAt());
        assertTrue(policy.check(state, start.plusSeconds(1)).allowed());

        state = policy.afterFailure(state, start.plusSeconds(1));
        assertEquals(start.plusSeconds(3), policy.check(state, start.plusSeconds(1)).retryAt());
    }

    @Test
    void locksAfterTheLimitForTheLockDurationThenForgets() {
        ThrottlePolicy.State state = ThrottlePolicy.State.NONE;
        Instant now = start;
        for (int i = 0; i < 5; i++) {
            state = policy.afterFailure(state, now);
            now = now.plusSeconds(10);
        }
        ThrottlePolicy.Verdict locked = policy.check(state, now);
        assertTrue(locked.locked());
        assertFalse(locked.allowed());
        assertTrue(policy.check(state, now.plus(Duration.ofMinutes(16))).allowed());
        assertEquals(1, policy.afterFailure(state, now.plus(Duration.ofMinutes(16))).failures(),
                "after the lock, counting starts again");
    }

    @Test
    void occasionalMistakesFarApartNeverLock() {
        ThrottlePolicy.State state = ThrottlePolicy.State.NONE;
        Instant now = start;
        for (int i = 0; i < 20; i++) {
            state = policy.afterFailure(state, now);
            now = now.plus(Duration.ofMinutes(20));
            assertTrue(policy.check(state, now).allowed());
        }
    }

    @Test
    void addressesGetFiveTimesTheAllowance() {
        assertEquals(25, policy.forAddresses().lockAfter());
        assertEquals(15, policy.forAddresses().freeAttempts());
    }

    @Test
    void anAttemptCountedInAdvanceIsTakenBackWhenItSucceeds() {
        ThrottlePolicy policy = new ThrottlePolicy(8, Duration.ofMinutes(15));
        Instant now = Instant.parse("2030-01-01T10:00:00Z");
        ThrottlePolicy.State state = ThrottlePolicy.State.NONE;
        for (int i = 0; i < 8; i++) {
            state = policy.afterFailure(state, now);
        }
        assertTrue(policy.check(state, now.plusSeconds(1)).locked(), "eight counted attempts lock");
        ThrottlePolicy.State back = policy.withoutLastFailure(state);
        assertEquals(7, back.failures());
        assertFalse(policy.check(back, now.plusSeconds(60)).locked(),
                "the eighth attempt was right: no lock for it");
        assertEquals(0, policy.withoutLastFailure(ThrottlePolicy.State.NONE).failures());
        ThrottlePolicy.State wrong = policy.failedNow(back, now.plusSeconds(5));
        assertEquals(now.plusSeconds(5), wrong.lastFailure(), "the wait runs from when the password proved wrong");
        assertFalse(policy.check(wrong, now.plusSeconds(5).plusMillis(500)).allowed());
    }
}

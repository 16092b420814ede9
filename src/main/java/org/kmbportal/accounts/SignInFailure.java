package org.kmbportal.accounts;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Failed sign-ins counted for one account or one address; kept in the database so a restart forgets nothing. */
@Entity
@Table(name = "sign_in_failure")
public class SignInFailure {

    @Id
    @Column(length = 400)
    private String subject;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure", nullable = false)
    private OffsetDateTime lastFailure;

    @Column(name = "locked_until")
    private OffsetDateTime lockedUntil;

    protected SignInFailure() {
    }

    /** A subject with no failure yet (the row exists so that attempts can lock it). */
    SignInFailure(String subject, Instant now) {
        this.subject = subject;
        this.lastFailure = now.atOffset(ZoneOffset.UTC);
    }

    ThrottlePolicy.State state() {
        return new ThrottlePolicy.State(failures, lastFailure == null ? null : lastFailure.toInstant(),
                lockedUntil == null ? null : lockedUntil.toInstant());
    }

    void update(ThrottlePolicy.State state) {
        failures = state.failures();
        lastFailure = state.lastFailure().atOffset(ZoneOffset.UTC);
        lockedUntil = state.lockedUntil() == null ? null : state.lockedUntil().atOffset(ZoneOffset.UTC);
    }

    public String getSubject() {
        return subject;
    }

    Instant lockedUntil() {
        return lockedUntil == null ? null : lockedUntil.toInstant();
    }
}

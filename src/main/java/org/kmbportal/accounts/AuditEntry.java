package org.kmbportal.accounts;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One line of the audit log: who did what to what, when. Never changed once written. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @SequenceGenerator(name = "audit_seq", sequenceName = "audit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;

    @Column(nullable = false, length = 320)
    private String actor;

    @Column(nullable = false, length = 40)
    private String action;

    @Column(nullable = false, length = 400)
    private String subject;

    @Column(nullable = false, length = 2000)
    private String detail;

    protected AuditEntry() {
    }

    AuditEntry(String actor, String action, String subject, String detail) {
        this.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
        this.actor = cut(actor, 320);
        this.action = cut(action, 40);
        this.subject = cut(subject, 400);
        this.detail = cut(detail, 2000);
    }

    /** The entry without the email address: the actor or subject it was becomes {@code former}, in words too. */
    void forget(String email, String former) {
        actor = actor.contains(email) ? former : actor;
        subject = subject.equals(email) ? former : cut(subject.replace(email, former), 400);
        detail = cut(detail.replace(email, former), 2000);
    }

    private static String cut(String text, int max) {
        String value = text == null ? "" : text;
        return value.length() > max ? value.substring(0, max) : value;
    }

    public Long getId() {
        return id;
    }

    public OffsetDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getSubject() {
        return subject;
    }

    public String getDetail() {
        return detail;
    }
}

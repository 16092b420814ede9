package org.kmbportal.partnerships;

import java.time.OffsetDateTime;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * Something that happened in a partnership, for one person, shown in the portal until they mark it read. The text is
 * composed when shown, in the reader's language, from its kind and detail.
 */
@Entity
@Table(name = "partnership_notification")
public class Notification {

    /** What happened. */
    public enum Kind {
        PROPOSED, ACCEPTED, PLAN_REVISED, CHECK_IN_RECORDED, CHECK_IN_MOVED, NOTE, NUDGE, CLOSED, HANDED_OVER, DECLINED, WITHDRAWN;

        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    @Id
    @SequenceGenerator(name = "partnership_notification_seq", sequenceName = "partnership_notification_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "partnership_notification_seq")
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "partnership_id", nullable = false)
    private long partnershipId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Kind kind;

    @Column(nullable = false, length = 500)
    private String detail;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "read_at")
    private OffsetDateTime readAt;

    protected Notification() {
    }

    Notification(long accountId, long partnershipId, Kind kind, String detail, OffsetDateTime createdAt) {
        this.accountId = accountId;
        this.partnershipId = partnershipId;
        this.kind = kind;
        this.detail = detail.length() > 500 ? detail.substring(0, 500) : detail;
        this.createdAt = createdAt;
    }

    void markRead(OffsetDateTime at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public long getPartnershipId() {
        return partnershipId;
    }

    public Kind getKind() {
        return kind;
    }

    /** The detail with a name it starts with (who did it) put as {@code who} instead. */
    void namedAgain(String name, String who) {
        if (detail.equals(name) || detail.startsWith(name + "|")) {
            detail = who + detail.substring(name.length());
        }
    }

    public String getDetail() {
        return detail;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public boolean isRead() {
        return readAt != null;
    }
}

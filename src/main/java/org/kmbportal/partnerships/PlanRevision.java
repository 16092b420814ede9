package org.kmbportal.partnerships;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One change of a work plan, never changed once written: who made it, when, the reason they gave, what changed (a
 * JSON list of {@link PlanChange}s) and the whole plan after it (JSON), and the check-in that decided it, if any.
 */
@Entity
@Table(name = "plan_revision")
public class PlanRevision {

    @Id
    @SequenceGenerator(name = "plan_revision_seq", sequenceName = "plan_revision_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_revision_seq")
    private Long id;

    @Column(name = "partnership_id", nullable = false)
    private long partnershipId;

    @Column(name = "revision_number", nullable = false)
    private int number;

    @Column(name = "made_at", nullable = false)
    private OffsetDateTime madeAt;

    @Column(name = "author_account_id", nullable = false)
    private long authorAccountId;

    @Column(name = "author_label", nullable = false, length = 500)
    private String author;

    @Column(nullable = false, length = 2000)
    private String reason;

    @Column(name = "check_in_number")
    private Integer checkInNumber;

    @Column(nullable = false)
    private String changes;

    @Column(nullable = false)
    private String snapshot;

    protected PlanRevision() {
    }

    PlanRevision(long partnershipId, int number, OffsetDateTime madeAt, long authorAccountId, String author,
            String reason, Integer checkInNumber, String changes, String snapshot) {
        this.partnershipId = partnershipId;
        this.number = number;
        this.madeAt = madeAt;
        this.authorAccountId = authorAccountId;
        this.author = author;
        this.reason = reason;
        this.checkInNumber = checkInNumber;
        this.changes = changes;
        this.snapshot = snapshot;
    }

    public int getNumber() {
        return number;
    }

    public OffsetDateTime getMadeAt() {
        return madeAt;
    }

    public long getAuthorAccountId() {
        return authorAccountId;
    }

    public String getAuthor() {
        return author;
    }

    public String getReason() {
        return reason;
    }

    public Integer getCheckInNumber() {
        return checkInNumber;
    }

    public String getChanges() {
        return changes;
    }

    public String getSnapshot() {
        return snapshot;
    }
}

package org.kmbportal.partnerships;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * An earlier wording of a check-in's record, kept when a partner corrected it and never changed: what it said, who
 * wrote it and when (who recorded the check-in, or who corrected it before), and who replaced it and when.
 */
@Entity
@Table(name = "check_in_correction")
public class CheckInCorrection {

    @Id
    @SequenceGenerator(name = "check_in_correction_seq", sequenceName = "check_in_correction_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "check_in_correction_seq")
    private Long id;

    @Column(name = "partnership_id", nullable = false)
    private long partnershipId;

    @Column(name = "check_in_number", nullable = false)
    private int number;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "what_happened", nullable = false)
    private String whatHappened;

    @Column(name = "context_changes")
    private String contextChanges;

    @Column(name = "next_steps")
    private String nextSteps;

    @Column(name = "written_at", nullable = false)
    private OffsetDateTime writtenAt;

    @Column(name = "written_by", nullable = false, length = 500)
    private String writtenBy;

    @Column(name = "replaced_at", nullable = false)
    private OffsetDateTime replacedAt;

    @Column(name = "replaced_by", nullable = false, length = 500)
    private String replacedBy;

    protected CheckInCorrection() {
    }

    CheckInCorrection(long partnershipId, int number, CheckInWording earlier, OffsetDateTime writtenAt,
            String writtenBy, OffsetDateTime replacedAt, String replacedBy) {
        this.partnershipId = partnershipId;
        this.number = number;
        this.heldOn = earlier.heldOn();
        this.whatHappened = earlier.whatHappened();
        this.contextChanges = earlier.contextChanges();
        this.nextSteps = earlier.nextSteps();
        this.writtenAt = writtenAt;
        this.writtenBy = writtenBy;
        this.replacedAt = replacedAt;
        this.replacedBy = replacedBy;
    }

    public int getNumber() {
        return number;
    }

    /** What the record said before this correction. */
    public CheckInWording getWording() {
        return new CheckInWording(heldOn, whatHappened, contextChanges, nextSteps);
    }

    public OffsetDateTime getWrittenAt() {
        return writtenAt;
    }

    public String getWrittenBy() {
        return writtenBy;
    }

    public OffsetDateTime getReplacedAt() {
        return replacedAt;
    }

    public String getReplacedBy() {
        return replacedBy;
    }
}

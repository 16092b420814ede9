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
import jakarta.persistence.Version;

/**
 * A check-in the schedule alone no longer describes: one that was held (with its record), moved to another date, or
 * that fell before a change of the schedule (its date then stays). Other check-ins are computed
 * ({@link CheckInSchedule}).
 */
@Entity
@Table(name = "check_in")
public class CheckIn {

    @Id
    @SequenceGenerator(name = "check_in_seq", sequenceName = "check_in_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "check_in_seq")
    private Long id;

    @Column(name = "partnership_id", nullable = false)
    private long partnershipId;

    @Column(name = "check_in_number", nullable = false)
    private int number;

    @Column(name = "scheduled_for", nullable = false)
    private LocalDate scheduledFor;

    @Column(name = "moved_to")
    private LocalDate movedTo;

    @Column(name = "move_reason", length = 1000)
    private String moveReason;

    @Column(name = "moved_by", length = 500)
    private String movedBy;

    @Column(name = "held_on")
    private LocalDate heldOn;

    @Column(name = "recorded_at")
    private OffsetDateTime recordedAt;

    @Column(name = "recorded_by", length = 500)
    private String recordedBy;

    @Column(name = "what_happened")
    private String whatHappened;

    @Column(name = "context_changes")
    private String contextChanges;

    @Column(name = "next_steps")
    private String nextSteps;

    @Column(name = "plan_revision")
    private Integer planRevision;

    @Column(name = "profile_snapshot")
    private String profileSnapshot;

    @Column(name = "profile_changes")
    private String profileChanges;

    @Column(name = "corrected_at")
    private OffsetDateTime correctedAt;

    @Column(name = "corrected_by", length = 500)
    private String correctedBy;

    @Version
    private long version;

    protected CheckIn() {
    }

    CheckIn(long partnershipId, int number, LocalDate scheduledFor) {
        this.partnershipId = partnershipId;
        this.number = number;
        this.scheduledFor = scheduledFor;
    }

    void move(LocalDate to, String reason, String who) {
        this.movedTo = to;
        this.moveReason = reason;
        this.movedBy = who;
    }

    void record(CheckInRecord record, OffsetDateTime now, String who, Integer revision, String profileJson,
            String profileChangesJson) {
        this.heldOn = record.heldOn();
        this.whatHappened = record.whatHappened();
        this.contextChanges = record.contextChanges();
        this.nextSteps = record.nextSteps();
        this.recordedAt = now;
        this.recordedBy = who;
        this.planRevision = revision;
        this.profileSnapshot = profileJson;
        this.profileChanges = profileChangesJson;
    }

    /**
     * Replaces the record's wording with the corrected one; returns the wording it replaced (with who wrote it and
     * when), for the history.
     */
    CheckInCorrection correct(CheckInWording corrected, OffsetDateTime now, String who) {
        CheckInCorrection earlier = new CheckInCorrection(partnershipId, number, new CheckInWording(heldOn,
                getWhatHappened(), getContextChanges(), getNextSteps()), correctedAt == null ? recordedAt : correctedAt,
                correctedBy == null ? recordedBy : correctedBy, now, who);
        this.heldOn = corrected.heldOn();
        this.whatHappened = corrected.whatHappened();
        this.contextChanges = corrected.contextChanges();
        this.nextSteps = corrected.nextSteps();
        this.correctedAt = now;
        this.correctedBy = who;
        return earlier;
    }

    /** The record's wording now. */
    public CheckInWording wording() {
        return new CheckInWording(heldOn, getWhatHappened(), getContextChanges(), getNextSteps());
    }

    public CheckInSchedule.Stored toStored() {
        return new CheckInSchedule.Stored(number, scheduledFor, movedTo, heldOn);
    }

    public int getNumber() {
        return number;
    }

    public LocalDate getScheduledFor() {
        return scheduledFor;
    }

    public LocalDate getMovedTo() {
        return movedTo;
    }

    public String getMoveReason() {
        return moveReason;
    }

    public String getMovedBy() {
        return movedBy;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public boolean isHeld() {
        return heldOn != null;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public String getWhatHappened() {
        return whatHappened == null ? "" : whatHappened;
    }

    public String getContextChanges() {
        return contextChanges == null ? "" : contextChanges;
    }

    public String getNextSteps() {
        return nextSteps == null ? "" : nextSteps;
    }

    public Integer getPlanRevision() {
        return planRevision;
    }

    public String getProfileSnapshot() {
        return profileSnapshot;
    }

    public String getProfileChanges() {
        return profileChanges;
    }

    /** When the record was last corrected, or null when it says what was first recorded. */
    public OffsetDateTime getCorrectedAt() {
        return correctedAt;
    }

    public String getCorrectedBy() {
        return correctedBy;
    }

    /** The row's version: a correction names the one it was typed on, and is refused when it has changed since. */
    public long getVersion() {
        return version;
    }
}

package org.kmbportal.partnerships;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A mentor (and the mentor's organization, where there is one) working with a partner organization: its title and
 * the partner's goals in its own words, its state, the check-in schedule, the capacities the partner wants to build
 * and the number of the plan's latest revision. Changed only through the partnership services.
 */
@Entity
@Table(name = "partnership")
public class Partnership {

    @Id
    @SequenceGenerator(name = "partnership_seq", sequenceName = "partnership_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "partnership_seq")
    private Long id;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(nullable = false)
    private String goals = "";

    @Column(name = "mentor_account_id", nullable = false)
    private long mentorAccountId;

    @Column(name = "mentor_organization_id")
    private Long mentorOrganizationId;

    @Column(name = "partner_organization_id", nullable = false)
    private long partnerOrganizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PartnershipStatus status = PartnershipStatus.PROPOSED;

    @Column(name = "proposed_at", nullable = false)
    private OffsetDateTime proposedAt;

    @Column(name = "proposed_by", nullable = false, length = 500)
    private String proposedBy;

    @Column(name = "accepted_at")
    private OffsetDateTime acceptedAt;

    @Column(name = "accepted_by", length = 500)
    private String acceptedBy;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @Column(name = "closed_by", length = 500)
    private String closedBy;

    @Column(name = "closing_reflection", nullable = false)
    private String closingReflection = "";

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "check_in_months", nullable = false)
    private int checkInMonths = 3;

    @Column(name = "schedule_anchor")
    private LocalDate scheduleAnchor;

    @Column(name = "schedule_offset", nullable = false)
    private int scheduleOffset;

    @Column(nullable = false, length = 2000)
    private String capacities = "";

    @Column(name = "start_profile")
    private String startProfile;

    @Column(name = "plan_version", nullable = false)
    private long planVersion;

    @Column(name = "last_contact_at")
    private OffsetDateTime lastContactAt;

    @Column(name = "last_nudge_at")
    private OffsetDateTime lastNudgeAt;

    @Version
    private long version;

    protected Partnership() {
    }

    Partnership(String title, long mentorAccountId, Long mentorOrganizationId, long partnerOrganizationId,
            int checkInMonths, OffsetDateTime now, String proposedBy) {
        this.title = title;
        this.mentorAccountId = mentorAccountId;
        this.mentorOrganizationId = mentorOrganizationId;
        this.partnerOrganizationId = partnerOrganizationId;
        this.checkInMonths = checkInMonths;
        this.proposedAt = now;
        this.proposedBy = proposedBy;
    }

    void accept(String goals, List<String> capacityKeys, String profileJson, OffsetDateTime now, LocalDate today,
            String who) {
        this.status = PartnershipStatus.ACTIVE;
        this.goals = goals;
        setCapacities(capacityKeys);
        this.startProfile = profileJson;
        this.acceptedAt = now;
        this.acceptedBy = who;
        this.startDate = today;
        this.scheduleAnchor = today;
        this.scheduleOffset = 0;
        this.lastContactAt = now;
    }

    /** Ends it: {@code CLOSED} when it was active, else how the proposal ended ({@code DECLINED}, {@code WITHDRAWN}). */
    void close(PartnershipStatus ending, String reflection, OffsetDateTime now, String who) {
        this.status = ending;
        this.closingReflection = reflection;
        this.closedAt = now;
        this.closedBy = who;
    }

    void setTitle(String title) {
        this.title = title;
    }

    void setGoals(String goals) {
        this.goals = goals;
    }

    void setCapacities(List<String> keys) {
        this.capacities = String.join(" ", keys);
    }

    void reschedule(int months, LocalDate anchor, int offset) {
        this.checkInMonths = months;
        this.scheduleAnchor = anchor;
        this.scheduleOffset = offset;
    }

    void setMentor(long accountId, Long organizationId) {
        this.mentorAccountId = accountId;
        this.mentorOrganizationId = organizationId;
    }

    void setPlanVersion(long planVersion) {
        this.planVersion = planVersion;
    }

    void contacted(OffsetDateTime at) {
        if (lastContactAt == null || at.isAfter(lastContactAt)) {
            lastContactAt = at;
        }
    }

    void nudged(OffsetDateTime at) {
        this.lastNudgeAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getGoals() {
        return goals;
    }

    public long getMentorAccountId() {
        return mentorAccountId;
    }

    public Long getMentorOrganizationId() {
        return mentorOrganizationId;
    }

    public long getPartnerOrganizationId() {
        return partnerOrganizationId;
    }

    public PartnershipStatus getStatus() {
        return status;
    }

    public boolean isActive() {
        return status == PartnershipStatus.ACTIVE;
    }

    /** Closed, declined or withdrawn. */
    public boolean isEnded() {
        return status.ended();
    }

    public OffsetDateTime getProposedAt() {
        return proposedAt;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public OffsetDateTime getAcceptedAt() {
        return acceptedAt;
    }

    public String getAcceptedBy() {
        return acceptedBy;
    }

    public OffsetDateTime getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public String getClosingReflection() {
        return closingReflection;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public int getCheckInMonths() {
        return checkInMonths;
    }

    public LocalDate getScheduleAnchor() {
        return scheduleAnchor;
    }

    public int getScheduleOffset() {
        return scheduleOffset;
    }

    /** The capacity keys the partner wants to build, in the order it chose them. */
    public List<String> getCapacities() {
        return capacities.isBlank() ? List.of() : Arrays.asList(capacities.strip().split(" "));
    }

    public String getStartProfile() {
        return startProfile;
    }

    public long getPlanVersion() {
        return planVersion;
    }

    public OffsetDateTime getLastContactAt() {
        return lastContactAt;
    }

    public OffsetDateTime getLastNudgeAt() {
        return lastNudgeAt;
    }

    public long getVersion() {
        return version;
    }
}

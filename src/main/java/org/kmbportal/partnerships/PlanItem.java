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

/** One item of a partnership's current work plan. Its id stays the same across revisions. */
@Entity
@Table(name = "plan_item")
public class PlanItem {

    @Id
    @SequenceGenerator(name = "plan_item_seq", sequenceName = "plan_item_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_item_seq")
    private Long id;

    @Column(name = "partnership_id", nullable = false)
    private long partnershipId;

    @Column(name = "item_position", nullable = false)
    private int position;

    @Column(nullable = false, length = 300)
    private String what;

    @Column(nullable = false, length = 2000)
    private String why;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_lead", nullable = false, length = 10)
    private Lead lead;

    @Column(name = "due_date")
    private LocalDate due;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ItemStatus status;

    @Column(nullable = false, length = 4000)
    private String notes;

    @Column(nullable = false, length = 2000)
    private String resources;

    @Column(nullable = false, length = 2000)
    private String collections;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    protected PlanItem() {
    }

    PlanItem(long partnershipId) {
        this.partnershipId = partnershipId;
    }

    /** Takes the item's new state; {@code changedAt} moves only when something changed. */
    void apply(ItemState state, int newPosition, OffsetDateTime now) {
        boolean changed = id == null || !state.sameContent(toState());
        position = newPosition;
        what = state.what();
        why = state.why();
        lead = state.lead();
        due = state.due();
        status = state.status();
        notes = state.notes();
        resources = String.join(" ", state.resources());
        collections = String.join(" ", state.collections());
        if (changed) {
            changedAt = now;
        }
    }

    public ItemState toState() {
        return new ItemState(id, what, why, lead, due, status, notes, split(resources), split(collections));
    }

    private static List<String> split(String ids) {
        return ids == null || ids.isBlank() ? List.of() : Arrays.asList(ids.strip().split(" "));
    }

    public Long getId() {
        return id;
    }

    public long getPartnershipId() {
        return partnershipId;
    }

    public int getPosition() {
        return position;
    }

    public OffsetDateTime getChangedAt() {
        return changedAt;
    }
}

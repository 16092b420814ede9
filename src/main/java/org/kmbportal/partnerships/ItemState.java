package org.kmbportal.partnerships;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A plan item's content, as plans are saved, compared and kept in revisions.
 *
 * @param id
 *            the item's id, or null for an item not saved yet
 * @param resources
 *            ids of linked library resources
 * @param collections
 *            ids of linked collections
 */
public record ItemState(Long id, String what, String why, Lead lead, LocalDate due, ItemStatus status, String notes,
        List<String> resources, List<String> collections) {

    public ItemState {
        what = what == null ? "" : what.strip();
        why = why == null ? "" : why.strip();
        lead = lead == null ? Lead.PARTNER : lead;
        status = status == null ? ItemStatus.PLANNED : status;
        notes = notes == null ? "" : notes.strip();
        resources = resources == null ? List.of() : List.copyOf(resources);
        collections = collections == null ? List.of() : List.copyOf(collections);
    }

    /** Whether everything but the id is equal. */
    public boolean sameContent(ItemState other) {
        return other != null && what.equals(other.what) && why.equals(other.why) && lead == other.lead
                && Objects.equals(due, other.due) && status == other.status && notes.equals(other.notes)
                && resources.equals(other.resources) && collections.equals(other.collections);
    }

    public boolean open() {
        return status.open();
    }

    public boolean overdue(LocalDate today) {
        return open() && due != null && due.isBefore(today);
    }
}

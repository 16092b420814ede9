package org.kmbportal.partnerships;

import java.util.List;

/**
 * A plan as someone wants to save it: its items in order (an item without an id is new; an item of the plan left out
 * is removed) and the goals, or null to keep them.
 */
public record PlanDraft(String goals, List<ItemState> items) {

    public PlanDraft {
        items = items == null ? List.of() : List.copyOf(items);
    }
}

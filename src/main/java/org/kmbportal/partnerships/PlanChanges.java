package org.kmbportal.partnerships;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** What changed between two versions of a plan, item by item (items are matched by id). */
public final class PlanChanges {

    private PlanChanges() {
    }

    public static List<PlanChange> between(String goalsBefore, List<ItemState> before, String goalsAfter,
            List<ItemState> after) {
        List<PlanChange> changes = new ArrayList<>();
        if (!Objects.equals(goalsBefore, goalsAfter)) {
            changes.add(new PlanChange(PlanChange.Kind.GOALS, null, "", "goals", goalsBefore, goalsAfter));
        }
        Map<Long, ItemState> old = new LinkedHashMap<>();
        before.forEach(i -> old.put(i.id(), i));
        List<Long> keptInOldOrder = new ArrayList<>();
        for (ItemState item : after) {
            ItemState previous = item.id() == null ? null : old.get(item.id());
            if (previous == null) {
                changes.add(new PlanChange(PlanChange.Kind.ADDED, item.id(), item.what(), "", "", ""));
            } else {
                keptInOldOrder.add(item.id());
                fields(previous, item, changes);
            }
        }
        java.util.Set<Long> kept = new java.util.HashSet<>(keptInOldOrder);
        for (ItemState gone : before) {
            if (!kept.contains(gone.id())) {
                changes.add(new PlanChange(PlanChange.Kind.REMOVED, gone.id(), gone.what(), "", "", ""));
            }
        }
        List<Long> oldOrder = before.stream().map(ItemState::id).filter(kept::contains).toList();
        if (!oldOrder.equals(keptInOldOrder)) {
            changes.add(new PlanChange(PlanChange.Kind.REORDERED, null, "", "", "", ""));
        }
        return changes;
    }

    private static void fields(ItemState a, ItemState b, List<PlanChange> changes) {
        field(a, b, "what", ItemState::what, changes);
        field(a, b, "why", ItemState::why, changes);
        field(a, b, "lead", i -> i.lead().key(), changes);
        field(a, b, "due", i -> i.due() == null ? "" : i.due().toString(), changes);
        field(a, b, "status", i -> i.status().key(), changes);
        field(a, b, "notes", ItemState::notes, changes);
        field(a, b, "resources", i -> String.join(" ", i.resources()), changes);
        field(a, b, "collections", i -> String.join(" ", i.collections()), changes);
    }

    private static void field(ItemState a, ItemState b, String name, Function<ItemState, String> value,
            List<PlanChange> changes) {
        String from = value.apply(a);
        String to = value.apply(b);
        if (!from.equals(to)) {
            changes.add(new PlanChange(PlanChange.Kind.CHANGED, b.id(), b.what(), name, from, to));
        }
    }
}

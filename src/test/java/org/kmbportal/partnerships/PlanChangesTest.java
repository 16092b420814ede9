package org.kmbportal.partnerships;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class PlanChangesTest {

    private static ItemState item(long id, String what, ItemStatus status, String... resources) {
        return new ItemState(id, what, "because", Lead.PARTNER, LocalDate.of(2027, 6, 1), status, "", List.of(
                resources), List.of());
    }

    @Test
    void addedRemovedChangedAndReorderedItemsAreEachNamed() {
        List<ItemState> before = List.of(item(1, "Screen mentors", ItemStatus.PLANNED),
                item(2, "Train mentors", ItemStatus.PLANNED, "pre-match-mentor-training"),
                item(3, "Plan an evaluation", ItemStatus.PLANNED));
        List<ItemState> after = List.of(item(2, "Train mentors", ItemStatus.IN_PROGRESS),
                item(1, "Screen volunteer mentors", ItemStatus.PLANNED), item(9, "Survey youth", ItemStatus.PLANNED));
        List<PlanChange> changes = PlanChanges.between("goals", before, "goals", after);
        List<String> words = changes.stream().map(c -> PlanWording.change(c, Locale.ENGLISH)).toList();
        assertEquals(List.of("“Train mentors”: status planned → in progress",
                "“Train mentors”: unlinked pre-match-mentor-training",
                "“Screen mentors” renamed “Screen volunteer mentors”", "Added “Survey youth”",
                "Removed “Plan an evaluation”", "The items were put in another order"), words);
    }

    @Test
    void anUnchangedPlanHasNoChangesAndRewrittenGoalsAreOne() {
        List<ItemState> plan = List.of(item(1, "Screen mentors", ItemStatus.DONE));
        assertEquals(List.of(), PlanChanges.between("g", plan, "g", plan));
        List<PlanChange> goals = PlanChanges.between("old goals", plan, "new goals", plan);
        assertEquals(PlanChange.Kind.GOALS, goals.get(0).kind());
        assertEquals("Les objectifs ont été réécrits", PlanWording.change(goals.get(0), Locale.FRENCH));
    }

    @Test
    void changesAndSnapshotsSurviveTheirJsonRoundTripWithOddText() {
        String odd = "«Guillemets» \"quotes\" \\ back\nslash, emoji 🌱, <b>tags</b> & | pipes";
        List<ItemState> items = List.of(new ItemState(5L, odd, odd, Lead.MENTOR, null, ItemStatus.DROPPED, odd,
                List.of("a-resource"), List.of("a-collection")));
        PlanCodec.Snapshot back = PlanCodec.snapshot(PlanCodec.snapshot(odd, items));
        assertEquals(odd, back.goals());
        assertEquals(items, back.items());
        List<PlanChange> changes = PlanChanges.between("", List.of(), odd, items);
        assertEquals(changes, PlanCodec.changes(PlanCodec.changes(changes)));
    }
}

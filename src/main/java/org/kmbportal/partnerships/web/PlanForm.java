package org.kmbportal.partnerships.web;

import java.io.Serializable;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.kmbportal.partnerships.ItemState;
import org.kmbportal.partnerships.ItemStatus;
import org.kmbportal.partnerships.Lead;
import org.kmbportal.partnerships.PlanDraft;

/** The plan editor's form: the goals, the items in order, and the reason for the change. */
public class PlanForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String goals = "";
    private String reason = "";
    private final List<ItemRow> rows = new ArrayList<>();

    void reset(String newGoals, List<ItemRow> newRows) {
        goals = newGoals;
        reason = "";
        rows.clear();
        rows.addAll(newRows);
    }

    void add() {
        rows.add(new ItemRow());
    }

    void remove(int index) {
        if (index >= 0 && index < rows.size()) {
            rows.remove(index);
        }
    }

    void move(int index, int by) {
        int target = index + by;
        if (index >= 0 && index < rows.size() && target >= 0 && target < rows.size()) {
            rows.add(target, rows.remove(index));
        }
    }

    /** Leaves out the rows added and left empty ({@link ItemRow#isUntouchedNew}): a save ignores them. */
    void dropUntouchedNewRows() {
        rows.removeIf(ItemRow::isUntouchedNew);
    }

    /**
     * The plan to save; {@code withGoals} false keeps the stored goals (the mentor's form does not send them).
     *
     * @throws BadDate
     *             naming the first row whose due date is not a date
     */
    PlanDraft toDraft(boolean withGoals) {
        List<ItemState> items = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ItemRow row = rows.get(i);
            try {
                items.add(new ItemState(row.getId(), row.getWhat(), row.getWhy(),
                        Lead.fromKey(row.getLead()).orElse(Lead.PARTNER), row.dueDate(),
                        ItemStatus.fromKey(row.getStatus()).orElse(ItemStatus.PLANNED), row.getNotes(),
                        row.getResources().stream().map(ItemRow.Link::id).toList(),
                        row.getCollections().stream().map(ItemRow.Link::id).toList()));
            } catch (DateTimeParseException e) {
                throw new BadDate(i);
            }
        }
        return new PlanDraft(withGoals ? goals : null, items);
    }

    /** A due date typed that is not a date. */
    static final class BadDate extends RuntimeException {
        private final int row;

        BadDate(int row) {
            this.row = row;
        }

        int row() {
            return row;
        }
    }

    public String getGoals() {
        return goals;
    }

    public void setGoals(String goals) {
        this.goals = goals;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public List<ItemRow> getRows() {
        return rows;
    }

    /** What was typed in item {@code index}'s box (what, why, notes), or null for another box or no such item. */
    String typedIn(int index, String box) {
        if (index < 0 || index >= rows.size() || box == null) {
            return null;
        }
        ItemRow row = rows.get(index);
        return switch (box) {
            case "what" -> row.getWhat();
            case "why" -> row.getWhy();
            case "notes" -> row.getNotes();
            default -> null;
        };
    }
}

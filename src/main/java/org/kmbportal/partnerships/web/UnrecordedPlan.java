package org.kmbportal.partnerships.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.kmbportal.partnerships.ItemState;
import org.kmbportal.partnerships.PlanDraft;
import org.kmbportal.partnerships.PlanWording;
import org.kmbportal.web.Messages;

/**
 * The plan changes typed into a check-in that a colleague recorded first, in words: the plan stays as the colleague's
 * record left it, so each change (an item added with all it says, a box changed with what it says now, items taken
 * out, a new order, the goals, the reason) is given back as text, to read on the page and to keep as notes.
 */
final class UnrecordedPlan {

    private UnrecordedPlan() {
    }

    /**
     * The changes from the plan the form was loaded with to the form as typed, each a part (its label, its text) in
     * the language given; none when nothing was changed. Rows added and left empty are no change.
     */
    static List<UnrecordedText.Part> parts(PlanDraft loaded, PlanForm form, boolean withGoals, Locale language) {
        List<UnrecordedText.Part> parts = new ArrayList<>();
        if (withGoals && !Objects.equals(strip(form.getGoals()), strip(loaded.goals()))) {
            parts.add(new UnrecordedText.Part(words(language, "partnerships.goals"), orDash(form.getGoals())));
        }
        Map<Long, ItemState> before = new LinkedHashMap<>();
        loaded.items().forEach(item -> before.put(item.id(), item));
        Set<Long> kept = new HashSet<>();
        List<Long> keptOrder = new ArrayList<>();
        List<ItemRow> rows = form.getRows();
        for (int i = 0; i < rows.size(); i++) {
            ItemRow row = rows.get(i);
            String heading = PlanWording.itemHeading(i + 1, row.getWhat(), language);
            ItemState old = row.getId() == null ? null : before.get(row.getId());
            if (old == null) {
                if (!row.isUntouchedNew()) {
                    parts.add(new UnrecordedText.Part(words(language, "partnerships.checkIn.unrecorded.added",
                            heading), String.join("\n", lines(null, row, language))));
                }
                continue;
            }
            kept.add(old.id());
            keptOrder.add(old.id());
            List<String> changed = lines(old, row, language);
            if (!changed.isEmpty()) {
                parts.add(new UnrecordedText.Part(heading, String.join("\n", changed)));
            }
        }
        List<String> removed = loaded.items().stream().filter(item -> !kept.contains(item.id())).map(
                item -> item.what()).toList();
        if (!removed.isEmpty()) {
            parts.add(new UnrecordedText.Part(words(language, "partnerships.checkIn.unrecorded.removed"), String
                    .join("\n", removed)));
        }
        List<Long> oldOrder = loaded.items().stream().map(ItemState::id).filter(kept::contains).toList();
        if (!oldOrder.equals(keptOrder)) {
            List<String> order = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                order.add(PlanWording.itemHeading(i + 1, rows.get(i).getWhat(), language));
            }
            parts.add(new UnrecordedText.Part(words(language, "partnerships.checkIn.unrecorded.order"), String.join(
                    "\n", order)));
        }
        if (form.getReason() != null && !form.getReason().isBlank()) {
            parts.add(new UnrecordedText.Part(words(language, "partnerships.plan.reason"), form.getReason()));
        }
        return parts;
    }

    /**
     * What a row says that differs from the item it was ({@code old}), one "Box: what it says now" line each; every
     * box that says something for a row added ({@code old} null).
     */
    private static List<String> lines(ItemState old, ItemRow row, Locale language) {
        List<String> lines = new ArrayList<>();
        boolean added = old == null;
        line(lines, language, "what", added ? !blank(row.getWhat()) : !strip(row.getWhat()).equals(old.what()), row
                .getWhat());
        line(lines, language, "why", added ? !blank(row.getWhy()) : !strip(row.getWhy()).equals(old.why()), row
                .getWhy());
        String lead = PlanWording.lead(orDefault(row.getLead(), "partner"), language);
        if (added) {
            line(lines, language, "lead", true, lead);
        } else if (!Objects.equals(row.getLead(), old.lead().key())) {
            choice(lines, language, "lead", PlanWording.lead(old.lead().key(), language), lead);
        }
        String due = strip(row.getDue());
        String wasDue = old == null || old.due() == null ? "" : old.due().toString();
        if (added ? !due.isEmpty() : !due.equals(wasDue)) {
            choice(lines, language, "due", added ? null : dueOrNone(wasDue, language), dueOrNone(due, language));
        }
        String status = PlanWording.status(orDefault(row.getStatus(), "planned"), language);
        if (added) {
            line(lines, language, "status", true, status);
        } else if (!Objects.equals(row.getStatus(), old.status().key())) {
            choice(lines, language, "status", PlanWording.status(old.status().key(), language), status);
        }
        line(lines, language, "notes", added ? !blank(row.getNotes()) : !strip(row.getNotes()).equals(old.notes()),
                row.getNotes());
        List<String> resources = row.getResources().stream().map(ItemRow.Link::id).toList();
        List<String> collections = row.getCollections().stream().map(ItemRow.Link::id).toList();
        boolean linksChanged = added
                ? !resources.isEmpty() || !collections.isEmpty()
                : !resources.equals(old.resources()) || !collections.equals(old.collections());
        if (linksChanged) {
            List<String> titles = new ArrayList<>();
            row.getResources().forEach(link -> titles.add(link.title()));
            row.getCollections().forEach(link -> titles.add(link.title()));
            lines.add(words(language, "partnerships.checkIn.unrecorded.field", words(language,
                    "partnerships.item.links"),
                    titles.isEmpty()
                            ? words(language, "partnerships.item.links.none")
                            : String.join(" · ", titles)));
        }
        return lines;
    }

    private static void line(List<String> lines, Locale language, String box, boolean changed, String now) {
        if (changed) {
            lines.add(words(language, "partnerships.checkIn.unrecorded.field", words(language, "partnerships.field."
                    + box), orDash(now)));
        }
    }

    /**
     * A choice changed (who leads, the due date, the status): "Status: from planned to in progress", so the note says
     * what the colleague's record left, not only what was typed; what it is now alone for an item added ({@code was}
     * null).
     */
    private static void choice(List<String> lines, Locale language, String box, String was, String now) {
        String label = words(language, "partnerships.field." + box);
        lines.add(was == null
                ? words(language, "partnerships.checkIn.unrecorded.field", label, now)
                : words(language, "partnerships.checkIn.unrecorded.changedFrom", label, was, now));
    }

    private static String dueOrNone(String due, Locale language) {
        return due.isEmpty() ? words(language, "partnerships.due.none") : due;
    }

    private static String words(Locale language, String key, Object... arguments) {
        return Messages.format(language, key, arguments);
    }

    private static String orDash(String text) {
        return blank(text) ? "—" : text.strip();
    }

    private static String orDefault(String value, String otherwise) {
        return blank(value) ? otherwise : value;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}

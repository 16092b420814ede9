package org.kmbportal.partnerships;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.kmbportal.curation.CollectionService;
import org.kmbportal.library.LibraryService;

/**
 * What a plan may hold: at most {@value #MAX_ITEMS} items, each with a "what", texts within their lengths, linked
 * resources that are published and collections the person saving may read, and only ids of the plan's own items.
 * Every problem is reported at once, each with the item's position.
 */
@ApplicationScoped
public class PlanRules {

    public static final int MAX_ITEMS = 60;
    public static final int MAX_WHAT = 300;
    public static final int MAX_WHY = 2000;
    public static final int MAX_NOTES = 4000;
    public static final int MAX_LINKS = 12;
    /** The earliest due date an item may have: a date before it is a slip of the keyboard (1901 for 2001). */
    public static final java.time.LocalDate FIRST_DUE = java.time.LocalDate.of(2000, 1, 1);
    /** The latest due date an item may have. */
    public static final java.time.LocalDate LAST_DUE = java.time.LocalDate.of(2099, 12, 31);

    @Inject
    LibraryService library;

    @Inject
    CollectionService collections;

    /** The items cleaned (texts trimmed, links without repeats), or a refusal naming every problem. */
    public List<ItemState> check(List<ItemState> items, Set<Long> existingIds) {
        List<PartnershipException.Problem> problems = new ArrayList<>();
        if (items.size() > MAX_ITEMS) {
            problems.add(new PartnershipException.Problem(0, "too_many_items", String.valueOf(MAX_ITEMS)));
        }
        List<ItemState> cleaned = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            ItemState item = items.get(i);
            int n = i + 1;
            if (item.id() != null && (!existingIds.contains(item.id()) || !seen.add(item.id()))) {
                problems.add(new PartnershipException.Problem(n, "unknown_item", String.valueOf(item.id())));
            }
            String what = Inputs.clean(item.what());
            if (what.isEmpty()) {
                problems.add(new PartnershipException.Problem(n, "what_required", ""));
            }
            length(n, "what", what, MAX_WHAT, problems);
            if (item.due() != null && (item.due().isBefore(FIRST_DUE) || item.due().isAfter(LAST_DUE))) {
                problems.add(new PartnershipException.Problem(n, "due_out_of_range", FIRST_DUE + "/" + LAST_DUE,
                        "due"));
            }
            String why = Inputs.clean(item.why());
            length(n, "why", why, MAX_WHY, problems);
            String notes = Inputs.clean(item.notes());
            length(n, "notes", notes, MAX_NOTES, problems);
            List<String> resources = List.copyOf(new LinkedHashSet<>(item.resources()));
            List<String> linkedCollections = List.copyOf(new LinkedHashSet<>(item.collections()));
            if (resources.size() + linkedCollections.size() > MAX_LINKS) {
                problems.add(new PartnershipException.Problem(n, "too_many_links", String.valueOf(MAX_LINKS)));
            }
            for (String id : resources) {
                if (id == null || library.published(id).isEmpty()) {
                    problems.add(new PartnershipException.Problem(n, "unknown_resource", String.valueOf(id)));
                }
            }
            for (String id : linkedCollections) {
                if (id == null || collections.readable(id, null).isEmpty()) {
                    problems.add(new PartnershipException.Problem(n, "unknown_collection", String.valueOf(id)));
                }
            }
            cleaned.add(new ItemState(item.id(), what, why, item.lead(), item.due(), item.status(), notes, resources,
                    linkedCollections));
        }
        if (!problems.isEmpty()) {
            throw new PartnershipException(PartnershipException.Kind.BAD_REQUEST, "invalid_plan",
                    "The plan was not saved: " + describe(problems), problems);
        }
        return cleaned;
    }

    private static void length(int item, String field, String text, int max,
            List<PartnershipException.Problem> problems) {
        if (org.kmbportal.platform.PlainText.length(text) > max) {
            problems.add(new PartnershipException.Problem(item, "too_long", String.valueOf(max), field));
        }
    }

    static String describe(List<PartnershipException.Problem> problems) {
        List<String> parts = new ArrayList<>();
        for (PartnershipException.Problem p : problems) {
            String where = (p.item() > 0 ? "item " + p.item() + ": " : "")
                    + (p.field() != null ? "'" + p.field() + "': " : "");
            parts.add(where + switch (p.code()) {
                case "too_many_items" -> "a plan holds at most " + p.value() + " items";
                case "unknown_item" -> "there is no item " + p.value() + " in this plan";
                case "what_required" -> "say what is to be done";
                case "too_long" -> "a text is longer than " + p.value() + " characters";
                case "due_out_of_range" -> "the due date must be a day from " + p.value().replace("/", " to ");
                case "too_many_links" -> "link at most " + p.value() + " resources and collections";
                case "unknown_resource" -> "'" + p.value() + "' is not a published resource";
                case "unknown_collection" -> "'" + p.value() + "' is not a collection you may read";
                default -> p.code() + " " + p.value();
            });
        }
        return String.join("; ", parts) + ".";
    }
}

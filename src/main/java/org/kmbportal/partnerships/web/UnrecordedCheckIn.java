package org.kmbportal.partnerships.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.kmbportal.library.Taxonomy;
import org.kmbportal.partnerships.ItemState;
import org.kmbportal.partnerships.PlanDraft;
import org.kmbportal.web.Messages;

/**
 * What was typed on a check-in's form and not recorded because a colleague recorded it first, in words: the plan
 * changes, the reason and the ratings (the texts are {@link UnrecordedText}'s), and which free texts were typed, to
 * tell the language they were written in.
 */
final class UnrecordedCheckIn {

    private UnrecordedCheckIn() {
    }

    /** The plan changes, the reason and the ratings typed, in the language given. */
    static List<UnrecordedText.Part> changes(Locale language, PlanDraft loaded, PlanForm form,
            Map<String, String> ratings, Taxonomy taxonomy) {
        List<UnrecordedText.Part> parts = new ArrayList<>(UnrecordedPlan.parts(loaded, form, true, language));
        List<String> given = new ArrayList<>();
        ratings.forEach((capacity, value) -> {
            if (value != null && !value.isBlank()) {
                given.add(Messages.format(language, "partnerships.checkIn.unrecorded.field",
                        taxonomy.capacityLabel(capacity, language.getLanguage()), value.strip()));
            }
        });
        if (!given.isEmpty()) {
            parts.add(new UnrecordedText.Part(Messages.format(language, "partnerships.checkIn.ratings"), String.join(
                    "\n", given)));
        }
        return parts;
    }

    /** The free texts typed: the record's boxes, the reason, and the words of the plan items added or changed. */
    static List<String> typedTexts(PlanDraft loaded, PlanForm form, String whatHappened, String contextChanges,
            String nextSteps) {
        List<String> typed = new ArrayList<>(Arrays.asList(whatHappened, contextChanges, nextSteps, form
                .getReason()));
        Map<Long, ItemState> before = new HashMap<>();
        loaded.items().forEach(item -> before.put(item.id(), item));
        for (ItemRow row : form.getRows()) {
            ItemState old = row.getId() == null ? null : before.get(row.getId());
            if (old == null || !old.what().equals(strip(row.getWhat())) || !old.why().equals(strip(row.getWhy()))
                    || !old.notes().equals(strip(row.getNotes()))) {
                typed.addAll(Arrays.asList(row.getWhat(), row.getWhy(), row.getNotes()));
            }
        }
        return typed;
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}

package org.kmbportal.partnerships.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.kmbportal.partnerships.ItemState;
import org.kmbportal.partnerships.ItemStatus;
import org.kmbportal.partnerships.Lead;
import org.kmbportal.partnerships.PlanDraft;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;

/** The plan changes typed into a check-in recorded first by a colleague, in words: every one given back. */
class UnrecordedPlanTest {

    private static ItemState item(long id, String what) {
        return new ItemState(id, what, "", Lead.PARTNER, null, ItemStatus.PLANNED, "", List.of(), List.of());
    }

    @Test
    void everyChangeTypedIsGivenBackWithWhatItSaysNow() {
        Random random = new Random(Gen.seed() ^ 0x9E1AL);
        for (Locale language : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            String first = GeneratedText.oddTitles(150).next(random);
            String second = GeneratedText.oddTitles(150).next(random);
            PlanDraft loaded = new PlanDraft("goals", List.of(item(1, first), item(2, second)));
            PlanForm form = new PlanForm();
            form.reset("goals", List.of(ItemRow.of(loaded.items().get(0), List.of(), List.of())));
            String progress = GeneratedText.libraryWords(900).next(random);
            form.getRows().get(0).setStatus("in-progress");
            form.getRows().get(0).setNotes(progress);
            form.add();
            String added = GeneratedText.oddTitles(200).next(random);
            String why = GeneratedText.libraryWords(700).next(random);
            form.getRows().get(1).setWhat(added);
            form.getRows().get(1).setWhy(why);
            form.add();
            String reason = GeneratedText.libraryWords(300).next(random);
            form.setReason(reason);

            List<UnrecordedText.Part> parts = UnrecordedPlan.parts(loaded, form, true, language);
            String all = String.join("\n", parts.stream().map(p -> p.label() + "\n" + p.text()).toList());
            for (String typed : List.of(progress.strip(), added.strip(), why.strip(), reason.strip(), second.strip())) {
                assertTrue(all.contains(typed), typed);
            }
            String from = org.kmbportal.web.Messages.format(language, "partnerships.checkIn.unrecorded.changedFrom",
                    org.kmbportal.web.Messages.format(language, "partnerships.field.status"),
                    org.kmbportal.partnerships.PlanWording.status("planned", language),
                    org.kmbportal.partnerships.PlanWording.status("in-progress", language));
            assertTrue(all.contains(from), "the status it had and the one typed: " + from + "\n" + all);
            assertEquals(4, parts.size(), "item 1 changed, item 2 added, the item taken out, the reason: " + all);
        }
    }

    @Test
    void aFormAsLoadedIsNoChange() {
        PlanDraft loaded = new PlanDraft("goals", List.of(item(1, "One"), item(2, "Two")));
        PlanForm form = new PlanForm();
        form.reset("goals", loaded.items().stream().map(i -> ItemRow.of(i, List.of(), List.of())).toList());
        form.add();
        assertEquals(List.of(), UnrecordedPlan.parts(loaded, form, true, Locale.ENGLISH));
    }
}

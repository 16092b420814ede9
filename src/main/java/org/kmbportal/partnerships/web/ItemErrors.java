package org.kmbportal.partnerships.web;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.kmbportal.partnerships.PartnershipException;

/**
 * A plan form's refusals said beside the item boxes they are about (what, why, due, notes), by item and box: the box
 * is then marked invalid and described by them. Kept with the form across the redirect after a button.
 */
final class ItemErrors implements Serializable {

    private static final long serialVersionUID = 1L;

    private final HashMap<String, String> byBox = new HashMap<>();

    /** What is wrong with box {@code box} of item {@code index} (from 0), or null. */
    String of(int index, String box) {
        return byBox.get(index + ":" + box);
    }

    void clear() {
        byBox.clear();
    }

    HashMap<String, String> copy() {
        return new HashMap<>(byBox);
    }

    void restore(Map<String, String> kept) {
        byBox.clear();
        if (kept != null) {
            byBox.putAll(kept);
        }
    }

    /** An item's due date that is no date: said beside its box. */
    void dueRefused(int index, String text, Locale locale) {
        byBox.put(index + ":due", sentence(text, locale));
    }

    /** Says each item's problem that has a box (its "what" left empty, a text too long, a due date) beside it. */
    void beside(PartnershipException e, Refusals refusals, PlanForm form, Locale locale) {
        for (PartnershipException.Problem p : e.problems()) {
            String box = p.code().equals("what_required") ? "what" : p.field();
            if (p.item() > 0 && box != null) {
                String text = refusals.besideItem(p, form.typedIn(p.item() - 1, p.field()));
                byBox.put((p.item() - 1) + ":" + box, sentence(text, locale));
            }
        }
    }

    /** A problem's words as a sentence of their own, beside the box (they follow "Item 2: " elsewhere). */
    private static String sentence(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }
}

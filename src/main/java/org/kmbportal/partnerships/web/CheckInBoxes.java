package org.kmbportal.partnerships.web;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.kmbportal.partnerships.CheckInService;
import org.kmbportal.partnerships.PartnershipException;
import org.kmbportal.platform.PlainText;
import org.kmbportal.web.FacesMessages;
import org.kmbportal.web.Messages;

/**
 * What is wrong with the check-in page's text boxes (what happened, the context's changes, the next steps, the plan's
 * reason, a move's reason), said beside each box and kept with the form across the page's redirect: a new check-in
 * too long said so only above the form (user session), the correction page beside its box.
 */
final class CheckInBoxes implements Serializable {

    private static final long serialVersionUID = 1L;
    /** A refusal's code to the box it is about, by the box's id. */
    private static final Map<String, String> BOX = Map.of("what_happened_required", "what-happened",
            "invalid_context", "context-changes", "invalid_next_steps", "next-steps", "invalid_reason", "reason",
            "reason_required", "reason", "invalid_move_reason", "move-reason");

    /** A check-in's text, as a refusal's problem names it, to its box's id. */
    private static final Map<String, String> TEXT = Map.of("what_happened", "what-happened", "context_changes",
            "context-changes", "next_steps", "next-steps");

    private final Map<String, String> errors = new HashMap<>();

    /**
     * Says the refusal beside its box, when it is about one: a text over its limit with the limit and its length
     * ("At most 8,000 characters here; this has 9,412."), else the refusal's own words. Returns whether it was.
     */
    boolean beside(PartnershipException e, UnaryOperator<String> typedIn, Locale locale) {
        Map<String, String> each = tooLong(e, typedIn, locale);
        if (!each.isEmpty()) {
            errors.putAll(each);
            return true;
        }
        String box = BOX.get(e.code());
        if (box == null) {
            return false;
        }
        var tooLong = e.problems().stream().filter(p -> p.item() == 0 && "too_long".equals(p.code())).findFirst();
        errors.put(box, tooLong.isPresent()
                ? Messages.format(locale, FacesMessages.TOO_LONG, Integer.parseInt(tooLong.get().value()), PlainText
                        .typedLength(typedIn.apply(box)))
                : Messages.format(locale, "partnerships.error." + e.code()));
        return true;
    }

    /**
     * Each text of a check-in refused as too long ({@link CheckInService#TOO_LONG}), by its box's id, with the limit
     * and its length ("At most 8,000 characters here; this has 12,000."): all of them at once (user session ci58).
     */
    static Map<String, String> tooLong(PartnershipException e, UnaryOperator<String> typedIn, Locale locale) {
        Map<String, String> each = new HashMap<>();
        if (CheckInService.TOO_LONG.equals(e.code())) {
            e.problems().stream().filter(p -> p.item() == 0 && "too_long".equals(p.code()) && TEXT.containsKey(p
                    .field())).forEach(p -> each.put(TEXT.get(p.field()), Messages.format(locale,
                            FacesMessages.TOO_LONG, Integer.parseInt(p.value()), PlainText.typedLength(typedIn.apply(
                                    TEXT.get(p.field()))))));
        }
        return each;
    }

    /** What is wrong with that box, or null. */
    String of(String box) {
        return errors.get(box);
    }

    void clear() {
        errors.clear();
    }

    Map<String, String> copy() {
        return new HashMap<>(errors);
    }

    void restore(Map<String, String> kept) {
        errors.clear();
        if (kept != null) {
            errors.putAll(kept);
        }
    }
}

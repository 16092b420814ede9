package org.kmbportal.partnerships.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.kmbportal.web.FacesMessages;
import org.kmbportal.partnerships.PartnershipException;
import org.kmbportal.web.Messages;

/** Shows a refused partnership request on the page, in the reader's language: what was refused and each bad field. */
@RequestScoped
public class Refusals {

    @Inject
    FacesMessages messages;

    @Inject
    Messages bundle;

    public void show(PartnershipException e) {
        show(e, null);
    }

    /**
     * As {@link #show(PartnershipException)}, with the page's own words for the refusal where the bundle has them
     * under {@code pagePrefix} + code (the check-in page says the check-in was not recorded either).
     */
    public void show(PartnershipException e, String pagePrefix) {
        show(e, pagePrefix, null);
    }

    /** As {@link #show(PartnershipException)}, said beside the field of that client id (the form reports them all). */
    public void showBeside(String clientId, PartnershipException e) {
        show(e, null, clientId);
    }

    /**
     * As {@link #showBeside(String, PartnershipException)}; a text over its limit is said with its length ("At most 300
     * characters here; this has 412."), as the editor says it: the box held a silent cut before (user session).
     */
    public void showBeside(String clientId, PartnershipException e, String typed) {
        var tooLong = e.problems().stream().filter(p -> p.item() == 0 && p.code().equals("too_long")).findFirst();
        if (typed != null && tooLong.isPresent()) {
            messages.fieldError(clientId, "editor.fieldTooLong", value(tooLong.get()), org.kmbportal.platform.PlainText
                    .typedLength(typed));
        } else {
            showBeside(clientId, e);
        }
    }

    private void show(PartnershipException e, String pagePrefix, String clientId) {
        Say error = clientId == null
                ? messages::error
                : (key, arguments) -> messages.fieldError(clientId, key, arguments);
        if (e.problems().stream().anyMatch(p -> p.item() == 0 && p.code().equals("required"))) {
            // A required field left blank or invisible: the words every required field uses, not its other rules.
            error.say("field.required");
            return;
        }
        var tooLong = e.problems().stream().filter(p -> p.item() == 0 && p.code().equals("too_long")).findFirst();
        String own = pagePrefix == null ? null : bundle.getOrDefault(pagePrefix + e.code(), null);
        String refusal = own == null ? "partnerships.error." + e.code() : pagePrefix + e.code();
        if (tooLong.isPresent()) {
            // One message with the limit written as the language writes numbers ("4,000", « 4 000 »), not the
            // refusal followed by "the text is longer than 4000 characters." in lower case.
            // A page's own words for the refusal (the check-in "was not recorded") come first.
            String words = "partnerships.tooLong." + e.code();
            boolean named = bundle.getOrDefault(words, null) != null;
            if (own != null && named) {
                error.say(refusal);
            }
            error.say(named ? words : refusal, value(tooLong.get()));
            return;
        }
        var days = e.problems().stream().filter(p -> p.item() == 0 && p.code().equals("invalid_move")
                && p.value() != null && p.value().contains("/")).findFirst();
        if (days.isPresent()) {
            // The days a check-in may move to (an ISO interval, "2026-12-06/2027-02-04") in the refusal's sentence:
            // it was a second message in lower case with the days joined by a dash (user session).
            String[] range = days.get().value().split("/", 2);
            error.say("partnerships.error.invalid_move.range", range[0], range[1]);
            return;
        }
        error.say(refusal);
        for (PartnershipException.Problem p : e.problems()) {
            // A text too long is named by its box's label ("Item 1: Why is longer than 2,000 characters"); it read
            // "the text is longer", and an item has three texts (user session).
            String text = p.field() != null && p.code().equals("too_long")
                    ? bundle.get("partnerships.problem.too_long.field", bundle.get("partnerships.field." + p.field()),
                            value(p))
                    : problemText(p);
            if (p.item() > 0) {
                error.say("partnerships.problem.item", p.item(), text);
            } else if (!sameWords(text, bundle.get("partnerships.error." + e.code()))) {
                error.say("partnerships.problem.field", text);
            }
        }
    }

    /**
     * An item's problem said beside its box: a text over its limit as "At most 300 characters here; this has 301." (the
     * box no longer cuts a paste at its limit, so the reader is told by how much), the others in their own words.
     */
    public String besideItem(PartnershipException.Problem p, String typed) {
        if (typed != null && p.code().equals("too_long")) {
            return bundle.get("editor.fieldTooLong", value(p), org.kmbportal.platform.PlainText.typedLength(typed));
        }
        return problemText(p.field() != null && p.code().equals("too_long")
                ? new PartnershipException.Problem(p.item(), p.code(), p.value())
                : p);
    }

    /** A problem's words after "Item 2: " (a range of days, "2000-01-01/2099-12-31", as its first and last day). */
    public String problemText(PartnershipException.Problem p) {
        return p.code().endsWith("_range")
                ? bundle.get("partnerships.problem." + p.code(), (Object[]) p.value().split("/", 2))
                : bundle.get("partnerships.problem." + p.code(), value(p));
    }

    /** Where a refusal's words go: the page's messages, or beside one field. */
    private interface Say {
        void say(String key, Object... arguments);
    }

    /** A problem's value for its message: a limit as a number, so that it is written as the language writes numbers. */
    static Object value(PartnershipException.Problem p) {
        if (p.code().equals("too_long") || p.code().startsWith("too_many")) {
            try {
                return Long.valueOf(p.value());
            } catch (NumberFormatException e) {
                return p.value();
            }
        }
        return p.value();
    }

    /**
     * Whether a field's problem says what the refusal already says: the problem's words start in lower case (they
     * follow "Item 2: "), so "check-ins come every…" repeats "Check-ins come every…".
     */
    static boolean sameWords(String problem, String refusal) {
        return problem.strip().equalsIgnoreCase(refusal.strip());
    }
}

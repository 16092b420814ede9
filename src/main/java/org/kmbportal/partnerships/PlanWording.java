package org.kmbportal.partnerships;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.kmbportal.web.Messages;
import org.kmbportal.web.QuotedText;

/** Plan changes, statuses and leads in words, in the reader's language (pages, report and API share them). */
public final class PlanWording {

    private PlanWording() {
    }

    public static String change(PlanChange c, Locale locale) {
        return switch (c.kind()) {
            case ADDED -> Messages.format(locale, "partnerships.change.added", quoted(c.what(), locale));
            case REMOVED -> Messages.format(locale, "partnerships.change.removed", quoted(c.what(), locale));
            case REORDERED -> Messages.format(locale, "partnerships.change.reordered");
            case GOALS -> Messages.format(locale, "partnerships.change.goals");
            case CHANGED -> field(c, locale);
        };
    }

    private static String field(PlanChange c, Locale locale) {
        return switch (c.field()) {
            case "what" -> Messages.format(locale, "partnerships.change.renamed", quoted(c.from(), locale),
                    quoted(c.to(), locale));
            case "status" -> Messages.format(locale, "partnerships.change.value", quoted(c.what(), locale),
                    Messages.format(locale, "partnerships.changeField.status"), status(c.from(), locale),
                    status(c.to(), locale));
            case "lead" -> Messages.format(locale, "partnerships.change.value", quoted(c.what(), locale),
                    Messages.format(locale, "partnerships.changeField.lead"), lead(c.from(), locale),
                    lead(c.to(), locale));
            case "due" -> Messages.format(locale, "partnerships.change.value", quoted(c.what(), locale),
                    Messages.format(locale, "partnerships.changeField.due"), orNone(c.from(), locale),
                    orNone(c.to(), locale));
            case "resources", "collections" -> links(c, locale);
            default -> Messages.format(locale, "partnerships.change.rewritten", quoted(c.what(), locale),
                    Messages.format(locale, "partnerships.changeField." + c.field()));
        };
    }

    private static String links(PlanChange c, Locale locale) {
        List<String> before = split(c.from());
        List<String> after = split(c.to());
        List<String> parts = new ArrayList<>();
        List<String> added = after.stream().filter(id -> !before.contains(id)).toList();
        List<String> removed = before.stream().filter(id -> !after.contains(id)).toList();
        if (!added.isEmpty()) {
            parts.add(Messages.format(locale, "partnerships.change.linked", String.join(", ", added)));
        }
        if (!removed.isEmpty()) {
            parts.add(Messages.format(locale, "partnerships.change.unlinked", String.join(", ", removed)));
        }
        if (parts.isEmpty()) {
            parts.add(Messages.format(locale, "partnerships.change.relinked"));
        }
        return Messages.format(locale, "partnerships.change.links", quoted(c.what(), locale), String.join("; ", parts));
    }

    /**
     * How pages name plan item {@code number} (counted from 1): its "what", or "Item 3" while the "what" is blank (an
     * item just added, or one whose "what" was cleared).
     */
    public static String itemName(int number, String what, Locale locale) {
        return unseen(what)
                ? Messages.format(locale, "partnerships.item.unnamed", number)
                : what;
    }

    /**
     * A "what" as the change messages quote it, as every message quotes someone's text ({@link QuotedText}): on one
     * line, without a pair of marks of its own around it (« « Jumelage » » read as a stray opening mark), its inner
     * marks of the message's kind turned to the inner kind; whole (the history's page wraps it), so two items that
     * begin alike read apart.
     */
    static String quoted(String what, Locale locale) {
        return QuotedText.whole(what, locale);
    }

    /** An item's heading and its entry in lists of items: "Item 3: what", or "Item 3" while the "what" is blank. */
    public static String itemHeading(int number, String what, Locale locale) {
        return unseen(what)
                ? Messages.format(locale, "partnerships.item.unnamed", number)
                : Messages.format(locale, "partnerships.item.legend", number, what);
    }

    /**
     * Whether a "what" shows nothing: absent, or only spaces (no-break ones too), controls, invisible marks and
     * stray code units.
     */
    private static boolean unseen(String what) {
        return what == null || what.codePoints().noneMatch(c -> switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.UNASSIGNED,
                    Character.PRIVATE_USE, Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK ->
                false;
            default -> !Character.isWhitespace(c) && c != 0xFFFF;
        });
    }

    /**
     * A button's accessible name: the action, then what it acts on ("Move down: Item 2"); French puts a non-breaking
     * space before the colon (« Descendre : Élément 2 »).
     */
    public static String actionOn(String actionKey, String subject, Locale locale) {
        return Messages.format(locale, "partnerships.item.action", Messages.format(locale, actionKey), subject);
    }

    public static String status(String key, Locale locale) {
        return Messages.format(locale, "partnerships.status." + key);
    }

    public static String lead(String key, Locale locale) {
        return Messages.format(locale, "partnerships.lead." + key);
    }

    private static String orNone(String value, Locale locale) {
        return value.isEmpty() ? Messages.format(locale, "partnerships.due.none") : value;
    }

    private static List<String> split(String ids) {
        return ids.isBlank() ? List.of() : Arrays.asList(ids.strip().split(" "));
    }
}

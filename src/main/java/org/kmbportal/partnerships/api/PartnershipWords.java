package org.kmbportal.partnerships.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.kmbportal.partnerships.PartnershipException;
import org.kmbportal.web.Messages;

/**
 * A refused partnership request in the caller's words: the service's English as it is (it names the nearest capacity
 * and the length typed), the pages' words for the refusal and each problem in French (user session api58: "Write the
 * title." and a work plan's problems reached a French caller in English).
 */
final class PartnershipWords {

    private PartnershipWords() {
    }

    static String of(PartnershipException e, String language) {
        if (language.equals("en")) {
            return e.getMessage();
        }
        Locale locale = Locale.forLanguageTag(language);
        List<PartnershipException.Problem> problems = e.problems();
        if (problems.stream().anyMatch(p -> p.item() == 0 && p.code().equals("required"))) {
            return say(locale, e.code().equals("invalid_title") ? "api.error.titleRequired" : "field.required");
        }
        var tooLong = problems.stream().filter(p -> p.item() == 0 && p.code().equals("too_long") && p.field() == null)
                .findFirst();
        if (tooLong.isPresent()) {
            String named = "partnerships.tooLong." + e.code();
            return say(locale, has(locale, named) ? named : "partnerships.error." + e.code(), value(tooLong.get()));
        }
        var days = problems.stream().filter(p -> p.item() == 0 && p.code().equals("invalid_move") && p.value() != null
                && p.value().contains("/")).findFirst();
        if (days.isPresent()) {
            return say(locale, "partnerships.error.invalid_move.range", (Object[]) days.get().value().split("/", 2));
        }
        String key = "partnerships.error." + e.code();
        String head = has(locale, key) ? say(locale, key) : e.getMessage();
        List<String> said = new ArrayList<>(List.of(head));
        for (PartnershipException.Problem p : problems) {
            String text = problem(p, locale);
            if (p.item() > 0) {
                said.add(say(locale, "partnerships.problem.item", p.item(), text));
            } else if (!text.equalsIgnoreCase(head)) {
                said.add(capitalized(text, locale));
            }
        }
        return String.join(" ", said);
    }

    /** A problem's words after "Item 2: " (a range of days, "2000-01-01/2099-12-31", as its first and last day). */
    private static String problem(PartnershipException.Problem p, Locale locale) {
        if (p.field() != null && p.code().equals("too_long")) {
            return say(locale, "partnerships.problem.too_long.field", say(locale, "partnerships.field." + p.field()),
                    value(p));
        }
        return p.code().endsWith("_range")
                ? say(locale, "partnerships.problem." + p.code(), (Object[]) p.value().split("/", 2))
                : say(locale, "partnerships.problem." + p.code(), value(p));
    }

    private static Object value(PartnershipException.Problem p) {
        if (p.code().equals("too_long") || p.code().startsWith("too_many")) {
            try {
                return Long.valueOf(p.value());
            } catch (NumberFormatException e) {
                return p.value();
            }
        }
        return p.value() == null ? "" : p.value();
    }

    private static String capitalized(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }

    private static boolean has(Locale locale, String key) {
        return !Messages.format(locale, key).equals(key);
    }

    private static String say(Locale locale, String key, Object... arguments) {
        return Messages.format(locale, key, arguments);
    }
}

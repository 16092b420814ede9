package org.kmbportal.partnerships.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;
import org.kmbportal.partnerships.PartnershipException;
import org.kmbportal.web.FacesMessages;
import org.kmbportal.web.Messages;

/**
 * A refused partnership request says each thing once: a field's problem that repeats the refusal's own words (in
 * either language, whatever the case of its first letter) is not shown a second time below it.
 */
class RefusalsTest {

    @Test
    void aFieldsProblemThatSaysWhatTheRefusalSaysIsShownOnceInBothLanguages() {
        List<String> problems = new ArrayList<>();
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            ResourceBundle words = ResourceBundle.getBundle(Messages.BUNDLE, locale);
            for (String key : Collections.list(words.getKeys())) {
                if (!key.startsWith("partnerships.problem.") || !has(words, "partnerships.error." + key.substring(
                        "partnerships.problem.".length()))) {
                    continue;
                }
                String code = key.substring("partnerships.problem.".length());
                // The value a field's problem carries: a number out of range, as the service puts it.
                for (String value : List.of("-3", "13", "0")) {
                    List<String> shown = shown(locale, new PartnershipException(PartnershipException.Kind.BAD_REQUEST,
                            code, "refused", List.of(new PartnershipException.Problem(0, code, value))));
                    long distinct = shown.stream().map(s -> s.strip().toLowerCase(locale)).distinct().count();
                    if (distinct != shown.size()) {
                        problems.add(locale + " " + code + ": " + shown);
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    /**
     * Moving a check-in to a day out of range read as two messages, the second in lower case with the days joined by
     * a dash ("choose a day from 2026-12-06 – 2027-02-04.": user session): one sentence, from one day to the other.
     */
    @Test
    void aCheckInMovedOutOfRangeIsRefusedInOneSentenceNamingBothDays() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            List<String> shown = shown(locale, new PartnershipException(PartnershipException.Kind.BAD_REQUEST,
                    "invalid_move", "Move check-in 2 to a day from 2026-12-06 to 2027-02-04.", List.of(
                            new PartnershipException.Problem(0, "invalid_move", "2026-12-06/2027-02-04"))));
            assertEquals(1, shown.size(), locale + ": " + shown);
            String sentence = shown.get(0);
            assertTrue(Character.isUpperCase(sentence.charAt(0)), sentence);
            assertTrue(sentence.contains("2026-12-06") && sentence.contains("2027-02-04") && !sentence.contains("–"),
                    sentence);
            assertTrue(sentence.matches(locale == Locale.FRENCH
                    ? ".* du 2026-12-06 au 2027-02-04\\.$"
                    : ".* from 2026-12-06 to 2027-02-04\\.$"), sentence);
        }
    }

    @Test
    void aCheckInIntervalOfMinusThreeMonthsIsRefusedInOneMessage() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            List<String> shown = shown(locale, new PartnershipException(PartnershipException.Kind.BAD_REQUEST,
                    "invalid_interval", "Check-ins come every 1 to 12 months.", List.of(
                            new PartnershipException.Problem(0, "invalid_interval", "-3"))));
            assertEquals(List.of(Messages.format(locale, "partnerships.error.invalid_interval")), shown, locale
                    .toString());
        }
    }

    /**
     * The plan's goals refused as too long showed two messages, the second in lower case with "4000": each text that
     * is too long now says so in one message, capitalised, with its limit as the language writes it ("4,000",
     * « 4 000 »); an item's text too long writes its limit so too.
     */
    @Test
    void aTextTooLongIsRefusedInOneCapitalisedMessageWithItsLimitWrittenForTheLanguage() {
        List<String> problems = new ArrayList<>();
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            for (String code : List.of("invalid_goals", "invalid_note", "invalid_reflection", "invalid_reason",
                    "invalid_title", "invalid_context", "invalid_next_steps", "invalid_move_reason",
                    "what_happened_required")) {
                for (int limit : List.of(1000, 2000, 4000, 8000)) {
                    List<String> shown = shown(locale, new PartnershipException(PartnershipException.Kind.BAD_REQUEST,
                            code, "refused", List.of(new PartnershipException.Problem(0, "too_long", String.valueOf(
                                    limit)))));
                    if (shown.size() != 1 || !Character.isUpperCase(shown.get(0).codePointAt(0)) || shown.get(0)
                            .contains(String.valueOf(limit))) {
                        problems.add(locale + " " + code + " " + limit + ": " + shown);
                    }
                }
            }
            List<String> item = shown(locale, new PartnershipException(PartnershipException.Kind.BAD_REQUEST,
                    "invalid_plan", "refused", List.of(new PartnershipException.Problem(2, "too_long", "4000"))));
            if (item.stream().anyMatch(m -> m.contains("4000"))) {
                problems.add(locale + " item: " + item);
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(List.of("Your goals are longer than 4,000 characters: please shorten them."), shown(
                Locale.ENGLISH, new PartnershipException(PartnershipException.Kind.BAD_REQUEST, "invalid_goals",
                        "refused", List.of(new PartnershipException.Problem(0, "too_long", "4000")))));
    }

    /**
     * A work-plan item's text over its limit said "Item 1: the text is longer than 2,000 characters", and an item has
     * three texts: the message names the box by its label, with the limit as the language writes it.
     */
    @Test
    void aPlanItemsTextTooLongNamesItsBox() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            ResourceBundle words = ResourceBundle.getBundle(Messages.BUNDLE, locale);
            for (String field : List.of("what", "why", "notes")) {
                for (int item : List.of(1, 3, 20)) {
                    List<String> shown = shown(locale, new PartnershipException(PartnershipException.Kind.BAD_REQUEST,
                            "invalid_plan", "refused", List.of(new PartnershipException.Problem(item, "too_long",
                                    "2000", field))));
                    String named = shown.stream().filter(m -> m.contains(words.getString("partnerships.field."
                            + field))).findFirst().orElseThrow(() -> new AssertionError(field + ": " + shown));
                    assertTrue(named.startsWith(Messages.format(locale, "partnerships.problem.item", item, "")
                            .strip()), named);
                    assertTrue(named.contains(java.text.NumberFormat.getIntegerInstance(locale).format(2000)), named);
                }
            }
        }
        assertEquals(
                List.of("The plan was not saved; nothing changed.",
                        "Item 2: “Why” is longer than 2,000 characters: please shorten"
                                + " it."),
                shown(Locale.ENGLISH, new PartnershipException(PartnershipException.Kind.BAD_REQUEST,
                        "invalid_plan", "refused", List.of(new PartnershipException.Problem(2, "too_long", "2000",
                                "why")))));
    }

    private static boolean has(ResourceBundle words, String key) {
        try {
            words.getString(key);
            return true;
        } catch (MissingResourceException e) {
            return false;
        }
    }

    /** The messages the page shows for the refusal, in the language. */
    private static List<String> shown(Locale locale, PartnershipException refusal) {
        List<String> shown = new ArrayList<>();
        Messages bundle = new Messages() {
            @Override
            public String get(String key, Object... arguments) {
                return Messages.format(locale, key, arguments);
            }

            @Override
            public String getOrDefault(String key, String fallback) {
                try {
                    return ResourceBundle.getBundle(BUNDLE, locale).getString(key);
                } catch (MissingResourceException e) {
                    return fallback;
                }
            }
        };
        Refusals refusals = new Refusals();
        refusals.bundle = bundle;
        refusals.messages = new FacesMessages() {
            @Override
            public void error(String key, Object... arguments) {
                shown.add(bundle.get(key, arguments));
            }
        };
        refusals.show(refusal);
        return shown;
    }
}

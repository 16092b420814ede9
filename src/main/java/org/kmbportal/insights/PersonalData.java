package org.kmbportal.insights;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes out of a reader's text what most plainly identifies someone, before it is stored: email addresses and
 * telephone-like numbers (seven digits or more, with or without separators) become an ellipsis. In a free text a name
 * cannot be told apart from words (the forms ask readers not to write them); in a search, {@link PersonalNames}
 * takes out what reads as one.
 */
final class PersonalData {

    static final String REMOVED = "…";
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+");
    private static final Pattern NUMBER = Pattern.compile("\\+?\\d[\\d ().\\-\\u00a0]{5,}\\d");

    private PersonalData() {
    }

    static String scrub(String text) {
        String withoutEmails = EMAIL.matcher(text).replaceAll(REMOVED);
        Matcher numbers = NUMBER.matcher(withoutEmails);
        StringBuilder scrubbed = new StringBuilder();
        while (numbers.find()) {
            long digits = numbers.group().chars().filter(Character::isDigit).count();
            numbers.appendReplacement(scrubbed, digits >= 7 ? REMOVED : Matcher.quoteReplacement(numbers.group()));
        }
        numbers.appendTail(scrubbed);
        return scrubbed.toString();
    }
}

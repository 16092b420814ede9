package org.kmbportal.insights;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes out of a reader's text what most plainly identifies someone, before it is stored: email addresses (also spelled
 * out, "marie (at) exemple point ca") and telephone-like numbers (seven digits or more, with or without separators) become an ellipsis. In a free text a name
 * cannot be told apart from words (the forms ask readers not to write them); in a search, {@link PersonalNames}
 * takes out what reads as one.
 */
final class PersonalData {

    static final String REMOVED = "…";
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+");
    /** "(at)", "[at]", " at ", "arobase": how an address is spelled out so that robots do not read it. */
    private static final String AT = "(?:\\s*[(\\[{<]\\s*(?:at|arobas|arobase|@)\\s*[)\\]}>]\\s*|\\s+(?:at|arobas|arobase)\\s+)";
    /** "(dot)", " dot ", " point ", or a dot. */
    private static final String DOT = "(?:\\s*[(\\[{<]\\s*(?:dot|point)\\s*[)\\]}>]\\s*|\\s+(?:dot|point)\\s+|\\.)";
    /**
     * An address spelled out ("marie (at) exemple point ca", "jo [at] site [dot] org"): ending in a common top-level
     * domain, so that "help at school point of view" is not one.
     */
    private static final Pattern SPELLED_EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+" + AT + "[\\p{L}\\p{N}-]+(?:"
            + DOT + "[\\p{L}\\p{N}-]+)*?" + DOT + "(?:ca|com|org|net|fr|qc|edu|info|gouv|gc|io|be|ch|us|uk)"
            + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NUMBER = Pattern.compile("\\+?\\(?\\d[\\d ().\\-\\u00a0]{5,}\\d");

    private PersonalData() {
    }

    static String scrub(String text) {
        String withoutEmails = SPELLED_EMAIL.matcher(EMAIL.matcher(text).replaceAll(REMOVED)).replaceAll(REMOVED);
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

package org.kmbportal.insights;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes a person's name out of a search before it is kept, by one rule: two or more capitalised words in a row
 * ("Marie Tremblay", "Jean-Pierre O'Brien", "Anne de Grandpré": a capital, then lower-case letters, hyphens and
 * apostrophes; an acronym such as "YMCA" is not a name), none of them a word of the library's vocabulary (its
 * taxonomy's labels and synonyms, the titles of its published resources), are read as a name and become an ellipsis.
 * A word the library uses breaks the run: "Big Brothers Big Sisters" and "Mentor Training" stay, "Marie Tremblay
 * mentoring" becomes "… mentoring", "Mentoring Marie Tremblay" becomes "Mentoring …". A single capitalised word stays
 * (any search may start with one), as does a name typed in lower case: the rule takes out what reads as a name, not
 * every name.
 */
final class PersonalNames {

    /** A word: letters (with their accents), inner hyphens and apostrophes. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+(?:['’\\-][\\p{L}\\p{M}]+)*");
    /** What may join two parts of a name, written in lower case: "Anne de Grandpré", "Ludwig van Beethoven". */
    private static final Set<String> PARTICLES = Set.of("de", "du", "des", "la", "le", "van", "von",
            "der", "den", "da", "di", "del", "della", "dos", "das", "ben", "bin", "ibn", "al", "el");

    private PersonalNames() {
    }

    /**
     * The text with each name (see the class) replaced by {@link PersonalData#REMOVED}.
     *
     * @param known
     *            whether a word (lower-cased, see {@link #key}) is one of the library's vocabulary
     */
    static String mask(String text, Predicate<String> known) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        List<int[]> names = new ArrayList<>();
        Matcher words = WORD.matcher(text);
        int start = -1;
        int end = -1;
        int capitalised = 0;
        int lastEnd = 0;
        int particles = 0;
        while (words.find()) {
            String word = words.group();
            boolean joined = start >= 0 && text.substring(lastEnd, words.start()).isBlank()
                    && !text.substring(lastEnd, words.start()).isEmpty();
            if (isCapitalised(word) && !known.test(key(word))) {
                if (start >= 0 && joined) {
                    end = words.end();
                    capitalised++;
                } else {
                    close(names, start, end, capitalised);
                    start = words.start();
                    end = words.end();
                    capitalised = 1;
                }
                particles = 0;
            } else if (start >= 0 && joined && particles < 2 && PARTICLES.contains(word)) {
                // Joins the name only if a capitalised word follows: "Anne de la Fontaine", not "Marie de".
                particles++;
            } else {
                close(names, start, end, capitalised);
                start = -1;
                capitalised = 0;
                particles = 0;
            }
            lastEnd = words.end();
        }
        close(names, start, end, capitalised);
        if (names.isEmpty()) {
            return text;
        }
        StringBuilder masked = new StringBuilder(text.length());
        int from = 0;
        for (int[] name : names) {
            masked.append(text, from, name[0]).append(PersonalData.REMOVED);
            from = name[1];
        }
        return masked.append(text.substring(from)).toString();
    }

    private static void close(List<int[]> names, int start, int end, int capitalised) {
        if (start >= 0 && capitalised >= 2) {
            names.add(new int[]{start, end});
        }
    }

    /** A capital, then at least one lower-case letter: "Marie", "McDonald", "O'Brien"; not "YMCA", "iPad", "mentor". */
    static boolean isCapitalised(String word) {
        return Character.isUpperCase(word.codePointAt(0)) && word.codePoints().anyMatch(Character::isLowerCase);
    }

    /** A word as the vocabulary holds it: composed, lower case, the typographic apostrophe as a straight one. */
    static String key(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    /** The words of the texts as {@link #mask} looks them up: each word, and each part of a hyphenated one. */
    static Set<String> vocabulary(Iterable<String> texts) {
        Set<String> vocabulary = new HashSet<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            Matcher words = WORD.matcher(text);
            while (words.find()) {
                String word = key(words.group());
                vocabulary.add(word);
                for (String part : word.split("['\\-]")) {
                    if (!part.isEmpty()) {
                        vocabulary.add(part);
                    }
                }
            }
        }
        return vocabulary;
    }
}

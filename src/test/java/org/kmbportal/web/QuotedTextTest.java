package org.kmbportal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;

/**
 * The status line after "Remove" in the plan editor, the check-in and the collection editor quotes the item (user
 * session: an item whose text had quotation marks of its own read « « Jumelage » » retiré, and a paragraph made a
 * message as long as the paragraph). Generated items of the library's words in both languages, of every length, some
 * between quotation marks of their own, some with quoted words inside.
 */
class QuotedTextTest {

    private static final List<String> REMOVED = List.of("partnerships.plan.itemRemoved",
            "partnerships.checkIn.itemRemoved", "curation.itemRemoved");
    private static final String MARKS = "«»“”‘’\"„‹›";

    private static Gen<String> items() {
        Gen<String> words = GeneratedText.libraryWords(400);
        Gen<String> wrapped = Gen.of("%s", "%s", "“%s”", "«\u00a0%s\u00a0»", "« %s »", "\"%s\"", "‘%s’");
        return random -> {
            String text = words.next(random);
            if (random.nextBoolean()) {
                // a quoted word inside, as people name a program: the « Jumelage » programme
                String[] parts = text.split(" ");
                int at = random.nextInt(parts.length);
                parts[at] = String.format(wrapped.next(random), parts[at]);
                text = String.join(" ", parts);
            }
            return String.format(wrapped.next(random), text);
        };
    }

    @Test
    void aRemovalMessageQuotesAnyItemOnOneShortLineWithoutDoubledMarksInBothLanguages() {
        for (String item : Gen.tries("removed items", 300, items()).toList()) {
            for (String language : List.of("en", "fr")) {
                Locale locale = Locale.forLanguageTag(language);
                String open = language.equals("fr") ? "«\u00a0" : "“";
                String close = language.equals("fr") ? "\u00a0»" : "”";
                for (String key : REMOVED) {
                    String message = Messages.format(locale, key, QuotedText.inMessage(item, locale));
                    String pattern = Messages.format(locale, key, "");
                    String why = language + " " + key + " for «" + item + "»: " + message;
                    assertTrue(message.length() <= pattern.length() + QuotedText.LONGEST, "short: " + why);
                    assertFalse(message.contains("\n") || message.contains("\r"), "one line: " + why);
                    int start = message.indexOf(open) + open.length();
                    int end = message.lastIndexOf(close);
                    String quoted = message.substring(start, end);
                    assertFalse(quoted.contains(open.strip()) || quoted.contains(close.strip()),
                            "no mark of the message's own kind inside its quote: " + why);
                    boolean wrapped = quoted.length() > 1 && MARKS.indexOf(quoted.charAt(0)) >= 0
                            && MARKS.indexOf(quoted.charAt(quoted.length() - 1)) >= 0;
                    assertFalse(wrapped && quoted.substring(1, quoted.length() - 1).chars()
                            .noneMatch(c -> MARKS.indexOf(c) >= 0),
                            "the item's own pair of marks is not doubled by the message's: " + why);
                    String words = bare(item);
                    if (quoted.endsWith("…") && !bare(quoted).equals(words)) {
                        String kept = bare(quoted.substring(0, quoted.length() - 1));
                        assertTrue(words.startsWith(kept), "the item's first words: " + why);
                        assertTrue(kept.length() >= QuotedText.LONGEST / 3, "not cut to nothing: " + why);
                        char next = words.charAt(kept.length());
                        assertFalse(Character.isLetterOrDigit(next), "cut at a word's end: " + why);
                    } else {
                        assertEquals(words, bare(quoted), "whole: " + why);
                    }
                }
            }
        }
    }

    @Test
    void aShortItemIsQuotedAsWrittenAndItsOwnQuotesNestInTheLanguagesInnerMarks() {
        Locale en = Locale.ENGLISH;
        Locale fr = Locale.FRENCH;
        assertEquals("Removed “Screen volunteer mentors”. Save the plan to keep the change.", Messages.format(en,
                "partnerships.plan.itemRemoved", QuotedText.inMessage("Screen volunteer mentors", en)));
        assertEquals("«\u00a0Jumelage\u00a0» retiré. Enregistrez le plan pour garder ce changement.",
                Messages.format(fr,
                        "partnerships.plan.itemRemoved", QuotedText.inMessage("«\u00a0Jumelage\u00a0»", fr)));
        assertEquals("Start the “Jumelage” programme", QuotedText.inMessage("Start the « Jumelage » programme", fr));
        assertEquals("Start the ‘Big Sisters’ match", QuotedText.inMessage("Start the \"Big Sisters\" match", en));
        assertEquals("Start the ‘Big Sisters’ match", QuotedText.inMessage("Start the “Big Sisters” match", en));
    }

    /** The text's letters, digits and single spaces only: what is left of it whatever marks a quote turned. */
    private static String bare(String text) {
        return text.replaceAll("[" + MARKS + "]", " ").replaceAll("[\\s\u00a0\u202f]+", " ").strip();
    }
}

package org.kmbportal.partnerships;

import java.util.Random;

/**
 * Free text as people type it, generated: English and French words, accents, quotes of both languages, emoji, line
 * breaks, Markdown and HTML look-alikes, a script tag; each call from a seeded generator, so a failure can be replayed.
 */
final class OddText {

    private static final String[] WORDS = {"mentoring", "youth", "screening", "évaluation", "jumelage", "bénévoles",
            "organisme", "«guillemets»", "\"quoted\"", "l’équipe", "don't", "<b>bold</b>", "<script>alert(1)</script>",
            "*stars*", "_under_", "# heading", "| pipe |", "[link](http://example.org)", "🌱", "100%", "&amp;",
            "C:\\path", "{0}", "'single'", "naïve", "Œuvre", "ça", "—", "1.", "- dash", "`code`", "~tilde~"};

    private final Random random;

    OddText(long seed) {
        this.random = new Random(seed);
    }

    /** About {@code words} words, with a line break now and then. */
    String words(int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                text.append(random.nextInt(12) == 0 ? "\n" : " ");
            }
            text.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }

    /** Text of at most {@code max} characters, cut at a word. */
    String upTo(int max) {
        String text = words(max / 4);
        while (text.length() > max) {
            text = text.substring(0, text.lastIndexOf(' ') > 0 ? text.lastIndexOf(' ') : max).strip();
        }
        return text.strip();
    }
}

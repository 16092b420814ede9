package org.kmbportal.insights;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.kmbportal.content.XssPayloads;

/**
 * What readers might type, generated: English and French words, accents, emoji, search operators, markup and
 * script payloads, control and direction characters, odd spaces, email addresses and telephone numbers, very long
 * runs. Seeded, so a failure can be replayed.
 */
final class ReaderTexts {

    private static final String[] WORDS = {"mentor", "mentoring", "training", "youth", "closure", "match",
            "évaluation", "jumelage", "bénévoles", "l'école", "organisme", "fin", "du", "les", "programme", "été",
            "Ça", "ŒUVRE", "naïve", "coordinator", "rural", "teen", "peer", "Grande-Île", "what", "how"};
    private static final String[] ODD = {"\"", "-", "+", " OR ", "*", "?", "(", ")", "[", "]", "{", "}", ":", "\\",
            "/", "~", "^", "&amp;", "&lt;b&gt;", "&#60;script&#62;", "'", "’", "«", "»", "…", "🙂", "👨‍👩‍👧", "漢字",
            "\u0000", "\u0007", "\u001b[31m", "\u202e", "\u2066", "\t", "\u00a0", "\r\n", "\n\n\n", "  ", "=1+2",
            "@SUM(A1)", "-2+3", "%0a", "\uFEFF", "\u2028"};
    private static final String[] PERSONAL = {"jane.doe@example.org", "j@x.ca", "514-555-0199",
            "+1 (514) 555 0199", "5145550199", "marie.tremblay+kmb@organisme.qc.ca"};

    private ReaderTexts() {
    }

    static List<String> generate(long seed, int count, int maxPieces) {
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder();
            int pieces = 1 + random.nextInt(maxPieces);
            for (int p = 0; p < pieces; p++) {
                int kind = random.nextInt(10);
                if (kind < 5) {
                    text.append(WORDS[random.nextInt(WORDS.length)]);
                } else if (kind < 8) {
                    text.append(ODD[random.nextInt(ODD.length)]);
                } else if (kind == 8) {
                    text.append(XssPayloads.ALL.get(random.nextInt(XssPayloads.ALL.size())));
                } else {
                    text.append(PERSONAL[random.nextInt(PERSONAL.length)]);
                }
                text.append(random.nextInt(4) == 0 ? "" : " ");
            }
            texts.add(text.toString());
        }
        texts.add("x".repeat(5000));
        texts.add("é".repeat(300) + " " + "🙂".repeat(150));
        texts.add("");
        texts.add("   \n\t ");
        return texts;
    }
}

package org.kmbportal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;

/**
 * French text the portal writes keeps « and » with their words, and « ; : ! ? » with the word before, on a phone's
 * narrow line: the spaces there are no-break ones (user session us57: « alone at a line's end at 390 px).
 */
class FrenchSpacesTest {

    /** An ordinary (breaking) space where French wants a no-break one, in text a reader sees. */
    private static boolean breakable(String text) {
        return text.matches("(?s).*(«[ \\t\\n]|[ \\t\\n][»;:!?](\\s|$)).*");
    }

    @Test
    void spacesInsideGuillemetsAndBeforeDoublePunctuationBecomeNoBreakSpaces() {
        assertEquals("Elle a dit «\u00a0oui\u00a0»\u00a0; puis\u00a0: quoi\u00a0?", FrenchSpaces.inText(
                "Elle a dit « oui » ; puis : quoi ?"));
        assertEquals("«\u00a0deux\u00a0»", FrenchSpaces.inText("«  deux \n»"));
        // Not prose: addresses, times, a colon or mark without a space before it; and text already right.
        for (String same : new String[]{"https://exemple.org/a?b=1", "à 10:30", "titre:mot", "Quoi?", "«\u00a0a\u00a0»",
                "", "rien à changer"}) {
            assertEquals(same, FrenchSpaces.inText(same));
        }
    }

    /** Generated French and English text, guillemets and marks typed with ordinary spaces of every kind. */
    @Test
    void generatedTextKeepsItsWordsAndLosesEveryBreakableSpaceThere() {
        Random random = new Random(Gen.seed() * 31 + 3);
        Gen<String> words = GeneratedText.oddTitles(160);
        String[] spaces = {" ", "  ", "\t", "\n", "\u2009"};
        for (int i = 0; i < 400; i++) {
            String typed = words.next(random) + " « " + words.next(random) + spaces[random.nextInt(spaces.length)]
                    + "» " + spaces[random.nextInt(spaces.length)] + "; " + words.next(random) + " ? fin";
            String spaced = FrenchSpaces.inText(typed);
            assertFalse(breakable(spaced), spaced);
            String blank = "[\\s\\u00a0\\u202f\\u2000-\\u200a\\u205f\\u3000]+";
            assertEquals(typed.replaceAll(blank, ""), spaced.replaceAll(blank, ""), "only spaces change");
            assertEquals(spaced, FrenchSpaces.inText(spaced), "once is enough");
        }
    }

    /**
     * A French resource's Markdown: its text gets the no-break spaces, code and addresses keep what was typed, markup
     * typed as text stays escaped, and a line break typed after « counts as the space. English text is left alone.
     */
    @Test
    void frenchMarkdownGetsThemInItsTextOnly() {
        String markdown = "Il a dit « **vite** » ; voir [le guide](https://exemple.org/?q=a+:+b) : `« a » ; b`\n\n"
                + "« <b>gras</b> & <script>alert(1)</script> ! »\n\nUne ligne «\nsuivante » ?";
        String html = MarkdownRenderer.toHtml(markdown, "fr");
        String text = Jsoup.parse(html).body().wholeText();
        assertFalse(breakable(text.replace("« a » ; b", "")), text);
        assertTrue(html.contains("<code>« a » ; b</code>"), html);
        assertTrue(html.contains("href=\"https://exemple.org/?q&#61;a&#43;:&#43;b\"") || html.contains(
                "https://exemple.org/?q=a+:+b"), html);
        assertFalse(html.contains("<script"), html);
        assertTrue(text.contains("«\u00a0vite\u00a0»\u00a0;"), text);
        assertEquals(MarkdownRenderer.toHtml(markdown), MarkdownRenderer.toHtml(markdown, "en"), "English as before");
        assertTrue(breakable(Jsoup.parse(MarkdownRenderer.toHtml(markdown, "en")).body().wholeText()));
    }
}

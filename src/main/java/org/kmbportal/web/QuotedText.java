package org.kmbportal.web;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * Someone's text as a status message quotes it between the language's quotation marks ("Removed “…”", « … » retiré):
 * on one line; without a pair of marks of its own around it (« « Jumelage » » read as stray marks); with the marks of
 * the message's own kind that it holds, and pairs of straight double quotes, turned into the inner kind (‘…’ in
 * English, “…” in French) so no mark reads doubled; and at most {@value #LONGEST} characters, cut at a word's end with
 * an ellipsis (a paragraph removed from a plan made a status message as long as the paragraph). Pure; the page
 * escapes the message.
 */
public final class QuotedText {

    /** The longest quote, in characters (UTF-16 units), the ellipsis included. */
    public static final int LONGEST = 60;

    private static final String[][] QUOTE_PAIRS = {{"«", "»"}, {"“", "”"}, {"\"", "\""}, {"‘", "’"}, {"„", "“"},
            {"‹", "›"}};
    private static final String SPACES = "[\\s\u00a0\u202f]";

    private QuotedText() {
    }

    /** The text as a message in {@code locale} quotes it. */
    public static String inMessage(String text, Locale locale) {
        return shortened(whole(text, locale));
    }

    /**
     * A name (a person's, a collection's, a resource's title) as a message quotes it: on one line and at most
     * {@value #LONGEST} characters, as {@link #inMessage} does, but otherwise as typed: its own quotation marks stay
     * as they are (a person named {@code Jean "JJ" Roy} read as Jean ‘JJ’ Roy in the messages about them: user session
     * us48).
     */
    public static String name(String text, Locale locale) {
        return shortened(text == null ? "" : text.replaceAll(SPACES + "+", " ").strip());
    }

    /**
     * The text as a page that wraps it quotes it (a plan's history, the list of notifications): as
     * {@link #inMessage} does, but whole, so that two long titles that begin alike still read apart.
     */
    public static String whole(String text, Locale locale) {
        String line = text == null ? "" : text.replaceAll(SPACES + "+", " ").strip();
        String inside = line;
        for (String unwrapped = unwrapped(inside); !unwrapped.equals(inside); unwrapped = unwrapped(inside)) {
            inside = unwrapped;
        }
        return nested(inside, locale);
    }

    /**
     * The text quoted in at most about {@code longest} characters where space is short (an email's subject): whole when
     * it fits; otherwise its beginning and its end, each cut at a word's edge, around an ellipsis, so that two long
     * titles that begin alike still read apart ("Mentoring for newcomers in the north … second year").
     */
    public static String abridged(String text, Locale locale, int longest) {
        String whole = whole(text, locale);
        if (whole.length() <= longest) {
            return whole;
        }
        int headRoom = longest * 2 / 3;
        String head = shortened(whole, headRoom);
        head = head.substring(0, head.length() - 1);
        int tailRoom = longest - head.length() - 3;
        int start = whole.length() - tailRoom;
        int space = whole.indexOf(' ', start);
        int lastSpace = whole.lastIndexOf(' ', whole.length() - 2);
        String tail;
        if (space > 0 && space < whole.length() - 1) {
            tail = whole.substring(space + 1);
        } else if (lastSpace > 0) {
            // The last word is longer than the room left: it is shown whole, the beginning giving it room, or the
            // end is left out; never a word cut in two.
            String word = whole.substring(lastSpace + 1);
            int room = longest - 3 - word.length();
            if (room >= longest / 3) {
                head = shortened(whole, room);
                head = head.substring(0, head.length() - 1);
                tail = word;
            } else {
                tail = "";
            }
        } else {
            tail = whole.substring(wordStart(whole, start));
        }
        tail = tail.replaceAll("^[\\s\\p{Pe}\\p{Pf}\\p{Pd},;:.…»’”\"]+", "");
        return tail.isEmpty() ? head + "…" : head + " … " + tail;
    }

    /** A place to start the end of a text from, between two characters as a reader sees them. */
    private static int wordStart(String text, int at) {
        BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
        characters.setText(text);
        return characters.isBoundary(at) ? at : characters.following(at);
    }

    /**
     * The text without one pair of quotation marks around it all, when it has one and the pair's marks are not also
     * inside (« a » et « b » stays as it is); otherwise the text itself.
     */
    public static String unwrapped(String text) {
        String strip = text.strip();
        for (String[] pair : QUOTE_PAIRS) {
            if (strip.length() > pair[0].length() + pair[1].length() && strip.startsWith(pair[0])
                    && strip.endsWith(pair[1])) {
                String inside = strip.substring(pair[0].length(), strip.length() - pair[1].length())
                        .replaceAll("^" + SPACES + "+|" + SPACES + "+$", "");
                if (!inside.isEmpty() && !inside.contains(pair[0]) && !inside.contains(pair[1])) {
                    return inside;
                }
            }
        }
        return text;
    }

    /** The message's own kind of marks, and pairs of straight ones, become the language's inner marks. */
    private static String nested(String text, Locale locale) {
        boolean french = "fr".equals(locale.getLanguage());
        String open = french ? "“" : "‘";
        String close = french ? "”" : "’";
        String nested = french
                ? text.replaceAll("«" + SPACES + "*", open).replaceAll(SPACES + "*»", close)
                : text.replace("“", open).replace("”", close);
        if (nested.chars().filter(c -> c == '"').count() % 2 == 0) {
            StringBuilder paired = new StringBuilder(nested.length());
            boolean opening = true;
            for (char c : nested.toCharArray()) {
                if (c == '"') {
                    paired.append(opening ? open : close);
                    opening = !opening;
                } else {
                    paired.append(c);
                }
            }
            nested = paired.toString();
        }
        return nested;
    }

    /**
     * At most {@link #LONGEST} characters: cut after the last whole word that fits (within a word only when the first
     * word alone is longer than half of it, and then between two characters as a reader sees them, never inside an
     * emoji), without the punctuation and opening marks left dangling, then an ellipsis.
     */
    private static String shortened(String text) {
        return shortened(text, LONGEST);
    }

    private static String shortened(String text, int longest) {
        if (text.length() <= longest) {
            return text;
        }
        int room = longest - 1;
        int cut = text.lastIndexOf(' ', room);
        if (cut <= room / 2) {
            BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
            characters.setText(text);
            cut = characters.isBoundary(room) ? room : characters.preceding(room);
        }
        String kept = text.substring(0, cut).replaceAll("[\\s\\p{Ps}\\p{Pi}\\p{Pd},;:.…«‘“\"]+$", "");
        return (kept.isEmpty() ? text.substring(0, cut) : kept) + "…";
    }
}

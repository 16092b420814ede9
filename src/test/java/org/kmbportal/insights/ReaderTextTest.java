package org.kmbportal.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** What readers write is stored as written, as plain text: no control characters, no contact details. */
class ReaderTextTest {

    private static final Pattern TAG = Pattern.compile("<[a-zA-Z/!?]");

    @Test
    void wordsThatLookLikeMarkupAreKeptAsWritten() {
        // user session: "« guillemets » <b>x</b> <script>alert(1)</script>" showed as "« guillemets » x"
        assertEquals("« guillemets » <b>x</b> <script>alert(1)</script>",
                ReaderText.clean("« guillemets » <b>x</b> <script>alert(1)</script>", false));
        assertEquals("<b>Very</b> useful <script>alert(1)</script>for our <i>coordinators</i>.",
                ReaderText.clean("<b>Very</b> useful <script>alert(1)</script>for our <i>coordinators</i>.", false));
        assertEquals("a < b and c > d", ReaderText.clean("a < b and c > d", false));
        assertEquals("&lt;script&gt; &amp; {{x}}", ReaderText.clean("&lt;script&gt; &amp; {{x}}", false));
    }

    @Test
    void linesAreKeptForAnswersAndJoinedForOneLiners() {
        assertEquals("First point.\nSecond point.", ReaderText.clean("First point.  \r\n Second point.", false));
        assertEquals("First point. Second point.", ReaderText.clean("First point.\nSecond point.", true));
        assertEquals("a\n\nb", ReaderText.clean("a\n\n\n\n\nb", false));
    }

    @Test
    void controlAndDirectionCharactersAndContactDetailsAreRemoved() {
        assertEquals("abc def", ReaderText.clean("abc\u0000\u0007def\u202e", false));
        assertEquals("Write to … or call …", ReaderText.clean("Write to ana@example.org or call 514 555 0199", false));
        assertEquals("We used it in 2024 with 12 matches.",
                ReaderText.clean("We used it in 2024 with 12 matches.", false));
    }

    @Test
    void generatedTextsComeOutPlainAndStable() {
        for (String typed : ReaderTexts.generate(1414, 3000, 30)) {
            String clean = ReaderText.clean(typed, false);
            assertEquals(TAG.matcher(typed).results().count(), TAG.matcher(clean).results().count(),
                    "what looks like markup is kept: " + typed + " -> " + clean);
            assertFalse(clean.chars().anyMatch(c -> Character.getType(c) == Character.CONTROL && c != '\n'),
                    typed + " -> " + clean);
            assertEquals(clean, clean.strip());
            assertEquals(clean, ReaderText.clean(clean, false), "stable: " + typed);
            assertTrue(clean.length() <= typed.length() + 16, typed + " -> " + clean);
            String line = ReaderText.clean(typed, true);
            assertFalse(line.contains("\n"), line);
        }
    }
}

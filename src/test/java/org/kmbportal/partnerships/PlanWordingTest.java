package org.kmbportal.partnerships;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;

/**
 * How the plan editor names items: an item whose "what" is blank (just added, or cleared) is "Item 3" in its
 * heading, in the list of items to link to and on its buttons, never "Item 3: null" nor "Item 3:"; and French
 * buttons put a non-breaking space before the colon.
 */
class PlanWordingTest {

    private static final Locale EN = Locale.ENGLISH;
    private static final Locale FR = Locale.FRENCH;

    @Test
    void anItemWithoutAWhatIsNamedByItsNumberOnly() {
        for (String blank : new String[]{null, "", "   ", "\n\t", "\u00a0", "\u200b\u202f", "\uFEFF\u0000"}) {
            assertEquals("Item 3", PlanWording.itemHeading(3, blank, EN));
            assertEquals("Élément 3", PlanWording.itemHeading(3, blank, FR));
            assertEquals("Item 3", PlanWording.itemName(3, blank, EN));
            assertEquals("Élément 5", PlanWording.itemName(5, blank, FR));
        }
    }

    @Test
    void anItemWithAWhatIsHeadedByItsNumberAndItsWhat() {
        assertEquals("Item 2: Screen volunteer mentors", PlanWording.itemHeading(2, "Screen volunteer mentors", EN));
        assertEquals("Élément 2\u00a0: Évaluer « simplement »",
                PlanWording.itemHeading(2, "Évaluer « simplement »", FR));
        assertEquals("Screen volunteer mentors", PlanWording.itemName(2, "Screen volunteer mentors", EN));
    }

    @Test
    void frenchButtonNamesHaveANonBreakingSpaceBeforeTheColon() {
        assertEquals("Descendre\u00a0: Élément 2", PlanWording.actionOn("curate.edit.down", "Élément 2", FR));
        assertEquals("Monter\u00a0: Troisième", PlanWording.actionOn("curate.edit.up", "Troisième", FR));
        assertEquals("Move down: Item 2", PlanWording.actionOn("curate.edit.down", "Item 2", EN));
        assertEquals("Link: Closing a match well", PlanWording.actionOn("partnerships.item.link",
                "Closing a match well", EN));
    }

    /**
     * Whatever is typed as the "what", the heading is "Item 4" or "Item 4: " and the what, never "null", and the
     * buttons' name is the what or "Item 4"; a what with a letter or a digit is always shown.
     */
    @ParameterizedTest(name = "try {index}")
    @MethodSource("typedWhats")
    void anyWhatGivesAHeadingThatNamesTheItem(String what) {
        for (Locale locale : new Locale[]{EN, FR}) {
            String number = locale == EN ? "Item 4" : "Élément 4";
            String separator = locale == EN ? ": " : "\u00a0: ";
            String heading = PlanWording.itemHeading(4, what, locale);
            String name = PlanWording.itemName(4, what, locale);
            if (heading.equals(number)) {
                assertEquals(number, name);
                assertFalse(what.codePoints().anyMatch(Character::isLetterOrDigit), () -> "hidden: '" + what + "'");
            } else {
                assertEquals(number + separator + what, heading);
                assertEquals(what, name);
            }
            if (!what.contains("null")) {
                assertFalse(heading.contains("null") || name.contains("null"), heading);
            }
        }
    }

    static Stream<String> typedWhats() {
        return Gen.tries("plan-item-what", 200, Gen.oneOf(GeneratedText.upTo(300), Gen.of("", " ", "\u00a0",
                "'{0}'", "{1}")));
    }
}

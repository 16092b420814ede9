package org.kmbportal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;

/** Messages the portal composes around names and years read as sentences a person would write. */
class MessagesTest {

    /** A message whose sentence ends just after an argument: "You now support {0}." */
    private static final Pattern ENDS_AFTER_ARGUMENT = Pattern.compile("\\{(\\d)\\}\\.");

    @Test
    void aNameEndingInAFullStopIsNotFollowedByASecondOneInEitherLanguage() {
        Random random = new Random(Gen.seed());
        Gen<String> names = GeneratedText.oddTitles(80).map(t -> t.replaceAll("\\.+$", "").strip());
        List<String> doubled = new ArrayList<>();
        int checked = 0;
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale);
            for (String key : bundle.keySet()) {
                String pattern = bundle.getString(key);
                Matcher m = ENDS_AFTER_ARGUMENT.matcher(pattern);
                if (!m.find() || pattern.matches("(?s).*\\{\\d,.*")) {
                    continue;
                }
                String name = names.next(random) + (random.nextBoolean() ? " & Co." : " Inc.");
                Object[] arguments = new Object[10];
                java.util.Arrays.fill(arguments, "x");
                arguments[Integer.parseInt(m.group(1))] = name;
                String text = Messages.format(locale, key, arguments);
                checked++;
                if (text.contains(name + ".")) {
                    doubled.add(locale + " " + key + ": " + text);
                }
                String plain = name.substring(0, name.length() - 1);
                arguments[Integer.parseInt(m.group(1))] = plain;
                assertTrue(Messages.format(locale, key, arguments).contains(plain + "."),
                        () -> key + " lost its full stop after a name without one");
            }
        }
        assertTrue(checked > 20, "too few messages end after a name: " + checked);
        assertEquals(List.of(), doubled);
    }

    @Test
    void theOneReportedSentenceReadsWithOneFullStop() {
        assertEquals("You now support Les Jeunes de la Rivière & Co.",
                Messages.format(Locale.ENGLISH, "curation.supportAdded", "Les Jeunes de la Rivière & Co."));
    }
}

package org.kmbportal.partnerships;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;
import org.kmbportal.web.Messages;
import org.kmbportal.web.QuotedText;

/**
 * Notifications and a plan's change history quote a partnership's title and an item's "what" as every status message
 * quotes someone's text ({@link QuotedText}): on one line, their own marks not doubled, at most a line long. They put
 * the text as typed between marks (a title of 300 characters with « » of its own made « « … » » of a paragraph: user
 * session). Generated titles with quotes of every kind, angle brackets and up to 300 characters, in both languages.
 */
class QuotedTitlesTest {

    static Stream<String> titles() {
        return Gen.tries("quoted-titles", 60, GeneratedText.oddTitles(300));
    }

    private static PlanChange added(String what) {
        return PlanChanges.between("g", List.of(), "g", List.of(new ItemState(null, what, "", Lead.PARTNER, LocalDate
                .of(2027, 1, 1), ItemStatus.PLANNED, "", List.of(), List.of()))).get(0);
    }

    @ParameterizedTest(name = "try {index}")
    @MethodSource("titles")
    void notificationsAndThePlanHistoryQuoteTitlesAsMessagesDoInBothLanguages(String title) {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            String quoted = QuotedText.inMessage(title, locale);
            assertTrue(quoted.length() <= QuotedText.LONGEST, quoted);
            assertEquals(Messages.format(locale, "partnerships.change.added", quoted), PlanWording.change(added(title),
                    locale), "the plan's history");
            for (Notification.Kind kind : Notification.Kind.values()) {
                PartnershipEvent event = new PartnershipEvent(kind, 7, title, List.of("someone@kmb.test"),
                        "Maya Mentor|3|2027-01-01");
                assertEquals(Messages.format(locale, "partnerships.notification." + kind.key(), quoted, "Maya Mentor",
                        "3", "2027-01-01"), PartnershipMail.text(locale, "body", event), kind + " " + locale);
            }
        }
    }
}

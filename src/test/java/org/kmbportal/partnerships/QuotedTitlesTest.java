package org.kmbportal.partnerships;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;
import org.kmbportal.web.Messages;
import org.kmbportal.web.QuotedText;

/**
 * Notifications and a plan's change history quote a partnership's title and an item's "what" as every status message
 * quotes someone's text ({@link QuotedText}): on one line, their own marks not doubled. They put the text as typed
 * between marks (a title of 300 characters with « » of its own made « « … » » of a paragraph: user session). Pages
 * and mail bodies show it whole (they cut it at 60 characters, and two long titles that began alike read alike: user
 * session); a mail's subject keeps its beginning and its end, cut at words. Generated titles with quotes of every
 * kind, angle brackets and up to 300 characters, in both languages.
 */
class QuotedTitlesTest {

    static Stream<String> titles() {
        return Gen.tries("quoted-titles", 60, GeneratedText.oddTitles(300));
    }

    /** Two long titles with the same first 70 characters or more, and different ends. */
    static Stream<Arguments> alikeTitles() {
        Gen<String> words = GeneratedText.libraryWords(200);
        return Gen.tries("alike-titles", 30, random -> {
            String start = words.next(random);
            while (start.length() < 70) {
                start = start + " " + words.next(random);
            }
            String a = words.next(random);
            String b = words.next(random);
            while (b.equals(a) || b.isBlank() || a.isBlank()) {
                a = words.next(random);
                b = words.next(random);
            }
            return Arguments.of(start + " " + a, start + " « " + b + " » 🙂");
        });
    }

    private static PlanChange added(String what) {
        return PlanChanges.between("g", List.of(), "g", List.of(new ItemState(null, what, "", Lead.PARTNER, LocalDate
                .of(2027, 1, 1), ItemStatus.PLANNED, "", List.of(), List.of()))).get(0);
    }

    @ParameterizedTest(name = "try {index}")
    @MethodSource("titles")
    void notificationsAndThePlanHistoryQuoteTitlesWholeAsMessagesDoInBothLanguages(String title) {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            String quoted = QuotedText.whole(title, locale);
            assertEquals(QuotedText.inMessage(title, locale).replaceAll("…$", ""), quoted.substring(0, Math.min(quoted
                    .length(), QuotedText.inMessage(title, locale).replaceAll("…$", "").length())),
                    "the same quoting as a status message, only whole");
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

    @ParameterizedTest(name = "try {index}")
    @MethodSource("alikeTitles")
    void twoLongTitlesThatBeginAlikeReadApartInTheHistoryTheMailAndItsSubject(String one, String other) {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            assertTrue(!PlanWording.change(added(one), locale).equals(PlanWording.change(added(other), locale)));
            PartnershipEvent first = new PartnershipEvent(Notification.Kind.NUDGE, 7, one, List.of("a@kmb.test"),
                    "Maya Mentor|3|2027-01-01");
            PartnershipEvent second = new PartnershipEvent(Notification.Kind.NUDGE, 7, other, List.of("a@kmb.test"),
                    "Maya Mentor|3|2027-01-01");
            assertTrue(!PartnershipMail.text(locale, "body", first).equals(PartnershipMail.text(locale, "body",
                    second)), "the mail's body");
            String subject = PartnershipMail.text(locale, "subject", first);
            assertTrue(!subject.equals(PartnershipMail.text(locale, "subject", second)), subject);
            String abridged = QuotedText.abridged(one, locale, PartnershipMail.SUBJECT_TITLE);
            assertTrue(abridged.length() <= PartnershipMail.SUBJECT_TITLE + 2, abridged);
            String whole = QuotedText.whole(one, locale);
            String head = abridged.substring(0, abridged.indexOf(" … "));
            String tail = abridged.substring(abridged.indexOf(" … ") + 3);
            assertTrue(whole.startsWith(head) && !Character.isLetterOrDigit(whole.codePointAt(head.length())),
                    "the beginning is cut at a word: " + abridged);
            assertTrue(whole.endsWith(tail) && !Character.isLetterOrDigit(whole.codePointBefore(whole.length() - tail
                    .length())), "the end starts at a word: " + abridged);
        }
    }
}

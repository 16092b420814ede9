package org.kmbportal.accounts.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;

/**
 * The audit log as an administrator reads it: every sentence the portal writes comes back in the reader's language,
 * with the names in it as recorded; text of no known shape (a title) is shown as it is.
 */
class AuditWordsTest {

    private static final AuditWords EN = new AuditWords(Locale.ENGLISH);
    private static final AuditWords FR = new AuditWords(Locale.FRENCH);

    /** What the services record, as they record it (see AccountService, PartnershipService, ReviewService...). */
    static Stream<String[]> recorded() {
        return Stream.of(
                new String[]{"account.created", "member of Harbour Youth"},
                new String[]{"partnership.started", "\"Growing together\" with Harbour Youth"},
                new String[]{"partnership.closed", "was active"},
                new String[]{"partnership.declined", "was proposed"},
                new String[]{"partnership.withdrawn", "was proposed"},
                new String[]{"partnership.handed-over", "mentor ana@kmb.test -> ben@kmb.test"},
                new String[]{"roles.changed", "accepted invitation from admin@kmb.test: + mentor"},
                new String[]{"roles.changed", "member -> member, editor"},
                new String[]{"state.changed", "new -> published (import)"},
                new String[]{"state.changed", "draft -> in-review"},
                new String[]{"publication.scheduled", "at 2026-12-03T09:00Z"},
                new String[]{"publication.unscheduled", "was at 2026-12-03T09:00Z"},
                new String[]{"mentor.support",
                        "mentor ana@kmb.test supports Harbour Youth: partnership accepted"},
                new String[]{"mentor.supportEnded", "2 collection(s) no longer shared with it"},
                new String[]{"library.imported", "4 files: 1 created, 2 updated, 1 unchanged, 0 skipped with errors,"
                        + " 0 with warnings, 0 ignored"},
                new String[]{"account.password", "password changed; other sessions ended"},
                new String[]{"account.signInOver", "signed in where ana@kmb.test was signed in; that session ended"});
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("recorded")
    void everySentenceThePortalWritesIsSaidInFrenchWithoutItsEnglishWords(String action, String detail) {
        String french = FR.detail(action, detail);
        for (String english : List.of("member of", " with ", "was ", " at ", "accepted invitation", "->",
                "collection(s)", "files:", "created,", "password", "signed in", "session ended", "supports",
                "partnership accepted")) {
            assertFalse(french.contains(english), "“" + english + "” left in French: " + french);
        }
        assertFalse(french.isBlank());
        assertFalse(french.contains("{") || french.contains("audit.detail"), french);
    }

    @Test
    void namesStayAsRecordedAndStatesAndRolesAreNamedInTheReadersLanguage() {
        assertEquals("membre de l’organisme Harbour Youth", FR.detail("account.created", "member of Harbour Youth"));
        assertEquals("member of Harbour Youth", EN.detail("account.created", "member of Harbour Youth"));
        assertEquals("«\u00a0Growing together\u00a0», proposé à Harbour Youth",
                FR.detail("partnership.started", "\"Growing together\" with Harbour Youth"));
        assertEquals("until then: Proposed", EN.detail("partnership.declined", "was proposed"));
        assertEquals("jusque-là\u00a0: Proposé", FR.detail("partnership.withdrawn", "was proposed"));
        assertEquals("mentor ana@kmb.test → ben@kmb.test",
                FR.detail("partnership.handed-over", "mentor ana@kmb.test -> ben@kmb.test"));
        assertEquals("nouvelle → Publiée (par importation)",
                FR.detail("state.changed", "new -> published (import)"));
        assertEquals("2 collections are no longer shared with it",
                EN.detail("mentor.supportEnded", "2 collection(s) no longer shared with it"));
        assertTrue(FR.detail("roles.changed", "accepted invitation from admin@kmb.test: + mentor")
                .contains("admin@kmb.test"));
    }

    static Stream<String> oddNames() {
        return Gen.tries("audit-names", 200, GeneratedText.upTo(40));
    }

    @ParameterizedTest(name = "try {index}")
    @MethodSource("oddNames")
    void anyOrganizationOrPartnershipNameIsKeptWordForWord(String name) {
        assertEquals("membre de l’organisme " + name, FR.detail("account.created", "member of " + name));
        assertEquals(name, FR.detail("partnership.accepted", name), "a title alone is shown as recorded");
        assertTrue(FR.detail("mentor.support", "mentor ana@kmb.test supports " + name + ": partnership accepted")
                .endsWith("soutient désormais " + name + "\u00a0: le partenariat a été accepté"), name);
        assertEquals(name, FR.detail("mentor.support", name), "an entry from before names the organization alone");
    }
}

package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import jakarta.json.Json;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kmbportal.testing.Bundle;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.testing.Visitor;

/**
 * Task fix60: the lists shown a page at a time other than the accounts (fix59), asked for a page that is not there
 * ({@code ?page=99999}, {@code ?page=abc}, {@code ?page=-3}), silently showed another page: the administrators'
 * invitations and the library's browse page. They show the last page, or the first, never an error page, and say so
 * in a notice, in English and French; a page that is there says nothing more.
 */
@ExtendWith(RunningPortal.class)
class PagesAskedE2E {

    @Test
    void invitationsAskedForAPageThatIsNotThereShowTheLastOrTheFirstAndSaySo(URI portal) {
        Visitor admin = People.admin(portal);
        long n = System.nanoTime();
        // Enough for two pages of 50 whatever was invited before.
        for (int i = 0; i < 51; i++) {
            Http.Answer made = admin.api("POST", "/api/admin/invitations", Json.createObjectBuilder().add("email",
                    "paged-invitation-" + n + "-" + i + "@kmb.test").add("role", "editor").build().toString());
            assertEquals(201, made.status(), made.body());
        }
        asked(admin, "/admin/invitations?", "#invitations > tbody > tr", "invitations-page-notice", 50,
                new Random(Gen.seed() * 43 + "fix60-invitations".hashCode()));
    }

    @Test
    void browseAskedForAPageThatIsNotThereShowsTheLastOrTheFirstAndSaysSo(URI portal) {
        asked(new Visitor(portal), "/browse?", "main article.card", "browse-page-notice", 10, new Random(Gen.seed() * 47
                + "fix60-browse".hashCode()));
    }

    /**
     * Reads the list at pages that are there (no notice), past its last (the last, said) and at no page number (the
     * first, said), in both languages.
     */
    private static void asked(Visitor reader, String list, String rows, String noticeId, int pageSize,
            Random random) {
        for (String language : List.of("en", "fr")) {
            String path = list + "lang=" + language + "&page=";
            Document first = page(reader, path + "1");
            int last = lastPage(reader, path, first);
            assertTrue(last >= 2, "two pages or more: " + first.select("main").text());
            assertNull(notice(first, noticeId), "a page that is there says nothing more");
            Document there = page(reader, path + last);
            assertEquals(String.valueOf(last), current(there), "the last page is there");
            assertNull(notice(there, noticeId), "the last page is there: nothing more");

            List<String> beyond = new ArrayList<>(List.of(String.valueOf(last + 1), "99999", "2147483647",
                    "2147483648", "000" + (last + 1), "99999999999999999999"));
            beyond.add(String.valueOf(last + 1 + random.nextInt(Integer.MAX_VALUE - last - 1)));
            for (String asked : beyond) {
                Document shown = page(reader, path + URLEncoder.encode(asked, StandardCharsets.UTF_8));
                assertEquals(String.valueOf(last), current(shown), asked + ": the last page is shown");
                assertEquals(there.select(rows).size(), shown.select(rows).size(), asked);
                assertEquals(Bundle.normalSpaces(Bundle.shown(language, "pager.beyond", last)), said(shown, noticeId,
                        asked), asked);
            }
            for (String asked : UsersPageAskedE2E.notNumbers(random)) {
                Document shown = page(reader, path + URLEncoder.encode(asked, StandardCharsets.UTF_8));
                assertEquals("1", current(shown), asked + ": the first page is shown");
                assertEquals(pageSize, shown.select(rows).size(), asked);
                assertEquals(Bundle.normalSpaces(Bundle.shown(language, "pager.notNumber", last)), said(shown,
                        noticeId, asked), "«" + asked + "»");
            }
        }
    }

    private static Document page(Visitor reader, String path) {
        Http.Answer answer = reader.get(path);
        assertEquals(200, answer.status(), path + ": never an error page");
        return Jsoup.parse(answer.body());
    }

    /** The list's last page, by following the highest page number offered until there is none higher. */
    private static int lastPage(Visitor reader, String path, Document first) {
        int last = 1;
        Document page = first;
        while (true) {
            int offered = page.select(".pager a[aria-label]").stream().mapToInt(a -> Integer.parseInt(a.text()
                    .strip())).max().orElse(1);
            if (offered <= last) {
                return last;
            }
            last = offered;
            page = page(reader, path + last);
        }
    }

    private static String current(Document page) {
        Element current = page.selectFirst(".pager a[aria-current=page]");
        assertNotNull(current, page.select("main").text());
        return current.text();
    }

    private static Element notice(Document page, String id) {
        return page.getElementById(id);
    }

    private static String said(Document page, String id, String asked) {
        Element notice = notice(page, id);
        assertNotNull(notice, asked + ": the page says which page it shows: " + page.select("main").text());
        return Bundle.normalSpaces(notice.text());
    }
}

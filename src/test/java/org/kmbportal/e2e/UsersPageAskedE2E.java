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

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kmbportal.testing.Bundle;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.testing.Visitor;

/**
 * Task fix59: the administrators' list of accounts asked for a page that is not there ({@code ?page=99999} past the
 * last, {@code ?page=abc} or {@code ?page=-3}, no page number) silently showed another page. It still shows the last
 * page, or the first, never an error page, and now says so in a notice ("There are only 2 pages; this is page 2."),
 * in English and French; a page that is there says nothing more.
 */
@ExtendWith(RunningPortal.class)
class UsersPageAskedE2E {

    @Test
    void aPageThatIsNotThereShowsTheLastOrTheFirstAndSaysSo(URI portal) {
        long n = System.nanoTime();
        String tag = "pageasked" + n;
        Random random = new Random(Gen.seed() * 41 + "fix59-pages".hashCode());
        for (int i = 0; i < 52; i++) {
            People.member(portal, String.format("%s-%02d@kmb.test", tag, i), "Paged « " + i + " » 🙂",
                    "Paged Org " + n + " " + i);
        }
        Visitor admin = People.admin(portal);
        for (String language : List.of("en", "fr")) {
            String list = "/admin/users?lang=" + language + "&q=" + tag + "&page=";
            Document second = page(admin, list + "2");
            assertEquals(2, second.select("#users > table > tbody > tr").size(), "page 2 holds the last two");
            assertNull(second.getElementById("users-page-notice"), "a page that is there says nothing more");

            List<String> beyond = new ArrayList<>(List.of("3", "99999", "2147483648", "000003",
                    "99999999999999999999"));
            beyond.add(String.valueOf(3 + random.nextInt(Integer.MAX_VALUE - 3)));
            for (String asked : beyond) {
                Document shown = page(admin, list + URLEncoder.encode(asked, StandardCharsets.UTF_8));
                assertEquals("2", current(shown), asked + ": the last page is shown");
                assertEquals(2, shown.select("#users > table > tbody > tr").size(), asked);
                assertEquals(Bundle.normalSpaces(Bundle.shown(language, "pager.beyond", 2)), notice(shown,
                        asked), asked);
            }
            for (String asked : notNumbers(random)) {
                Document shown = page(admin, list + URLEncoder.encode(asked, StandardCharsets.UTF_8));
                assertEquals("1", current(shown), asked + ": the first page is shown");
                assertEquals(50, shown.select("#users > table > tbody > tr").size(), asked);
                assertEquals(Bundle.normalSpaces(Bundle.shown(language, "pager.notNumber", 2)), notice(
                        shown, asked), "«" + asked + "»");
            }
            // Without a search, past the last page of every account: the last one, said with their number of pages.
            Document all = page(admin, "/admin/users?lang=" + language + "&page=99999");
            int last = Integer.parseInt(current(all));
            assertTrue(last >= 2, "52 accounts and more make two pages or more");
            assertEquals(Bundle.normalSpaces(Bundle.shown(language, "pager.beyond", last)), notice(all,
                    "99999"));
        }
    }

    /** Generated page numbers that are none: negative, zero, words of both languages, markup, emoji, decimals. */
    static List<String> notNumbers(Random random) {
        List<String> asked = new ArrayList<>(List.of("abc", "-3", "0", "-0", "2.5", "1e3", "deux", "🙂", "٣"));
        asked.add(String.valueOf(-1 - random.nextInt(Integer.MAX_VALUE)));
        Gen<String> odd = GeneratedText.upTo(30);
        while (asked.size() < 20) {
            // Control characters and lone surrogates are left to the server's own address checks.
            String text = odd.next(random).replaceAll("[\\p{Cc}\\p{Cs}\\p{Cf}]", "").strip();
            if (!text.isEmpty() && !text.matches("\\+?\\d+")) {
                asked.add(text);
            }
        }
        return asked;
    }

    private static Document page(Visitor admin, String path) {
        Http.Answer answer = admin.get(path);
        assertEquals(200, answer.status(), path + ": never an error page");
        return Jsoup.parse(answer.body());
    }

    private static String current(Document page) {
        Element current = page.selectFirst(".pager a[aria-current=page]");
        assertNotNull(current, page.select("main").text());
        return current.text();
    }

    private static String notice(Document page, String asked) {
        Element notice = page.getElementById("users-page-notice");
        assertNotNull(notice, asked + ": the page says which page it shows: " + page.select("main").text());
        return Bundle.normalSpaces(notice.text());
    }
}

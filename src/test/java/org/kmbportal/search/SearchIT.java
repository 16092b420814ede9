package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.RunningPortal;

/**
 * Search on the shared test portal, over HTTP: its API and page (following the library's changes and rebuilding while
 * answering run inside the server: {@link SearchInServer}).
 */
@ExtendWith(RunningPortal.class)
@EnabledIf("org.kmbportal.testing.TestDatabase#available")
class SearchIT {

    private final URI base = RunningPortal.base();

    @Test
    void theSearchApiAnswersWithHitsFacetsAndSuggestions() {
        JsonObject result = Http.get(base, "/api/search?q=closing+a+match&topic=match-closure&size=3").json();
        assertTrue(result.getInt("total") >= 1);
        assertEquals(3, result.getInt("size"));
        JsonObject hit = result.getJsonArray("hits").getJsonObject(0);
        for (String key : List.of("id", "type", "title", "language", "year", "score", "snippet")) {
            assertTrue(hit.containsKey(key), key);
        }
        JsonObject topic = result.getJsonObject("facets").getJsonArray("topic").getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getString("key").equals("match-closure")).findFirst().orElseThrow();
        assertEquals("Match closure", topic.getString("label"));
        assertTrue(result.getJsonObject("facets").containsKey("year"));
        assertTrue(result.isNull("suggestion"));

        JsonObject french = Http.get(base, "/api/search?q=fin+du+jumelage&lang=fr", "Accept-Language", "fr").json();
        french.getJsonArray("hits").getValuesAs(JsonObject.class)
                .forEach(h -> assertEquals("fr", h.getString("language")));
        assertEquals("Français", french.getJsonObject("facets").getJsonArray("language").getValuesAs(JsonObject.class)
                .stream().filter(v -> v.getString("key").equals("fr")).findFirst().orElseThrow().getString("label"));

        JsonObject misspelt = Http.get(base, "/api/search?q=mentorsip+evalution").json();
        assertEquals("mentorship evaluation", misspelt.getString("suggestion"));
        assertTrue(misspelt.getInt("total") > 0);

        JsonObject suggest = Http.get(base, "/api/suggest?q=match+clo").json();
        assertTrue(suggest.getJsonArray("suggestions").getString(0).equals("Match closure"), suggest.toString());

        JsonObject related = Http.get(base, "/api/resources/grossman-2002-test-of-time/related?size=3").json();
        assertEquals(3, related.getJsonArray("hits").size());
        // On a search's scale, by place (the raw more-like-this score came out before: user session us57).
        for (int place = 1; place <= 3; place++) {
            assertEquals(1.0 / (10 + place), related.getJsonArray("hits").getJsonObject(place - 1).getJsonNumber(
                    "score").doubleValue(), 1e-6, "place " + place);
        }
        assertEquals(404, Http.get(base, "/api/resources/nope/related").status());
    }

    @Test
    void hostileQueriesGetAQuickPlainRefusalNeverAServerError() {
        List<String> queries = List.of("q=" + "x".repeat(600), "q=" + "(".repeat(40) + "a", "q=*mentor",
                "q=%2Fmen.*r%2F", "q=%22unclosed", "q=a+AND+OR+NOT", "q=" + "word+".repeat(60), "topic=nope",
                "sort=oldest", "size=500", "page=0", "year_from=abc");
        for (String query : queries) {
            Instant start = Instant.now();
            Http.Answer answer = Http.get(base, "/api/search?" + query);
            long millis = Duration.between(start, Instant.now()).toMillis();
            assertTrue(answer.status() == 200 || answer.status() == 400, query + " -> " + answer.status());
            if (answer.status() == 400) {
                assertFalse(answer.json().getString("message").isBlank());
            }
            System.out.println("Hostile query " + query.substring(0, Math.min(30, query.length())) + " answered "
                    + answer.status() + " in " + millis + " ms");
        }
        assertEquals(400, Http.get(base, "/api/search?q=" + "x".repeat(600)).status());
        assertEquals("query_too_nested",
                Http.get(base, "/api/search?q=" + "(".repeat(40) + "a").json().getString("error"));
        assertNull(Http.get(base, "/api/search?q=*mentor").json().get("error"), "a leading wildcard is neutralised");
    }

    /**
     * A search that only leaves words out and finds nothing is told to leave fewer words out, not to check its
     * spelling (user session: "-youth -mentoring" said "Check the spelling, or try the other language").
     */
    @Test
    void aSearchThatOnlyLeavesWordsOutAndFindsNothingSaysToLeaveFewerOut() {
        for (String language : List.of("en", "fr")) {
            // Years no resource has, so that nothing is found whatever other tests have published on this portal.
            String page = Http.get(base, "/search?q=-youth+-mentoring+-jeunes+-mentorat+NOT+program"
                    + "&year_from=1901&year_to=1902&lang=" + language).body();
            assertTrue(page.contains(org.kmbportal.testing.Bundle.text(language, "search.tip.leavesOutOnly")),
                    language + ": the tip to leave fewer words out");
            assertFalse(page.contains(org.kmbportal.testing.Bundle.text(language, "search.tip.spelling")), language);
            String misspelt = Http.get(base, "/search?q=xyzzyplugh+-youth&year_from=1901&year_to=1902&lang="
                    + language).body();
            assertTrue(misspelt.contains(org.kmbportal.testing.Bundle.text(language, "search.tip.spelling")),
                    language + ": a word to look for that finds nothing still gets the spelling tip");
        }
    }

    /**
     * A paragraph pasted into search (more words or characters than a search takes) is refused, and the page points to
     * "For my organization", which takes a whole paragraph (user session: only "use at most 40 words"). Generated
     * paragraphs in both languages, for readers in both; a search of a few words gets no such pointer.
     */
    @Test
    void aParagraphPastedIntoSearchIsPointedToForMyOrganization() {
        java.util.Random random = new java.util.Random(org.kmbportal.testing.Gen.seed());
        org.kmbportal.testing.Gen<String> text = org.kmbportal.testing.GeneratedText.upTo(300)
                .filter(t -> t.strip().length() > 20);
        for (int i = 0; i < 6; i++) {
            String language = i % 2 == 0 ? "fr" : "en";
            StringBuilder typed = new StringBuilder(i < 2 ? "" : "Our mentors quit early and the families ");
            int words = 45 + random.nextInt(40);
            while (typed.toString().split("\\s+").length < words) {
                typed.append(text.next(random)).append(' ');
            }
            String query = typed.toString().replaceAll("[\\p{Cntrl}\\p{Cs}]", " ").strip();
            if (i == 5) {
                query = "mentoring ".repeat(60).strip(); // over 500 characters, in few distinct words
            }
            String page = Http.get(base, "/search?q=" + java.net.URLEncoder.encode(query,
                    java.nio.charset.StandardCharsets.UTF_8) + "&lang=" + language).body();
            org.jsoup.nodes.Element link = org.jsoup.Jsoup.parse(page).selectFirst(
                    "a#organization-instead");
            assertTrue(link != null, language + ": a pointer to For my organization for " + query);
            assertTrue(link.attr("href").startsWith("/organization"), link.outerHtml());
            assertEquals(org.kmbportal.testing.Bundle.text(language, "search.organizationInstead").replace('\u00a0',
                    ' '), link.text().replace('\u00a0', ' '));
            // The paragraph goes with it, into the challenges box (user session us47: pasted again by hand).
            String organization = Http.get(base, link.attr("href")).body();
            org.jsoup.nodes.Element box = org.jsoup.Jsoup.parse(organization).getElementById("challenges");
            assertTrue(box != null, organization);
            String expected = query; // whole: the page says so beside the box when it is longer than it keeps
            assertEquals(expected.replaceAll("\\s+", " ").strip(), box.text().replaceAll("\\s+", " ").strip(),
                    language + ": the paragraph is in the challenges box");
            assertTrue(org.jsoup.Jsoup.parse(organization).select("#matches-title").isEmpty(),
                    "nothing is matched before the reader presses the button");
        }
        String few = Http.get(base, "/search?q=mentor+training+rural&lang=en").body();
        assertFalse(few.contains("organization-instead"), "a search of a few words is not pointed away");
        String oneString = Http.get(base, "/search?q=" + "a".repeat(501) + "&lang=en").body();
        assertFalse(oneString.contains("organization-instead"), "one long string is no paragraph");
    }

    @Test
    void theSearchPageKeepsItsStateInTheAddress() {
        Http.Answer page = Http.get(base, "/search?q=closure&topic=match-closure&sort=newest&lang=en");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("checked=\"checked\""), "the chosen topic is ticked");
        assertTrue(page.body().contains("aria-current=\"true\">newest"), "the chosen order is marked");
        Http.Answer empty = Http.get(base, "/search?q=xyzzyplugh&lang=en");
        assertTrue(empty.body().contains("Nothing in the library matches this search."));
        assertTrue(empty.body().contains("Topics you could explore"));
        Http.Answer tooLong = Http.get(base, "/search?q=" + "x".repeat(600) + "&lang=en");
        assertEquals(200, tooLong.status());
        assertTrue(tooLong.body().contains("At most 500 characters here; this has 600."), tooLong.body());
    }

    /**
     * A search of 8 to 60 KB in its address was repeated whole in the page's title, its canonical and alternate
     * links and its language switch (340 KB of page for a 20,000-character search: user session). Now it is refused
     * beside the box with the limit and its length, the box keeps it whole, and the title and links repeat at most
     * 500 characters: generated text in both languages (odd characters, markup, emoji), for readers in both languages.
     */
    @Test
    void aVeryLongSearchIsRefusedWithoutRepeatingItInThePage() {
        java.util.Random random = new java.util.Random(org.kmbportal.testing.Gen.seed());
        org.kmbportal.testing.Gen<String> text = org.kmbportal.testing.GeneratedText.upTo(4000)
                .filter(t -> t.strip().length() > 20);
        for (int i = 0; i < 6; i++) {
            String language = i % 2 == 0 ? "fr" : "en";
            StringBuilder typed = new StringBuilder();
            int target = 8_500 + random.nextInt(12_000);
            while (typed.length() < target) {
                typed.append(text.next(random)).append(' ');
            }
            // What an address carries: no control characters, no half of a character outside the BMP.
            String query = typed.toString().replaceAll("[\\p{Cntrl}\\p{Cs}]", " ").strip();
            String address = "/search?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8)
                    + "&lang=" + language;
            if (address.length() > 60_000) {
                query = org.kmbportal.testing.GeneratedText.cut(query, query.length() * 60_000 / address.length());
                address = "/search?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8)
                        + "&lang=" + language;
            }
            // As a browser asks over plain HTTP/1.x (Java's client would try HTTP/2, whose header limits differ).
            org.kmbportal.testing.RawHttp.Answer page = org.kmbportal.testing.RawHttp.send(base, "GET " + address
                    + " HTTP/1.0\r\nHost: " + base.getHost() + ":" + base.getPort(), new byte[0]);
            assertEquals(200, page.status(), "a " + address.length() + "-character address: " + page.head());
            org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(page.body());
            assertTrue(html.title().length() < 600, "title of " + html.title().length() + " characters");
            for (org.jsoup.nodes.Element link : html
                    .select("link[rel=canonical], link[rel=alternate], a.language-switch")) {
                assertTrue(link.attr("href").length() < 6_000, link.outerHtml().substring(0, 200));
            }
            // The search is in the page at most twice: in its box, and in the link to "For my organization".
            assertTrue(page.body().length() < 100_000 + 2 * address.length(), "a page of " + page.body().length()
                    + " characters for a " + query.length() + "-character search");
            String message = html.getElementById("search-q-error").text().replace('\u00a0', ' ').replace('\u202f',
                    ' ');
            assertEquals(org.kmbportal.testing.Bundle.shown(language, "search.error.tooLongHere", 500, query
                    .codePointCount(0, query.length())).replace('\u202f', ' '), message);
            assertEquals(query, html.getElementById("search-q").attr("value"), "the box keeps the search whole");
        }
    }
}

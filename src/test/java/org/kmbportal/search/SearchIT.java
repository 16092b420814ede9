package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kmbportal.library.ResourceHeader;
import org.kmbportal.library.PracticeGuideContent;
import org.kmbportal.library.Effort;
import org.kmbportal.library.LibraryService;
import org.kmbportal.library.PublicationStatus;
import org.kmbportal.library.ResourceContent;
import org.kmbportal.testing.Deployments;
import org.kmbportal.testing.Http;

/** Search in the real server: it follows the library's changes, rebuilds while answering, and speaks its API. */
@ExtendWith(ArquillianExtension.class)
@EnabledIf("org.kmbportal.testing.TestDatabase#available")
class SearchIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal(SearchIT.class);
    }

    @Inject
    LibraryService library;

    @Inject
    SearchService search;

    @Inject
    IndexRebuild rebuild;

    @Inject
    IndexStatusReport status;

    @Inject
    MeaningVectors meanings;

    @Inject
    MeaningStore meaningStore;

    @Inject
    LibraryReader reader;

    private final URI base = Deployments.base();

    private static ResourceContent guide(String id, String title, PublicationStatus status) {
        ResourceHeader header = ResourceHeader.builder(id).title(title).language("en")
                .published(LocalDate.of(2026, 1, 5))
                .status(status).terms(Map.of("topics", List.of("match-support"))).build();
        return new PracticeGuideContent(header, "A guide about the quuxified check-in.", "Steps.", Effort.LOW,
                List.of());
    }

    private long hits(String query) {
        return search.search(SearchRequest.simple(query, "en")).total();
    }

    private Duration waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        Instant start = Instant.now();
        while (!condition.getAsBoolean()) {
            assertTrue(Duration.between(start, Instant.now()).toSeconds() < 10, "the index never caught up");
            Thread.sleep(20);
        }
        return Duration.between(start, Instant.now());
    }

    @Test
    void aPublishedChangeReachesSearchAndAnUnpublishedOneLeavesIt() throws InterruptedException {
        assertEquals(0, hits("quuxified"));
        library.save(guide("search-it-probe", "Probe guide", PublicationStatus.PUBLISHED));
        Duration published = waitUntil(() -> hits("quuxified") == 1);
        System.out.println("Published to searchable: " + published.toMillis() + " ms");

        library.save(guide("search-it-probe", "Probe guide, renamed", PublicationStatus.PUBLISHED));
        waitUntil(() -> search.search(SearchRequest.simple("quuxified", "en")).hits().get(0).title()
                .equals("Probe guide, renamed"));

        library.save(guide("search-it-probe", "Probe guide, renamed", PublicationStatus.ARCHIVED));
        waitUntil(() -> hits("quuxified") == 0);
        waitUntil(() -> status.report().consistent());

        library.save(guide("search-it-draft", "A draft", PublicationStatus.DRAFT));
        Thread.sleep(1500);
        assertEquals(0, hits("quuxified"), "drafts are never searchable");
    }

    @Test
    void aFullRebuildRunsWhileSearchKeepsAnswering() throws InterruptedException {
        IndexStatus before = status.report();
        assertTrue(before.consistent(), before.toString());
        long expected = hits("mentoring");
        assertTrue(rebuild.start(), "a rebuild starts");
        int searches = 0;
        while (rebuild.progress().running()) {
            assertEquals(expected, hits("mentoring"), "search answers from the live index during the rebuild");
            searches++;
        }
        assertEquals("done", rebuild.progress().state(), rebuild.progress().message());
        assertEquals(100, rebuild.progress().percent());
        IndexStatus after = status.report();
        assertEquals(before.generation() + 1, after.generation());
        assertTrue(after.consistent(), after.toString());
        assertEquals(expected, hits("mentoring"));
        System.out.println("Searches answered during the rebuild: " + searches);
    }

    @Test
    void eachRevisionsEmbeddingIsKeptInTheDatabaseSoARebuildEncodesNothing() {
        Map<String, Long> versions = reader.publishedVersions();
        long kept = meaningStore.find(versions.keySet(), SentenceEncoder.MODEL_ID).stream()
                .filter(v -> versions.get(v.itemId) == v.itemVersion).count();
        assertEquals(versions.size(), kept, "one stored vector for each published item's current revision");
        long encoded = meanings.encodedCount();
        assertEquals("done", rebuild.rebuildNow().state());
        assertEquals(encoded, meanings.encodedCount(), "the rebuild read every vector from the database");
    }

    @Test
    @RunAsClient
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
        assertEquals(404, Http.get(base, "/api/resources/nope/related").status());
    }

    @Test
    @RunAsClient
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

    @Test
    @RunAsClient
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
        assertTrue(tooLong.body().contains("at most 500 characters"));
    }
}

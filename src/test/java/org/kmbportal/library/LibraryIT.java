package org.kmbportal.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.testing.TestDatabase;

/**
 * The library on the shared test portal, over HTTP: import at first start, the REST interface, and the 404 path
 * (importing on demand runs inside the server: {@link LibraryInServer}).
 */
@ExtendWith(RunningPortal.class)
@EnabledIf("org.kmbportal.testing.TestDatabase#available")
class LibraryIT {

    private static final String LACHANCE = "lachance-2019-inter-organizational-mentoring";

    private final URI base = RunningPortal.base();

    @Test
    void theShippedLibraryIsImportedAtFirstStartAndTheServerReportsReady() {
        Http.Answer ready = Http.get(base, "/health/ready");
        assertEquals(200, ready.status(), ready.body());
        assertTrue(ready.body().contains("\"status\":\"UP\""), ready.body());
        JsonObject list = Http.get(base, "/api/resources?size=1").json();
        assertTrue(list.getInt("total") >= 80, "published resources: " + list.getInt("total"));
    }

    @Test
    void aResourceComesWithTheContentFormatFieldsAndSafeHtml() {
        Http.Answer answer = Http.get(base, "/api/resources/" + LACHANCE);
        assertEquals(200, answer.status());
        assertTrue(answer.header("Content-Type").startsWith("application/json"));
        JsonObject json = answer.json();
        assertEquals(LACHANCE, json.getString("id"));
        assertEquals("research-summary", json.getString("type"));
        assertEquals("en", json.getString("language"));
        assertEquals("Evaluation and Program Planning", json.getJsonObject("citation").getString("container"));
        assertEquals(2019, json.getJsonObject("citation").getInt("year"));
        assertEquals("developmental-evaluation", json.getJsonObject("evidence").getString("design"));
        assertTrue(json.getJsonArray("topics").getValuesAs(jakarta.json.JsonString.class).stream()
                .anyMatch(t -> t.getString().equals("knowledge-mobilization")));
        assertTrue(json.getString("html").contains("<h2>Notes of interest</h2>"));
        assertTrue(json.getString("body").startsWith("## Notes of interest"));
        assertEquals(LACHANCE + "-fr", json.getJsonArray("translations").getJsonObject(0).getString("id"));
    }

    @Test
    void theFoundingStudiesComeWithTheirDoiAndTheCreditOfTheSummaryTheyBuildOn() {
        JsonObject lachance = Http.get(base, "/api/resources/" + LACHANCE).json();
        assertEquals("10.1016/j.evalprogplan.2019.101679", lachance.getJsonObject("citation").getString("doi"));
        assertEquals("101679", lachance.getJsonObject("citation").getString("pages"));
        JsonObject source = lachance.getJsonObject("source_summary");
        assertEquals("Karina DeAndrade", source.getString("author"));
        assertEquals("The Chronicle of Evidence-Based Mentoring", source.getString("publication"));
        assertTrue(source.getString("url").startsWith("https://www.evidencebasedmentoring.org/"), source.toString());
        JsonObject stoeger = Http.get(base, "/api/resources/stoeger-2021-professionalizing-mentoring-fr").json();
        assertEquals("10.1111/nyas.14537", stoeger.getJsonObject("citation").getString("doi"));
        assertEquals("Ariel Ervin", stoeger.getJsonObject("source_summary").getString("author"));

        Http.Answer page = Http.get(base, "/resources/" + LACHANCE + "?lang=fr");
        assertTrue(page.body().contains("D’après un résumé paru dans The Chronicle of Evidence-Based Mentoring, par"
                + " Karina DeAndrade"), page.body());
    }

    @Test
    void aCautionIsInTheJsonAndOnThePageButNotAmongTheContextsItFits() {
        String crooks = "crooks-2017-relationship-focused-mentoring-fnmi-youth";
        JsonObject json = Http.get(base, "/api/resources/" + crooks).json();
        assertEquals("high", json.getJsonObject("cautions_when").getJsonArray("staff_turnover").getString(0));
        assertFalse(json.getJsonObject("applies_when").containsKey("staff_turnover"), json.toString());
        assertFalse(Http.get(base, "/api/resources/" + LACHANCE).json().containsKey("cautions_when"),
                "absent where the resource has none");
        String page = Http.get(base, "/resources/" + crooks + "?lang=en").body();
        assertTrue(page.contains("<h2 id=\"cautions-title\">Use with care where</h2>"), page);
        assertTrue(page.contains("<li>Staff turnover: High</li>"), page);
    }

    @Test
    void listingsFilterByTypeTopicAndLanguageAndPage() {
        JsonObject guides = Http.get(base, "/api/resources?type=practice-guide&size=100").json();
        assertTrue(guides.getInt("total") >= 15);
        guides.getJsonArray("hits").getValuesAs(JsonObject.class)
                .forEach(h -> assertEquals("practice-guide", h.getString("type")));

        JsonObject french = Http.get(base, "/api/resources?lang=fr&topic=knowledge-mobilization").json();
        assertTrue(french.getInt("total") >= 2, french.toString());
        french.getJsonArray("hits").getValuesAs(JsonObject.class)
                .forEach(h -> assertEquals("fr", h.getString("language")));

        JsonObject page2 = Http.get(base, "/api/resources?size=5&page=2").json();
        assertEquals(2, page2.getInt("page"));
        assertEquals(5, page2.getJsonArray("hits").size());
        JsonObject page1 = Http.get(base, "/api/resources?size=5&page=1").json();
        assertFalse(page1.getJsonArray("hits").get(0).equals(page2.getJsonArray("hits").get(0)));
    }

    @Test
    void badParametersGetA400WithThePlainReasonAndTheNearestValue() {
        Http.Answer topic = Http.get(base, "/api/resources?topic=match-closur");
        assertEquals(400, topic.status());
        assertEquals("invalid_topic", topic.json().getString("error"));
        assertTrue(topic.json().getString("message").contains("did you mean 'match-closure'"));
        for (String query : List.of("size=0", "size=abc", "page=-1", "type=book", "lang=de")) {
            Http.Answer answer = Http.get(base, "/api/resources?" + query);
            assertEquals(400, answer.status(), query);
            assertTrue(answer.json().containsKey("message"), query);
        }
    }

    @Test
    void anUnknownIdGets404InJsonAndAPageInTheReadersLanguage() {
        Http.Answer api = Http.get(base, "/api/resources/no-such-resource");
        assertEquals(404, api.status());
        assertEquals("not_found", api.json().getString("error"));

        Http.Answer french = Http.get(base, "/resources/no-such-resource", "Accept-Language", "fr-CA,fr;q=0.9");
        assertEquals(404, french.status());
        assertTrue(french.body().contains("Page introuvable"), french.body());
        assertTrue(french.body().contains("lang=\"fr\""));

        Http.Answer english = Http.get(base, "/resources/no-such-resource?lang=en");
        assertEquals(404, english.status());
        assertTrue(english.body().contains("Page not found"));

        Http.Answer odd = Http.get(base, "/resources/%3Cscript%3E");
        assertEquals(404, odd.status());
        for (Http.Answer answer : List.of(api, french, english, odd)) {
            assertFalse(answer.body().matches("(?s).*(\\.java:\\d+|Caused by|Exception:|\\sat [a-z]+\\.[a-z]).*"),
                    answer.body());
        }
    }

    @Test
    void pagesShowTheLibraryInBothLanguages() {
        Http.Answer home = Http.get(base, "/?lang=fr");
        assertEquals(200, home.status());
        assertTrue(home.body().matches("(?s).*<html[^>]*lang=\"fr\".*"), "html lang");
        assertTrue(home.body().contains("Résumés de recherche les plus récents"));
        Http.Answer topic = Http.get(base, "/browse?topic=match-closure&lang=en");
        assertEquals(200, topic.status());
        assertTrue(topic.body().contains("<h1>Match closure</h1>"), topic.body());
        Http.Answer resource = Http.get(base, "/resources/" + LACHANCE + "?lang=en");
        assertTrue(resource.body().contains("Evaluation and Program Planning"));
        assertTrue(resource.body().contains("Lire en français"));
    }

}

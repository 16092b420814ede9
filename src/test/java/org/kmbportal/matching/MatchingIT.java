package org.kmbportal.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.testing.Visitor;

/** {@code POST /api/match} and the "For my organization" page in the real server. */
@ExtendWith(RunningPortal.class)
@EnabledIf("org.kmbportal.testing.TestDatabase#available")
class MatchingIT {

    private final URI base = RunningPortal.base();

    private Http.Answer match(String json) {
        return Http.post(base, "/api/match", "application/json", json);
    }

    @Test
    void aProfileGetsRankedResourcesEachWithReasons() {
        Http.Answer answer = match("""
                {"context": {"organization_size": "small", "evaluation_capacity": "none",
                             "program_models": ["group"], "topics": ["recruitment-screening"]},
                 "challenges": "Our volunteers leave after a few months and we struggle to recruit new ones",
                 "language": "en", "size": 5}""");
        assertEquals(200, answer.status(), answer.body());
        List<JsonObject> matches = answer.json().getJsonArray("matches").getValuesAs(JsonObject.class);
        assertEquals(5, matches.size());
        double previous = Double.MAX_VALUE;
        for (JsonObject m : matches) {
            assertTrue(m.containsKey("id") && m.containsKey("title"));
            double score = m.getJsonNumber("score").doubleValue();
            assertTrue(score <= previous, "best first");
            previous = score;
            assertFalse(m.getJsonArray("reasons").isEmpty(), m.toString());
            for (JsonObject reason : m.getJsonArray("reasons").getValuesAs(JsonObject.class)) {
                assertTrue(reason.containsKey("facet") || reason.containsKey("text"), reason.toString());
                assertFalse(reason.getString("explanation").isBlank());
            }
        }
        assertTrue(matches.get(0).getJsonArray("reasons").toString().contains("challenge"));
    }

    @Test
    void frenchProfilesGetFrenchReasonsAndFrenchVersionsFirst() {
        JsonObject first = match("""
                {"context": {"organization_size": "small", "topics": ["knowledge-mobilization"],
                             "program_models": ["inter-organizational"]},
                 "challenges": "Nous allons accompagner un autre organisme", "language": "fr", "size": 3}""")
                .json().getJsonArray("matches").getJsonObject(0);
        assertTrue(
                first.getString("id").endsWith("-fr") || first.getString("id").equals("accompagner-un-autre-organisme"),
                first.toString());
        // In French, and in the portal's words rather than the organization's ("Répond à ce que vous avez écrit",
        // "Porte sur …", "Proche de ce que vous avez écrit : porte sur …"), never quoting the paragraph.
        String reasons = first.getJsonArray("reasons").toString();
        assertTrue(reasons.contains("Répond à ce que vous avez écrit") || reasons.contains("Porte sur")
                || reasons.contains("Proche de ce que vous avez écrit"), first.toString());
        assertFalse(reasons.contains("accompagner") || reasons.contains("which you"),
                first.toString());
    }

    @Test
    void aHighTurnoverOrganizationGetsTheShippedStudiesThatOnlyCautionAboutTurnoverWithTheCaution() {
        Http.Answer answer = match("""
                {"context": {"staff_turnover": "high", "populations": ["indigenous-youth"],
                             "program_models": ["group"]},
                 "challenges": "relationship-focused group mentoring for First Nations, Métis and Inuit teens",
                 "language": "en", "size": 10}""");
        assertEquals(200, answer.status(), answer.body());
        JsonObject crooks = answer.json().getJsonArray("matches").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("id").equals("crooks-2017-relationship-focused-mentoring-fnmi-youth"))
                .findFirst().orElseThrow(() -> new AssertionError(answer.body()));
        List<JsonObject> reasons = crooks.getJsonArray("reasons").getValuesAs(JsonObject.class);
        assertTrue(reasons.stream().anyMatch(r -> "staff_turnover".equals(r.getString("facet", ""))
                && r.getString("explanation")
                        .equals("Use with care in a situation like yours — staff turnover: high.")),
                reasons.toString());
        assertFalse(reasons.toString().contains("Made for other organizations — staff turnover"), "not ruled out");
    }

    @Test
    void badProfilesGetA400NamingTheNearestValueNeverA500() {
        List<String> bad = List.of("{\"context\": {\"organisation_size\": \"small\"}}",
                "{\"context\": {\"organization_size\": \"smal\"}}", "{\"challenge\": \"x\"}",
                "{\"challenges\": \"" + "x".repeat(OrganizationProfile.MAX_CHALLENGES + 100) + "\"}",
                "{\"context\": {\"topics\": [1, 2]}}",
                "{\"context\": \"small\"}", "{\"size\": 500}", "{\"language\": \"de\"}", "{bad json", "[]", "");
        for (String body : bad) {
            Http.Answer answer = match(body);
            assertEquals(400, answer.status(), body + " -> " + answer.body());
            assertFalse(answer.json().getString("message").isBlank());
        }
        assertTrue(match("{\"context\": {\"organization_size\": \"smal\"}}").json().getString("message")
                .contains("did you mean 'small'"));
    }

    @Test
    void theOrganizationPageShowsTheRankedListWithReasonsAndFilters() {
        Http.Answer page = Http.get(base, "/organization?submitted=1&organization_size=small&program_models=group"
                + "&challenges=volunteers+leave&lang=en");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("Resources that fit your organization"));
        assertTrue(page.body().contains("class=\"reason reason--challenge\""), "reasons are shown");
        Http.Answer guides = Http.get(base, "/organization?submitted=1&organization_size=small&show=practice-guide"
                + "&lang=en");
        assertFalse(guides.body().contains("badge--research-summary\">Research summary"), "only guides");
        Http.Answer odd = Http.get(base, "/organization?submitted=1&organization_size=huge&lang=en");
        assertEquals(200, odd.status());
        assertTrue(odd.body().contains("is not a choice of this form"));
    }

    @Test
    void anOrganizationSavesItsProfileOnceAndItsPageOpensWithItAfterwards() {
        Visitor member = People.member(base, "profile-keeper@kmb.test", "Kim Keeper", "Riverside Mentoring");
        Visitor other = People.member(base, "profile-other@kmb.test", "Omar Other", "Hillside Youth");
        long organization = member.api("GET", "/api/session", null).json().getJsonNumber("organization")
                .longValue();
        String profilePath = "/api/organizations/" + organization + "/profile";
        assertEquals(404, member.get(profilePath).status(), "nothing saved yet");

        Http.Answer saved = member.submit("/organization?submitted=1&organization_size=small&program_models=group"
                + "&challenges=volunteers+leave+after+a+few+months&lang=en", "save-profile", Map.of());
        assertEquals(302, saved.status(), saved.body());
        JsonObject stored = member.get(profilePath).json();
        assertEquals("small", stored.getJsonObject("context").getJsonArray("organization_size").getString(0));
        assertEquals("volunteers leave after a few months", stored.getString("challenges"));

        Http.Answer page = member.get("/organization?lang=en");
        assertTrue(page.body().contains("These are the answers saved for your organization."), "opens with it");
        assertTrue(page.body().contains("class=\"reason reason--challenge\""), "ranked with its challenges");

        Http.Answer refused = member.api("PUT", profilePath,
                "{\"context\": {\"organization_size\": \"huge\"}, \"challenges\": \"x\", \"language\": \"en\"}");
        assertEquals(400, refused.status(), refused.body());
        assertEquals("small", member.get(profilePath).json().getJsonObject("context")
                .getJsonArray("organization_size").getString(0), "a refused profile changes nothing");
        assertEquals(403, other.get(profilePath).status(), "another organization's people cannot read it");
        assertFalse(other.get("/organization?lang=en").body().contains("These are the answers saved"),
                "nor does their page open with it");
    }
}

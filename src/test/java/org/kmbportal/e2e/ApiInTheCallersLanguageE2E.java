package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Random;

import jakarta.json.Json;
import jakarta.json.JsonObject;

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
 * What user session api57 found with {@code Accept-Language: fr} on every call: an outside link sent as /openapi
 * documents it ({"url", "title", "note"}) was refused as if url and title were missing, a match without a "language"
 * field gave English reasons to a French caller, and a score of refusals came in English.
 */
@ExtendWith(RunningPortal.class)
class ApiInTheCallersLanguageE2E {

    private static Visitor mentor(URI portal, String language, String tag) {
        String email = "api57-" + tag + "-" + System.nanoTime() + "@kmb.test";
        People.invited(portal, People.admin(portal), email, "Mona Mentor", "mentor");
        Visitor mentor = new Visitor(portal, language);
        assertTrue(mentor.signIn(email, People.PASSWORD));
        return mentor;
    }

    private static String message(Http.Answer answer) {
        return answer.json().getString("message");
    }

    @Test
    void anOutsideLinkIsAddedToACollectionAsTheDocumentedEntry(URI portal) {
        Random random = new Random(Gen.seed() * 31 + "api57-link".hashCode());
        Visitor mentor = mentor(portal, "fr", "link");
        Http.Answer created = mentor.api("POST", "/api/collections", Json.createObjectBuilder().add("title",
                "Liens " + System.nanoTime()).add("language", "fr").build().toString());
        assertEquals(201, created.status(), created.body());
        String id = created.json().getString("id");
        String url = "https://example.org/api57/" + System.nanoTime();
        String title = GeneratedText.oddTitles(120).next(random).strip() + " x";
        String note = GeneratedText.upTo(300).next(random);
        String entry = Json.createObjectBuilder().add("url", url).add("title", title).add("note", note).build()
                .toString();
        Http.Answer added = mentor.api("POST", "/api/collections/" + id + "/items", entry);
        assertEquals(201, added.status(), added.body());
        assertTrue(added.json().getBoolean("added"));
        JsonObject detail = mentor.api("GET", "/api/collections/" + id, null).json();
        JsonObject item = detail.getJsonArray("items").getJsonObject(0);
        assertEquals(url, item.getString("url"));
        Http.Answer again = mentor.api("POST", "/api/collections/" + id + "/items", entry);
        assertEquals(200, again.status(), again.body());
        assertEquals(false, again.json().getBoolean("added"));
        Http.Answer noTitle = mentor.api("POST", "/api/collections/" + id + "/items", Json.createObjectBuilder()
                .add("url", url + "/autre").build().toString());
        assertEquals(400, noTitle.status(), noTitle.body());
        assertTrue(message(noTitle).startsWith("La collection ne peut pas être enregistrée."), noTitle.body());
        assertEquals(1, mentor.api("GET", "/api/collections/" + id, null).json().getJsonArray("items").size());
    }

    @Test
    void aMatchWithoutLanguageGivesReasonsInTheCallersLanguage(URI portal) {
        String body = "{\"context\": {\"organization_size\": \"large\"}, \"challenges\": \"Nos bénévoles partent après"
                + " quelques mois et les jeunes se retrouvent sans mentor.\", \"size\": 3}";
        String withFrench = body.replace("\"size\"", "\"language\": \"fr\", \"size\"");
        String withEnglish = body.replace("\"size\"", "\"language\": \"en\", \"size\"");
        Http.Answer asked = Http.post(portal, "/api/match", "application/json", body, "Accept-Language", "fr-CA");
        assertEquals(200, asked.status(), asked.body());
        Http.Answer french = Http.post(portal, "/api/match", "application/json", withFrench);
        Http.Answer english = Http.post(portal, "/api/match", "application/json", withEnglish, "Accept-Language",
                "fr-CA");
        assertEquals(french.body(), asked.body());
        assertNotEquals(english.body(), asked.body(), "the body's language wins over Accept-Language");
    }

    @Test
    void eachRefusalIsSaidInTheCallersLanguage(URI portal) {
        for (String language : List.of("en", "fr")) {
            Visitor mentor = mentor(portal, language, "refusals-" + language);
            Http.Answer created = mentor.api("POST", "/api/collections", "{\"title\": \"Refus " + System.nanoTime()
                    + "\"}");
            String id = created.json().getString("id");
            long version = created.json().getJsonNumber("version").longValue();
            record Refusal(Http.Answer answer, int status, String key, Object... arguments) {
            }
            List<Refusal> refusals = List.of(
                    new Refusal(mentor.api("POST", "/api/collections", "{\"title\": \"x\"}", false), 403,
                            "api.error.csrfToken"),
                    new Refusal(new Visitor(portal, language).api("POST", "/api/collections", "{}", false), 401,
                            "api.error.signIn"),
                    new Refusal(Http.post(portal, "/api/match", "text/plain", "{}", "Accept-Language", language),
                            415, "api.error.sendJson"),
                    new Refusal(Http.post(portal, "/api/match", "application/json", "{\"language\": \"de\"}",
                            "Accept-Language", language), 400, "api.error.languageEnFr"),
                    new Refusal(Http.post(portal, "/api/match", "application/json", "{\"size\": 99}",
                            "Accept-Language", language), 400, "api.error.matchSize", 50),
                    new Refusal(Http.post(portal, "/api/match", "application/json",
                            "{\"context\": {\"organization_size\": \"huge\"}}", "Accept-Language", language), 400,
                            "api.error.unknownValueNearest", "huge", "organization_size", "large"),
                    new Refusal(mentor.api("PUT", "/api/collections/" + id, "{\"version\": " + version
                            + ", \"visibility\": \"secret\"}"), 400, "api.error.visibility"),
                    new Refusal(mentor.api("PUT", "/api/collections/" + id + "/order", "{\"version\": " + version
                            + ", \"order\": 3}"), 400, "api.error.mustBeList", "order"),
                    new Refusal(mentor.api("PUT", "/api/collections/" + id, "{\"version\": " + (version + 7)
                            + ", \"title\": \"y\"}"), 409, "api.error.collectionChanged", id));
            for (Refusal r : refusals) {
                assertEquals(r.status(), r.answer().status(), r.key() + ": " + r.answer().body());
                assertEquals(Bundle.text(language, r.key(), r.arguments()), message(r.answer()), r.key());
            }
        }
    }

    /**
     * User session api58: a mentor changing a public collection they do not curate got "Your account may not do
     * this." rather than the service's reason; a body over the API's limit and other shared refusals came in English.
     */
    @Test
    void aServicesOwnReasonAndTheBodyLimitAreSaidInTheCallersLanguage(URI portal) {
        for (String language : List.of("en", "fr")) {
            Visitor mentor = mentor(portal, language, "reason-" + language);
            JsonObject shipped = mentor.api("GET", "/api/collections/starting-a-mentoring-program", null).json();
            Http.Answer refused = mentor.api("PUT", "/api/collections/starting-a-mentoring-program", Json
                    .createObjectBuilder().add("version", shipped.getJsonNumber("version").longValue()).add("title",
                            "Not mine " + System.nanoTime())
                    .build().toString());
            assertEquals(403, refused.status(), refused.body());
            assertEquals(Bundle.text(language, "api.denied.changeCollection"), message(refused));
            assertNotEquals(Bundle.text(language, "api.error.forbidden"), message(refused));
            // Announced over the limit: refused before the body is read (as HardeningE2E sends it).
            org.kmbportal.testing.RawHttp.Answer tooLarge = org.kmbportal.testing.RawHttp.send(portal,
                    "POST /api/match HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                            + "Content-Length: 300000000\r\nAccept-Language: " + language,
                    new byte[64 * 1024]);
            assertEquals(413, tooLarge.status(), tooLarge.head());
            String said = Json.createReader(new java.io.StringReader(tooLarge.body())).readObject().getString(
                    "message");
            long kb = Long.parseLong(said.replaceAll("[^0-9]", ""));
            assertEquals(Bundle.text(language, "api.error.tooLargeAtMost", kb), said);
        }
    }
}

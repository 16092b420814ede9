package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Random;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.testing.Visitor;

/**
 * User session api58: a PUT of a collection as it is made a new version through the API (the editor page says
 * "Nothing has changed"). It changes nothing now: 200 with the same version, whether the fields are left out or sent
 * back as they are, on the shipped library's collections and on a new one; a real change still makes one version.
 */
@ExtendWith(RunningPortal.class)
class UnchangedCollectionPutE2E {

    private static final List<String> SHIPPED = List.of("starting-a-mentoring-program",
            "accompagner-un-organisme-partenaire", "evaluating-on-a-small-budget", "supporting-another-organization");

    /** The collection's own fields as GET gives them, sent back unchanged. */
    private static JsonObjectBuilder asItIs(JsonObject detail) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("version", detail.getJsonNumber("version")
                .longValue());
        for (String field : List.of("title", "description", "language", "visibility")) {
            if (detail.containsKey(field)
                    && detail.get(field).getValueType() == jakarta.json.JsonValue.ValueType.STRING) {
                body.add(field, detail.getString(field));
            }
        }
        return body;
    }

    private static long version(JsonObject json) {
        return json.getJsonNumber("version").longValue();
    }

    @Test
    void anUnchangedPutOfAShippedCollectionMakesNoNewVersion(URI portal) {
        Visitor editor = People.invited(portal, People.admin(portal), "api58-editor-" + System.nanoTime()
                + "@kmb.test", "Edna Editor", "editor");
        for (String id : SHIPPED) {
            JsonObject before = editor.api("GET", "/api/collections/" + id, null).json();
            Http.Answer bare = editor.api("PUT", "/api/collections/" + id, "{\"version\": " + version(before) + "}");
            assertEquals(200, bare.status(), id + ": " + bare.body());
            assertEquals(version(before), version(bare.json()), id + ": fields left out keep their value");
            Http.Answer echoed = editor.api("PUT", "/api/collections/" + id, asItIs(before).build().toString());
            assertEquals(200, echoed.status(), id + ": " + echoed.body());
            assertEquals(version(before), version(echoed.json()), id + ": the same fields sent back");
            JsonObject after = editor.api("GET", "/api/collections/" + id, null).json();
            assertEquals(version(before), version(after), id);
            assertEquals(before.getJsonArray("items"), after.getJsonArray("items"), id);
        }
    }

    @Test
    void anUnchangedPutOfOnesOwnCollectionMakesNoNewVersionAndAChangeMakesOne(URI portal) {
        Random random = new Random(Gen.seed() * 31 + "api58-unchanged".hashCode());
        String email = "api58-mentor-" + System.nanoTime() + "@kmb.test";
        People.invited(portal, People.admin(portal), email, "Mo Mentor", "mentor");
        Visitor mentor = new Visitor(portal, random.nextBoolean() ? "fr" : "en");
        assertTrue(mentor.signIn(email, People.PASSWORD));
        String title = GeneratedText.libraryWords(120).next(random).strip() + " " + System.nanoTime();
        String description = GeneratedText.libraryWords(600).next(random).strip();
        Http.Answer created = mentor.api("POST", "/api/collections", Json.createObjectBuilder().add("title", title)
                .add("description", description).build().toString());
        assertEquals(201, created.status(), created.body());
        String id = created.json().getString("id");
        JsonObject before = mentor.api("GET", "/api/collections/" + id, null).json();
        for (int i = 0; i < 3; i++) {
            Http.Answer same = mentor.api("PUT", "/api/collections/" + id, asItIs(before).build().toString());
            assertEquals(200, same.status(), same.body());
            assertEquals(version(before), version(same.json()), "unchanged, try " + (i + 1));
        }
        Http.Answer changed = mentor.api("PUT", "/api/collections/" + id, asItIs(before).add("title", title + " 2")
                .build().toString());
        assertEquals(200, changed.status(), changed.body());
        assertEquals(version(before) + 1, version(changed.json()), "a real change makes one new version");
    }
}

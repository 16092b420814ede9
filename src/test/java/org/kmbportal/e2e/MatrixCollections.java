package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import jakarta.json.Json;

import org.kmbportal.testing.Http;
import org.kmbportal.testing.Visitor;

/**
 * The collections the authorization matrix checks: the mentor supports the first member's organization (with its
 * join code) and curates a private, a shared (with that organization), an unlisted and a public collection, and one
 * the matrix deletes. Their ids, the unlisted link's key and the join code become placeholders of the table.
 */
final class MatrixCollections {

    private MatrixCollections() {
    }

    static void create(Visitor member, Visitor mentor, Map<String, String> placeholders) {
        String organization = placeholders.get("{org}");
        String code = member.get("/api/organizations/" + organization).json().getString("join_code");
        placeholders.put("{joincode}", code);
        Http.Answer supported = mentor.api("POST", "/api/mentor/organizations",
                Json.createObjectBuilder().add("join_code", code).build().toString());
        assertEquals(201, supported.status(), supported.body());
        // Ids of this run of the matrix: a second run (the pom's rerun, on the same portal) may not create the first
        // one's again.
        String run = "-" + placeholders.get("{run}");
        placeholders.put("{private}", collection(mentor, "matrix-private" + run, "private", ""));
        placeholders.put("{shared}", collection(mentor, "matrix-shared" + run, "shared", organization));
        placeholders.put("{unlisted}", collection(mentor, "matrix-unlisted" + run, "unlisted", ""));
        placeholders.put("{public}", collection(mentor, "matrix-public" + run, "public", ""));
        placeholders.put("{deleted}", collection(mentor, "matrix-deleted" + run, "public", ""));
        String link = mentor.get("/api/collections/" + placeholders.get("{unlisted}") + "/sharing").json()
                .getString("link");
        placeholders.put("{key}", link.substring(link.indexOf("key=") + 4));
    }

    private static String collection(Visitor mentor, String id, String visibility, String organization) {
        String body = Json.createObjectBuilder().add("id", id)
                .add("title", "Matrix " + id.substring("matrix-".length()))
                .add("visibility", visibility)
                .add("organizations", organization.isEmpty()
                        ? Json.createArrayBuilder()
                        : Json.createArrayBuilder().add(Long.parseLong(organization)))
                .add("items", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("resource", "lachance-2019-inter-organizational-mentoring").add("note", "Read first.")))
                .build().toString();
        Http.Answer created = mentor.api("POST", "/api/collections", body);
        assertEquals(201, created.status(), created.body());
        return id;
    }
}

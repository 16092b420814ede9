package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Map;

import jakarta.json.Json;

import org.kmbportal.testing.Http;
import org.kmbportal.testing.Visitor;

/**
 * The partnerships the authorization matrix checks, between the mentor and the first member's organization: an active
 * one with a plan of one item ({partnership}, its item {item}), a proposal not yet accepted ({proposal}) and an
 * active one the matrix closes ({closing}). {move-date} is a day check-in 3 of {partnership} may be moved to once
 * check-ins 1 and 2 are held on the start day (ten days after its date, before check-in 4). The other member's organization is a third
 * organization to all of them.
 */
final class MatrixPartnerships {

    private MatrixPartnerships() {
    }

    static void create(Visitor member, Visitor mentor, Map<String, String> placeholders) {
        String code = placeholders.get("{joincode}");
        long active = proposed(mentor, code, "Matrix partnership");
        accepted(member, active);
        Http.Answer plan = member.api("PUT", "/api/partnerships/" + active + "/plan", "{\"version\": 0, \"items\":"
                + " [{\"what\": \"Screen volunteer mentors\", \"why\": \"Safety\", \"lead\": \"partner\", \"status\":"
                + " \"planned\", \"resources\": [\"lachance-2019-inter-organizational-mentoring\"]}]}");
        assertEquals(200, plan.status(), plan.body());
        placeholders.put("{partnership}", String.valueOf(active));
        placeholders.put("{item}", String.valueOf(member.get("/api/partnerships/" + active).json()
                .getJsonObject("plan").getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue()));
        placeholders.put("{proposal}", String.valueOf(proposed(mentor, code, "Matrix proposal")));
        long closing = proposed(mentor, code, "Matrix closing");
        accepted(member, closing);
        placeholders.put("{closing}", String.valueOf(closing));
        String start = member.get("/api/partnerships/" + active).json().getString("start_date");
        // Check-ins 1 and 2 are held on the start day, so check-in 3 falls three months after it (the interval counts
        // from the last one held) and check-in 4 three months later.
        placeholders.put("{move-date}", LocalDate.parse(start).plusMonths(3).plusDays(10).toString());
    }

    /** A partnership the mentor proposed to the member's organization (by its join code) and the member accepted. */
    static long acceptedBetween(Visitor member, Visitor mentor, String title) {
        long organization = member.get("/api/account").json().getJsonNumber("organization").longValue();
        String code = member.get("/api/organizations/" + organization).json().getString("join_code");
        long id = proposed(mentor, code, title);
        accepted(member, id);
        return id;
    }

    /** A partnership the mentor proposed to the organization with that join code, not accepted yet. */
    static long proposed(Visitor mentor, String code, String title) {
        Http.Answer started = mentor.api("POST", "/api/partnerships", Json.createObjectBuilder()
                .add("join_code", code).add("title", title).build().toString());
        assertEquals(201, started.status(), started.body());
        return started.json().getJsonNumber("id").longValue();
    }

    private static void accepted(Visitor member, long id) {
        Http.Answer accepted = member.api("POST", "/api/partnerships/" + id + "/acceptance",
                "{\"goals\": \"Our goals, in our words.\", \"capacities\": [\"evaluation\"]}");
        assertEquals(200, accepted.status(), accepted.body());
    }
}

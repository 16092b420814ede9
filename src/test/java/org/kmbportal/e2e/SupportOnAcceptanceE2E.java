package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Random;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.testing.Visitor;

/**
 * A mentor who only proposed a partnership was recorded as supporting the organization ("A mentor starts supporting an
 * organization") and could share collections with it at once; a declined or withdrawn proposal left it so, with
 * nothing ending it. The mentor now supports the organization when one of its members accepts, and the audit entry
 * says so then, naming who accepted and the mentor.
 */
@ExtendWith(RunningPortal.class)
class SupportOnAcceptanceE2E {

    @Test
    void aMentorSupportsAnOrganizationOnlyOnceItAcceptsTheProposal(URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() + n);
        Visitor admin = People.admin(portal);
        Visitor mentor = People.invited(portal, admin, "support-mentor-" + n + "@kmb.test", "Support Mentor",
                "mentor");
        Partner accepting = partner(portal, "accepting", n, random);
        Partner declining = partner(portal, "declining", n, random);
        Partner withdrawn = partner(portal, "withdrawn", n, random);
        String collection = privateCollection(mentor, n);

        long accepted = propose(mentor, accepting, random);
        long declined = propose(mentor, declining, random);
        long withdrawing = propose(mentor, withdrawn, random);
        for (Partner p : List.of(accepting, declining, withdrawn)) {
            assertFalse(supported(mentor).contains(p.organization), "a proposal alone: " + p.name);
            assertTrue(supportEntries(admin, p).isEmpty(), "no support entry for a proposal: " + p.name);
            Http.Answer shared = share(mentor, collection, p);
            assertEquals(400, shared.status(), "no sharing with a proposal's organization: " + shared.body());
        }

        assertEquals(200, accepting.member.api("POST", "/api/partnerships/" + accepted + "/acceptance",
                "{\"goals\": \"Grow together.\", \"capacities\": [\"evaluation\"]}").status());
        assertEquals(200, declining.member.api("POST", "/api/partnerships/" + declined + "/closure",
                "{\"reflection\": \"Not now.\"}").status());
        assertEquals(200, mentor.api("POST", "/api/partnerships/" + withdrawing + "/closure", "{}").status());

        assertTrue(supported(mentor).contains(accepting.organization), "accepted: the mentor supports it");
        List<JsonObject> entries = supportEntries(admin, accepting);
        assertEquals(1, entries.size(), entries.toString());
        assertTrue(entries.get(0).getString("actor").contains(accepting.email), "who accepted: " + entries);
        assertTrue(entries.get(0).getString("detail").contains("support-mentor-" + n + "@kmb.test"),
                "and the mentor: " + entries);
        assertTrue(entries.get(0).getString("detail").contains(accepting.name), entries.toString());
        Http.Answer shared = share(mentor, collection, accepting);
        assertEquals(200, shared.status(), "sharing with the organization that accepted: " + shared.body());

        for (Partner p : List.of(declining, withdrawn)) {
            assertFalse(supported(mentor).contains(p.organization), "ended proposal: " + p.name);
            assertTrue(supportEntries(admin, p).isEmpty(), p.name);
            assertEquals(400, share(mentor, collection, p).status(), p.name);
        }
    }

    private record Partner(Visitor member, String email, String name, long organization, String joinCode) {
    }

    private static Partner partner(URI portal, String what, long n, Random random) {
        String email = "support-" + what + "-" + n + "@kmb.test";
        String name = GeneratedText.cut(GeneratedText.oddTitles(80).next(random).replaceAll("\\s+", " "), 80).strip()
                + " " + what + n;
        Visitor member = People.member(portal, email, "Member " + what, name);
        long organization = member.get("/api/account").json().getJsonNumber("organization").longValue();
        JsonObject org = member.get("/api/organizations/" + organization).json();
        return new Partner(member, email, org.getString("name"), organization, org.getString("join_code"));
    }

    private static long propose(Visitor mentor, Partner partner, Random random) {
        String title = GeneratedText.cut(GeneratedText.oddTitles(200).next(random).replaceAll("\\s+", " "), 200)
                .strip() + " p";
        Http.Answer started = mentor.api("POST", "/api/partnerships", Json.createObjectBuilder().add("join_code",
                partner.joinCode).add("title", title).build().toString());
        assertEquals(201, started.status(), started.body());
        return started.json().getJsonNumber("id").longValue();
    }

    private static String privateCollection(Visitor mentor, long n) {
        Http.Answer made = mentor.api("POST", "/api/collections", Json.createObjectBuilder()
                .add("title", "Support readings " + n).add("description", "For a partner.").add("language", "en")
                .add("visibility", "private").add("organizations", Json.createArrayBuilder())
                .add("items", Json.createArrayBuilder()).build().toString());
        assertEquals(201, made.status(), made.body());
        return made.json().getString("id");
    }

    private static Http.Answer share(Visitor mentor, String collection, Partner partner) {
        return mentor.api("PUT", "/api/collections/" + collection + "/sharing", Json.createObjectBuilder()
                .add("visibility", "shared").add("organizations", Json.createArrayBuilder().add(partner.organization))
                .build().toString());
    }

    private static List<Long> supported(Visitor mentor) {
        return mentor.get("/api/mentor/organizations").jsonArray().getValuesAs(JsonObject.class).stream()
                .map(o -> o.getJsonNumber("id").longValue()).toList();
    }

    private static List<JsonObject> supportEntries(Visitor admin, Partner partner) {
        return admin.get("/api/admin/audit").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("action").equals("mentor.support"))
                .filter(e -> e.getString("subject").equals("organization:" + partner.organization)).toList();
    }
}

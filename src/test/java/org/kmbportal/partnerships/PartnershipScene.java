package org.kmbportal.partnerships;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.kmbportal.testing.Http;
import org.kmbportal.testing.People;
import org.kmbportal.testing.Visitor;

/**
 * The people of a partnership test, created through the portal: a mentor who belongs to an organization (a member
 * given the mentor role), a colleague in the mentor's organization, two members of the partner organization, a member
 * of a third organization, another mentor, an editor and the administrator. Emails start with the given prefix so
 * that several scenes live in one database.
 */
final class PartnershipScene {

    final URI base;
    final Visitor admin;
    final Visitor mentor;
    final Visitor mentorColleague;
    final Visitor partner;
    final Visitor partnerColleague;
    final Visitor third;
    final Visitor otherMentor;
    final Visitor editor;
    final String prefix;
    final String joinCode;

    PartnershipScene(URI base, String prefix) {
        this.base = base;
        this.prefix = prefix;
        admin = People.admin(base);
        People.member(base, prefix + "-mentor@kmb.test", "Maya " + prefix, "Mentoring Org "
                + prefix);
        long mentorAccount = account(prefix + "-mentor@kmb.test");
        Http.Answer roles = admin.api("PUT", "/api/admin/users/" + mentorAccount + "/roles",
                "{\"roles\": [\"member\", \"mentor\"]}");
        assertEquals(200, roles.status(), roles.body());
        mentor = People.signedIn(base, prefix + "-mentor@kmb.test");
        // Changing the roles ended the sessions opened before (issue 17): read the code as the mentor signed in since.
        String mentorOrgCode = code(mentor);
        mentorColleague = joined(prefix + "-colleague@kmb.test", "Colin " + prefix, mentorOrgCode);
        partner = People.member(base, prefix + "-partner@kmb.test", "Paula " + prefix, "Partner Org " + prefix);
        joinCode = code(partner);
        partnerColleague = joined(prefix + "-partner2@kmb.test", "Pat " + prefix, joinCode);
        third = People.member(base, prefix + "-third@kmb.test", "Theo " + prefix, "Third Org " + prefix);
        otherMentor = People.invited(base, admin, prefix + "-mentor2@kmb.test", "Other " + prefix, "mentor");
        editor = People.invited(base, admin, prefix + "-editor@kmb.test", "Eddie " + prefix, "editor");
    }

    /** A partnership the mentor proposed and the partner accepted, choosing two capacities; its id. */
    long activePartnership(String title) {
        long id = proposed(title);
        Http.Answer accepted = partner.api("POST", "/api/partnerships/" + id + "/acceptance", Json.createObjectBuilder()
                .add("goals", "Screen and support our mentors well, in our own words.")
                .add("capacities", Json.createArrayBuilder().add("evaluation").add("match-support")).build()
                .toString());
        assertEquals(200, accepted.status(), accepted.body());
        return id;
    }

    long proposed(String title) {
        Http.Answer started = mentor.api("POST", "/api/partnerships", Json.createObjectBuilder()
                .add("join_code", joinCode).add("title", title).build().toString());
        assertEquals(201, started.status(), started.body());
        return started.json().getJsonNumber("id").longValue();
    }

    JsonObject detail(Visitor who, long id) {
        Http.Answer answer = who.get("/api/partnerships/" + id);
        assertEquals(200, answer.status(), answer.body());
        return answer.json();
    }

    private Visitor joined(String email, String name, String code) {
        Visitor visitor = new Visitor(base);
        Http.Answer answer = visitor.submit("/sign-up", "signup", java.util.Map.of("name", name, "email", email,
                "password", People.PASSWORD, "confirmation", People.PASSWORD, "choice", "join", "joinCode", code));
        if (answer.status() != 302) {
            throw new IllegalStateException("Joining failed: " + answer.body());
        }
        return People.signedIn(base, email);
    }

    private static String code(Visitor member) {
        long organization = member.get("/api/account").json().getJsonNumber("organization").longValue();
        return member.get("/api/organizations/" + organization).json().getString("join_code");
    }

    private long account(String email) {
        return People.accounts(admin).stream().filter(u -> u.getString("email").equals(email))
                .map(u -> u.getJsonNumber("id").longValue()).findFirst().orElseThrow();
    }
}

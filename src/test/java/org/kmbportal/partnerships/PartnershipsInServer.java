package org.kmbportal.partnerships;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import org.kmbportal.partnerships.web.PartnershipGuide;
import org.kmbportal.platform.PortalClock;
import org.kmbportal.testing.Deployments;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.People;
import org.kmbportal.testing.TestDatabase;
import org.kmbportal.testing.Visitor;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;

/**
 * Partnerships in the real server, on H2 and PostgreSQL, over HTTP as people use them: who sees and does what (every
 * role, and a third organization, which gets the same 404 as for nothing), plan revisions with their reasons, bad
 * plans refused whole, version conflicts (also two saves at once), the report and closing, email through a real SMTP
 * server (GreenMail on loopback). Two tests run inside the server to move its clock: the check-in schedule across
 * months of different lengths with a missed and a moved check-in and the calendar read back, and nudges after the
 * quiet period.
 */
public class PartnershipsInServer {

    private final PortalClock clock;

    private final Nudges nudges;

    /** Services of the server it runs in (null for the tests that call the portal from outside). */
    public PartnershipsInServer(PortalClock clock, Nudges nudges) {
        this.clock = clock;
        this.nudges = nudges;
    }

    private static PartnershipScene scene;

    /** The people of the tests that move the clock, made inside the server. */
    private static final String CLOCK_PREFIX = "it-clock";

    private static PartnershipScene clockScene;

    /** The scene of the client-side tests, with the mail server that receives the portal's email. */
    static synchronized PartnershipScene scene() {
        // Started on every call, not only with the scene: a rerun of the class after its mail server stopped gets
        // a mail server again (and waits for messages it can count) rather than a null one.
        Mailbox.start();
        if (scene == null) {
            scene = new PartnershipScene(Deployments.base(), "it-ps");
        }
        return scene;
    }

    /**
     * The scene of the three tests that move the clock, made once: each works on a partnership of its own and reads
     * only that one's schedule, notifications (by id) and calendar, so nine sign-ups each would prove nothing more.
     */
    static synchronized PartnershipScene clockScene() {
        if (clockScene == null) {
            clockScene = new PartnershipScene(Deployments.base(), CLOCK_PREFIX);
        }
        return clockScene;
    }

    public static void stopMail() {
        Mailbox.stop();
    }

    private static int status(Visitor who, String method, String path, String body) {
        return method.equals("GET") ? who.get(path).status() : who.api(method, path, body).status();
    }

    public void everyRoleSeesAndDoesOnlyWhatItMayAndAThirdOrganizationGetsTheSame404AsForNothing() {
        PartnershipScene s = scene();
        long id = s.activePartnership("Access for every role");
        Visitor anonymous = new Visitor(s.base);
        List<Visitor> who = List.of(anonymous, s.mentor, s.mentorColleague, s.partner, s.partnerColleague, s.third,
                s.otherMentor, s.editor, s.admin);
        // anonymous, mentor, mentor's colleague, partner, partner's colleague, third organization, other mentor,
        // editor, administrator
        Map<String, List<Integer>> reads = Map.of("/api/partnerships/" + id, List.of(401, 200, 200, 200, 200, 404,
                404, 404, 200), "/api/partnerships/" + id + "/plan/revisions",
                List.of(401, 200, 200, 200, 200, 404,
                        404, 404, 200),
                "/api/partnerships/" + id + "/calendar.ics", List.of(401, 200, 200, 200, 200, 404, 404, 404, 200),
                "/api/partnerships/" + id + "/report", List.of(401, 200, 200, 200, 200, 404, 404, 404, 200),
                "/partnerships/view?id=" + id, List.of(302, 200, 200, 200, 200, 404, 404, 404, 200),
                "/partnerships/plan?id=" + id, List.of(302, 200, 200, 200, 200, 404, 404, 404, 200),
                "/partnerships/report?id=" + id, List.of(302, 200, 200, 200, 200, 404, 404, 404, 200));
        reads.forEach((path, expected) -> {
            for (int i = 0; i < who.size(); i++) {
                assertEquals(expected.get(i), status(who.get(i), "GET", path, null), path + " for visitor " + i);
            }
        });
        Http.Answer none = s.partner.get("/api/partnerships/999999");
        Http.Answer hidden = s.third.get("/api/partnerships/" + id);
        assertEquals(none.body(), hidden.body(), "a partnership one may not see looks exactly like none");
        assertEquals(404, s.third.get("/partnerships/view?id=999999").status());

        String note = "{\"text\": \"Hello from the access test\"}";
        List<Integer> writes = List.of(401, 201, 403, 201, 201, 404, 404, 404, 403);
        for (int i = 0; i < who.size(); i++) {
            assertEquals(writes.get(i), status(who.get(i), "POST", "/api/partnerships/" + id + "/notes", note),
                    "note by visitor " + i);
        }
        assertEquals(403, s.mentor.api("POST", "/api/partnerships/" + id + "/notes", note, false).status(),
                "no CSRF token");
        JsonObject detail = s.detail(s.partner, id);
        assertEquals("partner", detail.getString("side"));
        assertTrue(detail.getBoolean("can_work"));
        assertFalse(s.detail(s.mentorColleague, id).getBoolean("can_work"));
        assertEquals("mentor-organization", s.detail(s.mentorColleague, id).getString("side"));
        assertTrue(s.third.get("/api/partnerships").json().getJsonArray("partnerships").isEmpty());
        assertTrue(s.partnerColleague.get("/api/partnerships").json().getJsonArray("partnerships").stream()
                .anyMatch(p -> p.asJsonObject().getJsonNumber("id").longValue() == id));

        long proposal = s.proposed("Only the partner accepts");
        assertEquals(403, s.mentor.api("POST", "/api/partnerships/" + proposal + "/acceptance",
                "{\"goals\": \"mine\"}").status());
        assertEquals(404, s.third.api("POST", "/api/partnerships/" + proposal + "/acceptance",
                "{\"goals\": \"mine\"}").status());
        assertEquals(400, s.partner.api("POST", "/api/partnerships/" + proposal + "/acceptance",
                "{\"goals\": \"  \"}").status(), "goals in the partner's own words are required");
        Http.Answer unknownCapacity = s.partner.api("POST", "/api/partnerships/" + proposal + "/acceptance",
                "{\"goals\": \"Ours\", \"capacities\": [\"evaluatoin\"]}");
        assertEquals(400, unknownCapacity.status());
        assertTrue(unknownCapacity.json().getString("message").contains("evaluation"), unknownCapacity.body());
        assertEquals(409, s.partner.api("PUT", "/api/partnerships/" + proposal + "/plan",
                "{\"version\": 0, \"items\": []}").status(), "no plan before acceptance");
        assertEquals(400, s.mentor.api("POST", "/api/partnerships", "{\"join_code\": \"NOPE\", \"title\": \"x\"}")
                .status());
        assertEquals(403, s.partner.api("POST", "/api/partnerships", Json.createObjectBuilder()
                .add("join_code", s.joinCode).add("title", "members do not start").build().toString()).status());
    }

    public void everyPlanChangeIsARevisionWithWhoWhenWhatAndWhy() {
        PartnershipScene s = scene();
        long id = s.activePartnership("Plan revisions");
        OddText odd = new OddText(13);
        String what = odd.upTo(PlanRules.MAX_WHAT);
        String why = odd.upTo(PlanRules.MAX_WHY);
        String notes = odd.upTo(PlanRules.MAX_NOTES);
        Http.Answer first = s.partner.api("PUT", "/api/partnerships/" + id + "/plan", plan(0, null, null,
                item(null, what, why, "partner", "2027-03-31", "planned", notes, "screening-volunteer-mentors"),
                item(null, "Train new mentors", "Training keeps matches going", "mentor", null, "planned", "",
                        "pre-match-mentor-training")));
        assertEquals(200, first.status(), first.body());
        assertEquals(1, first.json().getJsonNumber("version").intValue());
        JsonObject stored = s.detail(s.mentor, id).getJsonObject("plan");
        assertEquals(what, stored.getJsonArray("items").getJsonObject(0).getString("what"), "odd text as typed");
        assertEquals(why, stored.getJsonArray("items").getJsonObject(0).getString("why"));
        assertEquals(notes, stored.getJsonArray("items").getJsonObject(0).getString("notes"));
        long firstItem = stored.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        long secondItem = stored.getJsonArray("items").getJsonObject(1).getJsonNumber("id").longValue();

        String change = plan(1, null, null, item(firstItem, what, why, "partner", "2027-03-31", "in-progress", notes,
                "screening-volunteer-mentors"),
                item(secondItem, "Train new mentors", "Training keeps matches going",
                        "partner", null, "planned", "", "pre-match-mentor-training"));
        Http.Answer withoutReason = s.mentor.api("PUT", "/api/partnerships/" + id + "/plan", change);
        assertEquals(400, withoutReason.status());
        assertEquals("reason_required", withoutReason.json().getString("error"));
        assertEquals(1, s.detail(s.mentor, id).getJsonObject("plan").getJsonNumber("version").intValue(),
                "nothing changed");

        String reason = "Paula leads the training now: mentor, don't manage. «Réunion» du 3 mars.";
        Http.Answer second = s.mentor.api("PUT", "/api/partnerships/" + id + "/plan", plan(1, reason, null,
                item(firstItem, what, why, "partner", "2027-03-31", "in-progress", notes,
                        "screening-volunteer-mentors"),
                item(secondItem, "Train new mentors",
                        "Training keeps matches going", "partner", null, "planned", "",
                        "pre-match-mentor-training")));
        assertEquals(200, second.status(), second.body());
        assertEquals(2, second.json().getJsonNumber("version").intValue());
        Http.Answer same = s.mentor.api("PUT", "/api/partnerships/" + id + "/plan", plan(2, "again", null,
                item(firstItem, what, why, "partner", "2027-03-31", "in-progress", notes,
                        "screening-volunteer-mentors"),
                item(secondItem, "Train new mentors",
                        "Training keeps matches going", "partner", null, "planned", "",
                        "pre-match-mentor-training")));
        assertEquals(2, same.json().getJsonNumber("version").intValue(), "an unchanged plan makes no revision");
        assertTrue(same.json().getJsonArray("changes").isEmpty());

        List<JsonObject> revisions = s.partner.get("/api/partnerships/" + id + "/plan/revisions").json()
                .getJsonArray("revisions").getValuesAs(JsonObject.class);
        assertEquals(2, revisions.size());
        assertEquals("Paula it-ps", revisions.get(0).getString("author"));
        assertEquals("", revisions.get(0).getString("reason"));
        assertEquals("Maya it-ps", revisions.get(1).getString("author"));
        assertEquals(reason, revisions.get(1).getString("reason"));
        assertNotNull(revisions.get(1).getString("made_at"));
        List<String> described = revisions.get(1).getJsonArray("changes").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("description")).toList();
        assertTrue(described.contains("“Train new mentors”: who leads the mentor → the partner"), described
                .toString());
        assertEquals(2, described.size(), described.toString());
        Http.Answer french = Http.get(Deployments.base(), "/api/partnerships/" + id + "/plan/revisions");
        assertEquals(401, french.status());

        assertEquals(403, s.mentor.api("PUT", "/api/partnerships/" + id + "/plan", plan(2, "rewording", "Our goals"
                + " as the mentor sees them")).status(), "goals are the partner's words");
        Http.Answer goals = s.partner.api("PUT", "/api/partnerships/" + id + "/plan", plan(2, "We refined our goals",
                "Screen every mentor; support every match.", item(firstItem, what, why, "partner", "2027-03-31",
                        "in-progress", notes, "screening-volunteer-mentors"),
                item(secondItem,
                        "Train new mentors", "Training keeps matches going", "partner", null, "planned", "",
                        "pre-match-mentor-training")));
        assertEquals(200, goals.status(), goals.body());
        assertEquals("goals", goals.json().getJsonArray("changes").getJsonObject(0).getString("kind"));

        Http.Answer bad = s.partner.api("PUT", "/api/partnerships/" + id + "/plan", plan(3, "bad", null,
                item(null, "", "", "boss", "31/03/2027", "finished", "", "no-such-resource"),
                item(null, "x".repeat(PlanRules.MAX_WHAT + 1), "", "partner", null, "planned", "")));
        assertEquals(400, bad.status(), bad.body());
        List<String> problems = bad.json().getJsonArray("problems").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getInt("item") + ":" + p.getString("code")).toList();
        assertEquals(List.of("1:invalid_lead", "1:invalid_status", "1:invalid_due"), problems,
                "the form's values are checked first, each named");
        Http.Answer bad2 = s.partner.api("PUT", "/api/partnerships/" + id + "/plan", plan(3, "bad", null,
                item(null, "", "", "partner", null, "planned", "", "no-such-resource"), item(null, "x".repeat(
                        PlanRules.MAX_WHAT + 1), "", "partner", null, "planned", "")));
        assertEquals(List.of("1:what_required", "1:unknown_resource", "2:too_long"), bad2.json()
                .getJsonArray("problems").getValuesAs(JsonObject.class).stream().map(p -> p.getInt("item") + ":"
                        + p.getString("code"))
                .toList());
        assertEquals(3, s.detail(s.partner, id).getJsonObject("plan").getJsonNumber("version").intValue(),
                "a refused plan changes nothing");
        for (String body : List.of("", "[]", "{\"version\": \"three\", \"items\": []}", "{\"version\": 3}",
                "{\"version\": 3, \"items\": [\"x\"]}", "not json")) {
            Http.Answer refused = s.partner.api("PUT", "/api/partnerships/" + id + "/plan", body);
            assertEquals(400, refused.status(), body + " -> " + refused.body());
            assertTrue(refused.json().containsKey("error") && refused.json().containsKey("message"));
        }
    }

    public void aSaveFromAnOldVersionIsRefusedWithTheCurrentPlanAndTwoSavesAtOnceNeverBothPass() throws Exception {
        PartnershipScene s = scene();
        long id = s.activePartnership("Version conflicts");
        assertEquals(200, s.partner.api("PUT", "/api/partnerships/" + id + "/plan", plan(0, null, null,
                item(null, "Survey our mentors", "", "partner", null, "planned", ""))).status());
        assertEquals(200, s.mentor.api("PUT", "/api/partnerships/" + id + "/plan", plan(1, "Added one", null,
                item(null, "Survey our mentors", "", "partner", null, "planned", ""), item(null, "Ask the youth", "",
                        "partner", null, "planned", "")))
                .status());
        Http.Answer stale = s.partner.api("PUT", "/api/partnerships/" + id + "/plan", plan(1, "My change", null,
                item(null, "Something else entirely", "", "partner", null, "planned", "")));
        assertEquals(409, stale.status(), stale.body());
        assertEquals("edit_conflict", stale.json().getString("error"));
        assertEquals(2, stale.json().getJsonNumber("current_version").intValue());
        assertEquals(2, stale.json().getJsonObject("current_plan").getJsonArray("items").size());
        assertEquals(2, s.detail(s.partner, id).getJsonObject("plan").getJsonArray("items").size(), "nothing saved");
        Http.Answer over = s.partner.api("PUT", "/api/partnerships/" + id + "/plan", plan(-1, "Saved over theirs",
                null, item(null, "Something else entirely", "", "partner", null, "planned", "")));
        assertEquals(200, over.status(), over.body());
        assertEquals(3, over.json().getJsonNumber("version").intValue());

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> saves = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Visitor who = i % 2 == 0 ? s.partner : s.mentor;
                String body = plan(3, "Concurrent " + i, null, item(null, "Concurrent item " + i, "", "partner", null,
                        "planned", ""));
                saves.add(() -> who.api("PUT", "/api/partnerships/" + id + "/plan", body).status());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(saves)) {
                statuses.add(f.get());
            }
            assertEquals(1, statuses.stream().filter(st -> st == 200).count(), statuses.toString());
            assertEquals(3, statuses.stream().filter(st -> st == 409).count(), statuses.toString());
        } finally {
            pool.shutdown();
        }
        assertEquals(4, s.partner.get("/api/partnerships/" + id + "/plan/revisions").json()
                .getJsonArray("revisions").size());
    }

    public void checkInsRecordTheirDecisionsAsRevisionsAndTheReportAndClosingTellTheWholeStory() {
        PartnershipScene s = scene();
        long id = s.activePartnership("Report and closing");
        assertEquals(200, s.partner.api("PUT", "/api/partnerships/" + id + "/plan", plan(0, null, null,
                item(null, "Write a screening checklist", "", "partner", null, "planned", ""))).status());
        long item = s.detail(s.partner, id).getJsonObject("plan").getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
        JsonObject checkIn = Json.createObjectBuilder().add("what_happened", "We reviewed the checklist together.")
                .add("context_changes", "A new coordinator arrived.").add("next_steps", "Pilot it in March.")
                .add("ratings", Json.createObjectBuilder().add("evaluation", 2).add("match-support", 3))
                .add("plan", Json.createReader(new java.io.StringReader(plan(1, "The checklist is done", null,
                        item(item, "Write a screening checklist", "", "partner", null, "done", "")))).readObject())
                .build();
        Http.Answer recorded = s.mentor.api("POST", "/api/partnerships/" + id + "/check-ins", checkIn.toString());
        assertEquals(201, recorded.status(), recorded.body());
        assertEquals("held", recorded.json().getString("state"));
        assertEquals(2, recorded.json().getJsonNumber("plan_revision").intValue());
        assertEquals(3, recorded.json().getJsonObject("ratings").getInt("match-support"));
        assertEquals(409, s.mentor.api("POST", "/api/partnerships/" + id + "/check-ins", Json.createObjectBuilder()
                .add("number", 1).add("what_happened", "again").build().toString()).status(), "held once");
        Http.Answer badRating = s.partner.api("POST", "/api/partnerships/" + id + "/check-ins",
                "{\"what_happened\": \"x\", \"ratings\": {\"evaluation\": 5}}");
        assertEquals(400, badRating.status());
        JsonObject revision = s.partner.get("/api/partnerships/" + id + "/plan/revisions").json()
                .getJsonArray("revisions").getJsonObject(1);
        assertEquals(1, revision.getInt("check_in"), "the revision links to the check-in");
        assertEquals("The checklist is done", revision.getString("reason"));

        Http.Answer report = s.partnerColleague.get("/api/partnerships/" + id + "/report");
        assertEquals(200, report.status());
        assertTrue(report.header("Content-Type").startsWith("text/markdown"), report.header("Content-Type"));
        for (String expected : List.of("# Partnership report: Report and closing", "in our own words",
                "The checklist is done", "We reviewed the checklist together.", "| Evaluating our program | 2 |",
                "| Supporting matches | 3 |", "“Write a screening checklist”: status planned → done")) {
            assertTrue(report.body().contains(expected), expected + " in:\n" + report.body());
        }
        assertTrue(Http.get(Deployments.base(), "/api/partnerships/" + id + "/report?lang=fr", "Cookie",
                "JSESSIONID=" + s.partner.sessionCookie()).body().contains("# Rapport de partenariat"));

        Http.Answer withoutReflection = s.partner.api("POST", "/api/partnerships/" + id + "/closure", "{}");
        assertEquals(400, withoutReflection.status());
        assertEquals(200, s.partner.api("POST", "/api/partnerships/" + id + "/closure",
                "{\"reflection\": \"We built a screening practice that lasts.\"}").status());
        assertEquals(409, s.mentor.api("POST", "/api/partnerships/" + id + "/closure",
                "{\"reflection\": \"again\"}").status());
        assertEquals("closed", s.detail(s.mentor, id).getString("status"), "closed ones stay readable");
        assertEquals(409, s.mentor.api("POST", "/api/partnerships/" + id + "/notes", "{\"text\": \"hi\"}").status());
        Http.Answer closedPlan = s.partner.api("PUT", "/api/partnerships/" + id + "/plan", plan(-1, "x", null));
        assertEquals(409, closedPlan.status());
        assertEquals("closed", closedPlan.json().getString("error"));

        long handed = s.activePartnership("Handed over");
        assertEquals(400, s.mentor.api("PUT", "/api/partnerships/" + handed + "/mentor",
                "{\"email\": \"" + s.prefix + "-partner@kmb.test\"}").status(), "not a mentor");
        assertEquals(200, s.mentor.api("PUT", "/api/partnerships/" + handed + "/mentor",
                "{\"email\": \"" + s.prefix + "-mentor2@kmb.test\"}").status());
        assertEquals(200, s.otherMentor.get("/api/partnerships/" + handed).status());
        assertEquals(404, s.mentor.get("/api/partnerships/" + handed).status(), "the previous mentor steps out");
        assertEquals(404, s.mentorColleague.get("/api/partnerships/" + handed).status(),
                "the previous mentor's organization steps out with its mentor");

        List<String> audit = s.admin.get("/api/admin/audit").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("subject").equals("partnership:" + id) || e.getString("subject").equals(
                        "partnership:" + handed))
                .map(e -> e.getString("action") + " " + e.getString("subject"))
                .toList();
        for (String action : List.of("partnership.started partnership:" + id, "partnership.accepted partnership:"
                + id, "partnership.closed partnership:" + id, "partnership.handed-over partnership:" + handed)) {
            assertTrue(audit.contains(action), action + " in " + audit);
        }
    }

    public void evidenceForAnItemComesFromTheMatchingEngineAndThePagesLinkTheShippedGuideInTheReadersLanguage() {
        PartnershipScene s = scene();
        long id = s.activePartnership("Evidence");
        String longWhy = new OddText(5).upTo(PlanRules.MAX_WHY);
        assertEquals(200, s.partner.api("PUT", "/api/partnerships/" + id + "/plan", plan(0, null, null,
                item(null, "Screen volunteer mentors and check references", "screening safety background checks",
                        "partner", null, "planned", ""),
                item(null, "Plan an outcome evaluation", longWhy, "partner",
                        null, "planned", "")))
                .status());
        JsonObject plan = s.detail(s.partner, id).getJsonObject("plan");
        for (JsonObject i : plan.getJsonArray("items").getValuesAs(JsonObject.class)) {
            Http.Answer evidence = s.mentor.get("/api/partnerships/" + id + "/plan/items/" + i.getJsonNumber("id")
                    + "/evidence");
            assertEquals(200, evidence.status(), evidence.body());
            assertTrue(evidence.json().getBoolean("available"), evidence.body());
            assertFalse(evidence.json().getJsonArray("suggestions").isEmpty(), evidence.body());
        }
        long first = plan.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        assertTrue(s.mentor.get("/api/partnerships/" + id + "/plan/items/" + first + "/evidence").body()
                .contains("screening"), "the item's words lead");
        assertEquals(404, s.third.get("/api/partnerships/" + id + "/plan/items/" + first + "/evidence").status());
        assertEquals(404, s.mentor.get("/api/partnerships/" + id + "/plan/items/1/evidence").status());

        assertEquals(200, s.partner.get("/api/resources/" + PartnershipGuide.ID).status(), "the guide is shipped");
        for (String page : List.of("/partnerships/", "/partnerships/view?id=" + id, "/partnerships/plan?id=" + id,
                "/partnerships/check-in?id=" + id + "&number=1")) {
            assertTrue(s.partner.get(page).body().contains("/resources/" + PartnershipGuide.ID), page
                    + " links the practice guide");
        }
        assertTrue(s.partner.get("/partnerships/view?id=" + id + "&lang=fr").body().contains("/resources/"
                + PartnershipGuide.FRENCH_ID), "in French, the French guide");
    }

    /** Inside the server: the clock is moved to a January 31 to start the schedule. */
    public void theScheduleKeepsMonthEndsAMissedCheckInStaysListedAndAMovedOneTakesItsNewDate() throws Exception {
        PartnershipScene s = clockScene();
        try {
            moveClockTo(LocalDate.of(2027, 1, 31));
            long id = s.activePartnership("Month ends");
            JsonObject detail = s.detail(s.partner, id);
            assertEquals("2027-01-31", detail.getString("start_date"));
            assertEquals("2027-04-30", detail.getJsonObject("next_check_in").getString("date"));

            moveClockTo(LocalDate.of(2027, 5, 20));
            detail = s.detail(s.partner, id);
            assertEquals("missed", detail.getJsonArray("check_ins").getJsonObject(0).getString("state"));
            assertEquals(2, detail.getJsonObject("next_check_in").getInt("number"));
            assertEquals("2027-07-31", detail.getJsonObject("next_check_in").getString("date"));
            assertEquals(400, s.mentor.api("PUT", "/api/partnerships/" + id + "/check-ins/2/date",
                    "{\"date\": \"2027-05-19\"}").status(), "not into the past");
            assertEquals(400, s.mentor.api("PUT", "/api/partnerships/" + id + "/check-ins/2/date",
                    "{\"date\": \"2027-10-31\"}").status(), "not onto the next one");
            Http.Answer moved = s.mentor.api("PUT", "/api/partnerships/" + id + "/check-ins/2/date",
                    "{\"date\": \"2027-08-05\", \"reason\": \"Summer holidays\"}");
            assertEquals(200, moved.status(), moved.body());
            assertEquals("2027-08-05", moved.json().getString("date"));
            assertEquals("2027-07-31", moved.json().getString("scheduled"));
            assertTrue(moved.json().getBoolean("moved"));
            assertEquals("Summer holidays", moved.json().getString("move_reason"));

            moveClockTo(LocalDate.of(2027, 8, 6));
            assertEquals(201, s.partner.api("POST", "/api/partnerships/" + id + "/check-ins", Json.createObjectBuilder()
                    .add("number", 2).add("held_on", "2027-08-05").add("what_happened", "Met after the holidays.")
                    .build().toString()).status());
            detail = s.detail(s.mentor, id);
            assertEquals(List.of("missed", "held", "upcoming"), detail.getJsonArray("check_ins")
                    .getValuesAs(JsonObject.class).stream().map(c -> c.getString("state")).toList());
            // Three months after the day check-in 2 was held, not the old calendar's October 31.
            assertEquals("2027-11-05", detail.getJsonObject("next_check_in").getString("date"));

            Http.Answer ics = s.partner.get("/api/partnerships/" + id + "/calendar.ics");
            assertEquals(200, ics.status());
            assertTrue(ics.header("Content-Type").startsWith("text/calendar"));
            ICalendar calendar = Biweekly.parse(ics.body()).first();
            List<VEvent> events = calendar.getEvents();
            List<String> days = events.stream().map(e -> e.getDateStart().getValue().toInstant()
                    .atZone(ZoneId.systemDefault()).toLocalDate().toString()).toList();
            assertEquals(List.of("2027-04-30", "2027-08-05", "2027-11-05", "2028-02-05", "2028-05-05", "2028-08-05"),
                    days);
            assertEquals("CANCELLED", events.get(0).getStatus().getValue(), "the missed one");
            assertEquals(1, events.get(1).getSequence().getValue(), "moved: calendars update it");
            assertTrue(events.get(2).getSummary().getValue().contains("Month ends"));
            assertEquals("partnership-" + id + "-check-in-3@127.0.0.1", events.get(2).getUid().getValue());

            Http.Answer monthly = s.partner.api("PUT", "/api/partnerships/" + id + "/settings",
                    "{\"check_in_months\": 1}");
            assertEquals(200, monthly.status(), monthly.body());
            List<JsonObject> after = monthly.json().getJsonArray("check_ins").getValuesAs(JsonObject.class);
            assertEquals("2027-04-30", after.get(0).getString("date"), "past check-ins keep their dates");
            assertEquals("missed", after.get(0).getString("state"));
            assertEquals("2027-08-05", after.get(1).getString("held_on"));
            assertEquals("2027-09-06", monthly.json().getJsonObject("next_check_in").getString("date"));
        } finally {
            clock.reset();
        }
    }

    /**
     * Inside the server, the clock moved from day to day: a quarterly check-in held early, a second one held in the
     * same quarter and a third held late each put the next one three months after the day they were held, alike in
     * the API, on the partnership's page (in English and French) and in its calendar.
     */
    public void aCheckInHeldEarlyOrLateCountsTheNextFromTheDayItWasHeldEverywhere() throws Exception {
        PartnershipScene s = clockScene();
        try {
            moveClockTo(LocalDate.of(2027, 1, 31));
            long id = s.activePartnership("Held early");
            assertEquals("2027-04-30", s.detail(s.partner, id).getJsonObject("next_check_in").getString("date"));
            // The partner reads the page in English and in French (the browser's language), signed in once each.
            Map<String, Visitor> readers = new java.util.LinkedHashMap<>();
            for (String language : List.of("en", "fr")) {
                Visitor reader = new Visitor(s.base, language);
                assertTrue(reader.signIn(s.prefix + "-partner@kmb.test", People.PASSWORD));
                readers.put(language, reader);
            }

            moveClockTo(LocalDate.of(2027, 3, 10));
            holdNext(s, id, "Met early, before the quarter ended.");
            assertNext(s, readers, id, 2, "2027-06-10", "upcoming");

            moveClockTo(LocalDate.of(2027, 3, 25));
            holdNext(s, id, "Met again in the same quarter.");
            assertNext(s, readers, id, 3, "2027-06-25", "upcoming");

            moveClockTo(LocalDate.of(2027, 7, 3));
            assertNext(s, readers, id, 3, "2027-06-25", "due");
            holdNext(s, id, "Met late, after the holidays.");
            assertNext(s, readers, id, 4, "2027-10-03", "upcoming");

            Http.Answer ics = s.partner.get("/api/partnerships/" + id + "/calendar.ics");
            List<String> days = Biweekly.parse(ics.body()).first().getEvents().stream().map(e -> e.getDateStart()
                    .getValue().toInstant().atZone(ZoneId.systemDefault()).toLocalDate().toString()).toList();
            assertTrue(days.containsAll(List.of("2027-10-03", "2028-01-03")), days.toString());
            assertFalse(days.contains("2027-07-31") || days.contains("2027-10-31"), "not the old calendar: " + days);
        } finally {
            clock.reset();
        }
    }

    private static void holdNext(PartnershipScene s, long id, String what) {
        Http.Answer held = s.mentor.api("POST", "/api/partnerships/" + id + "/check-ins", Json.createObjectBuilder()
                .add("what_happened", what).build().toString());
        assertEquals(201, held.status(), held.body());
    }

    private static void assertNext(PartnershipScene s, Map<String, Visitor> readers, long id, int number, String date,
            String state) {
        JsonObject next = s.detail(s.partner, id).getJsonObject("next_check_in");
        assertEquals(number, next.getInt("number"));
        assertEquals(date, next.getString("date"));
        assertEquals(state, next.getString("state"));
        readers.forEach((language, reader) -> {
            String shown = org.jsoup.Jsoup.parse(reader.get("/partnerships/view?id=" + id).body())
                    .select(".next-check-in").text();
            assertTrue(shown.contains(date) && shown.contains(String.valueOf(number)), language + ": " + shown);
        });
    }

    /** Inside the server: the clock moves past the quiet period, and the nudge job runs. */
    public void aQuietPartnershipIsNudgedOnceAfterTheQuietPeriodAndAgainOnlyAfterAnother() {
        PartnershipScene s = clockScene();
        try {
            long id = s.activePartnership("Staying connected");
            clock.shift(Duration.ofDays(41));
            nudges.sendDue();
            assertEquals(0, nudgesFor(s.mentor, id), "41 days: not yet");
            clock.shift(Duration.ofDays(2));
            nudges.sendDue();
            assertEquals(1, nudgesFor(s.mentor, id));
            assertEquals(1, nudgesFor(s.partnerColleague, id));
            assertTrue(s.detail(s.partner, id).getInt("quiet_days") >= 42);
            nudges.sendDue();
            clock.shift(Duration.ofDays(10));
            nudges.sendDue();
            assertEquals(1, nudgesFor(s.mentor, id), "once per quiet period");
            assertEquals(201, s.partner.api("POST", "/api/partnerships/" + id + "/notes",
                    "{\"text\": \"Still here!\"}").status());
            clock.shift(Duration.ofDays(43));
            nudges.sendDue();
            assertEquals(2, nudgesFor(s.mentor, id), "quiet again after the note");
            Http.Answer notifications = s.partner.get("/api/partnerships/notifications");
            assertTrue(notifications.json().getJsonArray("notifications").getValuesAs(JsonObject.class).stream()
                    .anyMatch(n -> n.getString("text").contains("for 43 days")), notifications.body());
            assertEquals(200, s.partner.api("POST", "/api/partnerships/notifications/read", null).status());
            assertEquals(0, s.partner.get("/api/partnerships/notifications").json().getInt("unread"));
        } finally {
            clock.reset();
        }
    }

    public void emailGoesThroughTheMailServerForWhatMattersInBothLanguages() throws Exception {
        PartnershipScene s = scene();
        // Wait for the very messages this test reads (a nudge reaches each side of the quiet partnership, a
        // proposal and an acceptance), not merely for some message to each person: the quiet partnership's people
        // also got its acceptance earlier, and the nudges may still be on their way.
        List<jakarta.mail.internet.MimeMessage> messages = Mailbox.receivedUntil(received -> {
            List<String> got = new ArrayList<>();
            for (var m : received) {
                try {
                    String body = m.getContent().toString();
                    String kind = body.contains("a short note keeps you connected")
                            ? "nudge"
                            : body.contains("proposes a partnership")
                                    ? "proposal"
                                    : body.contains("accepted the partnership") ? "accepted" : "other";
                    got.add(kind + " " + m.getAllRecipients()[0]);
                } catch (jakarta.mail.MessagingException | java.io.IOException e) {
                    // a message without a recipient or a body counts for no one
                }
            }
            return got.containsAll(List.of("nudge " + CLOCK_PREFIX + "-mentor@kmb.test",
                    "nudge " + CLOCK_PREFIX + "-partner@kmb.test",
                    "proposal it-ps-partner2@kmb.test", "accepted " + s.prefix + "-mentor@kmb.test"));
        });
        assertFalse(messages.isEmpty(), "email arrived");
        List<String> quiet = new ArrayList<>();
        boolean proposal = false;
        for (var m : messages) {
            String to = m.getAllRecipients()[0].toString();
            String body = m.getContent().toString();
            if (to.equals("it-ps-partner2@kmb.test") && body.contains("proposes a partnership")) {
                proposal = true;
                assertTrue(body.contains("propose un partenariat"), body);
                assertTrue(m.getSubject().contains("KMb Portal") && m.getSubject().contains("Portail KMb"));
                assertTrue(body.contains("/partnerships/view?id="), body);
            }
            if (body.contains("a short note keeps you connected")) {
                quiet.add(to);
            }
            assertFalse(body.contains("wrote a note"), "notes stay in the portal");
        }
        assertTrue(proposal, "the partner's members hear of a proposal");
        assertTrue(quiet.contains(CLOCK_PREFIX + "-mentor@kmb.test") && quiet.contains(CLOCK_PREFIX
                + "-partner@kmb.test"),
                quiet.toString());
        assertTrue(messages.stream().anyMatch(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(s.prefix + "-mentor@kmb.test")
                        && m.getContent().toString().contains("accepted the partnership");
            } catch (Exception e) {
                return false;
            }
        }), "the mentor hears of an acceptance");
    }

    private void moveClockTo(LocalDate day) {
        clock.reset();
        clock.shift(Duration.between(java.time.Instant.now(), day.atTime(12, 0).atZone(clock.zone()).toInstant()));
    }

    private static long nudgesFor(Visitor who, long id) {
        return who.get("/api/partnerships/notifications").json().getJsonArray("notifications")
                .getValuesAs(JsonObject.class).stream().filter(n -> n.getString("kind").equals("nudge")
                        && n.getJsonNumber("partnership").longValue() == id)
                .count();
    }

    static String plan(long version, String reason, String goals, String... items) {
        StringBuilder json = new StringBuilder("{\"version\": ").append(version);
        if (reason != null) {
            json.append(", \"reason\": ").append(Json.createValue(reason));
        }
        if (goals != null) {
            json.append(", \"goals\": ").append(Json.createValue(goals));
        }
        return json.append(", \"items\": [").append(String.join(", ", items)).append("]}").toString();
    }

    static String item(Long id, String what, String why, String lead, String due, String status, String notes,
            String... resources) {
        JsonArrayBuilder links = Json.createArrayBuilder();
        for (String r : resources) {
            links.add(r);
        }
        var item = Json.createObjectBuilder();
        if (id != null) {
            item.add("id", id);
        }
        item.add("what", what).add("why", why).add("lead", lead).add("status", status).add("notes", notes)
                .add("resources", links);
        if (due != null) {
            item.add("due", due);
        }
        return item.build().toString();
    }
}

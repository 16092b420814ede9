package org.kmbportal.insights;

import static org.kmbportal.insights.InsightsFixture.answer;
import static org.kmbportal.insights.InsightsFixture.columns;
import static org.kmbportal.insights.InsightsFixture.gap;
import static org.kmbportal.insights.InsightsFixture.people;
import static org.kmbportal.insights.InsightsFixture.query;
import static org.kmbportal.insights.InsightsFixture.resultLink;
import static org.kmbportal.insights.InsightsFixture.row;
import static org.kmbportal.insights.InsightsFixture.summaries;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;

import org.kmbportal.platform.PortalClock;
import org.kmbportal.search.SearchPerformed;
import org.kmbportal.testing.Deployments;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.People;
import org.kmbportal.testing.Visitor;

/**
 * Reader signals in the real server, on the shipped library: "was this useful?" and "we used this" stored, counted and
 * shown to editors (and only to them); the hourly limits; the purge after the retention period (with the portal's
 * clock moved); search-signal tables free of anything that identifies a reader; Sec-GPC and DNT honoured.
 */
public class InsightsInServer {

    private static final String ROBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";

    private final PortalClock clock;

    private final SearchSignals signals;

    private final PendingSignals pending;

    private final SignalRetention retention;

    private final FeedbackService feedback;

    private final EntityManager em;

    /** Services of the server it runs in (null for the tests that call the portal from outside). */
    public InsightsInServer(PortalClock clock, SearchSignals signals, PendingSignals pending,
            SignalRetention retention, FeedbackService feedback, EntityManager em) {
        this.clock = clock;
        this.signals = signals;
        this.pending = pending;
        this.retention = retention;
        this.feedback = feedback;
        this.em = em;
    }

    public void usefulAnswersAreStoredOncePerReaderAndCountedWithTheirReasonsForEditorsOnly() {
        Map<String, Visitor> p = people();
        String resource = summaries().get(0);
        Visitor reader = new Visitor(Deployments.base());
        Http.Answer kept = answer(reader, resource, "{\"useful\": false}");
        assertEquals(201, kept.status(), kept.body());
        assertFalse(kept.json().getBoolean("updated"));
        Http.Answer again = answer(reader, resource, "{\"useful\": true, \"reason\": \"practicality\", \"text\":"
                + " \"<b>Very</b> practical <script>alert(1)</script>for our coordinators; write to ana@example.org\"}");
        assertEquals(200, again.status(), "one answer per resource and session, the newest: " + again.body());
        assertTrue(again.json().getBoolean("updated"), again.body());
        Http.Answer no = answer(new Visitor(Deployments.base()), resource, "{\"useful\": false, \"reason\":"
                + " \"clarity\"}");
        assertEquals(201, no.status(), no.body());

        Visitor refused = new Visitor(Deployments.base());
        Map<String, Integer> bad = Map.of("{\"useful\": true, \"reason\": \"nonsense\"}", 400,
                "{\"useful\": true, \"text\": \"" + "é".repeat(501) + "\"}", 400, "{\"reason\": \"clarity\"}", 400,
                "{\"useful\": true, \"place\": \"match\"}", 400, "{\"useful\": true, \"place\": \"sidebar\"}", 400,
                "not json at all", 400, "{\"useful\": \"maybe\", \"reason\": \"clarity\"}", 400,
                "{\"useful\": \"true\"}", 400, "{\"useful\": 1}", 400);
        bad.forEach((body, status) -> {
            Http.Answer answer = answer(refused, resource, body);
            assertEquals(status, answer.status(), body + " -> " + answer.body());
            assertFalse(answer.json().getString("message").isBlank(), "a plain message: " + answer.body());
        });
        assertEquals(404, answer(refused, "no-such-resource", "{\"useful\": true}").status());
        Http.Answer robot = Http.post(Deployments.base(), "/api/resources/" + resource + "/feedback",
                "application/json", "{\"useful\": false, \"reason\": \"other\"}", "User-Agent", ROBOT);
        assertEquals(202, robot.status(), robot.body());
        assertFalse(robot.json().getBoolean("recorded"));
        Http.Answer match = answer(new Visitor(Deployments.base()), resource,
                "{\"useful\": true, \"place\": \"match\", \"rank\": 3, \"reason\": \"fit\"}");
        assertEquals(201, match.status(), match.body());

        Http.Answer report = p.get("editor").get("/api/insights/resources");
        assertEquals(200, report.status(), report.body());
        JsonObject counted = row(report.json(), "most_useful", resource);
        counted = counted != null ? counted : row(report.json(), "least_useful", resource);
        assertNotNull(counted, report.body());
        assertEquals(1, counted.getInt("useful"), "the robot's and the refused answers are not counted");
        assertEquals(1, counted.getInt("not_useful"));
        String reasons = counted.getJsonArray("reasons").toString();
        assertTrue(reasons.contains("practicality") && reasons.contains("clarity"), reasons);
        String comment = counted.getJsonArray("comments").getJsonObject(0).getString("text");
        assertEquals("<b>Very</b> practical <script>alert(1)</script>for our coordinators; write to …", comment,
                "the words as written, no address");
        JsonObject asMatch = row(report.json(), "matching", resource);
        assertNotNull(asMatch, report.body());
        assertEquals(3.0, asMatch.getJsonNumber("mean_match_rank").doubleValue(), 0.001);

        // A signed-in person keeps one answer per resource across sessions (signed in again, another browser).
        String other = summaries().get(11);
        for (boolean useful : List.of(false, true, true)) {
            Visitor session = People.signedIn(Deployments.base(), "it-ins-colleague@kmb.test");
            Http.Answer answered = session.api("POST", "/api/resources/" + other + "/feedback",
                    "{\"useful\": " + useful + ", \"place\": \"match\", \"rank\": 2}");
            assertTrue(answered.status() == 201 || answered.status() == 200, answered.body());
        }
        JsonObject once = row(p.get("editor").get("/api/insights/resources").json(), "matching", other);
        assertNotNull(once);
        assertEquals(1, once.getInt("useful"), "one person, three answers: the last one counts");
        assertEquals(0, once.getInt("not_useful"), "the earlier answer was replaced");

        assertEquals(200, p.get("admin").get("/api/insights/resources").status());
        for (String path : List.of("/api/insights/resources", "/api/insights/searches", "/api/insights/gaps")) {
            Http.Answer anonymous = new Visitor(Deployments.base()).api("GET", path, null);
            assertEquals(401, anonymous.status(), path);
            assertFalse(anonymous.json().getString("error").isBlank());
            Http.Answer member = p.get("member").api("GET", path, null);
            assertEquals(403, member.status(), path);
            assertFalse(member.json().getString("error").isBlank());
        }
    }

    public void usesAreRecordedByMembersSeenByTheirOrganizationAndShownToEditorsWithoutWhoUnlessShared() {
        Map<String, Visitor> p = people();
        String resource = summaries().get(2);
        String today = LocalDate.now().toString();
        Http.Answer kept = p.get("member").api("POST", "/api/resources/" + resource + "/uptake",
                "{\"used_on\": \"" + today + "\", \"line\": \"Ran two <i>training</i> sessions with our mentors\"}");
        assertEquals(201, kept.status(), kept.body());
        assertEquals("Ran two <i>training</i> sessions with our mentors", kept.json().getString("line"),
                "the words as written");
        Http.Answer shared = p.get("colleague").api("POST", "/api/resources/" + resource + "/uptake",
                "{\"used_on\": \"2025-03-14\", \"line\": \"Used the checklist at match closure\", \"share\": true}");
        assertEquals(201, shared.status(), shared.body());

        Map<Visitor, Integer> refusals = Map.of(new Visitor(Deployments.base()), 401, p.get("editor"), 403);
        refusals.forEach((visitor, status) -> assertEquals(status, visitor.api("POST", "/api/resources/" + resource
                + "/uptake", "{\"used_on\": \"" + today + "\", \"line\": \"x\"}").status()));
        assertEquals(403, p.get("member").api("POST", "/api/resources/" + resource + "/uptake",
                "{\"used_on\": \"" + today + "\", \"line\": \"no token\"}", false).status(), "CSRF token needed");
        for (String body : List.of("{\"used_on\": \"" + LocalDate.now().plusDays(3) + "\", \"line\": \"future\"}",
                "{\"used_on\": \"31/12/2025\", \"line\": \"wrong date\"}", "{\"used_on\": \"" + today
                        + "\", \"line\": \"   \"}",
                "{\"used_on\": \"" + today + "\", \"line\": \"" + "x".repeat(201) + "\"}")) {
            Http.Answer answer = p.get("member").api("POST", "/api/resources/" + resource + "/uptake", body);
            assertEquals(400, answer.status(), body + " -> " + answer.body());
        }
        assertEquals(404, p.get("member").api("POST", "/api/resources/no-such-resource/uptake",
                "{\"used_on\": \"" + today + "\", \"line\": \"x\"}").status());

        String ours = p.get("member").get("/account/used").body();
        assertTrue(ours.contains("Ran two &lt;i&gt;training&lt;/i&gt; sessions with our mentors"), "escaped: " + ours);
        String theirs = p.get("other").get("/account/used").body();
        assertFalse(theirs.contains("Ran two training sessions"), "another organization does not see it");

        JsonObject uptake = row(p.get("editor").get("/api/insights/resources").json(), "uptake", resource);
        assertNotNull(uptake);
        assertEquals(2, uptake.getInt("uses"), "the refused records are not counted");
        List<JsonObject> lines = uptake.getJsonArray("lines").getValuesAs(JsonObject.class);
        JsonObject anonymous = lines.stream().filter(l -> l.getString("line").startsWith("Ran two")).findFirst()
                .orElseThrow();
        assertFalse(anonymous.containsKey("member") || anonymous.containsKey("organization"), anonymous.toString());
        JsonObject named = lines.stream().filter(l -> l.getString("line").startsWith("Used the")).findFirst()
                .orElseThrow();
        assertEquals("Insights Colleague", named.getString("member"));
        String report = p.get("editor").get("/api/insights/resources").body();
        assertFalse(report.contains("Insights Member") || report.contains("it-ins-member@kmb.test"),
                "who did not agree to share is not shown: " + report);
    }

    public void answersBeyondTheHourlyLimitsAreRefusedAndAcceptedAgainTheNextHour() {
        List<String> resources = summaries().subList(10, 40);
        clock.shift(Duration.ofHours(3));
        try {
            Visitor reader = new Visitor(Deployments.base());
            int perSession = 0;
            Http.Answer last = null;
            for (String resource : resources) {
                last = answer(reader, resource, "{\"useful\": true}");
                if (last.status() != 201) {
                    break;
                }
                perSession++;
            }
            assertEquals(20, perSession, "kmb.feedback.per-session-per-hour defaults to 20");
            assertEquals(429, last.status(), last.body());
            assertEquals("too_many", last.json().getString("error"));
            String refused = resources.get(perSession);
            assertEquals(0L, answers(refused), "a refused answer changes nothing");
            clock.shift(Duration.ofHours(1));
            assertEquals(201, answer(reader, refused, "{\"useful\": true}").status(), "the next hour");
            assertEquals(1L, answers(refused));

            // Many readers behind one address: new sessions, the same address, up to its own limit.
            clock.shift(Duration.ofHours(1));
            String resource = summaries().get(45);
            int perAddress = 0;
            while (perAddress < 300) {
                Http.Answer answer = answer(new Visitor(Deployments.base()), resource, "{\"useful\": false}");
                if (answer.status() != 201) {
                    assertEquals(429, answer.status(), answer.body());
                    break;
                }
                perAddress++;
            }
            assertEquals(200, perAddress, "kmb.feedback.per-address-per-hour defaults to 200");
            assertEquals(200L, answers(resource));
        } finally {
            // Back in another hour than the one counted: the limits start afresh for the other tests.
            clock.reset();
        }
    }

    private long answers(String resource) {
        return em.createQuery("select count(f) from ReaderFeedback f where f.resourceSlug = :r", Long.class)
                .setParameter("r", resource).getSingleResult();
    }

    /** Signals are written off the request's thread ({@link PendingSignals}): those of the requests answered first. */
    private long searches(String normalized) {
        pending.writeNow();
        return em.createQuery("select count(s) from SearchSignal s where s.query = :q", Long.class)
                .setParameter("q", normalized).getSingleResult();
    }

    private void searchedDaysAgo(int days, String words, String key) {
        clock.shift(Duration.ofDays(-days));
        try {
            signals.record(new SearchPerformed(words, "en", 0, true, key));
            feedback.store(feedback.check(new FeedbackService.Answer(summaries().get(50), true, null, words, null,
                    null, "en")), "retention probe " + words);
        } finally {
            clock.reset();
        }
    }

    public void searchesAndAnswersPastTheRetentionPeriodArePurgedAndNewerOnesKept() {
        searchedDaysAgo(181, "retention probe old", null);
        searchedDaysAgo(179, "retention probe recent", null);
        searchedDaysAgo(2, "retention probe unopened", "AbCdEfGhIjKlMnOp");
        searchedDaysAgo(0, "retention probe today", "QrStUvWxYz012345");

        assertTrue(retention.purgeNow().isPresent(), "the purge the hourly timer runs");
        assertEquals(0L, searches("retention probe old"), "kmb.insights.retention-days defaults to 180");
        assertEquals(0L, comments("retention probe old"), "answers are purged too");
        assertEquals(1L, searches("retention probe recent"));
        assertEquals(1L, comments("retention probe recent"));
        assertNull(openKey("retention probe unopened"), "a result-link key is forgotten after a day");
        assertEquals("QrStUvWxYz012345", openKey("retention probe today"));

        clock.shift(Duration.ofDays(2));
        try {
            retention.purgeNow();
            assertEquals(0L, searches("retention probe recent"), "181 days later by the portal's clock");
            assertEquals(0L, comments("retention probe recent"));
            assertEquals(1L, searches("retention probe today"));
        } finally {
            clock.reset();
        }
    }

    private long comments(String text) {
        return em.createQuery("select count(f) from ReaderFeedback f where f.comment = :t", Long.class)
                .setParameter("t", text).getSingleResult();
    }

    private String openKey(String normalized) {
        pending.writeNow();
        return em.createQuery("select s.openKey from SearchSignal s where s.query = :q", String.class)
                .setParameter("q", normalized).getSingleResult();
    }

    public void theSignalTablesHoldNoAccountAddressSessionCookieOrBrowser() {
        Visitor member = People.member(Deployments.base(), "it-ins-privacy@kmb.test", "Privacy Probe Person",
                "Privacy Probe Org");
        Http.Answer page = member.get("/search?q=" + query("Privacy probe: mentoring teens"));
        assertEquals(200, page.status());
        String href = resultLink(page.body(), 1);
        Http.Answer opened = member.get(href);
        assertEquals(302, opened.status());
        assertTrue(opened.header("Location").contains("/resources/") || opened.header("Location")
                .contains("/collections/"), opened.header("Location"));
        assertEquals(200, member.get("/api/search?q=" + query("privacy probe api")).status());
        assertEquals(201, answer(member, summaries().get(5), "{\"useful\": true, \"text\": \"privacy probe\"}")
                .status());

        pending.writeNow();
        Object[] row = em.createQuery("select s.openedRank, s.openKey, s.source from SearchSignal s"
                + " where s.query = 'privacy probe mentoring teens'", Object[].class).getSingleResult();
        assertEquals(1, row[0], "the rank of the result opened");
        assertNull(row[1], "the key is cleared once used: nothing links the search to anything else");
        assertEquals("page", row[2]);

        assertEquals(
                Set.of("id", "searched_on", "query_text", "typed_text", "language", "source", "results", "opened_rank",
                        "open_key"),
                columns(em, "search_signal"), "no column for who searched");
        // "answerer" is a one-way code (a reader answers once, the latest answer kept), never the account, address,
        // name or session: the cells are checked for those below.
        assertEquals(Set.of("id", "given_on", "resource_slug", "place", "match_rank", "useful", "reason",
                "comment_text", "language", "answerer"), columns(em, "reader_feedback"), "no column for who answered");
        List<String> identifying = List.of(member.sessionCookie(), member.csrfToken(), "it-ins-privacy@kmb.test",
                "Privacy Probe Person", "Privacy Probe Org", "127.0.0.1", "Java-http-client");
        for (String table : List.of("search_signal", "reader_feedback")) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select * from " + table).getResultList();
            assertFalse(rows.isEmpty(), table);
            for (Object[] cells : rows) {
                for (Object cell : cells) {
                    String value = String.valueOf(cell);
                    identifying.forEach(personal -> assertFalse(value.contains(personal),
                            table + " holds " + personal + ": " + value));
                }
            }
        }
    }

    public void browsersAskingNotToBeTrackedAndRobotsLeaveNoSearchSignal() {
        URI base = Deployments.base();
        String words = "mentoring youth at school";
        List<String[]> refusing = List.of(new String[]{"Sec-GPC", "1"}, new String[]{"DNT", "1"},
                new String[]{"User-Agent", ROBOT});
        for (String[] header : refusing) {
            long before = searches(words);
            Http.Answer page = Http.get(base, "/search?q=" + query(words), header);
            assertEquals(200, page.status());
            assertTrue(page.body().contains("/resources/"), "it found resources");
            assertFalse(page.body().contains("/search/open"), header[0] + ": result links go straight to results");
            assertEquals(200, Http.get(base, "/api/search?q=" + query(words), header).status());
            assertEquals(before, searches(words), header[0] + ": " + header[1]);
        }
        long before = searches(words);
        Http.Answer page = Http.get(base, "/search?q=" + query(words), "Sec-GPC", "0", "DNT", "0");
        assertTrue(page.body().contains("/search/open"), "result links note the rank opened");
        assertEquals(200, Http.get(base, "/api/search?q=" + query(words)).status());
        assertEquals(before + 2, searches(words), "without GPC or DNT the page's and the API's searches are kept");
    }

    public void searchesThatFoundNothingOrWhoseResultsNoOneOpenedAreGaps() {
        Visitor editor = people().get("editor");
        URI base = Deployments.base();
        // Three spellings of one query; not two capitalised words in a row, which are kept out as a person's name.
        for (String typed : List.of("Qwzxv jqpfk", "qwzxv JQPFK!", "« QWZXV  jqpfk »")) {
            assertEquals(200, Http.get(base, "/search?q=" + query(typed)).status());
        }
        // A shipped guide's title (without its first word): strong matches, of which none is opened. A marker word
        // found nowhere in the library ("unopened", before stop 44) now makes a search one that found nothing.
        Http.Answer found = Http.get(base, "/search?q=" + query(
                "Mentor training that prepares volunteers, for real relationships"));
        assertTrue(found.body().contains("/search/open"), "it found resources, and none is opened");
        JsonObject gaps = editor.get("/api/insights/gaps").json();
        JsonObject zero = gap(gaps, "qwzxv jqpfk");
        assertEquals(3, zero.getInt("zero_results"), "three spellings, one normalized query: " + gaps);
        assertEquals(3, zero.getInt("searches"));
        assertEquals("new", zero.getString("trend"));
        JsonObject unopened = gap(gaps, "mentor training that prepares volunteers for real relationships");
        assertEquals(1, unopened.getInt("nothing_opened"), gaps.toString());
        assertEquals(0, unopened.getInt("zero_results"));
        JsonObject top = editor.get("/api/insights/searches").json();
        assertTrue(top.getJsonArray("top").toString().contains("qwzxv jqpfk"), top.toString());
        assertEquals(400, editor.get("/api/insights/gaps?from=2026-13-01").status());
    }

    public void theClickThroughRankOfAWeekIsTheMeanReciprocalRankOfTheResultsOpened() {
        URI base = Deployments.base();
        Visitor admin = People.admin(base);
        Visitor editor = People.invited(base, admin, "it-ins-ctr@kmb.test", "Click Through Editor", "editor");
        // A week of its own, far from the other tests' searches: the portal's clock moved 400 days on.
        clock.shift(Duration.ofDays(400));
        try {
            LocalDate today = clock.today();
            Visitor reader = new Visitor(base);
            reader.get(resultLink(reader.get("/search?q=" + query("mentoring youth")).body(), 1));
            reader.get(resultLink(reader.get("/search?q=" + query("match closure")).body(), 2));
            String third = reader.get("/search?q=" + query("evaluation on a small budget")).body();
            assertTrue(third.contains("/search/open"), "it found resources, and none is opened");
            Http.Answer report = editor.get("/api/insights/searches?from=" + today + "&to=" + today);
            assertEquals(200, report.status(), report.body());
            List<JsonObject> weeks = report.json().getJsonArray("weeks").getValuesAs(JsonObject.class);
            assertEquals(1, weeks.size(), report.body());
            JsonObject week = weeks.get(0);
            assertEquals(3, week.getInt("searches"));
            assertEquals(2, week.getInt("opened"));
            assertEquals((1.0 + 1.0 / 2) / 2, week.getJsonNumber("mean_reciprocal_rank").doubleValue(), 0.0001);
        } finally {
            clock.reset();
        }
    }
}

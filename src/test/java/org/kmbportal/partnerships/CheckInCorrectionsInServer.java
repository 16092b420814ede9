package org.kmbportal.partnerships;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.kmbportal.platform.PortalClock;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.People;
import org.kmbportal.testing.Visitor;

/**
 * Correcting a recorded check-in, in the real server on H2 and PostgreSQL, through its page as the partners send it:
 * either side corrects the day and the words, every earlier wording stays on the check-in with who wrote it and who
 * replaced it, escaped; a correction typed on an old version is refused with what was typed kept, and two sent at once
 * from one version never both pass; only the partners may (an administrator and the mentor's colleague are refused,
 * a third organization gets 404, an anonymous visitor is sent to sign in). Runs inside the server to move its clock,
 * so that the check-in can be held on a day other than the start.
 */
public class CheckInCorrectionsInServer {

    private final PortalClock clock;

    public CheckInCorrectionsInServer(PortalClock clock) {
        this.clock = clock;
    }

    public void eitherPartnerCorrectsARecordedCheckInAndEveryEarlierWordingStaysWithWhoWroteIt() throws Exception {
        PartnershipScene s = PartnershipsInServer.clockScene();
        OddText odd = new OddText(50);
        try {
            moveClockTo(LocalDate.of(2027, 2, 1));
            long id = s.activePartnership("Corrections « quoted » <b>title</b>");
            moveClockTo(LocalDate.of(2027, 4, 20));
            String recorded = odd.words(60);
            Http.Answer held = s.mentor.api("POST", "/api/partnerships/" + id + "/check-ins", Json
                    .createObjectBuilder().add("held_on", "2027-04-18").add("what_happened", recorded).add(
                            "next_steps", odd.words(12))
                    .build().toString());
            assertEquals(201, held.status(), held.body());
            String page = "/partnerships/correct-check-in?id=" + id + "&number=1";

            // Who may: the partners only, refused on the server before any form is shown.
            assertEquals(403, s.admin.get(page).status(), "an administrator reads, and corrects nothing");
            assertEquals(403, s.mentorColleague.get(page).status(), "the mentor's colleague reads, and corrects"
                    + " nothing");
            assertEquals(404, s.third.get(page).status(), "a third organization: as for nothing");
            assertEquals(404, s.editor.get(page).status());
            Http.Answer anonymous = new Visitor(s.base).get(page);
            assertEquals(302, anonymous.status());
            assertTrue(anonymous.header("Location").contains("/sign-in"), anonymous.header("Location"));
            assertEquals(404, s.partner.get("/partnerships/correct-check-in?id=" + id + "&number=2").status(),
                    "check-in 2 is not recorded: nothing to correct");

            // The form comes filled with the record; the partner corrects the day and the words.
            Document form = page(s.partner, page);
            assertEquals("2027-04-18", form.getElementById("correct:held-on").val());
            assertEquals(recorded, form.getElementById("correct:what-happened").val());
            String partnerWords = odd.words(80);
            Http.Answer saved = s.partner.submit(form, "correct", Map.of("held-on", "2027-04-17", "what-happened",
                    partnerWords, "context-changes", odd.words(20), "next-steps", ""), "save");
            assertEquals(302, saved.status(), saved.body());
            assertTrue(saved.header("Location").contains("/partnerships/check-in?id=" + id + "&number=1"));
            JsonObject one = checkIn(s, id);
            assertEquals("2027-04-17", one.getString("held_on"));
            assertEquals(partnerWords.strip(), one.getString("what_happened"));
            assertEquals("", one.getString("next_steps"));

            // A day in the future is refused beside the date; what was typed stays, nothing changes.
            Document again = page(s.partner, page);
            String typed = odd.words(30);
            Http.Answer future = s.partner.submit(again, "correct", Map.of("held-on", "2027-04-21", "what-happened",
                    typed), "save");
            assertEquals(302, future.status());
            Document refused = page(s.partner, future.header("Location"));
            assertNotNull(refused.getElementById("correct:held-on-error"), refused.body().text());
            assertEquals(typed, refused.getElementById("correct:what-happened").val());
            assertEquals(partnerWords.strip(), checkIn(s, id).getString("what_happened"));

            // The two sides at once: the mentor saves first; the partner's save, typed on the same version, is
            // refused with the mentor's wording shown and the partner's text kept; saved again, it goes in.
            Document mentorForm = page(s.mentor, page);
            Document partnerForm = page(s.partner, page);
            String mentorWords = odd.words(40);
            assertEquals(302, s.mentor.submit(mentorForm, "correct", Map.of("what-happened", mentorWords), "save")
                    .status());
            String partnerSecond = odd.words(40);
            Http.Answer late = s.partner.submit(partnerForm, "correct", Map.of("what-happened", partnerSecond),
                    "save");
            assertEquals(302, late.status());
            assertTrue(late.header("Location").contains("/partnerships/correct-check-in"), late.header("Location"));
            Document overtaken = page(s.partner, late.header("Location"));
            assertEquals(mentorWords.strip(), overtaken.getElementById("current-what-happened").wholeText());
            assertEquals(partnerSecond, overtaken.getElementById("correct:what-happened").val());
            assertEquals(mentorWords.strip(), checkIn(s, id).getString("what_happened"));
            assertEquals(302, s.partner.submit(overtaken, "correct", Map
                    .of(), "save").status());
            assertEquals(partnerSecond.strip(), checkIn(s, id).getString("what_happened"));

            // Every wording is on the check-in's page: the first record, the partner's, the mentor's; escaped.
            Document shown = Jsoup.parse(s.partnerColleague.get("/partnerships/check-in?id=" + id + "&number=1")
                    .body());
            List<String> earlier = shown.select(".earlier-what-happened").stream().map(Element::wholeText).toList();
            assertEquals(List.of(mentorWords.strip(), partnerWords.strip(), recorded.strip()), earlier,
                    "newest first, nothing lost");
            assertEquals(List.of("2027-04-17", "2027-04-17", "2027-04-18"), shown.select(".earlier-held-on")
                    .eachText());
            String meta = shown.select(".earlier-wording .comment__meta").last().text();
            assertTrue(meta.contains("Maya " + s.prefix) && meta.contains("Paula " + s.prefix), meta);
            assertTrue(shown.getElementById("corrected-by").text().contains("Paula " + s.prefix));
            assertFalse(shown.select(".record-history script, .check-in-record script").size() > 0,
                    "markup typed is shown as text");
            assertEquals(0, shown.select(".record-history b").size());

            // Two corrections sent at the same moment from one version: one passes, the other is told.
            Document first = page(s.mentor, page);
            Document second = page(s.partner, page);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Http.Answer>> answers = new ArrayList<>();
                answers.add(pool.submit(() -> s.mentor.submit(first, "correct", Map.of("what-happened",
                        "At once, from the mentor 🌱"), "save")));
                answers.add(pool.submit(() -> s.partner.submit(second, "correct", Map.of("what-happened",
                        "En même temps, du partenaire « oui »"), "save")));
                long passed = 0;
                for (Future<Http.Answer> answer : answers) {
                    Http.Answer a = answer.get();
                    assertEquals(302, a.status());
                    passed += a.header("Location").contains("/partnerships/check-in?") ? 1 : 0;
                }
                assertEquals(1, passed, "exactly one of two corrections from one version passes");
            } finally {
                pool.shutdownNow();
            }
            Document after = Jsoup.parse(s.partner.get("/partnerships/check-in?id=" + id + "&number=1").body());
            assertEquals(4, after.select(".earlier-wording").size(), "the one that passed kept the wording before");

            // The page in French says the same.
            Visitor french = new Visitor(s.base, "fr");
            assertTrue(french.signIn(s.prefix + "-partner@kmb.test", People.PASSWORD));
            String fr = Jsoup.parse(french.get("/partnerships/check-in?id=" + id + "&number=1").body()).text();
            assertTrue(fr.contains("Versions antérieures de ce compte rendu") && fr.contains("Corriger ce compte"
                    + " rendu"), fr);
        } finally {
            clock.reset();
        }
    }

    /** The page as a browser reads it, with its address, so that its forms can be sent. */
    private static Document page(Visitor who, String address) {
        Http.Answer answer = who.get(address);
        assertEquals(200, answer.status(), address);
        return Jsoup.parse(answer.body(), resolve(address));
    }

    private static String resolve(String address) {
        return org.kmbportal.testing.Deployments.base().resolve(address).toString();
    }

    private static JsonObject checkIn(PartnershipScene s, long id) {
        return s.detail(s.partner, id).getJsonArray("check_ins").getValuesAs(JsonObject.class).stream().filter(
                c -> c.getInt("number") == 1).findFirst().orElseThrow();
    }

    private void moveClockTo(LocalDate day) {
        clock.reset();
        clock.shift(Duration.between(java.time.Instant.now(), day.atTime(12, 0).atZone(clock.zone()).toInstant()));
    }
}

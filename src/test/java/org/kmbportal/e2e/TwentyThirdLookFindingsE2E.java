package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jakarta.json.Json;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kmbportal.testing.Browser;
import org.kmbportal.testing.Bundle;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.testing.Visitor;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What the user sessions before session 51 found on forms (ui51, shipped library): boxes that cut a paste at their
 * limit without a word, a refused sign-up that emptied the passwords silently, lengths counted in UTF-16 units (an
 * emoji as two), an administrator on a recorded check-in and its correction told nothing (a bare 403), a long new
 * check-in said too long only above the form, a correction saved unchanged said "corrected", and sort links on a
 * search that found nothing.
 */
@ExtendWith(RunningPortal.class)
class TwentyThirdLookFindingsE2E extends LookFindings {

    /**
     * The invitation's name and the account's name and organization cut a paste at 120 and 200 characters without a
     * word. A longer text is refused beside its box with the limit and its length counted as a reader counts (an
     * emoji is one), kept in the box, and nothing is saved; a name of exactly 120 such characters is taken.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void namesOverTheirLimitAreRefusedBesideTheBoxWithTheirLengthAndKept(String language, URI portal) {
        base = portal;
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("long-names-" + language).hashCode());
        String email = "long-name-" + language + n + "@kmb.test";
        Http.Answer invitation = People.admin(portal).api("POST", "/api/admin/invitations", "{\"email\": \"" + email
                + "\", \"role\": \"mentor\"}");
        assertEquals(201, invitation.status(), invitation.body());
        URI link = URI.create(Visitor.json(invitation.body()).getString("link"));
        // The link may carry the inviter's language: the invitee reads the page in theirs.
        String path = link.getRawPath() + "?" + link.getRawQuery().replaceAll("&?lang=[a-z]*", "") + "&lang="
                + language;
        Visitor invitee = new Visitor(portal, language);
        assertFalse(Jsoup.parse(invitee.get(path).body()).getElementById("accept:name").hasAttr("maxlength"));
        String name = lineOver(random, 120);
        Document refused = Jsoup.parse(invitee.submit(path, "accept", Map.of("name", name, "password",
                People.PASSWORD)).body());
        assertEquals(tooLong(language, 120, name), said(refused, "accept:name-error"));
        assertEquals(name, refused.getElementById("accept:name").val());
        assertEquals("true", refused.getElementById("accept:name").attr("aria-invalid"));
        // The password comes back empty (never written into a page): said beside its box, not emptied without a word.
        assertEquals("", refused.getElementById("accept:password").val());
        assertEquals(Bundle.normalSpaces(Bundle.shown(language, "invitation.passwordAgain")),
                said(refused, "password-again"));
        assertTrue(refused.getElementById("accept:password").attr("aria-describedby").contains("password-again"));
        String exact = exactly(random, 120);
        assertTrue(exact.length() > 120, "more UTF-16 units than characters: " + exact.length());
        Http.Answer accepted = invitee.submit(path, "accept", Map.of("name", exact, "password", People.PASSWORD));
        assertEquals(302, accepted.status(), accepted.body());
        Visitor mentor = People.signedIn(portal, email);
        assertEquals(exact, mentor.get("/api/account").json().getString("display_name"));

        String account = "/account/?lang=" + language;
        Document page = Jsoup.parse(mentor.get(account).body());
        assertFalse(page.getElementById("profile:name").hasAttr("maxlength"));
        assertFalse(page.getElementById("organization-form:organizationName").hasAttr("maxlength"));
        String longName = lineOver(random, 120);
        Document renamed = Jsoup.parse(mentor.submit(account, "profile", Map.of("name", longName), "save").body());
        assertEquals(tooLong(language, 120, longName), said(renamed, "profile:name-error"));
        assertEquals(longName, renamed.getElementById("profile:name").val());
        assertEquals(exact, mentor.get("/api/account").json().getString("display_name"), "nothing saved");
        String organization = lineOver(random, 200);
        Document joined = Jsoup.parse(mentor.submit(account, "organization-form", Map.of("organizationName",
                organization), "join").body());
        assertEquals(tooLong(language, 200, organization), said(joined, "organization-form:organizationName-error"));
        assertEquals(organization, joined.getElementById("organization-form:organizationName").val());
        jakarta.json.JsonObject me = mentor.get("/api/account").json();
        assertTrue(!me.containsKey("organization") || me.isNull("organization"), "no organization made: " + me);
    }

    /**
     * A refused sign-up (passwords that differ, a name too long) came back with both password boxes empty, without a
     * word. The page now says beside them that they must be typed again; the boxes describe it.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aRefusedSignUpSaysThePasswordsMustBeTypedAgain(String language, URI portal) {
        base = portal;
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("sign-up-passwords-" + language).hashCode());
        String again = Bundle.normalSpaces(Bundle.shown(language, "signUp.passwordAgain"));
        List<Map<String, String>> refusals = List.of(Map.of("name", line(random, 60), "email", "differ-" + n
                + "@kmb.test", "password", People.PASSWORD, "confirmation", People.PASSWORD + "x", "organization",
                line(random, 80)),
                Map.of("name", lineOver(random, 120), "email", "long-" + n + "@kmb.test", "password",
                        People.PASSWORD, "confirmation", People.PASSWORD, "organization", line(random, 80)));
        for (Map<String, String> form : refusals) {
            Visitor visitor = new Visitor(portal, language);
            Document page = Jsoup.parse(visitor.submit("/sign-up?lang=" + language, "signup", form, "submit")
                    .body());
            assertEquals(again, said(page, "password-again"), form.toString());
            assertEquals("", page.getElementById("signup:password").val());
            for (String box : List.of("signup:password", "signup:confirmation")) {
                assertTrue(page.getElementById(box).attr("aria-describedby").contains("password-again"), box);
            }
        }
        Document fresh = Jsoup.parse(new Visitor(portal, language).get("/sign-up?lang=" + language).body());
        assertNull(fresh.getElementById("password-again"), "said only after a refusal");
    }

    /**
     * The work plan's goals and reason, the check-in's reason and move reason cut a paste at their limits; a new
     * check-in longer than 8,000 characters was said too long only above the form. Each is now said beside its box,
     * with the limit and its length (an emoji one character), the text kept, nothing recorded or moved.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void planAndCheckInBoxesOverTheirLimitAreRefusedBesideTheBox(String language, URI portal) {
        base = portal;
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("plan-check-in-boxes-" + language).hashCode());
        Visitor partner = People.member(portal, "boxes-p-" + language + n + "@kmb.test", "Boxes Partner",
                "Boxes Org " + n);
        long id = partnershipWithOneItem(portal, partner, random, n, language);

        String plan = "/partnerships/plan?id=" + id + "&lang=" + language;
        Document planPage = pageAt(partner, plan);
        for (String box : List.of("plan:goals", "plan:reason")) {
            assertFalse(planPage.getElementById(box).hasAttr("maxlength"), box);
        }
        String goals = lineOver(random, 4000);
        String reason = lineOver(random, 2000);
        Document planRefused = answerPage(partner, partner.submit(planPage, "plan", Map.of("goals", goals, "reason",
                reason), "save"));
        assertEquals(tooLong(language, 4000, goals), said(planRefused, "plan:goals-error"));
        assertEquals(tooLong(language, 2000, reason), said(planRefused, "plan:reason-error"));
        assertEquals(goals, planRefused.getElementById("plan:goals").wholeText());
        assertEquals(reason, planRefused.getElementById("plan:reason").wholeText());

        Visitor mentor = People.signedIn(portal, "look-mentor-" + language + n + "@kmb.test");
        String checkIn = "/partnerships/check-in?id=" + id + "&number=1&lang=" + language;
        Document form = pageAt(mentor, checkIn);
        assertFalse(form.getElementById("record:reason").hasAttr("maxlength"));
        assertFalse(form.getElementById("move:reason").hasAttr("maxlength"));
        String happened = paragraphOver(random, 8000);
        Document tooMuch = answerPage(mentor, mentor.submit(form, "record", Map.of("what-happened", happened),
                "record-button"));
        assertEquals(tooLong(language, 8000, happened), said(tooMuch, "record:what-happened-error"));
        assertEquals("true", tooMuch.getElementById("record:what-happened").attr("aria-invalid"));
        assertEquals(happened.replace("\r\n", "\n"), tooMuch.getElementById("record:what-happened").wholeText());

        String planReason = lineOver(random, 2000);
        Document reasonRefused = answerPage(mentor, mentor.submit(pageAt(mentor, checkIn), "record", Map.of(
                "what-happened", line(random, 200), "items:0:what", line(random, 80), "reason", planReason),
                "record-button"));
        assertEquals(tooLong(language, 2000, planReason), said(reasonRefused, "record:reason-error"));
        assertEquals(planReason, reasonRefused.getElementById("record:reason").wholeText());

        String moveReason = lineOver(random, 1000);
        Document notMoved = answerPage(mentor, mentor.submit(pageAt(mentor, checkIn), "move", Map.of("date", LocalDate
                .now().plusDays(2).toString(), "reason", moveReason), "move-button"));
        assertEquals(tooLong(language, 1000, moveReason), said(notMoved, "move:reason-error"));
        assertEquals(moveReason, notMoved.getElementById("move:reason").val());
        assertNotNull(pageAt(mentor, checkIn).getElementById("record"), "check-in 1 is not recorded");
    }

    /**
     * The work plan's item boxes (what, why, notes) cut a paste at 300, 2,000 and 4,000 characters without a word, on
     * the plan page and on the check-in's plan. A longer text is now said beside its box with the limit and its length
     * (an emoji one character), the text kept in the box, and nothing saved or recorded.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void planItemBoxesOverTheirLimitAreRefusedBesideTheBoxAndKept(String language, URI portal) {
        base = portal;
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("plan-item-boxes-" + language).hashCode());
        Visitor partner = People.member(portal, "items-p-" + language + n + "@kmb.test", "Items Partner",
                "Items Org " + n);
        long id = partnershipWithOneItem(portal, partner, random, n, language);
        String plan = "/partnerships/plan?id=" + id + "&lang=" + language;
        Document planPage = pageAt(partner, plan);
        String savedWhat = planPage.getElementById("plan:items:0:what").val();
        Map<String, Integer> limits = Map.of("what", 300, "why", 2000, "notes", 4000);
        Map<String, String> typed = new java.util.HashMap<>();
        limits.forEach((box, limit) -> {
            assertFalse(planPage.getElementById("plan:items:0:" + box).hasAttr("maxlength"), box);
            typed.put("items:0:" + box, lineOver(random, limit));
        });
        Document refused = answerPage(partner, partner.submit(planPage, "plan", typed, "save"));
        limits.forEach((box, limit) -> {
            String text = typed.get("items:0:" + box);
            assertEquals(tooLong(language, limit, text), said(refused, "plan:items:0:" + box + "-error"), box);
            Element kept = refused.getElementById("plan:items:0:" + box);
            assertEquals(text, box.equals("what") ? kept.val() : kept.wholeText(), box);
            assertEquals("true", kept.attr("aria-invalid"), box);
        });
        assertEquals(savedWhat, pageAt(partner, plan).getElementById("plan:items:0:what").val(), "nothing saved");

        Visitor mentor = People.signedIn(portal, "look-mentor-" + language + n + "@kmb.test");
        String checkIn = "/partnerships/check-in?id=" + id + "&number=1&lang=" + language;
        Document form = pageAt(mentor, checkIn);
        assertFalse(form.getElementById("record:items:0:notes").hasAttr("maxlength"));
        String notes = lineOver(random, 4000);
        Document notRecorded = answerPage(mentor, mentor.submit(form, "record", Map.of("what-happened", line(random,
                200), "items:0:notes", notes), "record-button"));
        assertEquals(tooLong(language, 4000, notes), said(notRecorded, "record:items:0:notes-error"));
        assertEquals(notes, notRecorded.getElementById("record:items:0:notes").wholeText());
        assertNotNull(pageAt(mentor, checkIn).getElementById("record"), "check-in 1 is not recorded");
    }

    /**
     * An administrator on a recorded check-in saw no form and no word why, and the correction's address answered a
     * bare 403. The record says who records and corrects it; the correction page says so too, with no form (still a
     * 403: the server refuses them). A partner who saves a correction unchanged is told nothing changed, not that it
     * was corrected.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void whoCannotCorrectIsToldWhoCanAndAnUnchangedCorrectionSaysSo(String language, URI portal) {
        base = portal;
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("admin-record-" + language).hashCode());
        Visitor partner = People.member(portal, "record-p-" + language + n + "@kmb.test", "Record Partner",
                "Record Org " + n);
        long id = partnershipWithOneItem(portal, partner, random, n, language);
        Visitor mentor = People.signedIn(portal, "look-mentor-" + language + n + "@kmb.test");
        Http.Answer held = mentor.api("POST", "/api/partnerships/" + id + "/check-ins", Json.createObjectBuilder()
                .add("held_on", LocalDate.now().toString()).add("what_happened", paragraph(random)).build()
                .toString());
        assertEquals(201, held.status(), held.body());
        String why = Bundle.normalSpaces(Bundle.shown(language, "partnerships.checkIn.readOnlyRecord", MENTOR_NAME,
                "Record Org " + n));
        Visitor admin = People.admin(portal);
        Document record = pageAt(admin, "/partnerships/check-in?id=" + id + "&number=1&lang=" + language);
        assertEquals(why, said(record, "read-only-why"));
        assertNull(record.getElementById("correct-record"));
        Http.Answer correction = admin.get("/partnerships/correct-check-in?id=" + id + "&number=1&lang=" + language);
        assertEquals(403, correction.status());
        Document refused = Jsoup.parse(correction.body());
        assertEquals(Bundle.normalSpaces(Bundle.shown(language, "partnerships.correct.notPartner", MENTOR_NAME,
                "Record Org " + n)), said(refused, "read-only-why"));
        assertNull(refused.getElementById("correct"), "no form");
        assertNull(pageAt(partner, "/partnerships/check-in?id=" + id + "&number=1&lang=" + language)
                .getElementById("read-only-why"));

        String address = "/partnerships/correct-check-in?id=" + id + "&number=1&lang=" + language;
        Document same = pageAt(partner, address);
        Document after = answerPage(partner, partner.submit(same, "correct", Map.of("held-on", same.getElementById(
                "correct:held-on").val(), "what-happened", same.getElementById("correct:what-happened").wholeText()),
                "save"));
        assertTrue(Bundle.normalSpaces(after.text()).contains(Bundle.normalSpaces(Bundle.shown(language,
                "partnerships.correct.unchanged", 1))), after.select("main").text());
        assertNull(after.getElementById("record-history-title"), "no earlier wording kept: nothing changed");
    }

    /**
     * The home, header and search page's boxes cut a paste at 3,000 characters, and a search over 500 was refused
     * above the form with the box holding its first 500. The boxes take it whole; the search page says beside its box
     * "At most 500 characters here; this has N." and keeps it whole; "For my organization" says the same of a paste
     * over its 3,000 and matches nothing. A search that finds nothing offers no order to sort nothing in.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void searchAndChallengesBoxesSayTheirLimitBesideThemAndKeepThePaste(String language, URI portal) {
        base = portal;
        Random random = new Random(Gen.seed() * 31 + ("search-boxes-" + language).hashCode());
        ChromeDriver browser = Browser.start(language);
        try {
            for (String[] box : List.of(new String[]{"/", "home-q"}, new String[]{"/browse", "quick-q"},
                    new String[]{"/search", "search-q"})) {
                browser.get(portal.resolve(box[0] + "?lang=" + language).toString());
                assertNull(browser.findElement(By.id(box[1])).getDomAttribute("maxlength"), box[1]);
                String paste = lineOver(random, 500 + random.nextInt(1500));
                browser.executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id(box[1])),
                        paste);
                Browser.pressForNewPage(browser, browser.findElement(By.id(box[1])).findElement(By.xpath(
                        "./ancestor::form//button[@type='submit']")));
                assertEquals(tooLong(language, 500, paste, "search.error.tooLongHere"), Bundle.normalSpaces(browser
                        .findElement(By.id("search-q-error")).getText()), box[1]);
                assertEquals(paste, value(browser, "search-q"), box[1] + ": kept whole");
                assertEquals("search-q-error", browser.findElement(By.id("search-q")).getDomAttribute(
                        "aria-describedby"));
            }
            assertEquals(List.of(), Browser.wcagViolations(browser));
        } finally {
            browser.quit();
        }
        Visitor reader = new Visitor(portal, language);
        String challenges = paragraphOver(random, 3000);
        Document organization = Jsoup.parse(reader.get("/organization?submitted=1&lang=" + language + "&challenges="
                + URLEncoder.encode(challenges, StandardCharsets.UTF_8)).body());
        assertFalse(organization.getElementById("challenges").hasAttr("maxlength"));
        assertEquals(tooLong(language, 3000, challenges), said(organization, "challenges-error"));
        assertEquals(Bundle.normalSpaces(challenges),
                Bundle.normalSpaces(organization.getElementById("challenges").wholeText()),
                "kept whole");
        assertNull(organization.getElementById("matches-title"), "nothing matched with a refused text");

        String nonsense = "xyzzyplugh " + "qzxjvkw".repeat(1 + random.nextInt(3));
        Document nothing = Jsoup.parse(reader.get("/search?q=" + URLEncoder.encode(nonsense, StandardCharsets.UTF_8)
                + "&lang=" + language).body());
        assertNotNull(nothing.selectFirst(".empty-result"));
        assertNull(nothing.selectFirst("p.sort"), "nothing to sort");
        Document found = Jsoup.parse(reader.get("/search?q=mentoring&lang=" + language).body());
        assertNotNull(found.selectFirst("p.sort"), "results can be sorted");
    }

    /** A name of exactly that many characters, several outside the BMP: more UTF-16 units than characters. */
    private static String exactly(Random random, int characters) {
        StringBuilder name = new StringBuilder("Élodie « Ñúñez » ");
        while (length(name.toString()) < characters - 1) {
            name.append(random.nextInt(3) == 0 ? "🌊" : random.nextBoolean() ? "é" : "𝒜");
        }
        return name.append('z').toString();
    }
}

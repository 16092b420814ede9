package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What user session us55 found on pages: a refused password on the invitation page (and a search of too many words, now
 * searched by its first 40: TwentyEighthLookFindingsE2E) were
 * said away from their box, which was neither marked invalid nor described by them (sign-up, /account/ and the
 * 500-character refusal do it); and the partnership's work-plan table broke words mid-word at 1280 px ("le
 * partenair/e", "prév/u", "planne/d").
 */
@ExtendWith(RunningPortal.class)
class BoxRefusalsAndPlanWordsE2E extends LookFindings {

    /** A refused password on the invitation page is said beside its box, which is marked invalid and described by it. */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aRefusedInvitationPasswordIsSaidBesideItsBox(String language, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("invitation-refused-" + language).hashCode());
        ChromeDriver browser = invitationPage(portal, language, "invited-short-" + language + n + "@kmb.test");
        try {
            refusedTwice(browser, language, random, n);
        } finally {
            browser.quit();
        }
    }

    private static void refusedTwice(ChromeDriver browser, String language, Random random, long n) {
        Browser.type(browser, "accept:name", line(random, 60));
        Browser.type(browser, "accept:password", "court");
        Browser.pressForNewPage(browser, browser.findElement(By.id("accept:submit")));
        assertTiedToItsBox(browser, "accept:password", Bundle.text(language, "password.tooShort"));

        // The name too: a name of spaces only is refused beside the name box.
        Browser.type(browser, "accept:name", "   ");
        Browser.type(browser, "accept:password", "Violet-Harbour-Lantern-" + n);
        Browser.pressForNewPage(browser, browser.findElement(By.id("accept:submit")));
        assertTiedToItsBox(browser, "accept:name", null);
    }

    /**
     * At 1280 px and on a phone, no word of the work-plan table at a glance is broken across two lines (a long
     * unbroken string, such as an address, may wrap).
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void theWorkPlanTableBreaksNoWordMidWord(String language, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("plan-words-" + language).hashCode());
        String partnerEmail = "plan-words-" + language + n + "@kmb.test";
        Visitor partner = People.member(portal, partnerEmail, "Plan Words", "Plan Words Org " + n);
        Visitor mentor = People.invited(portal, People.admin(portal), "plan-words-mentor-" + language + n
                + "@kmb.test", "Plan Words Mentor", "mentor");
        long id = MatrixPartnerships.acceptedBetween(partner, mentor, line(random, 80));
        JsonArrayBuilder items = Json.createArrayBuilder();
        String[] leads = {"partner", "mentor"};
        String[] statuses = {"planned", "in-progress", "done"};
        for (int i = 0; i < 6; i++) {
            String what = line(random, 40 + random.nextInt(200)) + (i == 2
                    ? " https://www.example.org/a/very/long/address/that/has/no/space/at/all/" + n
                    : "");
            items.add(Json.createObjectBuilder().add("what", what).add("lead", leads[i % 2]).add("status",
                    statuses[i % 3]).add("due", "2027-0" + (i + 1) + "-15"));
        }
        Http.Answer saved = partner.api("PUT", "/api/partnerships/" + id + "/plan", Json.createObjectBuilder().add(
                "version", 0).add("items", items).build().toString());
        assertEquals(200, saved.status(), saved.body());

        ChromeDriver browser = signedIn(portal, language, partnerEmail);
        for (Dimension size : List.of(new Dimension(1280, 900), new Dimension(390, 844))) {
            browser.manage().window().setSize(size);
            browser.get(portal.resolve("/partnerships/view?id=" + id + "&lang=" + language).toString());
            assertEquals(List.of(), brokenWords(browser), size + ": words broken across lines");
        }
    }

    /** The words (up to 25 characters) of the plan table's rows whose letters lie on more than one line. */
    @SuppressWarnings("unchecked")
    private static List<String> brokenWords(ChromeDriver browser) {
        return (List<String>) browser.executeScript("""
                var broken = [];
                document.querySelectorAll('.plan-glance tbody th, .plan-glance tbody td').forEach(function (cell) {
                    var walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
                    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
                        // A word (25 characters at most: a longer string such as an address may wrap anywhere),
                        // in parts between hyphens, as a hyphen may end a line as in print ("cross-" / "age"),
                        // except in a date or other run of numbers ("2027-01-15" is one part).
                        var token = /\\S+/g, t;
                        while ((t = token.exec(node.data))) {
                            if (t[0].length > 25) {
                                continue;
                            }
                            var part = /\\p{N}+(?:-\\p{N}+)+|[^-]+/gu, m;
                            while ((m = part.exec(t[0]))) {
                                var range = document.createRange();
                                range.setStart(node, t.index + m.index);
                                range.setEnd(node, t.index + m.index + m[0].length);
                                var lines = {};
                                Array.prototype.forEach.call(range.getClientRects(), function (r) {
                                    if (r.width > 0) {
                                        lines[Math.round(r.top)] = true;
                                    }
                                });
                                if (Object.keys(lines).length > 1) {
                                    broken.push(t[0]);
                                }
                            }
                        }
                    }
                });
                return broken;
                """);
    }

    /** The invitation page of a new invitation to that address (no account yet), in that language. */
    private static ChromeDriver invitationPage(URI portal, String language, String email) {
        Http.Answer invitation = People.admin(portal).api("POST", "/api/admin/invitations", Json.createObjectBuilder()
                .add("email", email).add("role", "mentor").build().toString());
        assertEquals(201, invitation.status(), invitation.body());
        URI link = URI.create(Visitor.json(invitation.body()).getString("link"));
        String token = link.getRawQuery().replaceAll("^(?:.*&)?token=([^&]*).*$", "$1");
        ChromeDriver browser = Browser.start(language);
        browser.get(portal.resolve(link.getRawPath() + "?token=" + token + "&lang=" + language).toString());
        return browser;
    }

    /** The box is marked invalid and described by a message beside it (that one, when given). */
    private static void assertTiedToItsBox(ChromeDriver browser, String id, String message) {
        WebElement box = browser.findElement(By.id(id));
        assertEquals("true", box.getDomAttribute("aria-invalid"), id + " marked invalid");
        String describedBy = box.getDomAttribute("aria-describedby");
        assertTrue(describedBy != null && !describedBy.isBlank(), id + " described");
        List<String> said = new ArrayList<>();
        for (String by : describedBy.split(" ")) {
            said.add(Bundle.normalSpaces(browser.findElement(By.id(by)).getText()));
        }
        if (message != null) {
            String expected = Bundle.normalSpaces(message);
            assertTrue(said.stream().anyMatch(s -> s.startsWith(expected)), said + " says " + expected);
        }
    }
}

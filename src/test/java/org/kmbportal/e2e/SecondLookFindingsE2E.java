package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kmbportal.testing.Browser;
import org.kmbportal.testing.Bundle;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.testing.Visitor;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;

/** What the user session of 5 December 2026 found on pages, each checked as the reader meets it. */
@ExtendWith(RunningPortal.class)
class SecondLookFindingsE2E {

    private final List<ChromeDriver> browsers = new ArrayList<>();

    @AfterEach
    void close() {
        browsers.forEach(ChromeDriver::quit);
        browsers.clear();
    }

    /**
     * Result cards read "Research summary2016" to a screen reader: the type, the language and the year ran together
     * in the card's text. They are separate words now, in both languages.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aResultCardsTypeLanguageAndYearAreSeparateWords(String language, URI portal) {
        Http.Answer page = new Visitor(portal).get("/search?q=mentoring&lang=" + language);
        assertEquals(200, page.status());
        List<Element> lines = Jsoup.parse(page.body()).select(".card__type");
        assertFalse(lines.isEmpty(), "the search found results");
        int withYear = 0;
        for (Element line : lines) {
            String type = line.selectFirst(".badge").text();
            assertTrue(line.text().startsWith(type + " ") || line.text().equals(type), "'" + line.text() + "'");
            Element year = line.selectFirst(".card__year");
            if (year != null) {
                withYear++;
                assertTrue(line.text().endsWith(" " + year.text()), "'" + line.text() + "'");
            }
        }
        assertTrue(withYear > 0, "some results have a year");
    }

    /**
     * An administrator without an organization (signed in) was told "Members can sign in to save these answers": they
     * are told they belong to no organization and where to create or join one.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aSignedInReaderWithoutAnOrganizationIsToldWhereToGetOne(String language, URI portal) {
        Visitor admin = People.admin(portal);
        String challenges = java.net.URLEncoder.encode("Nous avons peu de bénévoles et beaucoup de roulement du "
                + "personnel. We lose volunteers after a few months and have no evaluator on staff.",
                java.nio.charset.StandardCharsets.UTF_8);
        String path = "/organization?submitted=1&organization_size=small&challenges=" + challenges + "&lang="
                + language;
        Http.Answer page = admin.get(path);
        assertEquals(200, page.status(), page.body());
        String text = Jsoup.parse(page.body()).text();
        assertTrue(text.contains(Bundle.shown(language, "organization.joinToSave").replace('\u00a0', ' ')), text);
        assertFalse(text.contains(Bundle.shown(language, "organization.signInToSave").replace('\u00a0', ' ')));
        assertEquals("/account/",
                Jsoup.parse(page.body()).selectFirst("#join-to-save a").attr("href").replaceFirst("^.*(/account/)$",
                        "$1"));
        String anonymous = Jsoup.parse(new Visitor(portal).get(path).body()).text();
        assertTrue(anonymous.contains(Bundle.shown(language, "organization.signInToSave").replace('\u00a0', ' ')),
                "a reader who is not signed in is still asked to sign in");
    }

    /**
     * A name of 120 letters without a space and an organization of 200 made the accounts and audit tables 4,689 px
     * wide at 1366 px, the roles' checkboxes and Save off screen. Long words now wrap inside their cells.
     */
    @Test
    void anUnbrokenNameWrapsInTheAdministratorsTables(URI portal) {
        long n = System.nanoTime();
        String name = ("N" + n + "x".repeat(120)).substring(0, 120);
        String organization = "<h1>Org</h1>" + ("O" + n + "o".repeat(200)).substring(0, 188);
        String email = "wide-" + n + "@kmb.test";
        People.member(portal, email, name, organization);
        ChromeDriver browser = Browser.start("en");
        browsers.add(browser);
        browser.manage().window().setSize(new Dimension(1366, 900));
        Browser.signInBySession(browser, portal, People.ADMIN_EMAIL, People.ADMIN_PASSWORD);
        for (String path : List.of("/admin/users?q=" + email, "/admin/users", "/admin/audit")) {
            browser.get(portal.resolve(path).toString());
            // the accounts filtered to this one list it; the whole list may show it on a later page
            assertTrue(browser.getPageSource().contains(name.substring(0, 40)) || !path.contains("?q="), path);
            long scroll = ((Number) browser.executeScript("return document.scrollingElement.scrollWidth;"))
                    .longValue();
            long width = ((Number) browser.executeScript("return window.innerWidth;")).longValue();
            assertTrue(scroll <= width, path + " is " + scroll + " px wide at " + width + " px");
        }
        browser.get(portal.resolve("/admin/users?q=" + email).toString());
        assertFalse(browser.findElements(By.cssSelector("table button, table input[type=submit]")).isEmpty());
        for (var control : browser.findElements(By.cssSelector("table button, table input[type=submit]"))) {
            long right = ((Number) browser.executeScript(
                    "return arguments[0].getBoundingClientRect().right;", control)).longValue();
            assertTrue(right <= 1366, "a row's button is on screen: right edge at " + right);
        }
    }

    /**
     * A closed partnership still listed "Check-in 2 — upcoming" on its page and report, and its calendar file offered
     * the next four check-ins as confirmed events. Once it ended, none is to come.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aClosedPartnershipListsNoCheckInToComeAndItsCalendarHasNone(String language, URI portal) {
        long n = System.nanoTime();
        Visitor member = People.member(portal, "closed-member-" + language + n + "@kmb.test", "Closed Member",
                "Closed partner " + language + " " + n);
        Visitor mentor = People.invited(portal, People.admin(portal), "closed-mentor-" + language + n + "@kmb.test",
                "Closed Mentor", "mentor");
        long id = MatrixPartnerships.acceptedBetween(member, mentor, "Closed " + language + " " + n);
        String running = new String(member.download("/api/partnerships/" + id + "/calendar.ics"),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(running.contains("STATUS:CONFIRMED"), "while it runs, its check-ins are in the calendar");
        String upcoming = Bundle.shown(language, "partnerships.checkIn.state.upcoming");
        String view = "/partnerships/view?id=" + id + "&lang=" + language;
        assertTrue(Jsoup.parse(member.get(view).body()).select(".check-ins").text().contains(upcoming));

        Http.Answer closed = member.api("POST", "/api/partnerships/" + id + "/closure",
                "{\"reflection\": \"Nous avons appris beaucoup; the partnership ends well.\"}");
        assertEquals(200, closed.status(), closed.body());
        org.jsoup.nodes.Document page = Jsoup.parse(member.get(view).body());
        assertTrue(page.select(".check-in--upcoming, .check-in--due").isEmpty(),
                "nothing listed as to come once closed: " + page.select(".check-ins").text());
        assertFalse(page.select(".check-ins").text().contains(upcoming), page.select(".check-ins").text());
        org.jsoup.nodes.Document report = Jsoup
                .parse(member.get("/partnerships/report?id=" + id + "&lang=" + language).body());
        assertTrue(report.select(".badge--state-upcoming, .badge--state-due").isEmpty(),
                "nor in the report: " + report.select("main").text());
        String ics = new String(member.download("/api/partnerships/" + id + "/calendar.ics"),
                java.nio.charset.StandardCharsets.UTF_8);
        assertFalse(ics.contains("STATUS:CONFIRMED"), "no check-in to come in the calendar: " + ics);
        assertTrue(ics.contains("BEGIN:VCALENDAR"), ics);
    }
}

package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kmbportal.testing.Browser;
import org.kmbportal.testing.Bundle;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.testing.Visitor;
import org.kmbportal.web.QuotedText;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The partnership workspace in the browser, on the shipped library: a mentor proposes a partnership with an
 * organization's join code; a member of it accepts with goals and two capacities; the partner writes a plan with two
 * resources found by searching and one that "evidence for this" suggests; the mentor records the first check-in,
 * which changes the plan with a reason and rates both capacities; the partner sees the revision, the chart with its
 * table and the report; a member of a third organization gets a 404. Every partnership page passes the automated
 * WCAG 2.1 AA check in English and French.
 */
@ExtendWith(RunningPortal.class)
class PartnershipJourneyE2E {

    private final List<ChromeDriver> browsers = new ArrayList<>();

    @AfterEach
    void close() {
        browsers.forEach(ChromeDriver::quit);
    }

    @Test
    void aMentorAndAPartnerWorkThroughAPlanAndACheckInAndAThirdOrganizationSeesNothing(URI portal) {
        Visitor admin = People.admin(portal);
        Visitor partnerApi = People.member(portal, "pj-partner@kmb.test", "Paula Partner", "Journey Partner Org");
        Visitor thirdApi = People.member(portal, "pj-third@kmb.test", "Theo Third", "Journey Third Org");
        People.invited(portal, admin, "pj-mentor@kmb.test", "Maya Mentor", "mentor");
        long organization = partnerApi.get("/api/account").json().getJsonNumber("organization").longValue();
        String joinCode = partnerApi.get("/api/organizations/" + organization).json().getString("join_code");

        ChromeDriver mentor = signedIn(portal, "en", "pj-mentor@kmb.test");
        mentor.get(portal.resolve("/partnerships/").toString());
        assertEquals("My partnerships", mentor.findElement(By.tagName("h1")).getText());
        Browser.type(mentor, "start:code", joinCode);
        Browser.type(mentor, "start:title", "Screening that lasts");
        mentor.findElement(By.id("start:start-button")).click();
        Browser.awaitMessage(mentor, "The partnership is proposed to Journey Partner Org.");
        String view = mentor.getCurrentUrl();
        assertTrue(view.contains("/partnerships/view?id="), view);
        String id = view.substring(view.indexOf("id=") + 3);

        ChromeDriver partner = signedIn(portal, "en", "pj-partner@kmb.test");
        partner.get(portal.resolve("/partnerships/").toString());
        assertTrue(partner.findElement(By.cssSelector(".waiting")).getText().contains("Screening that lasts"));
        partner.findElement(By.linkText("Read and answer")).click();
        Browser.type(partner, "accept:goals", "Screen every volunteer well and keep matches going «ensemble».");
        partner.findElement(By.cssSelector("input[type=checkbox][value='recruitment-screening']")).click();
        partner.findElement(By.cssSelector("input[type=checkbox][value='match-support']")).click();
        partner.findElement(By.id("accept:accept-button")).click();
        Browser.awaitMessage(partner, "The partnership is accepted.");
        assertTrue(partner.findElement(By.cssSelector(".next-check-in")).getText().contains("(check-in 1)"));
        assertTrue(partner.getCurrentUrl().contains("id=" + id), "the address still names the partnership: "
                + partner.getCurrentUrl());

        partner.get(portal.resolve("/partnerships/plan?id=" + id).toString());
        partner.findElement(By.id("plan:add-item")).click();
        awaitFocusOn(partner, "plan:items:0:what");
        Browser.type(partner, "plan:items:0:what", "Screen volunteer mentors and check their references");
        Browser.type(partner, "plan:items:0:why", "Safety first: screening and background checks");
        partner.findElement(By.id("plan:add-item")).click();
        awaitFocusOn(partner, "plan:items:1:what");
        Browser.type(partner, "plan:items:1:what", "Support matches through their first year");
        partner.findElement(By.id("plan:items:1:up")).sendKeys(Keys.ENTER);
        awaitFocusOn(partner, "plan:items:0:down");
        assertEquals("Support matches through their first year",
                partner.findElement(By.id("plan:items:0:what")).getAttribute("value"), "the item moved up");
        partner.switchTo().activeElement().sendKeys(Keys.ENTER);
        awaitFocusOn(partner, "plan:items:1:up");
        assertEquals("Support matches through their first year",
                partner.findElement(By.id("plan:items:1:what")).getAttribute("value"), "and back down");
        partner.findElement(By.id("plan:add-item")).sendKeys(Keys.ENTER);
        awaitFocusOn(partner, "plan:items:2:what");
        assertEquals(Bundle.text("en", "curate.edit.up") + ": " + Bundle.text("en", "partnerships.item.unnamed", 3),
                partner.findElement(By.id("plan:items:2:up")).getAttribute("aria-label"),
                "a blank item's buttons name it by its number, not by a bare '3'");
        partner.findElement(By.id("plan:add-item")).click();
        awaitFocusOn(partner, "plan:items:3:what");
        List<String> named = List.of("Item 1: Screen volunteer mentors and check their references",
                "Item 2: Support matches through their first year", "Item 3", "Item 4");
        assertEquals(named, legends(partner), "blank items are headed by their number, not 'null' nor 'Item 4:'");
        assertEquals(named, targets(partner, "plan"), "and listed so among the items to link to");
        WebElement firstUp = partner.findElement(By.id("plan:items:0:up"));
        assertFalse(firstUp.isEnabled());
        assertEquals("not-allowed", firstUp.getCssValue("cursor"), "the first item's Move up looks disabled");
        assertTrue(Double.parseDouble(firstUp.getCssValue("opacity")) <= 0.6, firstUp.getCssValue("opacity"));
        WebElement firstDown = partner.findElement(By.id("plan:items:0:down"));
        assertEquals("pointer", firstDown.getCssValue("cursor"), "its Move down does not");
        assertEquals("1", firstDown.getCssValue("opacity"));
        // Removing by keyboard (user session): the focus went to the Remove button now in the removed item's place, so
        // Enter again silently removed the next item. It goes to the notes of the item now there (else of the one
        // before), the status line names what was removed, and Enter again removes nothing.
        String taken = oneLine(GeneratedText.libraryWords(200), "plan-remove");
        Browser.type(partner, "plan:items:2:what", taken);
        partner.findElement(By.id("plan:items:2:remove")).sendKeys(Keys.ENTER);
        awaitFocusOn(partner, "plan:items:2:notes");
        Browser.awaitMessage(partner, Bundle.shown("en", "partnerships.plan.itemRemoved",
                QuotedText.inMessage(taken, Locale.ENGLISH)));
        assertEquals("Item 3", legends(partner).get(2), "the notes of the item that was after it");
        enterRemovesNothing(partner, 3);
        partner.findElement(By.id("plan:items:2:remove")).sendKeys(Keys.ENTER);
        awaitFocusOn(partner, "plan:items:1:notes");
        Browser.awaitMessage(partner, Bundle.shown("en", "partnerships.plan.itemRemoved", "Item 3"));
        enterRemovesNothing(partner, 2);
        String first = linkFound(partner, 0, "screening");
        String second = linkFound(partner, 1, "match support");
        partner.findElement(By.id("plan:items:0:evidence")).click();
        new WebDriverWait(partner, Duration.ofSeconds(20), Browser.POLL).ignoring(WebDriverException.class).until(
                d -> !d.findElements(By.cssSelector("[id^='plan:items:0:suggestions:'][id$='link-suggestion']"))
                        .isEmpty());
        WebElement suggestion = partner.findElement(By.id("plan:items:0:suggestions:0:link-suggestion"));
        String suggested = suggestion.getAttribute("aria-label").replace("Link: ", "");
        suggestion.click();
        Browser.awaitMessage(partner, "“" + QuotedText.inMessage(suggested, Locale.ENGLISH) + "” is linked");
        partner.findElement(By.id("plan:save")).click();
        Browser.awaitMessage(partner, "The plan is saved (version 1).");
        List<WebElement> items = partner.findElements(By.cssSelector("fieldset.plan-item"));
        assertEquals(2, items.size());
        String linked = items.get(0).findElement(By.cssSelector(".linked")).getText() + " | " + items.get(1)
                .findElement(By.cssSelector(".linked")).getText();
        for (String title : List.of(first, second, suggested)) {
            assertTrue(linked.contains(title), title + " linked in: " + linked);
        }
        Browser.screenshot(partner, "partnership-plan");

        mentor.get(portal.resolve("/partnerships/check-in?id=" + id).toString());
        assertTrue(mentor.findElement(By.cssSelector(".agenda")).getText().contains(
                "Screen volunteer mentors and check their references"), "the agenda lists the open items");
        Browser.type(mentor, "record:what-happened", "We went through the screening steps together.");
        // Two items added and half filled (a "why" without a "what"): refused, and kept (an added item left
        // untouched is simply left out).
        mentor.findElement(By.id("record:add-item")).click();
        awaitFocusOn(mentor, "record:items:2:what");
        Browser.type(mentor, "record:items:2:why", "Half filled: what is to be done is missing");
        mentor.findElement(By.id("record:add-item")).click();
        awaitFocusOn(mentor, "record:items:3:what");
        Browser.type(mentor, "record:items:3:why", "Half filled too");
        mentor.findElement(By.id("record:record-button")).click();
        Browser.awaitMessage(mentor, Bundle.text("en", "partnerships.checkIn.error.invalid_plan"));
        assertTrue(mentor.findElement(By.id("messages")).getText().contains("not recorded")
                && mentor.findElement(By.id("messages")).getText().contains("Item 3: say what is to be done."),
                mentor.findElement(By.id("messages")).getText());
        assertEquals("We went through the screening steps together.", mentor.findElement(By.id(
                "record:what-happened")).getAttribute("value"), "what was typed is kept");
        assertEquals(List.of("Item 1: Screen volunteer mentors and check their references",
                "Item 2: Support matches through their first year", "Item 3", "Item 4"), legends(mentor),
                "the check-in's items without a what, sent back, are headed by their number");
        mentor.findElement(By.id("record:items:3:remove")).click();
        awaitFocusOn(mentor, "record:items:2:notes");
        Browser.awaitMessage(mentor, Bundle.shown("en", "partnerships.checkIn.itemRemoved", "Item 4"));
        enterRemovesNothing(mentor, 3);
        mentor.findElement(By.id("record:items:2:remove")).sendKeys(Keys.ENTER);
        awaitFocusOn(mentor, "record:items:1:notes");
        Browser.awaitMessage(mentor, Bundle.shown("en", "partnerships.checkIn.itemRemoved", "Item 3"));
        enterRemovesNothing(mentor, 2);
        // A link made on the check-in is kept by recording it: the message said "Save the plan", a button not there.
        String onCheckIn = linkFound(mentor, "record", 1, "mentor training");
        Browser.awaitMessage(mentor, Bundle.shown("en", "partnerships.checkIn.linked", QuotedText.inMessage(onCheckIn,
                Locale.ENGLISH), QuotedText.inMessage("Support matches through their first year", Locale.ENGLISH)));
        mentor.findElement(By.cssSelector("input[name='record:ratings:0:rating'][value='2']")).click();
        mentor.findElement(By.cssSelector("input[name='record:ratings:1:rating'][value='3']")).click();
        new Select(mentor.findElement(By.id("record:items:0:status"))).selectByVisibleText("done");
        Browser.type(mentor, "record:reason", "Screening is in place since the check-in");
        Browser.type(mentor, "record:next-steps", "Pilot the match support plan.");
        mentor.findElement(By.id("record:record-button")).click();
        Browser.awaitMessage(mentor, "Check-in 1 is recorded.");

        partner.get(portal.resolve("/partnerships/view?id=" + id).toString());
        String next = partner.findElement(By.cssSelector(".next-check-in")).getText();
        assertTrue(next.contains(java.time.LocalDate.now().plusMonths(3).toString()) && next.contains("(check-in 2)"),
                "held today, months before it was due: the next one comes three months after today: " + next);
        String revisions = partner.findElement(By.cssSelector("section[aria-labelledby='revisions-title']"))
                .getText();
        assertTrue(revisions.contains("Screening is in place since the check-in"), "the partner sees the revision: "
                + revisions);
        assertFalse(partner.findElements(By.cssSelector(".capacity-chart canvas")).isEmpty(), "the chart is drawn");
        String table = partner.findElement(By.cssSelector(".capacity-table")).getText();
        assertTrue(table.contains("Recruiting and screening mentors") && table.contains("Supporting matches"), table);
        List<String> cells = partner.findElements(By.cssSelector(".capacity-table tbody td")).stream()
                .map(WebElement::getText).sorted().toList();
        assertEquals(List.of("2", "3"), cells, "both ratings of check-in 1, one row per capacity");
        assertTrue(partner.findElement(By.cssSelector(".check-ins")).getText().contains("held"));
        Browser.screenshot(partner, "partnership-dashboard");

        partner.get(portal.resolve("/partnerships/plan?id=" + id).toString());
        String history = partner.findElement(By.cssSelector("#history-title")).findElement(By.xpath(".."))
                .getText();
        assertTrue(history.contains("Screening is in place since the check-in") && history.contains(
                "(decided at check-in 1)") && history.contains("status planned → done"), history);
        assertFalse(history.contains("The goals were rewritten"), "the goals were posted back as they were: "
                + history);

        partner.get(portal.resolve("/partnerships/report?id=" + id).toString());
        String report = partner.findElement(By.cssSelector(".report")).getText();
        for (String expected : List.of("Partnership report: Screening that lasts", "«ensemble»",
                "We went through the screening steps together.", "Screening is in place since the check-in")) {
            assertTrue(report.contains(expected), expected + " in: " + report);
        }

        ChromeDriver third = signedIn(portal, "en", "pj-third@kmb.test");
        for (String page : List.of("/partnerships/view?id=", "/partnerships/plan?id=", "/partnerships/report?id=",
                "/partnerships/check-in?id=")) {
            assertEquals(404, thirdApi.get(page + id).status(), page);
            third.get(portal.resolve(page + id).toString());
            assertFalse(third.getPageSource().contains("Screening that lasts"), page + " shows nothing");
        }
        assertEquals(404, thirdApi.get("/api/partnerships/" + id).status());
        assertFalse(third.findElement(By.tagName("main")).getText().isBlank(), "a readable not-found page");
    }

    @Test
    void everyPartnershipPagePassesTheWcagCheckInBothLanguages(URI portal) {
        Visitor admin = People.admin(portal);
        Visitor partnerApi = People.member(portal, "pw-partner@kmb.test", "Wren Partner", "WCAG Partner Org");
        Visitor mentorApi = People.invited(portal, admin, "pw-mentor@kmb.test", "Wade Mentor", "mentor");
        long organization = partnerApi.get("/api/account").json().getJsonNumber("organization").longValue();
        String joinCode = partnerApi.get("/api/organizations/" + organization).json().getString("join_code");
        long id = mentorApi.api("POST", "/api/partnerships", "{\"join_code\": \"" + joinCode
                + "\", \"title\": \"Checked for accessibility\"}").json().getJsonNumber("id").longValue();
        assertEquals(200, partnerApi.api("POST", "/api/partnerships/" + id + "/acceptance",
                "{\"goals\": \"Our goals.\", \"capacities\": [\"evaluation\", \"mentor-training\"]}").status());
        assertEquals(200, partnerApi.api("PUT", "/api/partnerships/" + id + "/plan", "{\"version\": 0, \"items\":"
                + " [{\"what\": \"Plan an evaluation\", \"why\": \"To learn\", \"lead\": \"mentor\", \"status\":"
                + " \"planned\", \"resources\": [\"lachance-2019-inter-organizational-mentoring\"]}]}").status());
        assertEquals(201, mentorApi.api("POST", "/api/partnerships/" + id + "/check-ins", "{\"what_happened\":"
                + " \"Met.\", \"ratings\": {\"evaluation\": 1, \"mentor-training\": 2}}").status());
        assertEquals(201, partnerApi.api("POST", "/api/partnerships/" + id + "/notes", "{\"text\": \"Hello\"}")
                .status());
        List<String> problems = new ArrayList<>();
        for (String language : List.of("en", "fr")) {
            ChromeDriver browser = signedIn(portal, language, language.equals("en")
                    ? "pw-partner@kmb.test"
                    : "pw-mentor@kmb.test");
            for (String page : List.of("/partnerships/", "/partnerships/view?id=" + id, "/partnerships/plan?id=" + id,
                    "/partnerships/check-in?id=" + id, "/partnerships/check-in?id=" + id + "&number=1",
                    "/partnerships/report?id=" + id)) {
                browser.get(portal.resolve(page).toString());
                assertTrue(browser.findElements(By.tagName("h1")).size() > 0, page + ": " + browser.getPageSource());
                Browser.wcagViolations(browser).forEach(v -> problems.add(language + " " + page + ": " + v));
                long wide = widthOnAPhone(browser, portal.resolve(page).toString());
                if (wide > 360) {
                    problems.add(language + " " + page + ": " + wide + " px wide on a 360 px phone");
                }
            }
            browser.get(portal.resolve("/partnerships/plan?id=" + id).toString());
            browser.findElement(By.id("plan:items:0:evidence")).click();
            new WebDriverWait(browser, Duration.ofSeconds(20), Browser.POLL)
                    .until(ExpectedConditions.presenceOfElementLocated(
                            By.cssSelector(".suggestions")));
            Browser.wcagViolations(browser).forEach(v -> problems.add(language + " plan with evidence: " + v));
            Browser.screenshot(browser, "partnership-plan-evidence-" + language);
            browser.findElement(By.id("plan:add-item")).click();
            awaitFocusOn(browser, "plan:items:1:what");
            browser.findElement(By.id("plan:add-item")).click();
            awaitFocusOn(browser, "plan:items:2:what");
            List<String> named = List.of(Bundle.text(language, "partnerships.item.legend", 1, "Plan an evaluation"),
                    Bundle.text(language, "partnerships.item.unnamed", 2),
                    Bundle.text(language, "partnerships.item.unnamed", 3)).stream().map(t -> spaced(t)).toList();
            assertEquals(named, legends(browser), language + ": blank items are headed by their number");
            assertEquals(named, targets(browser, "plan"), language);
            String colon = language.equals("fr") ? "\u00a0: " : ": ";
            assertEquals(Bundle.text(language, "curate.edit.down") + colon + "Plan an evaluation",
                    browser.findElement(By.id("plan:items:0:down")).getAttribute("aria-label"));
            assertEquals(Bundle.text(language, "partnerships.item.remove") + colon + Bundle.text(language,
                    "partnerships.item.unnamed", 3), browser.findElement(By.id("plan:items:2:remove")).getAttribute(
                            "aria-label"));
        }
        assertEquals(List.of(), problems);
    }

    /** How wide the page is opened at 360 px (more than 360: it scrolls sideways); the window is put back. */
    private static long widthOnAPhone(ChromeDriver browser, String address) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", 360, "height", 780, "deviceScaleFactor", 1, "mobile", false));
        try {
            browser.get(address);
            return ((Number) browser.executeScript("return document.scrollingElement.scrollWidth")).longValue();
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
        }
    }

    /** The plan items' headings, as shown (no-break spaces read as spaces). */
    private static List<String> legends(ChromeDriver browser) {
        return browser.findElements(By.cssSelector("fieldset.plan-item > legend")).stream().map(e -> spaced(e
                .getText())).toList();
    }

    /** The entries of the form's "Item to link to" list. */
    private static List<String> targets(ChromeDriver browser, String form) {
        return new Select(browser.findElement(By.id(form + ":target"))).getOptions().stream().map(e -> spaced(e
                .getText())).toList();
    }

    private static String spaced(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ').strip();
    }

    private static void enterRemovesNothing(ChromeDriver browser, int items) {
        Browser.assertEnterRemovesNothing(browser, By.cssSelector("fieldset.plan-item"), items);
    }

    /** Generated text on one line (as a one-line box keeps it), the same for the run's seed. */
    private static String oneLine(Gen<String> text, String name) {
        return text.next(new Random(Gen.seed() * 31 + name.hashCode())).replaceAll("\\s+", " ").strip();
    }

    /** The plan editor's buttons send the page; the focus comes back where the keyboard was working. */
    private static void awaitFocusOn(ChromeDriver browser, String id) {
        new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL).ignoring(WebDriverException.class)
                .until(d -> id.equals(d.switchTo().activeElement().getAttribute("id")));
    }

    /** Searches the library from the plan editor and links the first resource found to the item; its title. */
    private static String linkFound(ChromeDriver browser, int item, String words) {
        return linkFound(browser, "plan", item, words);
    }

    /** Links the first resource found for {@code words} to item {@code item} of form {@code form} (plan or record). */
    private static String linkFound(ChromeDriver browser, String form, int item, String words) {
        new Select(browser.findElement(By.id(form + ":target"))).selectByIndex(item);
        Browser.type(browser, form + ":find", words);
        // Enter in the find box finds (it pressed the form's first button, which did nothing: user session).
        browser.findElement(By.id(form + ":find")).sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(20), Browser.POLL).ignoring(WebDriverException.class).until(
                d -> !d.findElements(By.id(form + ":found:0:link-found")).isEmpty());
        WebElement link = browser.findElement(By.id(form + ":found:0:link-found"));
        String title = link.getAttribute("aria-label").replace("Link: ", "");
        link.click();
        Browser.awaitMessage(browser, "“" + QuotedText.inMessage(title, Locale.ENGLISH) + "” is linked");
        return title;
    }

    /**
     * A partner organization named by one long word (60 letters without a space) wraps on the report at 390 px as it
     * does on the partnership's page (the report scrolled sideways: user session), in both languages.
     */
    @Test
    void aPartnerNamedByOneLongWordWrapsOnTheReportAtPhoneWidth(URI portal) {
        Visitor admin = People.admin(portal);
        Random random = new Random(Gen.seed() * 31 + 60);
        StringBuilder word = new StringBuilder();
        String letters = "abcdefghijklmnopqrstuvwxyzéèàçœABCDEFGHIJKLMNOPQRSTUVWXYZ";
        while (word.length() < 60) {
            word.append(letters.charAt(random.nextInt(letters.length())));
        }
        Visitor partnerApi = People.member(portal, "pl-partner@kmb.test", "Lena Long", word.toString());
        Visitor mentorApi = People.invited(portal, admin, "pl-mentor@kmb.test", "Luc Mentor", "mentor");
        long organization = partnerApi.get("/api/account").json().getJsonNumber("organization").longValue();
        String joinCode = partnerApi.get("/api/organizations/" + organization).json().getString("join_code");
        long id = mentorApi.api("POST", "/api/partnerships", "{\"join_code\": \"" + joinCode
                + "\", \"title\": \"Long names\"}").json().getJsonNumber("id").longValue();
        assertEquals(200, partnerApi.api("POST", "/api/partnerships/" + id + "/acceptance",
                "{\"goals\": \"Our goals.\", \"capacities\": [\"evaluation\"]}").status());
        List<String> wide = new ArrayList<>();
        java.util.Map<String, ChromeDriver> mentors = new java.util.HashMap<>();
        for (String language : List.of("en", "fr")) {
            ChromeDriver browser = signedIn(portal, language, "pl-mentor@kmb.test");
            mentors.put(language, browser);
            for (String page : List.of("/partnerships/view?id=" + id, "/partnerships/report?id=" + id)) {
                browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                        java.util.Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
                try {
                    browser.get(portal.resolve(page).toString());
                    assertTrue(browser.findElement(By.tagName("main")).getText().contains(word.substring(0, 8)),
                            page + " names the partner");
                    @SuppressWarnings("unchecked")
                    List<Number> widths = (List<Number>) browser.executeScript(
                            "return [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
                    if (widths.get(0).longValue() > widths.get(1).longValue()) {
                        wide.add(language + " " + page + ": " + widths.get(0) + " px wide at " + widths.get(1));
                    }
                    Browser.screenshot(browser, "partnership-long-name-" + language + page.replaceAll("\\W+", "-"));
                } finally {
                    browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
                }
            }
        }
        assertEquals(List.of(), wide);

        // A second partnership proposed to the same organization is proposed, with a word that one is already under
        // way (there was none: user session); and a resource linked to an item whose "what" is long and full of
        // quotes is announced with both quoted as messages quote someone's text. In both languages.
        Random odd = new Random(Gen.seed() * 31 + "linked-odd-what".hashCode());
        for (String language : List.of("en", "fr")) {
            // The mentor signed in above, in this language.
            ChromeDriver mentor = mentors.get(language);
            mentor.get(portal.resolve("/partnerships/").toString());
            Browser.type(mentor, "start:code", joinCode);
            Browser.type(mentor, "start:title", "Another program " + language);
            mentor.findElement(By.id("start:start-button")).click();
            Browser.awaitMessage(mentor, Bundle.shown(language, "partnerships.startedAgain", word.toString()));
            Browser.awaitMessage(mentor, Bundle.shown(language, "partnerships.started", word.toString()));

            ChromeDriver partner = signedIn(portal, language, "pl-partner@kmb.test");
            partner.get(portal.resolve("/partnerships/plan?id=" + id).toString());
            partner.findElement(By.id("plan:add-item")).click();
            awaitFocusOn(partner, "plan:items:0:what");
            String what = GeneratedText.oddTitles(300).next(odd);
            Browser.type(partner, "plan:items:0:what", what);
            new Select(partner.findElement(By.id("plan:target"))).selectByIndex(0);
            Browser.type(partner, "plan:find", "mentoring");
            partner.findElement(By.id("plan:find")).sendKeys(Keys.ENTER);
            new WebDriverWait(partner, Duration.ofSeconds(20), Browser.POLL).ignoring(WebDriverException.class).until(
                    d -> !d.findElements(By.id("plan:found:0:link-found")).isEmpty());
            String title = partner.findElement(By.cssSelector(".found li .found__title")).getText();
            partner.findElement(By.id("plan:found:0:link-found")).click();
            Locale locale = Locale.forLanguageTag(language);
            Browser.awaitMessage(partner, Bundle.shown(language, "partnerships.plan.linked", QuotedText.inMessage(
                    title, locale), QuotedText.inMessage(what, locale)));
        }
    }

    private ChromeDriver signedIn(URI portal, String language, String email) {
        ChromeDriver browser = Browser.start(language);
        browsers.add(browser);
        Browser.signInBySession(browser, portal, email, People.PASSWORD);
        return browser;
    }
}

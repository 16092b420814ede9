package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kmbportal.testing.Browser;
import org.kmbportal.testing.Bundle;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.testing.Visitor;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What the user session on the shipped library found still open in the evening of 5 December 2026, on its pages. */
@ExtendWith(RunningPortal.class)
class FifthLookFindingsE2E {

    private static final String ZELDIN = "zeldin-2013-youth-adult-partnership";

    private final List<ChromeDriver> browsers = new ArrayList<>();

    @AfterEach
    void close() {
        browsers.forEach(ChromeDriver::quit);
        browsers.clear();
    }

    private ChromeDriver signedIn(URI portal, String language, String email, String password) {
        ChromeDriver browser = Browser.start(language);
        browsers.add(browser);
        Browser.signInBySession(browser, portal, email, password);
        return browser;
    }

    private static String line(Random random, int length) {
        return GeneratedText.oddTitles(length).next(random).replaceAll("\\s+", " ").strip();
    }

    /**
     * Changes not saved in the collection editor stay under their address ({@code kept=}). A curator came back to the
     * collection through the site's links, changed it and saved; the old address then showed the older changes, and
     * saving them put them over the newer save. A save now forgets the changes kept for older addresses, and changes
     * kept for a version saved over since (from another tab, by someone else) say so at once, with when that version
     * was saved, and saving them is refused as a conflict.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void changesKeptForAnOlderVersionOfACollectionNeverGoOverANewerSave(String language, URI portal) {
        long n = System.nanoTime();
        String email = "kept-curator-" + language + n + "@kmb.test";
        Visitor curator = People.invited(portal, People.admin(portal), email, "Kept Curator", "mentor");
        Random random = new Random(Gen.seed() * 31 + ("kept-collection-" + language).hashCode());
        String id = "kept-" + language + "-" + n;
        List<String> titles = new ArrayList<>();
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (int i = 0; i < 3; i++) {
            titles.add(line(random, 200) + " " + i);
            items.add(Json.createObjectBuilder().add("url", "https://example.org/kept/" + i).add("title", titles
                    .get(i)));
        }
        assertEquals(201, curator.api("POST", "/api/collections", Json.createObjectBuilder().add("id", id).add(
                "title", "Kept " + language).add("visibility", "private").add("items", items).build().toString())
                .status());
        ChromeDriver browser = signedIn(portal, language, email, People.PASSWORD);
        String plain = portal.resolve("/curate/edit?id=" + id + "&lang=" + language).toString();
        browser.get(plain);
        String addedFirst = line(random, 300);
        String kept = addLink(browser, n + "-a", addedFirst, language);
        assertTrue(kept.contains("kept="), kept);

        // Back through the site's links to the collection as saved: changed and saved there.
        browser.get(plain);
        awaitLinkTitles(browser, titles, "the plain address shows the collection as saved");
        String newTitle = line(random, 400);
        Browser.type(browser, "edit:title", newTitle);
        Browser.pressForNewPage(browser, browser.findElement(By.id("edit:save")));
        Browser.awaitMessage(browser, Bundle.shown(language, "curation.saved"));
        assertEquals(newTitle, stored(curator, id).getString("title"));

        // The old address keeps its changes (a save elsewhere never drops someone's unsaved work), said at once to
        // be made to an older version; a save from them is refused (user session of 2026-12-05: a save in another
        // tab had dropped them without a word).
        browser.get(kept);
        List<String> firstDraft = new ArrayList<>(titles);
        firstDraft.add(addedFirst);
        awaitLinkTitles(browser, firstDraft, "the old address after a newer save");
        assertEquals(Bundle.shown(language, "curation.olderDraft"), browser.findElement(By.id("conflict-text"))
                .getText().strip(), "said at once that they were made to an older version");
        Browser.pressForNewPage(browser, browser.findElement(By.id("edit:save")));
        Browser.awaitMessage(browser, Bundle.shown(language, "curation.conflict"));
        assertEquals(newTitle, stored(curator, id).getString("title"), "the newer save stays");

        // Changes kept, then the collection saved over from elsewhere (another tab, the API).
        browser.get(plain);
        awaitLinkTitles(browser, titles, "the plain address shows the collection as saved");
        String added = line(random, 300);
        String older = addLink(browser, n + "-b", added, language);
        JsonObject now = stored(curator, id);
        String theirTitle = "Theirs " + line(random, 200);
        assertEquals(200, curator.api("PUT", "/api/collections/" + id, Json.createObjectBuilder().add("version", now
                .getJsonNumber("version").longValue()).add("title", theirTitle).build().toString()).status());
        browser.get(older);
        List<String> draft = new ArrayList<>(titles);
        draft.add(added);
        awaitLinkTitles(browser, draft, "the changes kept are still shown");
        assertEquals(Bundle.shown(language, "curation.olderDraft"), browser.findElement(By.id("conflict-text"))
                .getText().strip(), "said at once that they were made to an older version");
        assertTrue(browser.findElement(By.id("their-save")).getText().matches(
                "(?s).*\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} UTC.*"), "and when that version was saved");
        Browser.pressForNewPage(browser, browser.findElement(By.id("edit:save")));
        Browser.awaitMessage(browser, Bundle.shown(language, "curation.conflict"));
        assertEquals(theirTitle, stored(curator, id).getString("title"), "the newer save stays");
        assertEquals(titles, storedTitles(curator, id), "the newer save's items stay");
    }

    /**
     * An editor saved a resource in one tab, then saved it in another opened before: the conflict's headline said
     * "someone else changed this resource" while naming the editor. For the same account it now says that they saved
     * it in another tab or window, and when.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void theResourceEditorsConflictWithOnesOwnOtherTabSaysSo(String language, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("own-tab-" + language).hashCode());
        String mine = "own-tab-" + language + n + "@kmb.test";
        Visitor me = People.invited(portal, People.admin(portal), mine, "Own Tab " + line(random, 40), "editor");
        String id = "own-tab-" + language + "-" + n;
        String text = me.get("/api/editor/resources/" + ZELDIN).json().getString("text").replace("id: " + ZELDIN,
                "id: " + id).replaceFirst("(?m)^status: .*$", "status: draft");
        assertEquals(200, me.api("PUT", "/api/editor/resources/" + id, Json.createObjectBuilder().add("version", -1)
                .add("text", text).build().toString()).status());
        ChromeDriver browser = signedIn(portal, language, mine, People.PASSWORD);
        browser.get(portal.resolve("/editor/edit?id=" + id + "&lang=" + language).toString());

        // The other tab: the same account saves first.
        JsonObject stored = me.get("/api/editor/resources/" + id).json();
        assertEquals(200, me.api("PUT", "/api/editor/resources/" + id, Json.createObjectBuilder().add("version",
                stored.getJsonNumber("version").longValue()).add("text",
                        stored.getString("text").replaceFirst(
                                "(?m)^title: .*$", "title: Other tab " + n))
                .build().toString()).status());
        Browser.type(browser, "edit:title", "This tab " + line(random, 200));
        Browser.pressForNewPage(browser, browser.findElement(By.id("edit:save")));
        Browser.awaitMessage(browser, Bundle.shown(language, "editor.conflictMine"));
        assertEquals(Bundle.shown(language, "editor.conflictTitleMine"), browser.findElement(By.cssSelector(
                "[id='edit:conflict'] h2")).getText().strip(), "the headline");
        String said = browser.findElement(By.id("their-save")).getText();
        assertTrue(said.startsWith(Bundle.shown(language, "editor.conflictByMine", "\u0000").split("\u0000")[0]),
                said);
        assertTrue(said.matches("(?s).*\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} UTC.*"), "and when: " + said);
        String page = browser.findElement(By.id("edit:conflict")).getText();
        assertFalse(page.contains(Bundle.shown(language, "editor.conflictTitle")), "no one else: " + page);
    }

    /**
     * "Create" on the invitations page said "Invitation created." for an address that already has an account, when
     * the invitation's own page says the account keeps its name and password and gets the role. The message after
     * Create now says so for such an address, and stays as it was for a new one.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void creatingAnInvitationForAnAddressWithAnAccountSaysSo(String language, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("invite-account-" + language).hashCode());
        String existing = "invite-has-account-" + language + n + "@kmb.test";
        People.member(portal, existing, line(random, 60), "Invite Org " + language + n);
        String fresh = "invite-new-" + language + n + "@kmb.test";
        ChromeDriver admin = signedIn(portal, language, People.ADMIN_EMAIL, People.ADMIN_PASSWORD);
        for (String email : List.of(existing, fresh)) {
            admin.get(portal.resolve("/admin/invitations?lang=" + language).toString());
            Browser.type(admin, "invite:email", email);
            new org.openqa.selenium.support.ui.Select(admin.findElement(By.id("invite:role"))).selectByValue(
                    "mentor");
            Browser.pressForNewPage(admin, admin.findElement(By.id("invite:submit")));
            Browser.awaitText(admin, By.id("invitation-link"), "/invitation?token=");
            String messages = admin.findElement(By.id("messages")).getText();
            String accountWords = Bundle.shown(language, "admin.invitedAccount", email);
            if (email.equals(existing)) {
                assertTrue(messages.contains(accountWords), messages);
            } else {
                assertTrue(messages.contains(Bundle.shown(language, "admin.invited")), messages);
                assertFalse(messages.contains(accountWords), messages);
            }
        }
    }

    /**
     * On the plan page an item whose "what" was left empty was refused above the form only, under two lines that both
     * said the plan was not saved, and its box was not marked; and a due date of 1901-01-01 was kept. The empty box is
     * now marked and says what is wrong beside it, the refusal is said once, and a due date far in the past or the
     * future is refused beside its box with the days allowed.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void thePlansEmptyWhatAndAFarDueDateAreMarkedBesideTheirBoxes(String language, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("plan-what-due-" + language).hashCode());
        String partnerEmail = "what-partner-" + language + n + "@kmb.test";
        Visitor partner = People.member(portal, partnerEmail, "What Partner", "What Org " + language + n);
        Visitor mentor = People.invited(portal, People.admin(portal), "what-mentor-" + language + n + "@kmb.test",
                "What Mentor", "mentor");
        long id = MatrixPartnerships.acceptedBetween(partner, mentor, line(random, 100));
        ChromeDriver browser = signedIn(portal, language, partnerEmail, People.PASSWORD);
        browser.get(portal.resolve("/partnerships/plan?id=" + id + "&lang=" + language).toString());
        Browser.pressForNewPage(browser, browser.findElement(By.id("plan:add-item")));
        String why = GeneratedText.libraryWords(600).next(random).strip();
        Browser.type(browser, "plan:items:0:why", why);
        browser.executeScript("document.getElementById('plan:items:0:due').value = '1901-01-01';");
        Browser.pressForNewPage(browser, browser.findElement(By.id("plan:save")));
        Browser.awaitMessage(browser, Bundle.shown(language, "partnerships.plan.fixFields"));
        String messages = browser.findElement(By.id("messages")).getText();
        assertFalse(messages.contains(Bundle.shown(language, "partnerships.error.invalid_plan")),
                "the refusal is said once: " + messages);
        String whatWords = Bundle.shown(language, "partnerships.problem.what_required").substring(1);
        String dueWords = Bundle.shown(language, "partnerships.problem.due_out_of_range", "2000-01-01", "2099-12-31")
                .substring(1);
        boxMarked(browser, "plan:items:0:what", whatWords);
        boxMarked(browser, "plan:items:0:due", dueWords);
        assertEquals(why, browser.findElement(By.id("plan:items:0:why")).getDomProperty("value").strip(),
                "what was typed stays");
        assertTrue(partner.get("/api/partnerships/" + id).json().getJsonObject("plan").getJsonArray("items")
                .isEmpty(), "nothing saved");

        // The "what" written, the date still far: only the date is refused.
        String what = line(random, 250);
        Browser.type(browser, "plan:items:0:what", what);
        Browser.pressForNewPage(browser, browser.findElement(By.id("plan:save")));
        Browser.awaitMessage(browser, Bundle.shown(language, "partnerships.plan.fixFields"));
        boxMarked(browser, "plan:items:0:due", dueWords);
        assertEquals(null, browser.findElement(By.id("plan:items:0:what")).getAttribute("aria-invalid"),
                "the what box is no longer marked");
        assertEquals(what, browser.findElement(By.id("plan:items:0:what")).getDomProperty("value"));

        String due = java.time.LocalDate.now().plusMonths(3).toString();
        browser.executeScript("document.getElementById('plan:items:0:due').value = arguments[0];", due);
        Browser.pressForNewPage(browser, browser.findElement(By.id("plan:save")));
        Browser.awaitMessage(browser, Bundle.shown(language, "partnerships.plan.saved", 1));
        JsonObject item = partner.get("/api/partnerships/" + id).json().getJsonObject("plan").getJsonArray("items")
                .getJsonObject(0);
        assertEquals(what, item.getString("what"));
        assertEquals(due, item.getString("due"));
    }

    /**
     * The plan's conflict said "Someone else saved the plan" and no more (user session of 2026-12-05), where the
     * resource editor names who saved and when. It now names the partner who saved and the time, says "You saved the
     * plan in another tab or window" when it was the same account, and one long word in an item no longer makes the
     * conflict page wider than a phone.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void thePlansConflictNamesWhoSavedAndWhen(String language, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("plan-conflict-who-" + language).hashCode());
        String partnerEmail = "who-partner-" + language + n + "@kmb.test";
        String mentorEmail = "who-mentor-" + language + n + "@kmb.test";
        String mentorName = "Ève « Who » Mentor " + language + n % 10_000;
        Visitor partner = People.member(portal, partnerEmail, "Who Partner", "Who Org " + language + n);
        Visitor mentor = People.invited(portal, People.admin(portal), mentorEmail, mentorName, "mentor");
        long id = MatrixPartnerships.acceptedBetween(partner, mentor, line(random, 100));
        String plan = portal.resolve("/partnerships/plan?id=" + id + "&lang=" + language).toString();

        ChromeDriver mine = signedIn(portal, language, partnerEmail, People.PASSWORD);
        mine.get(plan);
        ChromeDriver theirs = signedIn(portal, language, mentorEmail, People.PASSWORD);
        theirs.get(plan);
        addItemAndSave(theirs, line(random, 120));
        Browser.awaitMessage(theirs, Bundle.shown(language, "partnerships.plan.saved", 1));

        String longWord = "é".repeat(200);
        addItemAndSave(mine, line(random, 40) + " " + longWord);
        try {
            Browser.awaitText(mine, By.id("their-save"), mentorName);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no save named: " + mine.findElement(By.id("main")).getText(), e);
        }
        String said = mine.findElement(By.id("their-save")).getText();
        assertTrue(said.matches("(?s).*\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} UTC.*"), "when: " + said);
        assertTrue(mine.findElement(By.cssSelector(".conflict")).getText().contains(Bundle.shown(language,
                "partnerships.plan.conflict")), "a colleague's save");
        mine.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        new WebDriverWait(mine, Duration.ofSeconds(10), Browser.POLL).until(d -> ((Number) ((ChromeDriver) d)
                .executeScript("return window.innerWidth")).intValue() <= 400);
        Number wide = (Number) mine.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertTrue(wide.intValue() <= 0, "the page scrolls sideways by " + wide + " px at 390 px");

        // The same account in another window: it says so.
        ChromeDriver otherWindow = signedIn(portal, language, partnerEmail, People.PASSWORD);
        otherWindow.get(plan);
        Browser.pressForNewPage(mine, mine.findElement(By.id("plan:load-theirs")));
        addItemAndSave(mine, line(random, 80));
        Browser.awaitMessage(mine, Bundle.shown(language, "partnerships.plan.saved", 2));
        addItemAndSave(otherWindow, line(random, 80));
        Browser.awaitText(otherWindow, By.cssSelector(".conflict"), Bundle.shown(language,
                "partnerships.plan.conflictMine"));
        String again = otherWindow.findElement(By.id("their-save")).getText();
        assertTrue(again.startsWith(Bundle.shown(language, "partnerships.plan.conflictByMine", "").strip()
                .replaceAll("[ .]+$", "")), again);
        assertFalse(again.contains("Who Partner"), again);
    }

    private static void addItemAndSave(ChromeDriver browser, String what) {
        Browser.pressForNewPage(browser, browser.findElement(By.id("plan:add-item")));
        int last = browser.findElements(By.cssSelector("[id^='plan:items:'][id$=':what']")).size() - 1;
        Browser.type(browser, "plan:items:" + last + ":what", what);
        browser.executeScript("document.getElementById(arguments[0]).value = arguments[1];", "plan:items:" + last
                + ":due", java.time.LocalDate.now().plusMonths(2).toString());
        // A plan saved before asks why it changes; the first save of an empty plan does not.
        if (!browser.findElements(By.id("plan:reason")).isEmpty()) {
            Browser.type(browser, "plan:reason", "Agreed at our call « " + what.length() + " »");
        }
        Browser.pressForNewPage(browser, browser.findElement(By.id("plan:save")));
    }

    private static void boxMarked(ChromeDriver browser, String box, String words) {
        WebElement field = browser.findElement(By.id(box));
        assertEquals("true", field.getAttribute("aria-invalid"), box + " marked");
        assertTrue(field.getAttribute("aria-describedby").contains(box + "-error"), box);
        String beside = browser.findElement(By.id(box + "-error")).getText().replace('\u00a0', ' ');
        assertTrue(beside.contains(words), box + ": " + beside);
    }

    /**
     * Moving a check-in to a day out of its range said so above the form only: the new-date box was not marked. It
     * now is, with the days allowed beside it, and a reload says it again.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aCheckInMovedOutOfRangeMarksTheNewDate(String language, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("move-range-" + language).hashCode());
        String partnerEmail = "move-partner-" + language + n + "@kmb.test";
        Visitor partner = People.member(portal, partnerEmail, "Move Partner", "Move Org " + language + n);
        Visitor mentor = People.invited(portal, People.admin(portal), "move-mentor-" + language + n + "@kmb.test",
                "Move Mentor", "mentor");
        long id = MatrixPartnerships.acceptedBetween(partner, mentor, line(random, 100));
        ChromeDriver browser = signedIn(portal, language, partnerEmail, People.PASSWORD);
        browser.get(portal.resolve("/partnerships/check-in?id=" + id + "&number=1&lang=" + language).toString());
        String far = java.time.LocalDate.now().plusYears(3).toString();
        browser.executeScript("document.getElementById('move:date').value = arguments[0];", far);
        Browser.type(browser, "move:reason", line(random, 300));
        Browser.pressForNewPage(browser, browser.findElement(By.id("move:move-button")));
        Browser.awaitMessage(browser, Bundle.shown(language, "partnerships.checkIn.notMoved"));
        String range = Bundle.shown(language, "partnerships.error.invalid_move.range", "\u0000", "").split(
                "\u0000")[0];
        boxMarked(browser, "move:date", range);
        assertTrue(browser.findElement(By.id("move:date-error")).getText().matches(
                "(?s).*\\d{4}-\\d{2}-\\d{2}.*\\d{4}-\\d{2}-\\d{2}.*"), "with the days allowed");
        assertFalse(browser.findElement(By.id("messages")).getText().contains(range), "said once, beside the box");
        browser.navigate().refresh();
        new WebDriverWait(browser, Duration.ofSeconds(15), Browser.POLL)
                .until(d -> !d.findElements(By.id("move:date")).isEmpty());
        boxMarked(browser, "move:date", range);
        assertEquals(far, browser.findElement(By.id("move:date")).getDomProperty("value"), "the date typed stays");
    }

    /** Adds an outside link in the collection editor; returns the address the page leads to. */
    private static String addLink(ChromeDriver browser, String path, String title, String language) {
        Browser.type(browser, "edit:new-url", "https://example.org/kept/added-" + path);
        Browser.type(browser, "edit:new-title", title);
        Browser.pressForNewPage(browser, browser.findElement(By.id("edit:add-link")));
        Browser.awaitMessage(browser, Bundle.shown(language, "curation.itemAdded"));
        return browser.getCurrentUrl();
    }

    private static JsonObject stored(Visitor curator, String id) {
        return curator.get("/api/collections/" + id).json();
    }

    private static List<String> storedTitles(Visitor curator, String id) {
        return stored(curator, id).getJsonArray("items").getValuesAs(JsonObject.class).stream().map(i -> i
                .getString("title", "")).toList();
    }

    private static List<String> linkTitles(WebDriver browser) {
        return browser.findElements(By.cssSelector("input[id$=':link-title']")).stream().map(i -> i.getDomProperty(
                "value")).toList();
    }

    private static void awaitLinkTitles(ChromeDriver browser, List<String> expected, String when) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(15), Browser.POLL).ignoring(
                    StaleElementReferenceException.class).until(d -> expected.equals(linkTitles(d)));
        } catch (org.openqa.selenium.TimeoutException e) {
            assertEquals(expected, linkTitles(browser), when);
        }
    }
}

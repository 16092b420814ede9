package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What the user sessions on the shipped library found still open on 5 December 2026, each checked on its page. */
@ExtendWith(RunningPortal.class)
class FourthLookFindingsE2E {

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

    /**
     * A mentor added, moved and removed items and wrote a note in the collection editor, then reloaded or went Back:
     * the collection came as saved, the work gone without a word. The page now shows the changes again with a notice
     * that they are not saved yet (and a button to drop them), and leaving with changes not saved asks first.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void theCollectionEditorsChangesNotSavedSurviveAReloadAndBackAndLeavingAsksFirst(String language, URI portal) {
        long n = System.nanoTime();
        String email = "unsaved-curator-" + language + n + "@kmb.test";
        Visitor curator = People.invited(portal, People.admin(portal), email, "Unsaved Curator", "mentor");
        Random random = new Random(Gen.seed() * 31 + ("unsaved-collection-" + language).hashCode());
        String id = "unsaved-" + language + "-" + n;
        List<String> titles = new ArrayList<>();
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (int i = 0; i < 3; i++) {
            titles.add(GeneratedText.oddTitles(200).next(random) + " " + i);
            items.add(Json.createObjectBuilder().add("url", "https://example.org/unsaved/" + i).add("title", titles
                    .get(i)));
        }
        assertEquals(201, curator.api("POST", "/api/collections", Json.createObjectBuilder().add("id", id).add(
                "title", "Unsaved " + language).add("visibility", "private").add("items", items).build().toString())
                .status());
        ChromeDriver browser = signedIn(portal, language, email, People.PASSWORD);
        browser.get(portal.resolve("/curate/edit?id=" + id + "&lang=" + language).toString());
        assertFalse(leavingAsks(browser), "the page as it came asks nothing on leaving");

        String added = GeneratedText.oddTitles(300).next(random);
        Browser.type(browser, "edit:new-url", "https://example.org/unsaved/added-" + n);
        Browser.type(browser, "edit:new-title", added);
        Browser.pressForNewPage(browser, browser.findElement(By.id("edit:add-link")));
        Browser.awaitMessage(browser, Bundle.shown(language, "curation.itemAdded"));
        String note = GeneratedText.libraryWords(900).next(random);
        Browser.type(browser, "edit:items:0:note", note);
        Browser.pressForNewPage(browser, browser.findElement(By.id("edit:items:0:down")));
        Browser.pressForNewPage(browser, browser.findElement(By.id("edit:items:2:remove")));
        List<String> expected = List.of(titles.get(1), titles.get(0), added);
        assertEquals(expected, linkTitles(browser), "the changes, before any reload");

        browser.navigate().refresh();
        awaitLinkTitles(browser, expected, "after a reload");
        assertEquals(note.strip(), browser.findElement(By.id("edit:items:1:note")).getDomProperty("value").strip(),
                "the note sent with Move down, after a reload");
        assertTrue(browser.findElement(By.id("edit:unsaved")).getText().contains(Bundle.shown(language,
                "curate.edit.unsaved").replace('\u00a0', ' ')), "the page says the changes are not saved yet");
        assertTrue(leavingAsks(browser), "leaving with changes not saved asks first");

        BackAfterFormButtonsE2E.leaveAndComeBack(browser, portal, "back to the changes", By.id("edit:save"));
        awaitLinkTitles(browser, expected, "after leaving and coming Back");
        assertEquals(titles, storedTitles(curator, id), "nothing was saved");

        Browser.pressForNewPage(browser, browser.findElement(By.id("edit:discard")));
        awaitLinkTitles(browser, titles, "after dropping the changes");
        assertTrue(browser.findElements(By.id("edit:unsaved")).isEmpty(), "no notice once nothing is unsaved");
        assertFalse(leavingAsks(browser), "the collection as saved asks nothing on leaving");
        Browser.type(browser, "edit:items:2:note", GeneratedText.libraryWords(200).next(random));
        assertTrue(leavingAsks(browser), "a note typed and not sent asks first");
        assertEquals(titles, storedTitles(curator, id), "nothing was saved");
    }

    /** Whether leaving the page now would ask first: a cancelable beforeunload that the page cancels. */
    private static boolean leavingAsks(ChromeDriver browser) {
        return (Boolean) browser.executeScript("var event = new Event('beforeunload', {cancelable: true});"
                + "window.dispatchEvent(event); return event.defaultPrevented;");
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

    private static List<String> storedTitles(Visitor curator, String id) {
        return curator.get("/api/collections/" + id).json().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().map(i -> i.getString("title", "")).toList();
    }

    /**
     * "Create" on the invitations page answered its POST with the page: a reload sent it again, and a second
     * invitation row appeared. It now leads to the page's address with the link and the message; a reload and Back
     * send nothing.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void creatingAnInvitationThenReloadingAndGoingBackMakesOneInvitation(String language, URI portal) {
        String email = "prg-invite-" + language + System.nanoTime() + "@kmb.test";
        ChromeDriver admin = signedIn(portal, language, People.ADMIN_EMAIL, People.ADMIN_PASSWORD);
        admin.get(portal.resolve("/admin/invitations?lang=" + language).toString());
        Browser.type(admin, "invite:email", email);
        new Select(admin.findElement(By.id("invite:role"))).selectByValue("mentor");
        Browser.pressForNewPage(admin, admin.findElement(By.id("invite:submit")));
        Browser.awaitMessage(admin, Bundle.shown(language, "admin.invited"));
        assertTrue(admin.findElement(By.id("invitation-link")).getText().contains("/invitation?token="),
                "the link is shown once, after the redirect");
        admin.navigate().refresh();
        new WebDriverWait(admin, Duration.ofSeconds(15), Browser.POLL)
                .until(d -> !d.findElements(By.id("invite:submit"))
                        .isEmpty());
        BackAfterFormButtonsE2E.leaveAndComeBack(admin, portal, "create", By.id("invite:submit"));
        admin.navigate().refresh();
        new WebDriverWait(admin, Duration.ofSeconds(15), Browser.POLL)
                .until(d -> !d.findElements(By.id("invite:submit"))
                        .isEmpty());
        long rows = admin.findElements(By.cssSelector("table tbody tr")).stream().filter(tr -> tr.getText()
                .contains(email)).count();
        assertEquals(1, rows, "one invitation after reloads and Back");
    }

    /**
     * A row's "Save" on the accounts list answered its POST with the page: Back after moving on asked to send it
     * again. It now leads to the list's address (page and search kept) with the message and the other rows' ticks not
     * saved yet.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void savingARowsRolesThenGoingBackSendsNothingAndKeepsTheOtherRowsTicks(String language, URI portal) {
        long n = System.nanoTime();
        String saved = "prg-roles-a-" + language + n + "@kmb.test";
        String ticked = "prg-roles-b-" + language + n + "@kmb.test";
        String name = GeneratedText.oddTitles(80).next(new Random(Gen.seed() * 31 + ("prg-roles-" + language)
                .hashCode()));
        People.member(portal, saved, name, "Prg Roles A " + language + n);
        People.member(portal, ticked, "Prg Roles B", "Prg Roles B " + language + n);
        ChromeDriver admin = signedIn(portal, language, People.ADMIN_EMAIL, People.ADMIN_PASSWORD);
        admin.get(portal.resolve("/admin/users?lang=" + language + "&q=" + language + n).toString());
        row(admin, ticked).findElement(By.cssSelector("input[value=editor]")).click();
        row(admin, saved).findElement(By.cssSelector("input[value=mentor]")).click();
        Browser.pressForNewPage(admin, row(admin, saved).findElement(By.cssSelector("input[type=submit]")));
        Browser.awaitMessage(admin, Bundle.shown(language, "admin.roles.othersUnsaved", ticked));
        assertTrue(URI.create(admin.getCurrentUrl()).getRawQuery().contains("q="), "the search is kept");
        assertTrue(row(admin, ticked).findElement(By.cssSelector("input[value=editor]")).isSelected(),
                "the other row's tick not saved stays");
        assertFalse(row(admin, ticked).findElements(By.cssSelector(".unsaved")).isEmpty(),
                "and is marked not saved yet");
        assertEquals(List.of("member", "mentor"), roles(portal, saved), "the row saved");
        assertEquals(List.of("member"), roles(portal, ticked), "the other row is not saved");

        BackAfterFormButtonsE2E.leaveAndComeBack(admin, portal, "save a row", By.id("users-count"));
        admin.navigate().refresh();
        new WebDriverWait(admin, Duration.ofSeconds(15), Browser.POLL).until(d -> !d.findElements(By.id("users-count"))
                .isEmpty());
        assertEquals(List.of("member"), roles(portal, ticked), "nothing sent again");
    }

    /**
     * The account's row, waited for up to 15 seconds: under load the table was read before the page had drawn it (the
     * row was "not present" once in a run, and there on the next).
     */
    private static WebElement row(WebDriver browser, String email) {
        return new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class).until(
                d -> d.findElements(By.cssSelector("#users table tbody tr")).stream().filter(tr -> tr.findElements(By
                        .tagName("td")).stream().anyMatch(td -> td.getText().strip().equals(email))).findFirst()
                        .orElse(null));
    }

    private static List<String> roles(URI portal, String email) {
        return People.accounts(People.admin(portal)).stream().filter(u -> u.getString("email").equals(email))
                .findFirst().orElseThrow().getJsonArray("roles").getValuesAs(JsonString.class).stream().map(
                        JsonString::getString)
                .sorted().toList();
    }

    /**
     * A check-in refused for its date said so above the form only (the date box not marked, nothing beside it), and
     * a reload lost what had been typed. The date box is now marked invalid and described by its message, and a
     * reload shows the text again, still marked.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aCheckInRefusedForItsDateMarksTheDateAndAReloadKeepsTheText(String language, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("check-in-date-" + language).hashCode());
        String partnerEmail = "date-partner-" + language + n + "@kmb.test";
        Visitor partner = People.member(portal, partnerEmail, "Date Partner", "Date Org " + language + n);
        Visitor mentor = People.invited(portal, People.admin(portal), "date-mentor-" + language + n + "@kmb.test",
                "Date Mentor", "mentor");
        long id = MatrixPartnerships.acceptedBetween(partner, mentor, GeneratedText.oddTitles(120).next(random));
        ChromeDriver browser = signedIn(portal, language, partnerEmail, People.PASSWORD);
        browser.get(portal.resolve("/partnerships/check-in?id=" + id + "&number=1&lang=" + language).toString());
        String happened = GeneratedText.libraryWords(1500).next(random);
        String next = GeneratedText.libraryWords(600).next(random);
        Browser.type(browser, "record:what-happened", happened);
        Browser.type(browser, "record:next-steps", next);
        String future = java.time.LocalDate.now().plusYears(1).toString();
        browser.executeScript("document.getElementById('record:held-on').value = arguments[0];", future);
        Browser.pressForNewPage(browser, browser.findElement(By.id("record:record-button")));
        Browser.awaitMessage(browser, Bundle.shown(language, "partnerships.checkIn.error.invalid_held_on"));
        dateMarked(browser, language, "after the refusal");
        browser.navigate().refresh();
        new WebDriverWait(browser, Duration.ofSeconds(15), Browser.POLL)
                .until(d -> !d.findElements(By.id("record:held-on"))
                        .isEmpty());
        assertEquals(happened.strip(), browser.findElement(By.id("record:what-happened")).getDomProperty("value")
                .strip(), "what happened, after a reload");
        assertEquals(next.strip(), browser.findElement(By.id("record:next-steps")).getDomProperty("value").strip(),
                "the next steps, after a reload");
        assertEquals(future, browser.findElement(By.id("record:held-on")).getDomProperty("value"));
        dateMarked(browser, language, "after a reload");
        assertEquals(0, partner.get("/api/partnerships/" + id).json().getJsonArray("check_ins").stream().filter(
                c -> "held".equals(c.asJsonObject().getString("state", ""))).count(), "nothing recorded");
    }

    private static void dateMarked(ChromeDriver browser, String language, String when) {
        WebElement date = browser.findElement(By.id("record:held-on"));
        assertEquals("true", date.getAttribute("aria-invalid"), "the date is marked invalid " + when);
        assertTrue(date.getAttribute("aria-describedby").contains("record:held-on-error"), when);
        assertEquals(Bundle.shown(language, "partnerships.error.invalid_held_on"), browser.findElement(By.id(
                "record:held-on-error")).getText().strip(), "the date's message beside it " + when);
    }

    /**
     * The check-in address of a proposed or a closed partnership showed the portal's "page not found". It now says
     * plainly why there is no check-in there, and links back to the partnership.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void theCheckInAddressOfAProposalOrAClosedPartnershipSaysWhyThereIsNone(String language, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("no-check-in-" + language).hashCode());
        String mentorEmail = "none-mentor-" + language + n + "@kmb.test";
        Visitor partner = People.member(portal, "none-partner-" + language + n + "@kmb.test", "None Partner",
                "None Org " + language + n);
        Visitor mentor = People.invited(portal, People.admin(portal), mentorEmail, "None Mentor", "mentor");
        String closedTitle = UserSessionFindingsE2E.oneLine(GeneratedText.libraryWords(120), "closed-" + language);
        long closed = MatrixPartnerships.acceptedBetween(partner, mentor, closedTitle);
        assertEquals(200, mentor.api("POST", "/api/partnerships/" + closed + "/closure", Json.createObjectBuilder()
                .add("reflection", GeneratedText.libraryWords(300).next(random)).build().toString()).status());
        long organization = partner.get("/api/account").json().getJsonNumber("organization").longValue();
        String code = partner.get("/api/organizations/" + organization).json().getString("join_code");
        String proposedTitle = UserSessionFindingsE2E.oneLine(GeneratedText.libraryWords(120), "proposed-"
                + language);
        long proposed = mentor.api("POST", "/api/partnerships", Json.createObjectBuilder().add("join_code", code)
                .add("title", proposedTitle).build().toString()).json().getJsonNumber("id").longValue();

        ChromeDriver browser = signedIn(portal, language, mentorEmail, People.PASSWORD);
        for (var page : List.of(List.of("proposed", proposed, proposedTitle), List.of("closed", closed,
                closedTitle))) {
            String address = "/partnerships/check-in?id=" + page.get(1) + "&lang=" + language;
            browser.get(portal.resolve(address).toString());
            new WebDriverWait(browser, Duration.ofSeconds(15), Browser.POLL)
                    .until(d -> !d.findElements(By.id("no-check-in"))
                            .isEmpty());
            assertEquals(Bundle.shown(language, "partnerships.checkIn.none." + page.get(0), page.get(2)), browser
                    .findElement(By.id("no-check-in")).getText().strip(), address);
            assertTrue(browser.findElement(By.id("back-to-partnership")).getAttribute("href").contains(
                    "/partnerships/view?id=" + page.get(1)), address);
        }
    }

    /**
     * The resource editor's conflict said "someone else changed this resource", when it may be a colleague or the
     * editor's own other tab. It now names who saved the version in the way, as the history names people, and when.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void theResourceEditorsConflictNamesWhoSavedAndWhen(String language, URI portal) {
        long n = System.nanoTime();
        Visitor admin = People.admin(portal);
        String mine = "conflict-mine-" + language + n + "@kmb.test";
        Visitor me = People.invited(portal, admin, mine, "Conflict Mine", "editor");
        String theirName = "Bérénice " + UserSessionFindingsE2E.oneLine(GeneratedText.libraryWords(40),
                "conflict-name-" + language).replaceAll("[^\\p{L} ]", "").strip();
        Visitor them = People.invited(portal, admin, "conflict-theirs-" + language + n + "@kmb.test", theirName,
                "editor");
        String id = "conflict-by-" + language + "-" + n;
        String text = me.get("/api/editor/resources/" + ZELDIN).json().getString("text").replace("id: " + ZELDIN,
                "id: " + id).replaceFirst("(?m)^status: .*$", "status: draft");
        assertEquals(200, me.api("PUT", "/api/editor/resources/" + id, Json.createObjectBuilder().add("version", -1)
                .add("text", text).build().toString()).status());
        ChromeDriver browser = signedIn(portal, language, mine, People.PASSWORD);
        browser.get(portal.resolve("/editor/edit?id=" + id + "&lang=" + language).toString());

        JsonObject stored = them.get("/api/editor/resources/" + id).json();
        String theirs = stored.getString("text").replaceFirst("(?m)^title: .*$", "title: Theirs " + n);
        assertEquals(200, them.api("PUT", "/api/editor/resources/" + id, Json.createObjectBuilder().add("version",
                stored.getJsonNumber("version").longValue()).add("text", theirs).build().toString()).status());
        Browser.type(browser, "edit:title", "Mine " + UserSessionFindingsE2E.oneLine(GeneratedText.libraryWords(200),
                "conflict-title-" + language));
        Browser.pressForNewPage(browser, browser.findElement(By.id("edit:save")));
        Browser.awaitMessage(browser, Bundle.shown(language, "editor.conflict"));
        String said = browser.findElement(By.id("their-save")).getText();
        assertTrue(said.contains(theirName.replaceAll("\\s+", " ")), "names who saved: " + said);
        assertTrue(said.matches("(?s).*\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} UTC.*"), "and when: " + said);
        assertTrue(said.startsWith(Bundle.shown(language, "editor.conflictBy", "\u0000", "").split("\u0000")[0]),
                said);
    }

    /**
     * Someone with an account who opened an invitation typed a name, which was ignored without a word (the account
     * keeps its own). The page now says the address has an account whose name and password stay, and asks for its
     * password only; an address without an account still chooses a name.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void anInvitationForAnAddressWithAnAccountSaysSoAndAsksNoName(String language, URI portal) {
        long n = System.nanoTime();
        String email = "invited-account-" + language + n + "@kmb.test";
        People.member(portal, email, UserSessionFindingsE2E.oneLine(GeneratedText.libraryWords(60), "invited-name-"
                + language), "Invited Org " + language + n);
        Visitor admin = People.admin(portal);
        for (String address : List.of(email, "invited-new-" + language + n + "@kmb.test")) {
            var invitation = admin.api("POST", "/api/admin/invitations", Json.createObjectBuilder().add("email",
                    address).add("role", "mentor").add("language", language).build().toString());
            assertEquals(201, invitation.status(), invitation.body());
            URI link = URI.create(Visitor.json(invitation.body()).getString("link"));
            var page = org.jsoup.Jsoup.parse(new Visitor(portal, language).get(link.getRawPath() + "?" + link
                    .getRawQuery()).body());
            boolean hasAccount = address.equals(email);
            var notice = page.getElementById("has-account");
            assertEquals(hasAccount, notice != null, address);
            assertEquals(!hasAccount, page.getElementById("accept:name") != null, "a name to choose: " + address);
            if (hasAccount) {
                assertEquals(Bundle.shown(language, "invitation.hasAccount"), notice.text().replace('\u00a0', ' '));
                assertEquals(Bundle.shown(language, "invitation.accountPassword"), page.selectFirst(
                        "label[for='accept:password']").text().replace('\u00a0', ' '));
            }
        }
    }

    /**
     * The plan's Goals, Why, Notes and Reason boxes had no limit, though the server has one: a longer text is now
     * said beside its box with the limit and its length, never cut by the browser (no maxlength: it cut a paste
     * without a word, TwentyThirdLookFindingsE2E). And a save refused for several boxes said one at a time (the
     * goals, then after the next save the items, then the reason): all are now said at once, beside their boxes.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void thePlansBoxesSayTheirLimitsAndASaveSaysEveryRefusalAtOnce(String language, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("plan-at-once-" + language).hashCode());
        String partnerEmail = "limits-partner-" + language + n + "@kmb.test";
        Visitor partner = People.member(portal, partnerEmail, "Limits Partner", "Limits Org " + language + n);
        Visitor mentor = People.invited(portal, People.admin(portal), "limits-mentor-" + language + n + "@kmb.test",
                "Limits Mentor", "mentor");
        long id = MatrixPartnerships.acceptedBetween(partner, mentor, GeneratedText.oddTitles(100).next(random));
        assertEquals(200, partner.api("PUT", "/api/partnerships/" + id + "/plan", Json.createObjectBuilder().add(
                "version", 0).add("items",
                        Json.createArrayBuilder().add(Json.createObjectBuilder().add("what",
                                GeneratedText.libraryWords(200).next(random)).add("lead", "partner").add("status",
                                        "planned")))
                .build().toString()).status(), "a first version, so that a change needs a reason");
        ChromeDriver browser = signedIn(portal, language, partnerEmail, People.PASSWORD);
        browser.get(portal.resolve("/partnerships/plan?id=" + id + "&lang=" + language).toString());
        java.util.Map<String, Integer> limits = java.util.Map.of("plan:goals",
                org.kmbportal.partnerships.PartnershipService.MAX_GOALS, "plan:items:0:why",
                org.kmbportal.partnerships.PlanRules.MAX_WHY, "plan:items:0:notes",
                org.kmbportal.partnerships.PlanRules.MAX_NOTES, "plan:reason",
                org.kmbportal.partnerships.PlanService.MAX_REASON);
        limits.forEach((box, limit) -> assertNull(browser.findElement(By.id(box)).getAttribute("maxlength"), box));

        // Over the limits, and no reason for the change.
        String why = longer(random, org.kmbportal.partnerships.PlanRules.MAX_WHY);
        browser.executeScript("document.getElementById('plan:goals').value = arguments[0];"
                + "document.getElementById('plan:items:0:why').value = arguments[1];",
                longer(random,
                        org.kmbportal.partnerships.PartnershipService.MAX_GOALS),
                why);
        Browser.pressForNewPage(browser, browser.findElement(By.id("plan:save")));
        Browser.awaitMessage(browser, Bundle.shown(language, "partnerships.plan.fixFields"));
        // The item's box too is marked, its refusal beside it (FifthLookFindingsE2E: an item's refusal is said once).
        assertEquals(Bundle.shown(language, "editor.fieldTooLong", org.kmbportal.partnerships.PlanRules.MAX_WHY,
                why.codePointCount(0, why.length())).replace('\u00a0', ' ').replace('\u202f', ' '),
                browser.findElement(By.id("plan:items:0:why-error")).getText().replace('\u00a0', ' ')
                        .replace('\u202f', ' ').strip(),
                "the item's refusal beside its box");
        for (String box : List.of("goals", "reason", "items:0:why")) {
            WebElement field = browser.findElement(By.id("plan:" + box));
            assertEquals("true", field.getAttribute("aria-invalid"), box + " marked, at the same save");
            assertTrue(field.getAttribute("aria-describedby").contains("plan:" + box + "-error"), box);
            assertFalse(browser.findElement(By.id("plan:" + box + "-error")).getText().isBlank(), box);
        }
        assertEquals(Bundle.shown(language, "partnerships.error.reason_required"), browser.findElement(By.id(
                "plan:reason-error")).getText().strip());
    }

    private static String longer(Random random, int limit) {
        StringBuilder text = new StringBuilder();
        while (text.length() <= limit) {
            text.append(GeneratedText.libraryWords(400).next(random)).append(' ');
        }
        return text.toString().strip();
    }
}

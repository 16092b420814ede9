package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jakarta.json.Json;
import jakarta.json.JsonObject;

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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What the last user sessions of 5 December 2026 (real Chromium, shipped library) found still open, on its pages. */
@ExtendWith(RunningPortal.class)
class NinthLookFindingsE2E extends LookFindings {

    private static String profilePath(Visitor member) {
        return "/api/organizations/" + member.get("/api/account").json().getJsonNumber("organization").longValue()
                + "/profile";
    }

    private static void saveProfile(Visitor who, String path, String size, String challenges, String language) {
        Http.Answer saved = who.api("PUT", path, Json.createObjectBuilder().add("context", Json.createObjectBuilder()
                .add("organization_size", size)).add("challenges", challenges).add("language", language).build()
                .toString());
        assertEquals(200, saved.status(), saved.body());
    }

    private static String challengesBox(ChromeDriver browser) {
        return browser.findElement(By.id("challenges")).getDomProperty("value");
    }

    private static void sendAnswers(ChromeDriver browser) {
        Browser.pressForNewPage(browser, browser.findElement(By.cssSelector("#questionnaire button[type=submit]")));
        new WebDriverWait(browser, Duration.ofSeconds(20), Browser.POLL).until(d -> !d.findElements(By.id(
                "save-profile:save")).isEmpty());
    }

    /**
     * Two members of one organization edited its profile at once: the second save silently replaced the first. A save
     * is now checked against the version its answers were given on: the conflict says who saved and when, shows
     * their answers and words, keeps the answers typed in the form, and "Save over" puts them over that save.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aColleaguesSaveOfTheOrganizationProfileIsNeverSilentlyReplaced(String language, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("profile-conflict-" + language).hashCode());
        String email = "profile-member-" + language + n + "@kmb.test";
        Visitor member = People.member(portal, email, "Profile Member", "Profile Org " + language + n);
        String path = profilePath(member);
        long organization = member.get("/api/account").json().getJsonNumber("organization").longValue();
        String code = member.get("/api/organizations/" + organization).json().getString("join_code");
        String colleagueName = "Colleague " + line(random, 40).replaceAll("[<>&\"]", "");
        Visitor colleague = People.invited(portal, People.admin(portal), "profile-colleague-" + language + n
                + "@kmb.test", colleagueName, "mentor");
        Http.Answer joined = colleague.submit("/account/", "organization-form", Map.of("choice", "join", "joinCode",
                code), "join");
        assertTrue(joined.status() < 400, joined.body());
        assertEquals(organization, colleague.get("/api/account").json().getJsonNumber("organization").longValue());
        saveProfile(member, path, "large", "Earlier words " + n, language);

        ChromeDriver browser = signedIn(portal, language, email);
        browser.get(portal.resolve("/organization?lang=" + language).toString());
        browser.findElement(By.id("q-organization_size-small")).sendKeys(Keys.SPACE);
        String typed = paragraph(random);
        Browser.type(browser, "challenges", typed);
        typed = challengesBox(browser);
        sendAnswers(browser);

        // The colleague saves first, from their own page (here the API).
        String theirs = paragraph(random) + " 🙂";
        saveProfile(colleague, path, "medium", theirs, language);
        Browser.pressForNewPage(browser, browser.findElement(By.id("save-profile:save")));
        Browser.awaitText(browser, By.cssSelector(".conflict"), Bundle.shown(language, "organization.conflict"));
        JsonObject stored = member.get(path).json();
        assertEquals(theirs, stored.getString("challenges"), "the colleague's save stays");
        assertEquals(typed.strip(), challengesBox(browser), "the answers typed are still in their box");
        assertTrue(browser.findElement(By.id("q-organization_size-small")).isSelected(), "and the answer chosen");
        // WebDriver reads a no-break space in the generated name (French typography) as a space.
        String whoSaved = browser.findElement(By.id("their-save")).getText().replaceAll("[\\s\u00a0\u202f]+", " ");
        // The portal keeps a name's spaces as one (a space beside a no-break space is one space).
        assertTrue(whoSaved.contains(colleagueName.replaceAll("[\\s\u00a0\u202f]+", " ")), "who saved: " + whoSaved
                + " / " + colleagueName);
        // WebDriver reads a no-break space (French typography in the library's words) as a space.
        assertEquals(theirs.replace('\u00a0', ' '), browser.findElement(By.id("their-challenges")).getText().replace(
                '\u00a0', ' '), "their words");
        assertTrue(browser.findElement(By.id("their-answers")).getText().contains(Bundle.shown(language,
                "punctuation.colon").strip()), "their answers");
        assertEquals(Bundle.shown(language, "organization.saveOver"), browser.findElement(By.id(
                "profile-conflict:save-over")).getDomProperty("value").replace('\u00a0', ' '));
        assertEquals(List.of(), Browser.wcagViolations(browser));

        Browser.pressForNewPage(browser, browser.findElement(By.id("profile-conflict:save-over")));
        Browser.awaitMessage(browser, Bundle.shown(language, "organization.saved"));
        stored = member.get(path).json();
        assertEquals(typed.strip(), stored.getString("challenges"), "saved over theirs, as typed");
        assertEquals("small", stored.getJsonObject("context").getJsonArray("organization_size").getString(0));
    }

    /**
     * Answers typed on the page, sent, the profile saved elsewhere (the same account, another tab), then Back to the
     * page: the browser put the older typed paragraph back over the newer profile, and Save replaced it. The
     * questionnaire now carries the version its answers were typed on, which comes back with them: the conflict, in
     * the words of the other tab.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void backToTheOrganizationPageAfterANewerSaveNeverPutsTheOlderAnswersOverIt(String language, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("profile-back-" + language).hashCode());
        String email = "profile-back-" + language + n + "@kmb.test";
        Visitor member = People.member(portal, email, "Back Member", "Back Profile Org " + language + n);
        String path = profilePath(member);
        saveProfile(member, path, "large", "Earlier words " + n, language);

        ChromeDriver browser = signedIn(portal, language, email);
        browser.get(portal.resolve("/organization?lang=" + language).toString());
        Browser.type(browser, "challenges", paragraph(random));
        String typed = challengesBox(browser);
        sendAnswers(browser);

        String newer = "Newer words from the other tab « été » " + n;
        saveProfile(member, path, "small", newer, language);

        browser.navigate().back();
        new WebDriverWait(browser, Duration.ofSeconds(15), Browser.POLL).until(d -> !d.getCurrentUrl().contains("kept=")
                && !d.findElements(By.id("challenges")).isEmpty() && "complete".equals(((ChromeDriver) d)
                        .executeScript("return document.readyState")));
        String shown = challengesBox(browser);
        sendAnswers(browser);
        Browser.pressForNewPage(browser, browser.findElement(By.id("save-profile:save")));
        assertEquals(newer, member.get(path).json().getString("challenges"), "the newer save stays");
        Browser.awaitText(browser, By.cssSelector(".conflict"), Bundle.shown(language, "organization.conflictMine"));
        assertEquals(shown.strip(), challengesBox(browser), "what the box held after Back is still there");
        assertEquals(Bundle.shown(language, "organization.saveOverMine"), browser.findElement(By.id(
                "profile-conflict:save-over")).getDomProperty("value").replace('\u00a0', ' '));
        assertEquals(typed, shown, "the browser put the older typed paragraph back on Back (the route the user met)");
    }

    /**
     * "Delete my account" pressed with the password box empty said the password was not right (and counted it as a
     * wrong try). It now asks for the password beside the box, in the page's language; nothing changes, and the right
     * password then deletes as before.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void deletingTheAccountWithAnEmptyPasswordAsksForItBesideTheBox(String language, URI portal) {
        long n = System.nanoTime();
        String email = "empty-delete-" + language + n + "@kmb.test";
        Visitor member = People.member(portal, email, "Empty Delete", "Empty Delete Org " + language + n);
        ChromeDriver browser = signedIn(portal, language, email);
        browser.get(portal.resolve("/account/?lang=" + language).toString());
        browser.findElement(By.id("delete-account:delete")).sendKeys(Keys.ENTER);
        Browser.awaitText(browser, By.id("delete-account:deletePassword-error"), Bundle.shown(language,
                "account.deletePasswordMissing"));
        String said = browser.findElement(By.id("delete-account:deletePassword-error")).getText();
        assertFalse(said.contains(Bundle.shown(language, "account.wrongPassword")), said);
        WebElement box = browser.findElement(By.id("delete-account:deletePassword"));
        assertEquals("true", box.getDomAttribute("aria-invalid"));
        assertTrue(box.getDomAttribute("aria-describedby").contains("delete-account:deletePassword-error"));
        assertEquals(200, member.get("/api/account").status(), "the account is still there");
        assertEquals(List.of(), Browser.wcagViolations(browser));

        Browser.type(browser, "delete-account:deletePassword", People.PASSWORD);
        browser.findElement(By.id("delete-account:delete")).sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(15), Browser.POLL).until(d -> d.getCurrentUrl().contains(
                "/account-deleted"));
    }

    /**
     * The check-in page refused a plan item (its "why" too long) only in a list above the form: the item's box was not
     * marked. It now is, as on the plan page: aria-invalid, described by the refusal said beside it; what was typed
     * in the record stays.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void theCheckInMarksARefusedPlanItemBesideItsBox(String language, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("checkin-beside-" + language).hashCode());
        String email = "checkin-beside-" + language + n + "@kmb.test";
        Visitor partner = People.member(portal, email, "Check-in Partner", "Check-in Org " + language + n);
        long id = partnershipWithOneItem(portal, partner, random, n, language);
        ChromeDriver browser = signedIn(portal, language, email);
        browser.get(portal.resolve("/partnerships/check-in?id=" + id + "&number=1&lang=" + language).toString());
        String happened = paragraph(random);
        Browser.type(browser, "record:what-happened", happened);
        happened = browser.findElement(By.id("record:what-happened")).getDomProperty("value");
        int limit = org.kmbportal.partnerships.PlanRules.MAX_WHY;
        StringBuilder why = new StringBuilder();
        // Over the limit as the portal counts it (code points of the text trimmed): an emoji is one character, and a
        // text of 2,001 UTF-16 units could be 2,000 characters, which the portal rightly recorded (CI, in French).
        while (org.kmbportal.platform.PlainText.length(why.toString().strip()) <= limit) {
            why.append(line(random, 300)).append(' ');
        }
        browser.executeScript("document.getElementById('record:items:0:why').value = arguments[0];", why.toString());
        Browser.type(browser, "record:reason", "Agreed « " + n + " »");
        Browser.pressForNewPage(browser, browser.findElement(By.id("record:record-button")));
        try {
            new WebDriverWait(browser, Duration.ofSeconds(15), Browser.POLL).until(d -> !d.findElements(By.id(
                    "record:items:0:why")).isEmpty());
        } catch (RuntimeException e) {
            throw new AssertionError(browser.getCurrentUrl() + "\n" + browser.findElement(By.tagName("main")).getText(),
                    e);
        }
        WebElement box = browser.findElement(By.id("record:items:0:why"));
        assertEquals("true", box.getDomAttribute("aria-invalid"), "the item's box is marked");
        assertTrue(String.valueOf(box.getDomAttribute("aria-describedby")).contains("record:items:0:why-error"),
                "and described by its refusal");
        String beside = browser.findElement(By.id("record:items:0:why-error")).getText().replaceAll("[\u00a0\u202f]",
                " ");
        String typed = why.toString().strip();
        String words = Bundle.shown(language, "editor.fieldTooLong", limit, typed.codePointCount(0, typed.length()))
                .replaceAll("[\u00a0\u202f]", " ");
        assertEquals(words, beside.strip(), "the limit and the text's length beside the box");
        assertEquals(happened, browser.findElement(By.id("record:what-happened")).getDomProperty("value"),
                "what was typed stays");
        assertTrue(partner.get("/api/partnerships/" + id).json().getJsonArray("check_ins").getValuesAs(
                JsonObject.class).stream().noneMatch(c -> "held".equals(c.getString("state", ""))), "nothing recorded");
        assertEquals(List.of(), Browser.wcagViolations(browser));
    }

    /**
     * The check-in page's plan changes had no box of the version they were typed on: an item changed, "Add item"
     * (the address changes), the plan saved elsewhere, Back to the check-in's address put the older item back over
     * the newer plan, and recording the check-in replaced it. Recording now meets the plan's conflict.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void backToTheCheckInAfterANewerPlanNeverPutsTheOlderItemsOverIt(String language, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("checkin-back-" + language).hashCode());
        String email = "checkin-back-" + language + n + "@kmb.test";
        Visitor partner = People.member(portal, email, "Check-in Back", "Check-in Back Org " + language + n);
        long id = partnershipWithOneItem(portal, partner, random, n, language);
        ChromeDriver browser = signedIn(portal, language, email);
        browser.get(portal.resolve("/partnerships/check-in?id=" + id + "&number=1&lang=" + language).toString());
        Browser.type(browser, "record:items:0:what", line(random, 250));
        String typed = browser.findElement(By.id("record:items:0:what")).getDomProperty("value");
        Browser.pressForNewPage(browser, browser.findElement(By.id("record:add-item")));
        assertTrue(browser.getCurrentUrl().contains("kept="), browser.getCurrentUrl());

        String newer = "Newer item from the other tab « été » " + n;
        JsonObject plan = partner.get("/api/partnerships/" + id).json().getJsonObject("plan");
        Http.Answer saved = partner.api("PUT", "/api/partnerships/" + id + "/plan", Json.createObjectBuilder().add(
                "version", plan.getJsonNumber("version").longValue()).add("reason", "Other tab " + n).add("items",
                        Json.createArrayBuilder().add(Json.createObjectBuilder().add("what", newer).add("lead",
                                "partner").add("status", "planned")))
                .build().toString());
        assertEquals(200, saved.status(), saved.body());

        browser.navigate().back();
        new WebDriverWait(browser, Duration.ofSeconds(15), Browser.POLL).until(d -> !d.getCurrentUrl().contains(
                "kept=") && !d.findElements(By.id("record:record-button")).isEmpty() && "complete".equals(
                        ((ChromeDriver) d).executeScript("return document.readyState")));
        String shown = browser.findElement(By.id("record:items:0:what")).getDomProperty("value");
        Browser.type(browser, "record:what-happened", paragraph(random));
        Browser.type(browser, "record:reason", "Agreed « " + n + " »");
        Browser.pressForNewPage(browser, browser.findElement(By.id("record:record-button")));
        assertEquals(newer, partner.get("/api/partnerships/" + id).json().getJsonObject("plan").getJsonArray("items")
                .getJsonObject(0).getString("what"), "the newer plan stays");
        Browser.awaitMessage(browser, Bundle.shown(language, "partnerships.checkIn.planConflict"));
        assertEquals(typed, shown, "the browser put the older typed item back on Back (the route the user met)");
    }

    /**
     * During a conflict the resource editor's heading (and the window's title) showed the title typed and not saved,
     * as if it were the resource's. They now show the title as saved (the newer save's); the typed one stays in its
     * box.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void theResourceEditorsHeadingShowsTheSavedTitleDuringAConflict(String language, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("editor-heading-" + language).hashCode());
        String mine = "heading-editor-" + language + n + "@kmb.test";
        Visitor me = People.invited(portal, People.admin(portal), mine, "Heading Editor", "editor");
        String resource = "heading-" + language + "-" + n;
        String text = me.get("/api/editor/resources/zeldin-2013-youth-adult-partnership").json().getString("text")
                .replace("id: zeldin-2013-youth-adult-partnership", "id: " + resource).replaceFirst(
                        "(?m)^status: .*$", "status: draft");
        assertEquals(200, me.api("PUT", "/api/editor/resources/" + resource, Json.createObjectBuilder().add(
                "version", -1).add("text", text).build().toString()).status());
        ChromeDriver editor = signedIn(portal, language, mine);
        editor.get(portal.resolve("/editor/edit?id=" + resource + "&lang=" + language).toString());
        String theirs = savedElsewhere(me, resource, n);
        String typed = "This tab " + line(random, 200);
        Browser.type(editor, "edit:title", typed);
        typed = editor.findElement(By.id("edit:title")).getDomProperty("value");
        Browser.pressForNewPage(editor, editor.findElement(By.id("edit:save")));
        Browser.awaitMessage(editor, Bundle.shown(language, "editor.conflictMine"));
        assertEquals(theirs, editor.findElement(By.tagName("h1")).getText().strip(), "the heading: the saved title");
        assertTrue(editor.getTitle().contains(theirs), editor.getTitle());
        assertEquals(typed, editor.findElement(By.id("edit:title")).getDomProperty("value"), "the typed one stays");
    }
}

package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kmbportal.testing.Browser;
import org.kmbportal.testing.Bundle;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.testing.Visitor;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * First touches on the library as it ships (not on fixtures made for tests), in Chromium: an editor opens, changes and
 * saves a shipped English summary, a French one (in French), a practice guide and a collection, sees each change on
 * the page, in search and in the history, and restores the shipped version from the history; an administrator changes
 * a person's roles on the accounts page; a member saves their organization's profile; a mentor, who may not change the
 * library's own collections, imports a copy of one as theirs and edits it.
 */
@ExtendWith(RunningPortal.class)
class ShippedLibraryJourneyE2E {

    private final List<ChromeDriver> browsers = new ArrayList<>();

    @AfterEach
    void close() {
        browsers.forEach(ChromeDriver::quit);
    }

    @Test
    void anEditorChangesAShippedSummaryAndGuideSeesThemEverywhereAndRestoresTheShippedVersions(URI portal) {
        Visitor admin = People.admin(portal);
        People.invited(portal, admin, "shipped-editor@kmb.test", "Sam Shipped", "editor");
        ChromeDriver english = signedIn(portal, "en", "shipped-editor@kmb.test");
        editSearchAndRestore(english, portal, "en", "ahrens-2008-foster-youth-adult-mentors", "quetzalsummary");
        editSearchAndRestore(english, portal, "en", "collecting-youth-feedback", "quetzalguide");
    }

    /**
     * The same in French, on a French summary (whose title, like its text, has accents that every save sends back).
     * Fails until form posts are read as UTF-8 (issue 17): "relève" came back as "relÃ¨ve".
     */
    @Test
    void anEditorWorkingInFrenchChangesAShippedFrenchSummaryAndRestoresIt(URI portal) {
        Visitor admin = People.admin(portal);
        People.invited(portal, admin, "shipped-editeur@kmb.test", "Sacha Livre", "editor");
        ChromeDriver french = signedIn(portal, "fr", "shipped-editeur@kmb.test");
        editSearchAndRestore(french, portal, "fr", "houde-1995-des-mentors-pour-la-releve-fr", "quetzalresume");
    }

    /**
     * A title as WebDriver reads a page's text: it gives no-break spaces as plain spaces (French puts one before a
     * colon, "relève\u00a0:"), while a field's value keeps them.
     */
    private static String asShown(String text) {
        return text.replace('\u00a0', ' ');
    }

    /** Opens the shipped resource's edit form, changes its title, then follows the change and undoes it. */
    private void editSearchAndRestore(ChromeDriver editor, URI portal, String language, String id, String word) {
        editor.get(portal.resolve("/editor/edit?id=" + id).toString());
        String shipped = editor.findElement(By.id("edit:title")).getAttribute("value");
        // Saving without a change records nothing, says so, and puts the focus on what it says.
        editor.findElement(By.id("edit:save")).click();
        Browser.awaitMessage(editor, Bundle.text(language, "editor.unchanged"));
        assertEquals("messages", editor.switchTo().activeElement().getAttribute("id"),
                "after the page comes back, the keyboard focus is on its message, not lost on the page");
        editor.findElement(By.linkText(Bundle.text(language, "history.title"))).click();
        assertTrue(editor.findElements(By.cssSelector("#revisions table tbody tr")).isEmpty(),
                "an unchanged save makes no revision");
        editor.get(portal.resolve("/editor/edit?id=" + id).toString());
        Browser.type(editor, "edit:title", shipped + " " + word);
        editor.findElement(By.id("edit:save")).click();
        Browser.awaitMessage(editor, Bundle.text(language, "editor.saved", 2));
        assertTrue(editor.getCurrentUrl().contains("id=" + id), "after a save the address still names the resource: "
                + editor.getCurrentUrl());
        editor.get(editor.getCurrentUrl());
        assertEquals(shipped + " " + word, editor.findElement(By.id("edit:title")).getAttribute("value"),
                "opening the address shown after a save opens the same resource");

        editor.get(portal.resolve("/resources/" + id).toString());
        assertEquals(asShown(shipped + " " + word), editor.findElement(By.tagName("h1")).getText(),
                "the page shows the change");
        awaitSearch(editor, portal, word, true);

        editor.get(portal.resolve("/editor/edit?id=" + id).toString());
        editor.findElement(By.linkText(Bundle.text(language, "history.title"))).click();
        String diff = editor.findElement(By.cssSelector(".diff")).getText();
        assertTrue(diff.contains(word), "the history shows what changed: " + diff);
        // Only the title changed: the facets' lines keep the file's order (the form's boxes send the vocabulary's).
        List<String> changed = editor.findElements(By.cssSelector(".diff tr.diff__added, .diff tr.diff__removed"))
                .stream().map(row -> row.findElements(By.tagName("td")).get(3).getText().strip()).toList();
        assertEquals(2, changed.size(), "the old title line and the new one, nothing else: " + changed);
        // The field named as the editor names it, in the reader's language ("Title: ...", « Titre : ... »).
        String titleField = (Bundle.text(language, "field.title") + Bundle.text(language, "punctuation.colon"))
                .replace('\u00a0', ' ');
        assertTrue(changed.stream().allMatch(line -> line.replace('\u00a0', ' ').startsWith(titleField)), changed
                .toString());
        // French puts a no-break space before the colon ("Historique : …")
        assertTrue(editor.findElement(By.tagName("h1")).getAttribute("textContent").startsWith(
                Bundle.text(language, "history.title") + Bundle.text(language, "punctuation.colon")),
                editor.findElement(By.tagName("h1")).getAttribute("textContent"));
        List<WebElement> rows = editor.findElements(By.cssSelector("#revisions table tbody tr"));
        assertEquals(2, rows.size(), "the shipped version and the save");
        WebElement shippedRow = rows.get(1);
        assertEquals(Bundle.text(language, "history.action.imported"),
                shippedRow.findElements(By.tagName("td")).get(3).getText());
        WebElement currentRow = rows.get(0);
        assertTrue(currentRow.findElements(By.cssSelector("input[type=submit]")).isEmpty(),
                "the current version offers nothing to restore");
        assertTrue(currentRow.getText().contains(Bundle.text(language, "history.current")), currentRow.getText());
        // Restoring asks first, in the page; saying no changes nothing.
        shippedRow.findElement(By.cssSelector("input[type=submit]")).click();
        Browser.awaitText(editor, By.id("restore-question"), Bundle.text(language, "history.restore.confirm", 1));
        editor.findElement(By.cssSelector("[id$='restore-cancel']")).click();
        new WebDriverWait(editor, Duration.ofSeconds(10), Browser.POLL)
                .until(d -> d.findElements(By.id("restore-question")).isEmpty());
        assertEquals(2, editor.findElements(By.cssSelector("#revisions table tbody tr")).size(),
                "declining the question restores nothing");
        editor.findElements(By.cssSelector("#revisions table tbody tr")).get(1)
                .findElement(By.cssSelector("input[type=submit]")).click();
        Browser.awaitText(editor, By.id("restore-question"), Bundle.text(language, "history.restore.confirm", 1));
        editor.findElement(By.cssSelector("[id$='restore-confirmed']")).click();
        Browser.awaitMessage(editor, Bundle.text(language, "history.restored", 1, 3,
                Bundle.text(language, "status.published")));
        String restoredRow = editor.findElements(By.cssSelector("#revisions table tbody tr")).get(0).getText();
        assertTrue(restoredRow.contains(Bundle.text(language, "history.action.restored") + " — "
                + Bundle.text(language, "history.note.restored", 1)),
                "the restore's note is in the page's language: " + restoredRow);

        editor.get(portal.resolve("/editor/edit?id=" + id).toString());
        assertEquals(shipped, editor.findElement(By.id("edit:title")).getAttribute("value"));
        // restoring is a save: the resource stayed published, so readers see the shipped version at once
        editor.get(portal.resolve("/resources/" + id).toString());
        assertEquals(asShown(shipped), editor.findElement(By.tagName("h1")).getText(), "the shipped version is back");
        awaitSearch(editor, portal, word, false);
    }

    @Test
    void anEditorChangesAShippedCollectionAndSeesItOnItsPageAndInSearch(URI portal) {
        Visitor admin = People.admin(portal);
        People.invited(portal, admin, "shipped-curator@kmb.test", "Cora Curator", "editor");
        ChromeDriver editor = signedIn(portal, "en", "shipped-curator@kmb.test");
        String id = "evaluating-on-a-small-budget";
        editor.get(portal.resolve("/curate/edit?id=" + id).toString());
        String shipped = editor.findElement(By.id("edit:title")).getAttribute("value");
        String firstNote = editor.findElement(By.id("edit:items:0:note")).getAttribute("value");
        Browser.type(editor, "edit:title", shipped + " quetzalcollection");
        moveSecondItemUp(editor);
        editor.findElement(By.id("edit:save")).click();
        Browser.awaitMessage(editor, Bundle.text("en", "curation.saved"));

        editor.get(portal.resolve("/collections/" + id).toString());
        assertEquals(shipped + " quetzalcollection", editor.findElement(By.tagName("h1")).getText());
        awaitSearch(editor, portal, "quetzalcollection", true);

        // Collections keep no revisions: the editor puts the shipped title and order back by hand.
        editor.get(portal.resolve("/curate/edit?id=" + id).toString());
        assertEquals(firstNote, editor.findElement(By.id("edit:items:1:note")).getAttribute("value"),
                "the move was saved");
        Browser.type(editor, "edit:title", shipped);
        moveSecondItemUp(editor);
        editor.findElement(By.id("edit:save")).click();
        Browser.awaitMessage(editor, Bundle.text("en", "curation.saved"));
        awaitSearch(editor, portal, "quetzalcollection", false);
    }

    @Test
    void anAdministratorChangesAPersonsRolesOnTheAccountsPage(URI portal) {
        People.member(portal, "roles-member@kmb.test", "Rae Roles", "Roles Org");
        ChromeDriver member = signedIn(portal, "fr", "roles-member@kmb.test");
        member.get(portal.resolve("/organization").toString());
        ChromeDriver administrator = Browser.start("en");
        browsers.add(administrator);
        Browser.signInBySession(administrator, portal, People.ADMIN_EMAIL, People.ADMIN_PASSWORD);
        administrator.get(portal.resolve("/admin/users?q=roles-member@kmb.test").toString());
        WebElement row = administrator.findElement(By.xpath("//tr[td[text()='roles-member@kmb.test']]"));
        row.findElement(By.xpath(".//label[normalize-space()='" + Bundle.text("en", "role.mentor") + "']")).click();
        row.findElement(By.cssSelector("input[type=submit]")).click();
        Browser.awaitMessage(administrator, Bundle.text("en", "admin.rolesSaved", "Rae Roles"));
        assertEquals(List.of("member", "mentor"), roles(portal, "roles-member@kmb.test"));
        member.navigate().refresh();
        Browser.awaitText(member, By.cssSelector(".session-ended"), Bundle.text("fr", "session.ended.roles"));
        assertTrue(member.findElements(By.cssSelector(".account-nav form")).isEmpty(), "the member is signed out");
        member.navigate().refresh();
        assertTrue(member.findElements(By.cssSelector(".session-ended")).isEmpty(), "said once, not on every page");

        row = administrator.findElement(By.xpath("//tr[td[text()='roles-member@kmb.test']]"));
        assertTrue(row.findElement(By.cssSelector("input[value=mentor]")).isSelected(), "the page shows the new role");
        row.findElement(By.cssSelector("input[value=mentor]")).click();
        row.findElement(By.cssSelector("input[type=submit]")).click();
        Browser.awaitMessage(administrator, Bundle.text("en", "admin.rolesSaved", "Rae Roles"));
        assertEquals(List.of("member"), roles(portal, "roles-member@kmb.test"));
    }

    /**
     * A member whose roles an administrator changed is told so on the first page they open, a shipped resource's page
     * too (it was served before the session check ran: the first one still showed them signed in, without a word).
     */
    @Test
    void aMemberWhoseRolesChangedIsToldOnTheFirstResourcePageTheyOpen(URI portal) {
        People.member(portal, "first-page@kmb.test", "Jo Joiner", "First Page Org");
        ChromeDriver member = signedIn(portal, "en", "first-page@kmb.test");
        member.get(portal.resolve("/browse").toString());
        changeRoles(portal, "first-page@kmb.test", "member", "mentor");
        member.get(portal.resolve("/resources/grossman-2002-test-of-time").toString());
        Browser.awaitText(member, By.cssSelector(".session-ended"), Bundle.text("en", "session.ended.roles"));
        assertTrue(member.findElements(By.cssSelector(".account-nav form")).isEmpty(), "the header is signed out");
        assertTrue(member.findElements(By.cssSelector(".workspace-nav")).isEmpty(), "no workspace menu");
        assertTrue(member.getCurrentUrl().endsWith("/resources/grossman-2002-test-of-time"), member.getCurrentUrl());
        assertFalse(member.findElement(By.tagName("h1")).getText().isBlank(), "the resource is shown");
    }

    /**
     * An administrator who gives themselves the editor role can use it at once, and stays signed in: the session was
     * signed out at the next click, and meanwhile the editor's page said "Not allowed".
     */
    @Test
    void anAdministratorWhoGivesThemselvesTheEditorRoleUsesItAtOnceAndStaysSignedIn(URI portal) {
        Visitor admin = People.admin(portal);
        People.invited(portal, admin, "self-admin@kmb.test", "Ada Self", "admin");
        try {
            selfAdministratorGivesAndTakesTheEditorRole(portal);
        } finally {
            // The browser tests share one portal: another test checks what happens to its only administrator.
            changeRoles(portal, "self-admin@kmb.test");
        }
    }

    private void selfAdministratorGivesAndTakesTheEditorRole(URI portal) {
        ChromeDriver self = signedIn(portal, "en", "self-admin@kmb.test");
        self.get(portal.resolve("/admin/users?q=self-admin@kmb.test").toString());
        WebElement row = self.findElement(By.xpath("//tr[td[text()='self-admin@kmb.test']]"));
        row.findElement(By.xpath(".//label[normalize-space()='" + Bundle.text("en", "role.editor") + "']")).click();
        row.findElement(By.cssSelector("input[type=submit]")).click();
        Browser.awaitMessage(self, Bundle.text("en", "admin.rolesSaved", "Ada Self"));
        assertEquals(List.of("admin", "editor"), roles(portal, "self-admin@kmb.test"));

        self.findElement(By.linkText(Bundle.text("en", "nav.editor"))).click();
        assertTrue(self.getCurrentUrl().contains("/editor/"), self.getCurrentUrl());
        assertFalse(self.findElement(By.tagName("h1")).getText().equals(Bundle.text("en", "error.403.title")),
                "the new role opens the editor's page");
        assertTrue(self.findElements(By.cssSelector(".session-ended")).isEmpty(), "not signed out");
        self.get(portal.resolve("/admin/users?q=self-admin@kmb.test").toString());
        assertTrue(self.findElements(By.cssSelector(".session-ended")).isEmpty(), "still signed in on the next page");
        assertFalse(self.findElements(By.cssSelector(".account-nav form")).isEmpty(), "still signed in");
        assertEquals("Ada Self", self.findElement(By.cssSelector(".account-nav a")).getText());

        // Taking the role away again takes it away at once, too: the server checks the session's roles.
        row = self.findElement(By.xpath("//tr[td[text()='self-admin@kmb.test']]"));
        row.findElement(By.cssSelector("input[value=editor]")).click();
        row.findElement(By.cssSelector("input[type=submit]")).click();
        Browser.awaitMessage(self, Bundle.text("en", "admin.rolesSaved", "Ada Self"));
        self.get(portal.resolve("/editor/").toString());
        assertEquals(Bundle.text("en", "error.403.title"), self.findElement(By.tagName("h1")).getText());
        assertTrue(self.findElements(By.linkText(Bundle.text("en", "nav.editor"))).isEmpty(),
                "no Editor link without the role");
    }

    /**
     * Sent to sign in from a page that needs it, the visitor is told why, and signing in takes them back to that page
     * (an editor signed out by a change of roles while editing a shipped guide, then someone opening a link to a
     * partnership's plan); a "next" address that leads to another site is not followed.
     */
    @Test
    void signingInTakesTheVisitorBackToThePageTheyAskedFor(URI portal) {
        Visitor admin = People.admin(portal);
        People.invited(portal, admin, "back-editor@kmb.test", "Bea Back", "editor");
        ChromeDriver editor = signedIn(portal, "fr", "back-editor@kmb.test");
        String edit = "/editor/edit?id=closing-a-match-well";
        editor.get(portal.resolve(edit).toString());
        changeRoles(portal, "back-editor@kmb.test", "editor", "mentor");
        editor.navigate().refresh();
        Browser.awaitText(editor, By.cssSelector(".session-ended"), Bundle.text("fr", "session.ended.roles"));
        assertTrue(editor.getCurrentUrl().contains("/sign-in"), editor.getCurrentUrl());
        signInHere(editor, "back-editor@kmb.test");
        new WebDriverWait(editor, Duration.ofSeconds(10), Browser.POLL)
                .until(ExpectedConditions.urlToBe(portal.resolve(edit)
                        .toString()));
        assertFalse(editor.findElement(By.id("edit:title")).getAttribute("value").isBlank(), "the edit form is back");

        ChromeDriver visitor = Browser.start("fr");
        browsers.add(visitor);
        visitor.get(portal.resolve("/partnerships/plan?id=1").toString());
        Browser.awaitText(visitor, By.cssSelector(".sign-in-why"), Bundle.text("fr", "signIn.toSeePage"));
        assertEquals("Connectez-vous pour voir cette page.", visitor.findElement(By.cssSelector(".sign-in-why"))
                .getText());
        signInHere(visitor, "back-editor@kmb.test");
        new WebDriverWait(visitor, Duration.ofSeconds(10), Browser.POLL)
                .until(ExpectedConditions.urlToBe(portal.resolve(
                        "/partnerships/plan?id=1").toString()));

        // The sign-in page opened by hand says nothing of the kind, and goes home.
        ChromeDriver plain = Browser.start("en");
        browsers.add(plain);
        plain.get(portal.resolve("/sign-in").toString());
        assertTrue(plain.findElements(By.cssSelector(".sign-in-why")).isEmpty());
        for (String elsewhere : List.of("https://evil.example/", "//evil.example/", "/\\evil.example/")) {
            Visitor someone = new Visitor(portal);
            String path = "/sign-in?next=" + URLEncoder.encode(elsewhere, StandardCharsets.UTF_8);
            Http.Answer answer = someone.submit(path, "signin", Map.of("email",
                    "back-editor@kmb.test", "password", People.PASSWORD));
            assertEquals(302, answer.status(), answer.body());
            URI location = portal.resolve(answer.header("Location"));
            assertEquals(portal.getHost(), location.getHost(), "never sent to another site: " + location);
            assertEquals("/", location.getPath(), elsewhere + " is not followed: " + location);
        }
    }

    /** The header shows one's new name as soon as it is saved, not from the next page on. */
    @Test
    void theHeaderShowsTheNewNameAsSoonAsItIsSaved(URI portal) {
        People.member(portal, "renamed@kmb.test", "Jo Before", "Rename Org");
        ChromeDriver member = signedIn(portal, "en", "renamed@kmb.test");
        member.get(portal.resolve("/account/").toString());
        Browser.type(member, "profile:name", "Jo After");
        member.findElement(By.id("profile:save")).click();
        Browser.awaitMessage(member, Bundle.text("en", "account.saved"));
        assertEquals("Jo After", member.findElement(By.cssSelector(".account-nav a")).getText());
    }

    /** "Not allowed" has the same header as every page: the name, and a "Sign out" button that signs out. */
    @Test
    void aMemberRefusedAPageKeepsTheirHeaderAndCanSignOutFromIt(URI portal) {
        People.member(portal, "refused@kmb.test", "Ria Refused", "Refused Org");
        ChromeDriver member = signedIn(portal, "fr", "refused@kmb.test");
        // Which role the refused page needs, and whom to ask (it said "Not allowed" and no more).
        for (var refused : java.util.Map.of("/admin/users", "admin", "/curate/edit?lang=fr", "curator").entrySet()) {
            member.get(portal.resolve(refused.getKey()).toString());
            assertEquals(Bundle.text("fr", "error.403.title"), member.findElement(By.tagName("h1")).getText());
            assertEquals(Bundle.text("fr", "error.403.needs." + refused.getValue()), member.findElement(By
                    .cssSelector(".role-needed")).getText(), refused.getKey());
        }
        member.get(portal.resolve("/editor/").toString());
        assertEquals(Bundle.text("fr", "error.403.title"), member.findElement(By.tagName("h1")).getText());
        assertEquals(Bundle.text("fr", "error.403.needs.editor"), member.findElement(By.cssSelector(".role-needed"))
                .getText());
        assertEquals("Ria Refused", member.findElement(By.cssSelector(".account-nav a")).getText());
        WebElement signOut = member.findElement(By.cssSelector(".account-nav form input[type=submit]"));
        assertEquals(Bundle.text("fr", "nav.signOut"), signOut.getAttribute("value"));
        signOut.click();
        new WebDriverWait(member, Duration.ofSeconds(10), Browser.POLL)
                .until(ExpectedConditions.urlToBe(portal.resolve("/")
                        .toString()));
        assertTrue(member.findElements(By.cssSelector(".account-nav form")).isEmpty(), "signed out");
        member.get(portal.resolve("/account/").toString());
        assertTrue(member.getCurrentUrl().contains("/sign-in"), "the session is over: " + member.getCurrentUrl());
    }

    /**
     * A mentor refused a shipped collection of the editorial team was told to ask for the mentor role they have (user
     * session of 2026-12-05): the page says the collection is someone else's to change.
     */
    @Test
    void aMentorRefusedAnotherCuratorsCollectionIsToldWhy(URI portal) {
        String email = "other-curator-" + System.nanoTime() + "@kmb.test";
        People.invited(portal, People.admin(portal), email, "Mona Mentor", "mentor");
        for (String language : List.of("en", "fr")) {
            ChromeDriver mentor = signedIn(portal, language, email);
            mentor.get(portal.resolve("/curate/edit?id=evaluating-on-a-small-budget&lang=" + language).toString());
            assertEquals(Bundle.text(language, "error.403.title"), mentor.findElement(By.tagName("h1")).getText());
            assertEquals(Bundle.text(language, "error.403.needs.curatorOther").replace('\u00a0', ' '), mentor
                    .findElement(By.cssSelector(".role-needed")).getText().replace('\u00a0', ' '));
            // The editor's address without a collection (the user session of 2026-12-05 got "Page not found"): the
            // mentor's own collections, where one is chosen or started.
            for (String cut : List.of("/curate/edit?lang=", "/curate/edit?id=&lang=")) {
                mentor.get(portal.resolve(cut + language).toString());
                assertEquals(portal.resolve("/curate/").getPath(), URI.create(mentor.getCurrentUrl()).getPath(), cut);
                assertEquals(Bundle.text(language, "curate.title"), mentor.findElement(By.tagName("h1")).getText());
            }
        }
    }

    /** Fills in the sign-in page the browser is on, and signs in. */
    private static void signInHere(ChromeDriver browser, String email) {
        browser.findElement(By.id("signin:email")).sendKeys(email);
        browser.findElement(By.id("signin:password")).sendKeys(People.PASSWORD);
        browser.findElement(By.id("signin:submit")).click();
    }

    private static void changeRoles(URI portal, String email, String... roles) {
        Visitor admin = People.admin(portal);
        long id = People.accounts(admin).stream()
                .filter(u -> u.getString("email").equals(email)).findFirst().orElseThrow().getJsonNumber("id")
                .longValue();
        String body = "{\"roles\": [" + String.join(", ", Arrays.stream(roles).map(r -> "\"" + r + "\"")
                .toList()) + "]}";
        Http.Answer answer = admin.api("PUT", "/api/admin/users/" + id + "/roles", body);
        assertEquals(200, answer.status(), answer.body());
    }

    @Test
    void aMemberSavesTheirOrganizationsProfileAndThePageOpensWithIt(URI portal) {
        People.member(portal, "profile-member@kmb.test", "Pat Profile", "Profile Org");
        ChromeDriver member = signedIn(portal, "en", "profile-member@kmb.test");
        member.get(portal.resolve("/organization").toString());
        member.findElement(By.id("q-organization_size-small")).sendKeys(Keys.SPACE);
        member.findElement(By.id("q-program_models-group")).sendKeys(Keys.SPACE);
        member.findElement(By.id("challenges")).sendKeys("Our volunteers leave after a few months.");
        member.findElement(By.cssSelector(".profile-form button[type=submit]")).click();
        // The matches come back on a new page: wait for it rather than reading the page the button left.
        new WebDriverWait(member, Duration.ofSeconds(10), Browser.POLL)
                .until(ExpectedConditions.elementToBeClickable(By.id(
                        "save-profile:save")))
                .click();
        Browser.awaitMessage(member, Bundle.text("en", "organization.saved"));

        member.get(portal.resolve("/organization").toString());
        assertEquals(Bundle.text("en", "organization.fromSaved"), member.findElement(By.cssSelector(".matches .notice"))
                .getText());
        assertTrue(member.findElement(By.id("q-organization_size-small")).isSelected());
        assertTrue(member.findElement(By.id("q-program_models-group")).isSelected());
        assertEquals("Our volunteers leave after a few months.", member.findElement(By.id("challenges"))
                .getAttribute("value"));
    }

    @Test
    void aMentorMakesAShippedCollectionTheirOwnAndEditsIt(URI portal) {
        Visitor admin = People.admin(portal);
        Visitor mentorApi = People.invited(portal, admin, "shipped-mentor@kmb.test", "Milo Mentor", "mentor");
        String shippedId = "supporting-another-organization";
        int refused = mentorApi.get("/curate/edit?id=" + shippedId).status();
        assertTrue(refused == 403 || refused == 404, "the library's own collections stay editorial: " + refused);
        String file = mentorApi.get("/api/collections/" + shippedId + "/export?format=content").body();
        assertTrue(file.contains("id: " + shippedId), file);

        ChromeDriver mentor = signedIn(portal, "en", "shipped-mentor@kmb.test");
        mentor.get(portal.resolve("/curate/").toString());
        WebElement text = mentor.findElement(By.id("import:text"));
        ((JavascriptExecutor) mentor).executeScript("arguments[0].value = arguments[1];", text, file);
        mentor.findElement(By.id("import:import-button")).click();
        Browser.awaitMessage(mentor, Bundle.text("en", "curation.idTaken"));

        String copy = file.replace("id: " + shippedId, "id: milos-" + shippedId);
        text = mentor.findElement(By.id("import:text"));
        ((JavascriptExecutor) mentor).executeScript("arguments[0].value = arguments[1];", text, copy);
        mentor.findElement(By.id("import:import-button")).click();
        Browser.awaitMessage(mentor, Bundle.text("en", "curation.imported.created"));

        mentor.get(portal.resolve("/curate/edit?id=milos-" + shippedId).toString());
        Browser.type(mentor, "edit:items:0:note", "Read this one first with the organizations we support.");
        moveSecondItemUp(mentor);
        mentor.findElement(By.id("edit:save")).click();
        Browser.awaitMessage(mentor, Bundle.text("en", "curation.saved"));
        mentor.findElement(By.linkText(Bundle.text("en", "curate.edit.view"))).click();
        assertTrue(mentor.findElement(By.cssSelector(".reading-list")).getText()
                .contains("Read this one first with the organizations we support."));
    }

    @Test
    void theEditFormOfAShippedSummaryFitsTheWindowAndNamesFieldsInTheReadersWords(URI portal) {
        Visitor admin = People.admin(portal);
        People.invited(portal, admin, "form-editor@kmb.test", "Fay Form", "editor");
        for (String language : List.of("en", "fr")) {
            ChromeDriver editor = signedIn(portal, language, "form-editor@kmb.test");
            editor.get(portal.resolve("/editor/edit?id=aarons-2006-organizational-climate-staff-turnover").toString());
            long page = (Long) ((JavascriptExecutor) editor).executeScript(
                    "return document.documentElement.scrollWidth;");
            long window = (Long) ((JavascriptExecutor) editor).executeScript("return window.innerWidth;");
            assertTrue(page <= window, language + ": the page is " + page + " px wide in a " + window + " px window");

            editor.findElement(By.id("edit:summarizedBy")).clear();
            editor.findElement(By.id("edit:save")).click();
            Browser.awaitMessage(editor, Bundle.text(language, "editor.fixFields"));
            WebElement field = editor.findElement(By.id("edit:summarizedBy")).findElement(By.xpath(".."));
            assertTrue(field.getText().contains(Bundle.text(language, "field.required")), field.getText());
            String page2 = editor.findElement(By.id("main")).getText();
            assertFalse(page2.contains("summarized_by"), "no internal name: " + page2);
        }
    }

    /** Moves the second item up by keyboard (its "Move up" button), and waits until the form shows it first. */
    private static void moveSecondItemUp(ChromeDriver browser) {
        String second = browser.findElement(By.id("edit:items:1:note")).getAttribute("value");
        browser.findElement(By.id("edit:items:1:up")).sendKeys(Keys.ENTER);
        // The table is replaced by the Ajax update: a field read while it is being swapped is stale (or, to Chromium,
        // "not in the document"): read it again.
        new WebDriverWait(browser, Duration.ofSeconds(30), Browser.POLL).ignoring(StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(ExpectedConditions.attributeToBe(By.id("edit:items:0:note"), "value", second));
    }

    private static void awaitSearch(ChromeDriver browser, URI portal, String word, boolean found) {
        new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL).until(d -> {
            d.get(portal.resolve("/search?q=" + word).toString());
            boolean hit = d.findElements(By.cssSelector(".results .card__title a")).stream()
                    .anyMatch(a -> a.getText().contains(word));
            return hit == found;
        });
    }

    private static List<String> roles(URI portal, String email) {
        return People.accounts(People.admin(portal)).stream()
                .filter(u -> u.getString("email").equals(email)).findFirst().orElseThrow().getJsonArray("roles")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).sorted()
                .toList();
    }

    private ChromeDriver signedIn(URI portal, String language, String email) {
        ChromeDriver browser = Browser.start(language);
        browsers.add(browser);
        Browser.signInBySession(browser, portal, email, People.PASSWORD);
        return browser;
    }
}

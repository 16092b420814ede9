package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kmbportal.testing.Browser;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.testing.Visitor;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An editor drafts a research summary in the form, watches the preview, submits it for review; a second editor,
 * working in French, publishes it; a reader finds it by searching and by browsing and reads it in English and French.
 * The editorial and administration pages pass the automated WCAG 2.1 AA check in both languages.
 */
@ExtendWith(RunningPortal.class)
class EditorialJourneyE2E {

    private final List<ChromeDriver> browsers = new ArrayList<>();

    @AfterEach
    void close() {
        browsers.forEach(ChromeDriver::quit);
    }

    @Test
    void anEditorDraftsASecondEditorPublishesAndAReaderReadsItInBothLanguages(URI portal) {
        // The summary's id and title of this try: a second one (the pom's rerun, on the same portal) may not take the
        // first one's id, and finds its own summary among the lists by its title.
        String run = Long.toString(System.nanoTime(), 36);
        String id = "journey-2026-peer-mentoring-" + run;
        String title = "Peer mentoring in small programs " + run;
        Visitor admin = People.admin(portal);
        People.invited(portal, admin, "journey-drafter@kmb.test", "Dana Drafter", "editor");
        People.invited(portal, admin, "journey-publisher@kmb.test", "Paul Publisher", "editor");

        ChromeDriver drafter = signedIn(portal, "en", "journey-drafter@kmb.test");
        drafter.get(portal.resolve("/editor/").toString());
        drafter.findElement(By.linkText("New research summary")).click();
        assertEquals("New research summary", drafter.findElement(By.tagName("h1")).getText());
        Browser.type(drafter, "edit:id", id);
        Browser.type(drafter, "edit:title", title);
        Browser.type(drafter, "edit:authors", "Tremblay, M.\nNguyen, A.");
        Browser.type(drafter, "edit:year", "2024");
        Browser.type(drafter, "edit:citationTitle", "Peer mentoring when staff are few");
        Browser.type(drafter, "edit:container", "Journal of Youth Programs");
        Browser.type(drafter, "edit:doi", "10.1234/peer.2024.7");
        Browser.type(drafter, "edit:summarizedBy", "Dana Drafter");
        new Select(drafter.findElement(By.id("edit:design"))).selectByValue("qualitative");
        Browser.type(drafter, "edit:sample", "12 small programs");
        WebElement notes = drafter.findElement(By.cssSelector("textarea[id$=':0:section']"));
        notes.sendKeys("Peers who meet **every week** stay longer.");
        Browser.awaitText(drafter, By.cssSelector(".preview__body"), "every week");
        assertEquals("every week", drafter.findElement(By.cssSelector(".preview__body strong")).getText(),
                "the preview renders the Markdown as readers will see it");
        Browser.screenshot(drafter, "journey-editor-preview");
        drafter.findElement(By.id("edit:save")).click();
        Browser.awaitMessage(drafter, "Saved as revision 1.");
        drafter.findElement(By.cssSelector(".move-in-review")).click();
        Browser.awaitMessage(drafter, "Submitted for review.");
        assertEquals(404, org.kmbportal.testing.Http.get(portal, "/resources/" + id).status(), "not public yet");

        ChromeDriver publisher = signedIn(portal, "fr", "journey-publisher@kmb.test");
        publisher.get(portal.resolve("/editor/").toString());
        WebElement inReview = publisher.findElement(By.id("state-in-review")).findElement(By.xpath(".."));
        inReview.findElement(By.linkText(title)).click();
        assertEquals("En révision", publisher.findElement(By.cssSelector(".status .badge")).getText());
        publisher.findElement(By.cssSelector(".move-published")).click();
        Browser.awaitMessage(publisher, "Publiée : les lecteurs la voient maintenant.");
        Browser.screenshot(publisher, "journey-published-fr");

        ChromeDriver reader = Browser.start("en");
        browsers.add(reader);
        // Published means searchable at once (how soon: bench/, not this test on a loaded machine): the reader finds it
        // by its author's name and a word of its title.
        new WebDriverWait(reader, Duration.ofSeconds(30), Browser.POLL).until(d -> {
            d.get(portal.resolve("/search?q=Tremblay+peer+" + run).toString());
            return !d.findElements(By.linkText(title)).isEmpty();
        });
        reader.get(portal.resolve("/browse?type=research-summary").toString());
        reader.findElement(By.linkText(title)).click();
        assertEquals(title, reader.findElement(By.tagName("h1")).getText());
        assertTrue(reader.findElement(By.cssSelector(".summary-section--notes_of_interest")).getText()
                .contains("Peers who meet every week stay longer."));
        assertTrue(reader.getPageSource().contains("https://doi.org/10.1234/peer.2024.7"));
        reader.findElement(By.linkText("Français")).click();
        assertEquals("fr", reader.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(reader.findElements(By.cssSelector(".summary-section h2")).stream().map(WebElement::getText)
                .anyMatch("Points saillants"::equals));
        Browser.screenshot(reader, "journey-reader-fr");
    }

    /**
     * A guide's evidence box takes only research summaries of the library: unknown ids and guides (padded, odd,
     * French) are named next to the field, which has the focus; everything typed stays and nothing is saved. Ids
     * given twice or padded are saved once, stripped.
     */
    @Test
    void aGuideRefusesEvidenceThatIsNotAResearchSummaryAndKeepsEachSummaryOnce(URI portal) {
        Visitor admin = People.admin(portal);
        Visitor api = People.invited(portal, admin, "journey-evidence@kmb.test", "Evidence Editor", "editor");
        java.util.Random random = new java.util.Random(org.kmbportal.testing.Gen.seed());
        List<String> odd = List.of("no-such-summary-2099", "résumé-introuvable-" + random.nextInt(1000),
                "closing-a-match-well", "bien-terminer-un-jumelage", "x".repeat(60 + random.nextInt(60)),
                "dubois-2011-how-effective-are-mentoring-programs-draft");
        for (String language : List.of("en", "fr")) {
            List<String> wrong = List.of(odd.get(random.nextInt(2)), odd.get(2 + random.nextInt(2)),
                    odd.get(4 + random.nextInt(2)));
            int revisions = api.get("/api/editor/resources/sustaining-your-funding/revisions").jsonArray().size();
            String before = api.get("/api/editor/resources/sustaining-your-funding").json().getString("text");
            ChromeDriver browser = signedIn(portal, language, "journey-evidence@kmb.test");
            browser.get(portal.resolve("/editor/edit?id=sustaining-your-funding").toString());
            WebElement box = browser.findElement(By.id("edit:basedOn"));
            String listed = box.getAttribute("value");
            String typed = listed + "\n   " + wrong.get(0) + "\u00a0\n" + listed.lines().findFirst().orElseThrow()
                    + "\n  " + wrong.get(1) + "   \n" + wrong.get(2);
            Browser.type(browser, "edit:basedOn", typed);
            browser.findElement(By.id("edit:save")).click();
            Browser.awaitMessage(browser, language.equals("en") ? "Not saved" : "Non enregistré");

            String error = browser.findElement(By.cssSelector("#edit\\:basedOn ~ .field-error")).getText();
            String names = error.substring(error.indexOf(':') + 1, error.indexOf(". "));
            assertEquals(new java.util.TreeSet<>(wrong),
                    new java.util.TreeSet<>(java.util.Arrays.stream(names.split(","))
                            .map(String::strip).toList()),
                    language + ": exactly the ids that are not summaries are named: " + error);
            assertEquals("edit:basedOn", browser.switchTo().activeElement().getAttribute("id"), "focus on the box");
            assertEquals(typed.replace("\r", ""), browser.findElement(By.id("edit:basedOn")).getAttribute("value")
                    .replace("\r", ""), "everything typed is kept");
            assertEquals(before, api.get("/api/editor/resources/sustaining-your-funding").json().getString("text"),
                    "nothing saved");
            assertEquals(revisions,
                    api.get("/api/editor/resources/sustaining-your-funding/revisions").jsonArray().size(),
                    "no revision");
        }

        // Ids of this try, here and below: a second one (the pom's rerun, on the same portal) may not create the
        // first one's again.
        String id = "journey-evidence-guide-" + Long.toString(System.nanoTime(), 36);
        String text = "---\nid: " + id + "\ntype: practice-guide\ntitle: \"Évidence « deux fois » / twice\"\n"
                + "language: fr\nstatus: draft\nsummary: \"Un guide.\"\nbased_on:\n  - scheirer-2005-is-sustainability-possible\n"
                + "---\n1. Une étape.\n";
        assertEquals(200, api.api("PUT", "/api/editor/resources/" + id, jakarta.json.Json.createObjectBuilder()
                .add("version", -1).add("text", text).build().toString()).status());
        ChromeDriver browser = signedIn(portal, "en", "journey-evidence@kmb.test");
        browser.get(portal.resolve("/editor/edit?id=" + id).toString());
        Browser.type(browser, "edit:basedOn", "  scheirer-2005-is-sustainability-possible\u00a0\n"
                + "grossman-2002-test-of-time\n   scheirer-2005-is-sustainability-possible \ngrossman-2002-test-of-time");
        browser.findElement(By.id("edit:save")).click();
        Browser.awaitMessage(browser, "Saved as revision");
        assertEquals("scheirer-2005-is-sustainability-possible\ngrossman-2002-test-of-time",
                browser.findElement(By.id("edit:basedOn")).getAttribute("value").replace("\r", ""));
    }

    @Test
    void whenTwoEditorsSaveTheSameResourceTheSecondSeesWhatChangedAndKeepsTheirText(URI portal) {
        Visitor admin = People.admin(portal);
        Visitor api = People.invited(portal, admin, "journey-first@kmb.test", "First Editor", "editor");
        People.invited(portal, admin, "journey-second@kmb.test", "Second Editor", "editor");
        String id = "journey-conflict-" + Long.toString(System.nanoTime(), 36);
        String text = "---\nid: " + id + "\ntype: practice-guide\ntitle: \"Before both edits\"\nlanguage: en\n"
                + "status: draft\nsummary: \"Edited twice at once.\"\n---\n1. A step.\n";
        assertEquals(200, api.api("PUT", "/api/editor/resources/" + id, jakarta.json.Json
                .createObjectBuilder().add("version", -1).add("text", text).build().toString()).status());

        ChromeDriver first = signedIn(portal, "en", "journey-first@kmb.test");
        ChromeDriver second = signedIn(portal, "en", "journey-second@kmb.test");
        first.get(portal.resolve("/editor/edit?id=" + id).toString());
        second.get(portal.resolve("/editor/edit?id=" + id).toString());

        Browser.type(first, "edit:title", "The first editor's title");
        first.findElement(By.id("edit:save")).click();
        Browser.awaitMessage(first, "Saved as revision 2.");

        WebElement body = second.findElement(By.id("edit:guideBody"));
        body.sendKeys("\n2. The second editor's step.");
        second.findElement(By.id("edit:save")).click();
        Browser.awaitMessage(second, "Not saved: someone else saved this resource");
        String changes = second.findElement(By.cssSelector(".conflict")).getText();
        assertTrue(changes.contains("The first editor's title"), changes);
        assertTrue(second.findElement(By.id("edit:guideBody")).getAttribute("value").contains("The second editor's"),
                "what the second editor typed is still in the form");
        Browser.screenshot(second, "journey-conflict");

        second.findElement(By.id("edit:keepMine")).click();
        Browser.awaitMessage(second, "Your text is kept as revision 3");
        assertEquals("The first editor's title", second.findElement(By.id("edit:title")).getAttribute("value"));
        String kept = api.get("/api/editor/resources/" + id + "/revisions/3").json().getString("text");
        assertTrue(kept.contains("2. The second editor's step."), kept);
    }

    @Test
    void anEditorReadsTheReportOfAnUploadedZipThenImportsItsValidFiles(URI portal) throws java.io.IOException {
        Visitor admin = People.admin(portal);
        Visitor api = People.invited(portal, admin, "journey-importer@kmb.test", "Ivan Importer", "editor");
        java.nio.file.Path zip = org.kmbportal.testing.TestDatabase.projectDir().resolve("target/journey-import.zip");
        String run = Long.toString(System.nanoTime(), 36);
        String imported = "journey-imported-" + run;
        String broken = "journey-broken-" + run;
        java.nio.file.Files.write(zip, org.kmbportal.editorial.ContentArchive.write(java.util.Map.of(
                "guides/" + imported + ".md", "---\nid: " + imported + "\ntype: practice-guide\ntitle: \"Imported"
                        + " by the journey\"\nlanguage: en\nstatus: draft\nsummary: \"From a zip.\"\n---\nSteps.\n",
                "guides/" + broken + ".md", "---\nid: " + broken + "\ntitle: [unclosed\n---\n")));
        ChromeDriver stranger = Browser.start("en");
        browsers.add(stranger);
        stranger.get(portal.resolve("/sign-in").toString());
        stranger.findElement(By.id("signin:email")).sendKeys("journey-importer@kmb.test");
        stranger.findElement(By.id("signin:password")).sendKeys("not-the-password");
        stranger.findElement(By.id("signin:submit")).click();
        Browser.awaitMessage(stranger, "The email or the password is not right.");

        ChromeDriver importer = signedIn(portal, "en", "journey-importer@kmb.test");
        importer.get(portal.resolve("/editor/import").toString());
        importer.findElement(By.id("archive")).sendKeys(zip.toString());
        importer.findElement(By.id("check")).click();
        new WebDriverWait(importer, Duration.ofSeconds(20), Browser.POLL)
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector(".report")));
        Browser.screenshot(importer, "journey-import-report");
        String report = importer.findElement(By.cssSelector(".report")).getText();
        assertTrue(report.contains("guides/" + broken + ".md") && report.contains("Error: not imported"), report);
        assertEquals(404, api.get("/api/editor/resources/" + imported).status(), "nothing stored yet");
        importer.findElement(By.id("confirm:import")).click();
        Browser.awaitMessage(importer, "Imported: 1 created, 0 updated, 0 unchanged.");
        importer.get(portal.resolve("/editor/edit?id=" + imported).toString());
        assertEquals("Imported by the journey", importer.findElement(By.tagName("h1")).getText());
        assertEquals(404, api.get("/api/editor/resources/" + broken).status(), "the broken file is left out");
    }

    @Test
    void editorialAndAdministrationPagesPassAnAutomatedWcag21AaCheckInBothLanguages(URI portal) {
        Visitor admin = People.admin(portal);
        People.invited(portal, admin, "wcag-editor@kmb.test", "Wendy Editor", "editor");
        People.member(portal, "wcag-member@kmb.test", "Will Member", "WCAG Org");
        List<String> problems = new ArrayList<>();
        for (String language : List.of("en", "fr")) {
            ChromeDriver anonymous = Browser.start(language);
            browsers.add(anonymous);
            check(anonymous, portal, List.of("/sign-in", "/sign-up", "/invitation?token=unknown"), language,
                    problems);
            ChromeDriver editor = signedIn(portal, language, "wcag-editor@kmb.test");
            check(editor, portal, List.of("/editor/", "/editor/edit?type=research-summary",
                    "/editor/edit?type=practice-guide", "/editor/edit?id=quarterly-work-plan-check-ins",
                    "/editor/history?id=quarterly-work-plan-check-ins", "/editor/import", "/account/"), language,
                    problems);
            ChromeDriver administrator = signedIn(portal, language, People.ADMIN_EMAIL, People.ADMIN_PASSWORD);
            check(administrator, portal, List.of("/admin/users", "/admin/invitations", "/admin/audit"), language,
                    problems);
        }
        assertEquals(List.of(), problems);
    }

    private void check(ChromeDriver browser, URI portal, List<String> pages, String language, List<String> problems) {
        for (String page : pages) {
            browser.get(portal.resolve(page).toString());
            Browser.wcagViolations(browser).forEach(v -> problems.add(language + " " + page + ": " + v));
        }
    }

    private ChromeDriver signedIn(URI portal, String language, String email) {
        return signedIn(portal, language, email, People.PASSWORD);
    }

    private ChromeDriver signedIn(URI portal, String language, String email, String password) {
        ChromeDriver browser = Browser.start(language);
        browsers.add(browser);
        Browser.signInBySession(browser, portal, email, password);
        return browser;
    }

}

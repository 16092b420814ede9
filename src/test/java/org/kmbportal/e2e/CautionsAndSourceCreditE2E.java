package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The two fields the content format gained, through the pages: an editor credits the summary a research summary
 * builds on and sets a caution in the edit form (in French), readers see the credit with its link and the caution on
 * the resource page in both languages, and an organization inside the caution still gets the resource, with the
 * caution among its reasons. The shipped founding studies carry their credit.
 */
@ExtendWith(RunningPortal.class)
class CautionsAndSourceCreditE2E {

    private static final String ID = "credit-2023-lighthouse-mentoring";
    // Typed into the form: odd but ASCII, since pages still read form posts as ISO-8859-1 (issue 17 fixes that).
    private static final String AUTHOR = "Zoe O'Brien-Tremblay";
    private static final String PUBLICATION = "Le \"Bulletin\" <b>du</b> mentorat & co.";
    private static final String SOURCE_TITLE = "Ce que les phares nous apprennent : \"Lighthouse\" mentoring #2";
    private static final String SOURCE_URL = "https://example.org/bulletin/phares?x=1&y=2";
    private final List<ChromeDriver> browsers = new ArrayList<>();

    @AfterEach
    void close() {
        browsers.forEach(ChromeDriver::quit);
    }

    @Test
    void anEditorCreditsASourceAndSetsACautionAndReadersAndOrganizationsSeeThemInTheirLanguage(URI portal) {
        Visitor admin = People.admin(portal);
        Visitor api = People.invited(portal, admin, "credit-editor@kmb.test", "Chloé Crédit", "editor");
        ChromeDriver editor = browser("fr");
        Browser.signInBySession(editor, portal, "credit-editor@kmb.test", People.PASSWORD);
        editor.get(portal.resolve("/editor/edit?type=research-summary").toString());
        Browser.type(editor, "edit:id", ID);
        Browser.type(editor, "edit:title", "Lighthouse mentoring when staff come and go");
        Browser.type(editor, "edit:authors", "Gagnon, L.");
        Browser.type(editor, "edit:year", "2023");
        Browser.type(editor, "edit:citationTitle", "Lighthouse mentoring in rotating teams");
        Browser.type(editor, "edit:container", "Journal of Lighthouse Programs");
        Browser.type(editor, "edit:summarizedBy", "Chloé Crédit");
        new Select(editor.findElement(By.id("edit:design"))).selectByValue("qualitative");
        Browser.type(editor, "edit:sourceAuthor", AUTHOR);
        Browser.type(editor, "edit:sourcePublication", PUBLICATION);
        Browser.type(editor, "edit:sourceTitle", SOURCE_TITLE);
        Browser.type(editor, "edit:sourceUrl", "javascript:alert(1)");
        caution(editor, "Roulement du personnel", "Élevé").click();
        editor.findElement(By.cssSelector("textarea[id$=':0:section']"))
                .sendKeys("Lighthouse mentors keep youth anchored while staff rotate.");
        // The section box redraws the preview by Ajax 400 ms after the last key: pressing Save before that request
        // is answered raced it (once, under load, the save's page took longer than the 10 s a message was awaited).
        // Save is pressed once the preview shows the whole text, and each save's page is awaited as a page load.
        previewShows(editor, "Lighthouse mentors keep youth anchored while staff rotate.");

        Browser.pressForNewPage(editor, editor.findElement(By.id("edit:save")));
        assertTrue(messages(editor).contains("Non enregistré : corrigez les champs signalés ci-dessous."),
                messages(editor));
        assertTrue(editor.findElement(By.cssSelector("#edit .field-error")).getText()
                .contains("L’adresse doit commencer par http:// ou https://."));
        assertEquals(AUTHOR, editor.findElement(By.id("edit:sourceAuthor")).getAttribute("value"), "typing is kept");
        assertTrue(caution(editor, "Roulement du personnel", "Élevé").isSelected());
        assertEquals(404, api.get("/api/editor/resources/" + ID).status(), "nothing saved");

        Browser.type(editor, "edit:sourceUrl", SOURCE_URL);
        Browser.pressForNewPage(editor, editor.findElement(By.id("edit:save")));
        assertTrue(messages(editor).contains("Enregistré comme révision 1."), messages(editor));
        assertEquals(SOURCE_TITLE, editor.findElement(By.id("edit:sourceTitle")).getAttribute("value"));
        String text = api.get("/api/editor/resources/" + ID).json().getString("text");
        assertTrue(text.contains("cautions_when:\n  staff_turnover: [high]\n"), text);
        assertTrue(text.contains("source_summary:\n  title: "), text);
        Browser.screenshot(editor, "credit-editor-fr");
        for (String to : List.of("in-review", "published")) {
            assertEquals(200, api.api("POST", "/api/editor/resources/" + ID + "/transitions",
                    "{\"to\": \"" + to + "\"}").status(), to);
        }

        ChromeDriver english = browser("en");
        english.get(portal.resolve("/resources/" + ID).toString());
        WebElement credit = english.findElement(By.cssSelector(".source-credit"));
        assertEquals("Based on a summary by " + AUTHOR + " in " + PUBLICATION + ": " + SOURCE_TITLE,
                credit.getText(), "odd text shows as typed, escaped");
        assertEquals(SOURCE_URL, credit.findElement(By.tagName("a")).getAttribute("href"));
        assertTrue(english.findElements(By.cssSelector(".source-credit b")).isEmpty(), "no markup gets through");
        assertEquals("Use with care where\nStaff turnover: High",
                english.findElement(By.cssSelector(".fits--caution")).getText());

        ChromeDriver french = browser("fr");
        french.get(portal.resolve("/resources/" + ID).toString());
        assertTrue(french.findElement(By.cssSelector(".source-credit")).getText()
                .startsWith("D’après un résumé paru dans " + PUBLICATION + ", par " + AUTHOR),
                french.findElement(By.cssSelector(".source-credit")).getText());
        String cautions = french.findElement(By.cssSelector(".fits--caution")).getText();
        assertTrue(cautions.startsWith("À utiliser avec prudence quand\nRoulement du personnel")
                && cautions.endsWith("Élevé"), cautions);

        french.get(portal.resolve("/organization?submitted=1&staff_turnover=high&organization_size=small"
                + "&challenges=lighthouse+mentors+keep+youth+anchored+while+staff+rotate").toString());
        WebElement match = french.findElements(By.cssSelector(".match-list > li")).stream()
                .filter(m -> !m.findElements(By.cssSelector("a[href$='/resources/" + ID + "']")).isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError("the cautioned resource is among the matches"));
        assertFalse(match.getAttribute("class").contains("match--ruled-out"));
        String reason = match.findElement(By.cssSelector(".reason--caution")).getText();
        assertTrue(reason.endsWith("À utiliser avec prudence dans une situation comme la vôtre — roulement du "
                + "personnel : élevé."), reason);
        Browser.screenshot(french, "credit-organization-fr");
    }

    @Test
    void theFoundingStudiesCreditTheChronicleSummariesTheyBuildOnInBothLanguages(URI portal) {
        ChromeDriver english = browser("en");
        english.get(portal.resolve("/resources/lachance-2019-inter-organizational-mentoring").toString());
        WebElement lachance = english.findElement(By.cssSelector(".source-credit"));
        assertTrue(lachance.getText().startsWith(
                "Based on a summary by Karina DeAndrade in The Chronicle of Evidence-Based Mentoring: "),
                lachance.getText());
        assertTrue(lachance.findElement(By.tagName("a")).getAttribute("href")
                .startsWith("https://www.evidencebasedmentoring.org/"));
        assertTrue(english.getPageSource().contains("https://doi.org/10.1016/j.evalprogplan.2019.101679"));

        ChromeDriver french = browser("fr");
        french.get(portal.resolve("/resources/stoeger-2021-professionalizing-mentoring-fr").toString());
        assertTrue(french.findElement(By.cssSelector(".source-credit")).getText()
                .startsWith("D’après un résumé paru dans The Chronicle of Evidence-Based Mentoring, par Ariel Ervin"));
        assertTrue(french.getPageSource().contains("https://doi.org/10.1111/nyas.14537"));
    }

    @Test
    void theNewFieldsPassAnAutomatedWcag21AaCheckInBothLanguages(URI portal) {
        Visitor admin = People.admin(portal);
        People.invited(portal, admin, "credit-wcag@kmb.test", "Wes Credit", "editor");
        List<String> problems = new ArrayList<>();
        for (String language : List.of("en", "fr")) {
            ChromeDriver browser = browser(language);
            Browser.signInBySession(browser, portal, "credit-wcag@kmb.test", People.PASSWORD);
            for (String page : List.of("/editor/edit?id=lachance-2019-inter-organizational-mentoring",
                    "/resources/lachance-2019-inter-organizational-mentoring",
                    "/resources/crooks-2017-relationship-focused-mentoring-fnmi-youth",
                    "/organization?submitted=1&staff_turnover=high&program_models=group")) {
                browser.get(portal.resolve(page).toString());
                Browser.wcagViolations(browser).forEach(v -> problems.add(language + " " + page + ": " + v));
            }
        }
        assertEquals(List.of(), problems);
    }

    /** The checkbox of a value among the edit form's cautions for a facet (legend "Prudence quand : <facet>"). */
    private static WebElement caution(ChromeDriver browser, String facet, String value) {
        WebElement fieldset = browser.findElement(By.xpath("//fieldset[legend[starts-with(normalize-space(), "
                + "'Prudence quand') and contains(., '" + facet + "')]]"));
        WebElement label = fieldset.findElement(By.xpath(".//label[normalize-space()='" + value + "']"));
        return browser.findElement(By.id(label.getAttribute("for")));
    }

    /**
     * Waits until the preview shows the text, and no Ajax request of the page's is left: the section box's delayed
     * request has been answered. Bounded by the page-load timeout, as a page is, not by a guess at how soon it comes.
     */
    private static void previewShows(ChromeDriver browser, String text) {
        // The preview is redrawn by each answer: an element found just before a redraw is stale, and is found again.
        new WebDriverWait(browser, browser.manage().timeouts().getPageLoadTimeout(), Browser.POLL).ignoring(
                org.openqa.selenium.StaleElementReferenceException.class).until(
                        d -> d
                                .findElement(By.cssSelector(".preview__body")).getText().contains(text)
                                && Boolean.TRUE.equals(
                                        ((ChromeDriver) d).executeScript("return window.PrimeFaces === undefined"
                                                + " || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    /** The page's messages as shown, no-break spaces read as spaces. */
    private static String messages(ChromeDriver browser) {
        return browser.findElement(By.id("messages")).getText().replace('\u00a0', ' ');
    }

    private ChromeDriver browser(String language) {
        ChromeDriver browser = Browser.start(language);
        browsers.add(browser);
        return browser;
    }
}

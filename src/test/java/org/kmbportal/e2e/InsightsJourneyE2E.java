package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kmbportal.testing.Browser;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.testing.Visitor;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Readers' signals reaching the editors, in the browser, on the shipped library: a reader searches for what the
 * library lacks and opens nothing; another marks a resource useful with a reason; an editor finds the search among
 * the gaps of the insight page, starts a draft from it that carries the query, and reads the answer. The pages of
 * the feature pass the automated WCAG 2.1 AA check in English and French.
 */
@ExtendWith(RunningPortal.class)
class InsightsJourneyE2E {

    private static final String RESOURCE = "lachance-2019-inter-organizational-mentoring";
    private final List<ChromeDriver> browsers = new ArrayList<>();

    @AfterEach
    void close() {
        browsers.forEach(ChromeDriver::quit);
    }

    private ChromeDriver browser(String language) {
        ChromeDriver browser = Browser.start(language);
        browsers.add(browser);
        return browser;
    }

    /** Four letters drawn from ones that make no English or French word together. */
    private static String madeUpLetters() {
        java.util.Random random = new java.util.Random();
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            letters.append("qxzjkvw".charAt(random.nextInt(7)));
        }
        return letters.toString();
    }

    private static WebDriverWait waiting(ChromeDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(15), Browser.POLL);
    }

    @Test
    void aSearchInVainBecomesADraftAndAUsefulAnswerReachesTheEditor(URI portal) {
        Visitor admin = People.admin(portal);
        People.invited(portal, admin, "insights-editor@kmb.test", "Iris Insight", "editor");

        ChromeDriver reader = browser("en");
        reader.get(portal.resolve("/").toString());
        WebElement box = reader.findElement(By.id("quick-q"));
        // A made-up word of its own each time, so that a second try of this test (or the runs before it on the same
        // portal) is never counted with this one's searches.
        String made = "Zorb" + madeUpLetters();
        String typed = made + " quintet for mentors' pets";
        box.sendKeys(typed, Keys.ENTER);
        waiting(reader).until(d -> d.getCurrentUrl().contains("/search?"));
        String words = typed.toLowerCase(java.util.Locale.ROOT);
        assertTrue(reader.getCurrentUrl().contains("sig="), "the search page keeps its key in the address");
        reader.navigate().refresh();
        // A second reader asks the same.
        ChromeDriver another = browser("en");
        another.get(portal.resolve("/").toString());
        another.findElement(By.id("quick-q")).sendKeys(typed, Keys.ENTER);
        waiting(another).until(d -> d.getCurrentUrl().contains("/search?"));

        ChromeDriver answering = browser("en");
        answering.get(portal.resolve("/resources/" + RESOURCE).toString());
        WebElement yes = answering.findElement(By.id("feedback-yes"));
        yes.sendKeys(Keys.SPACE);
        assertTrue(yes.isSelected(), "the answer is chosen by keyboard");
        new Select(answering.findElement(By.id("feedback-reason"))).selectByValue("practicality");
        answering.findElement(By.id("feedback-text")).sendKeys("Our <b>coordinators</b> used the checklist; "
                + "call 514 555 0199 for details.");
        answering.findElement(By.cssSelector("#feedback-form button[type=submit]")).click();
        Browser.awaitText(answering, By.cssSelector(".signal__done"), "Thank you");
        answering.navigate().refresh();
        assertTrue(answering.findElements(By.id("feedback-form")).isEmpty(), "answered once in this session");

        ChromeDriver editor = browser("en");
        Browser.signInBySession(editor, portal, "insights-editor@kmb.test", People.PASSWORD);
        editor.get(portal.resolve("/editor/").toString());
        editor.findElement(By.linkText("Insights")).click();
        waiting(editor).until(ExpectedConditions.presenceOfElementLocated(By.id("gaps-table")));
        // The table opens on the most searched gaps; the other tests of the run searched many things more often than
        // twice, so the editor asks for all of them, as one looking for a rarer search does.
        List<WebElement> all = editor.findElements(By.id("gaps-all"));
        if (!all.isEmpty()) {
            all.get(0).click();
            waiting(editor).until(d -> d.getCurrentUrl().contains("gaps=") || !d.findElements(By.id("gaps-fewer"))
                    .isEmpty());
        }
        WebElement gap = editor.findElements(By.cssSelector("#gaps-table tbody tr")).stream()
                .filter(row -> row.findElement(By.tagName("th")).getText().equals(words)).findFirst()
                .orElseThrow(() -> new AssertionError("not among the gaps: "
                        + editor.findElement(By.id("gaps-table")).getText()));
        List<WebElement> counts = gap.findElements(By.tagName("td"));
        assertEquals("2", counts.get(0).getText(), "two readers' searches: reloading the results is the same search");
        // Its words find resources only by a word the library uses everywhere ("mentors"): no strong match, so each
        // search is kept as one that found nothing (stop 44; before, it counted as results no one opened).
        assertEquals("2", counts.get(1).getText(), "searches that found nothing");
        assertEquals("0", counts.get(2).getText(), "not searches whose results no one opened");
        String useful = editor.findElement(By.id("most-useful")).getText();
        assertTrue(useful.contains("How practical it is"), useful);
        assertTrue(useful.contains("Our <b>coordinators</b> used the checklist; call … for details."), useful);
        Browser.screenshot(editor, "insights-page");

        gap.findElement(By.cssSelector("input[type=submit], button")).click();
        waiting(editor).until(d -> d.getCurrentUrl().contains("/editor/edit?id="));
        assertEquals(typed, editor.findElement(By.id("edit:title"))
                .getAttribute("value"));
        String notes = editor.findElement(By.id("edit:guideBody")).getAttribute("value");
        assertTrue(notes.contains(words), notes);
        Browser.screenshot(editor, "insights-draft");
    }

    @Test
    void theReaderSignalPagesPassAnAutomatedWcag21AaCheckInBothLanguages(URI portal) {
        Visitor admin = People.admin(portal);
        People.invited(portal, admin, "insights-wcag@kmb.test", "Wes Insight", "editor");
        Visitor member = People.member(portal, "insights-member@kmb.test", "Mia Member", "Insights Org");
        assertEquals(201, member.api("POST", "/api/resources/" + RESOURCE + "/uptake",
                "{\"used_on\": \"2025-05-05\", \"line\": \"Planned our closure sessions with it\"}").status());
        List<String> problems = new ArrayList<>();
        for (String language : List.of("en", "fr")) {
            ChromeDriver reader = browser(language);
            check(reader, portal, List.of("/search?q=mentoring", "/organization?submitted=1&organization_size=small"),
                    language, problems);
            // Each match has its own "was this useful?", folded until opened.
            reader.findElement(By.cssSelector(".match .signal-details summary")).click();
            reader.findElement(By.id("match-0-yes")).click();
            Browser.wcagViolations(reader).forEach(v -> problems.add(language + " a match's question: " + v));
            reader.findElement(By.cssSelector("#match-0-form button[type=submit]")).click();
            Browser.awaitText(reader, By.cssSelector(".match .signal__done"),
                    language.equals("fr") ? "Merci" : "Thank");
            check(reader, portal, List.of("/resources/" + RESOURCE), language, problems);
            reader.findElement(By.id("feedback-no")).click();
            reader.findElement(By.cssSelector("#feedback-form button[type=submit]")).click();
            Browser.awaitText(reader, By.cssSelector(".signal__done"), language.equals("fr") ? "Merci" : "Thank");
            Browser.wcagViolations(reader).forEach(v -> problems.add(language + " answered: " + v));

            ChromeDriver signedIn = browser(language);
            Browser.signInBySession(signedIn, portal, "insights-member@kmb.test", People.PASSWORD);
            check(signedIn, portal, List.of("/account/used", "/resources/" + RESOURCE), language, problems);
            assertTrue(signedIn.getPageSource().contains("Planned our closure sessions with it"));

            ChromeDriver editor = browser(language);
            Browser.signInBySession(editor, portal, "insights-wcag@kmb.test", People.PASSWORD);
            check(editor, portal, List.of("/editor/insights", "/editor/insights?from=2020-01-01"), language,
                    problems);
            assertEquals(language, editor.findElement(By.tagName("html")).getAttribute("lang"));
            assertFalse(editor.findElement(By.tagName("h1")).getText().isBlank());
            Browser.screenshot(editor, "insights-" + language);
        }
        assertEquals(List.of(), problems);
    }

    /**
     * One member answers "was this useful?" about a resource twice, each time in a new session (signed in again): the
     * second answer replaces the first and says so, and the insight page counts one reader and shows the comment
     * exactly as written, markup-like words included (user session: both were counted and "<b>" and a script
     * vanished from the comment).
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aReaderWhoAnswersAgainIsCountedOnceWithTheirWordsAsWritten(String language, URI portal) {
        String resource = language.equals("fr")
                ? "keller-2010-mutual-but-unequal"
                : "durlak-2010-after-school-programs-meta-analysis";
        Visitor admin = People.admin(portal);
        People.invited(portal, admin, "insights-once-" + language + "@kmb.test", "Odile Once", "editor");
        String email = "insights-reader-" + language + "@kmb.test";
        People.member(portal, email, "Eve Évaluation", "Once Org " + language);
        boolean fr = language.equals("fr");
        Random random = new Random(42 + language.hashCode());
        String first = comment(random, fr);
        String second = "« guillemets » <b>x</b> <script>alert(1)</script> " + comment(random, fr);

        ChromeDriver before = browser(language);
        Browser.signInBySession(before, portal, email, People.PASSWORD);
        before.get(portal.resolve("/resources/" + resource + "?lang=" + language).toString());
        before.findElement(By.id("feedback-no")).click();
        before.findElement(By.id("feedback-text")).sendKeys(first);
        before.findElement(By.cssSelector("#feedback-form button[type=submit]")).click();
        Browser.awaitText(before, By.cssSelector(".signal__done"), fr ? "Merci" : "Thank you");

        ChromeDriver again = browser(language);
        Browser.signInBySession(again, portal, email, People.PASSWORD);
        again.get(portal.resolve("/resources/" + resource + "?lang=" + language).toString());
        again.findElement(By.id("feedback-yes")).click();
        again.findElement(By.id("feedback-text")).sendKeys(second);
        again.findElement(By.cssSelector("#feedback-form button[type=submit]")).click();
        Browser.awaitText(again, By.cssSelector(".signal__done"), fr ? "mise à jour" : "was updated");

        ChromeDriver editor = browser(language);
        Browser.signInBySession(editor, portal, "insights-once-" + language + "@kmb.test", People.PASSWORD);
        editor.get(portal.resolve("/editor/insights?lang=" + language).toString());
        waiting(editor).until(ExpectedConditions.presenceOfElementLocated(By.id("most-useful")));
        List<WebElement> rows = editor.findElements(By.cssSelector("#most-useful tbody tr, #least-useful tbody tr"))
                .stream().filter(r -> r.findElement(By.tagName("a")).getAttribute("href").contains(resource))
                .toList();
        assertFalse(rows.isEmpty(), editor.findElement(By.id("most-useful")).getText());
        for (WebElement row : rows) {
            List<WebElement> counts = row.findElements(By.tagName("td"));
            assertEquals("1", counts.get(0).getText(), "one reader: " + row.getText());
            assertEquals("0", counts.get(1).getText(), "the earlier answer was replaced: " + row.getText());
            List<String> comments = row.findElements(By.cssSelector(".comments-list__text")).stream()
                    .map(WebElement::getText).toList();
            assertEquals(List.of(second), comments, "the words as written, once");
        }
    }

    /** A comment of odd words in the language, as readers write them (no contact details, which are taken out). */
    private static String comment(Random random, boolean fr) {
        List<String> words = fr
                ? List.of("l’équipe", "a < b", "« cœur »", "Œuvre", "très", "utile", "ça", "marché", "&amp;", "5 > 3",
                        "élèves", "d’après", "naïve", "déjà", "100 %")
                : List.of("the team's", "a < b", "\"quoted\"", "coordinators", "useful", "it's", "&amp;", "5 > 3",
                        "mentors", "checklist", "naïve", "café", "50%");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8 + random.nextInt(12); i++) {
            text.append(i == 0 ? "" : " ").append(words.get(random.nextInt(words.size())));
        }
        return text.toString();
    }

    private void check(ChromeDriver browser, URI portal, List<String> pages, String language, List<String> problems) {
        for (String page : pages) {
            browser.get(portal.resolve(page).toString());
            Browser.wcagViolations(browser).forEach(v -> problems.add(language + " " + page + ": " + v));
        }
    }
}

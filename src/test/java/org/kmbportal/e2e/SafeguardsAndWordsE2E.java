package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.Json;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kmbportal.testing.Browser;
import org.kmbportal.testing.Bundle;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.testing.Visitor;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Found by people using the portal: an administrator could take every role from an account with one click and no
 * word of warning; the French audit log spoke in role codes and English ("mentor -> (none)"); the organization page
 * told members, who can save their answers, that nothing is ever stored; a declined or withdrawn proposal read
 * "closed" everywhere; the audit log's subjects were raw ids; the closing question left the focus on nothing.
 */
@ExtendWith(RunningPortal.class)
class SafeguardsAndWordsE2E {

    private final List<ChromeDriver> browsers = new ArrayList<>();

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(ChromeDriver::quit);
        browsers.clear();
    }

    @Test
    void anAdministratorIsAskedBeforeTakingEveryRoleAwayAndTheFrenchAuditLogSaysItInWords(URI portal) {
        Visitor admin = People.admin(portal);
        String email = "sans-role-" + System.nanoTime() + "@kmb.test";
        People.invited(portal, admin, email, "Noémie Sansrôle", "mentor");
        ChromeDriver french = started("fr");
        Browser.signInBySession(french, portal, People.ADMIN_EMAIL, People.ADMIN_PASSWORD);
        french.get(portal.resolve("/admin/users?q=" + email).toString());
        untickEveryRole(row(french, email));
        row(french, email).findElement(By.cssSelector("input[type=submit]")).click();
        Browser.awaitMessage(french, Bundle.shown("fr", "admin.roles.noneLeft", email));
        assertEquals("messages", french.switchTo().activeElement().getAttribute("id"),
                "the warning has the keyboard focus");
        french.get(portal.resolve("/admin/users?q=" + email).toString());
        assertFalse(ticked(row(french, email)).isEmpty(), "the first Save took no role away");

        untickEveryRole(row(french, email));
        row(french, email).findElement(By.cssSelector("input[type=submit]")).click();
        Browser.awaitMessage(french, Bundle.shown("fr", "admin.roles.noneLeft", email));
        row(french, email).findElement(By.cssSelector("input[type=submit]")).click();
        Browser.awaitMessage(french, Bundle.shown("fr", "admin.rolesSaved", "Noémie Sansrôle"));
        french.get(portal.resolve("/admin/users?q=" + email).toString());
        assertTrue(ticked(row(french, email)).isEmpty(), "Save pressed again removes every role");

        french.get(portal.resolve("/admin/audit").toString());
        String detail = french.findElements(By.cssSelector("table tbody tr")).stream()
                .filter(tr -> tr.getText().contains(email)
                        && tr.getText().contains(Bundle.shown("fr", "audit.action.roles.changed")))
                .map(tr -> tr.findElements(By.tagName("td")).get(4).getText()).findFirst().orElse("");
        assertTrue(detail.contains(Bundle.shown("fr", "role.mentor")) && detail.contains("→")
                && detail.endsWith(Bundle.shown("fr", "audit.detail.noRole")), "the change in French words: " + detail);
        assertFalse(detail.contains("->") || detail.contains("(none)"), detail);
    }

    @Test
    void theOrganizationPageTellsMembersTheirAnswersAreKeptOnlyIfTheySaveThem(URI portal) {
        for (String language : List.of("en", "fr")) {
            ChromeDriver anonymous = started(language);
            anonymous.get(portal.resolve("/organization").toString());
            assertEquals(Bundle.shown(language, "organization.lead"),
                    anonymous.findElement(By.cssSelector("p.lead")).getText());
            String email = "lead-" + language + "-" + System.nanoTime() + "@kmb.test";
            People.member(portal, email, "Lea Lead", "Lead Youth Services " + language + System.nanoTime());
            ChromeDriver member = started(language);
            Browser.signInBySession(member, portal, email, People.PASSWORD);
            member.get(portal.resolve("/organization").toString());
            assertEquals(Bundle.shown(language, "organization.lead.member"),
                    member.findElement(By.cssSelector("p.lead")).getText());
        }
    }

    @Test
    void anUnlistedCollectionAsksSearchEnginesNotToListItAndAPublicOneDoesNot(URI portal) {
        Visitor admin = People.admin(portal);
        Visitor mentor = People.invited(portal, admin, "unlisted-" + System.nanoTime() + "@kmb.test", "Una Listed",
                "mentor");
        String id = "unlisted-" + System.nanoTime();
        String body = Json.createObjectBuilder().add("id", id).add("title", "For those given the link")
                .add("visibility", "unlisted").add("organizations", Json.createArrayBuilder())
                .add("items", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("resource", "lachance-2019-inter-organizational-mentoring").add("note", "Read first.")))
                .build().toString();
        Http.Answer created = mentor.api("POST", "/api/collections", body);
        assertEquals(201, created.status(), created.body());
        String link = mentor.get("/api/collections/" + id + "/sharing").json().getString("link");
        Http.Answer unlisted = Http.get(portal, link.substring(link.indexOf("/collections/")));
        assertEquals(200, unlisted.status());
        assertTrue(unlisted.body().contains("<meta name=\"robots\" content=\"noindex\""), "unlisted: noindex");
        Http.Answer shipped = Http.get(portal, "/collections/evaluating-on-a-small-budget");
        assertEquals(200, shipped.status());
        assertFalse(shipped.body().contains("noindex"), "a public collection may be listed");
    }

    @Test
    void aPartnerDecliningAProposalReadsWordsForDecliningNotForClosingAndTheFocusFollowsThePanel(URI portal) {
        Visitor admin = People.admin(portal);
        String partnerEmail = "decline-partner-" + System.nanoTime() + "@kmb.test";
        String partnerName = "Decline Youth " + System.nanoTime();
        Visitor partner = People.member(portal, partnerEmail, "Dana Decline", partnerName);
        String mentorEmail = "decline-mentor-" + System.nanoTime() + "@kmb.test";
        Visitor mentor = People.invited(portal, admin, mentorEmail, "Milo Mentor", "mentor");
        String title = "Proposed only " + System.nanoTime();
        long id = proposed(partner, mentor, title);
        for (String language : List.of("en", "fr")) {
            ChromeDriver browser = started(language);
            Browser.signInBySession(browser, portal, partnerEmail, People.PASSWORD);
            browser.get(portal.resolve("/partnerships/view?id=" + id).toString());
            assertEquals(Bundle.shown(language, "partnerships.decline"),
                    browser.findElement(By.id("close-title")).getText());
            assertEquals(Bundle.shown(language, "partnerships.decline.help"),
                    browser.findElement(By.id("reflection-help")).getText());
            assertEquals(Bundle.shown(language, "partnerships.decline.button"),
                    browser.findElement(By.id("close:close-button")).getAttribute("value"));
            browser.findElement(By.id("close:close-button")).sendKeys(Keys.ENTER);
            Browser.awaitText(browser, By.id("close"), Bundle.shown(language, "partnerships.decline.confirm"));
            assertEquals("close-question", focused(browser, "close-question"),
                    "the question takes the focus, not the page's body");
            browser.switchTo().activeElement().sendKeys(Keys.TAB);
            assertEquals("close:close-confirmed", focused(browser, "close:close-confirmed"),
                    "Tab reaches the answer next");
            assertEquals(Bundle.shown(language, "partnerships.decline.yes"),
                    browser.findElement(By.id("close:close-confirmed")).getAttribute("value"));
            browser.switchTo().activeElement().sendKeys(Keys.TAB);
            assertEquals("close:close-cancel", focused(browser, "close:close-cancel"));
            browser.switchTo().activeElement().sendKeys(Keys.ENTER);
            new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL).ignoring(WebDriverException.class)
                    .until(d -> !d.findElements(By.id("close:close-button")).isEmpty());
            assertEquals("close:close-button", focused(browser, "close:close-button"),
                    "after No, the focus is back on the button");
            browser.switchTo().activeElement().sendKeys(Keys.ENTER);
            Browser.awaitText(browser, By.id("close"), Bundle.shown(language, "partnerships.decline.confirm"));
            assertEquals("close-question", focused(browser, "close-question"));
            browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
            new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL).ignoring(WebDriverException.class)
                    .until(d -> d.findElements(By.id("close-question")).isEmpty());
            assertEquals("close:close-button", focused(browser, "close:close-button"),
                    "Escape closes the question as No does, and the focus is back on the button");
        }

        ChromeDriver french = started("fr");
        Browser.signInBySession(french, portal, partnerEmail, People.PASSWORD);
        french.get(portal.resolve("/partnerships/view?id=" + id).toString());
        Browser.type(french, "close:reflection", "Pas cette année.");
        french.findElement(By.id("close:close-button")).sendKeys(Keys.ENTER);
        Browser.awaitText(french, By.id("close"), Bundle.shown("fr", "partnerships.decline.confirm"));
        french.switchTo().activeElement().sendKeys(Keys.TAB);
        french.switchTo().activeElement().sendKeys(Keys.ENTER);
        Browser.awaitMessage(french, Bundle.shown("fr", "partnerships.done.declined"));
        assertEquals(Bundle.shown("fr", "partnerships.state.declined"),
                french.findElement(By.cssSelector(".resource__type .badge")).getText());
        assertEquals(Bundle.shown("fr", "partnerships.endReason"),
                french.findElement(By.id("reflection-title")).getText());
        french.get(portal.resolve("/partnerships/").toString());
        assertEquals(Bundle.shown("fr", "partnerships.closedOnes"), french.findElement(By.id("closed-title"))
                .getText());
        assertTrue(ended(french, title).contains(Bundle.shown("fr", "partnerships.state.declined")), ended(french,
                title));
        assertEquals("declined", partner.get("/api/partnerships/" + id).json().getString("status"));

        for (String language : List.of("en", "fr")) {
            ChromeDriver told = started(language);
            Browser.signInBySession(told, portal, mentorEmail, People.PASSWORD);
            told.get(portal.resolve("/partnerships/").toString());
            String said = told.findElement(By.cssSelector(".notification-list")).getText();
            assertTrue(said.contains(Bundle.shown(language, "partnerships.notification.declined", title,
                    "Dana Decline")), said);
            assertTrue(ended(told, title).contains(Bundle.shown(language, "partnerships.state.declined")));
        }

        ChromeDriver audit = started("fr");
        Browser.signInBySession(audit, portal, People.ADMIN_EMAIL, People.ADMIN_PASSWORD);
        audit.get(portal.resolve("/admin/audit").toString());
        List<String> declined = cells(audit, title, Bundle.shown("fr", "audit.action.partnership.declined"));
        assertEquals(title, declined.get(3).lines().findFirst().orElse(""), "the subject is named by its title");
        assertTrue(declined.get(3).contains(Bundle.shown("fr", "audit.subject.kind.partnership")), declined.get(3));
        assertEquals(Bundle.shown("fr", "audit.detail.wasState", Bundle.shown("fr", "partnerships.state.proposed")),
                declined.get(4));
        List<String> started = cells(audit, title, Bundle.shown("fr", "audit.action.partnership.started"));
        assertEquals(Bundle.shown("fr", "audit.detail.proposedTo", title, partnerName), started.get(4));
        List<String> account = cells(audit, partnerEmail, Bundle.shown("fr", "audit.action.account.created"));
        assertEquals("Dana Decline", account.get(3).lines().findFirst().orElse(""), "an account by its name");
        assertEquals(Bundle.shown("fr", "audit.detail.memberOf", partnerName), account.get(4));
        for (List<String> row : List.of(declined, started, account)) {
            assertFalse(row.get(4).contains("member of") || row.get(4).contains(" with ")
                    || row.get(4).contains("was "), "English left on the French page: " + row);
        }
    }

    @Test
    void aMentorWithdrawingAProposalIsToldWithdrawnInBothLanguagesAndInTheApi(URI portal) {
        Visitor admin = People.admin(portal);
        String partnerEmail = "withdraw-partner-" + System.nanoTime() + "@kmb.test";
        Visitor partner = People.member(portal, partnerEmail, "Wanda Waiting", "Withdraw Youth " + System.nanoTime());
        String mentorEmail = "withdraw-mentor-" + System.nanoTime() + "@kmb.test";
        Visitor mentor = People.invited(portal, admin, mentorEmail, "Walt Withdraw", "mentor");
        String title = "Withdrawn one " + System.nanoTime();
        long id = proposed(partner, mentor, title);
        Http.Answer withdrawn = mentor.api("POST", "/api/partnerships/" + id + "/closure", "{}");
        assertEquals(200, withdrawn.status(), withdrawn.body());
        assertEquals("withdrawn", withdrawn.json().getString("status"));
        assertEquals(409, partner.api("POST", "/api/partnerships/" + id + "/acceptance",
                "{\"goals\": \"too late\", \"capacities\": []}").status(), "a withdrawn proposal is not accepted");
        for (String language : List.of("en", "fr")) {
            ChromeDriver browser = started(language);
            Browser.signInBySession(browser, portal, partnerEmail, People.PASSWORD);
            browser.get(portal.resolve("/partnerships/view?id=" + id).toString());
            assertEquals(Bundle.shown(language, "partnerships.state.withdrawn"),
                    browser.findElement(By.cssSelector(".resource__type .badge")).getText());
            assertTrue(browser.findElements(By.id("close")).isEmpty(), "nothing left to close");
            browser.get(portal.resolve("/partnerships/").toString());
            String said = browser.findElement(By.cssSelector(".notification-list")).getText();
            assertTrue(said.contains(Bundle.shown(language, "partnerships.notification.withdrawn", title,
                    "Walt Withdraw")), said);
            assertFalse(said.contains(Bundle.shown(language, "partnerships.notification.closed", title,
                    "Walt Withdraw")), said);
        }
        ChromeDriver english = started("en");
        Browser.signInBySession(english, portal, People.ADMIN_EMAIL, People.ADMIN_PASSWORD);
        english.get(portal.resolve("/admin/audit").toString());
        List<String> row = cells(english, title, Bundle.shown("en", "audit.action.partnership.withdrawn"));
        assertEquals(Bundle.shown("en", "audit.detail.wasState", Bundle.shown("en", "partnerships.state.proposed")),
                row.get(4));
    }

    /**
     * Found by a user: goals typed for a proposal were lost when "Decline" (another form of the page) was pressed.
     * They are put back in their box, with a notice naming it, through the question and its "No".
     */
    @Test
    void goalsTypedForAProposalSurviveTheDeclineButtonOfTheOtherForm(URI portal) {
        Visitor admin = People.admin(portal);
        String partnerEmail = "goals-kept-" + System.nanoTime() + "@kmb.test";
        Visitor partner = People.member(portal, partnerEmail, "Gail Goals", "Goals Youth " + System.nanoTime());
        Visitor mentor = People.invited(portal, admin, "goals-mentor-" + System.nanoTime() + "@kmb.test",
                "Milo Goals", "mentor");
        long id = proposed(partner, mentor, "Goals kept " + System.nanoTime());
        Gen<String> words = GeneratedText.libraryWords(300);
        for (String language : List.of("en", "fr")) {
            String goals = Gen.tries("goals-kept-" + language, 1, random -> words.next(random)
                    + " « l’équipe » 👩🏽‍🏫 — d’abord").findFirst().orElseThrow();
            ChromeDriver browser = started(language);
            Browser.signInBySession(browser, portal, partnerEmail, People.PASSWORD);
            browser.get(portal.resolve("/partnerships/view?id=" + id + "&lang=" + language).toString());
            WebElement box = browser.findElement(By.id("accept:goals"));
            box.click();
            // Typed as a reader would, emoji included (which ChromeDriver's keystrokes cannot send).
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];"
                    + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", box, goals);
            box.sendKeys(Keys.END, ".");
            String typed = box.getDomProperty("value");
            browser.findElement(By.id("close:close-button")).sendKeys(Keys.ENTER);
            Browser.awaitText(browser, By.id("close"), Bundle.shown(language, "partnerships.decline.confirm"));
            assertEquals(typed, browser.findElement(By.id("accept:goals")).getDomProperty("value"),
                    "the goals are back in their box");
            String quoted = Bundle.text(language, "keptTyping.asideQuote").replace("{0}", Bundle.text(language,
                    "partnerships.goals.yours"));
            String notice = browser.findElement(By.id("kept-typing")).getText();
            assertTrue(notice.contains(Bundle.text(language, "keptTyping.aside").replace("{0}", quoted).replace(
                    '\u00a0', ' ').split(":")[0].strip()), notice);
            browser.findElement(By.id("close:close-cancel")).sendKeys(Keys.ENTER);
            new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL).ignoring(WebDriverException.class)
                    .until(d -> !d.findElements(By.id("close:close-button")).isEmpty());
            assertEquals(typed, browser.findElement(By.id("accept:goals")).getDomProperty("value"),
                    "still there after No");
            assertEquals("proposed", partner.get("/api/partnerships/" + id).json().getString("status"));
        }
    }

    private static long proposed(Visitor partner, Visitor mentor, String title) {
        long organization = partner.get("/api/account").json().getJsonNumber("organization").longValue();
        String code = partner.get("/api/organizations/" + organization).json().getString("join_code");
        Http.Answer proposed = mentor.api("POST", "/api/partnerships",
                Json.createObjectBuilder().add("join_code", code).add("title", title).build().toString());
        assertEquals(201, proposed.status(), proposed.body());
        return proposed.json().getJsonNumber("id").longValue();
    }

    /** The id of the element with the keyboard focus, once the page has placed it (or what has it after 5 s). */
    private static String focused(ChromeDriver browser, String expected) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(5), Browser.POLL).ignoring(WebDriverException.class)
                    .until(d -> expected.equals(d.switchTo().activeElement().getAttribute("id")));
        } catch (org.openqa.selenium.TimeoutException e) {
            // reported by the caller's assertion, with what has the focus instead
        }
        String id = browser.switchTo().activeElement().getAttribute("id");
        return id == null || id.isEmpty() ? browser.switchTo().activeElement().getTagName() : id;
    }

    private static String ended(ChromeDriver browser, String title) {
        return browser.findElements(By.cssSelector(".closed-partnerships li")).stream().map(WebElement::getText)
                .filter(t -> t.contains(title)).findFirst().orElse("");
    }

    /** The cells of the audit row about {@code about} whose action reads {@code action}. */
    private static List<String> cells(ChromeDriver browser, String about, String action) {
        return browser.findElements(By.cssSelector("table tbody tr")).stream()
                .map(tr -> tr.findElements(By.tagName("td")).stream().map(WebElement::getText).toList())
                .filter(c -> c.get(3).contains(about) && c.get(2).equals(action)).findFirst()
                .orElseThrow(() -> new AssertionError("no audit row “" + action + "” about " + about));
    }

    private ChromeDriver started(String language) {
        ChromeDriver browser = Browser.start(language);
        browsers.add(browser);
        return browser;
    }

    private static WebElement row(ChromeDriver browser, String email) {
        return browser.findElements(By.cssSelector("#users table tbody tr")).stream()
                .filter(tr -> tr.getText().contains(email)).findFirst().orElseThrow();
    }

    private static List<WebElement> ticked(WebElement row) {
        return row.findElements(By.cssSelector("input[type=checkbox]")).stream().filter(WebElement::isSelected)
                .toList();
    }

    private static void untickEveryRole(WebElement row) {
        ticked(row).forEach(WebElement::click);
    }
}

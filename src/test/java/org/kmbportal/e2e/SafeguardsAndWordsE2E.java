package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.Json;

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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Found by people using the portal: an administrator could take every role from an account with one click and no
 * word of warning; the French audit log spoke in role codes and English ("mentor -> (none)"); the organization page
 * told members, who can save their answers, that nothing is ever stored.
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
        Browser.signIn(french, portal, People.ADMIN_EMAIL, People.ADMIN_PASSWORD);
        french.get(portal.resolve("/admin/users").toString());
        untickEveryRole(row(french, email));
        row(french, email).findElement(By.cssSelector("input[type=submit]")).click();
        Browser.awaitMessage(french, Bundle.text("fr", "admin.roles.noneLeft", email));
        assertEquals("messages", french.switchTo().activeElement().getAttribute("id"),
                "the warning has the keyboard focus");
        french.get(portal.resolve("/admin/users").toString());
        assertFalse(ticked(row(french, email)).isEmpty(), "the first Save took no role away");

        untickEveryRole(row(french, email));
        row(french, email).findElement(By.cssSelector("input[type=submit]")).click();
        Browser.awaitMessage(french, Bundle.text("fr", "admin.roles.noneLeft", email));
        row(french, email).findElement(By.cssSelector("input[type=submit]")).click();
        Browser.awaitMessage(french, Bundle.text("fr", "admin.rolesSaved"));
        french.get(portal.resolve("/admin/users").toString());
        assertTrue(ticked(row(french, email)).isEmpty(), "Save pressed again removes every role");

        french.get(portal.resolve("/admin/audit").toString());
        String detail = french.findElements(By.cssSelector("table tbody tr")).stream()
                .filter(tr -> tr.getText().contains(email)
                        && tr.getText().contains(Bundle.text("fr", "audit.action.roles.changed")))
                .map(tr -> tr.findElements(By.tagName("td")).get(4).getText()).findFirst().orElse("");
        assertTrue(detail.contains(Bundle.text("fr", "role.mentor")) && detail.contains("→")
                && detail.endsWith(Bundle.text("fr", "audit.detail.noRole")), "the change in French words: " + detail);
        assertFalse(detail.contains("->") || detail.contains("(none)"), detail);
    }

    @Test
    void theOrganizationPageTellsMembersTheirAnswersAreKeptOnlyIfTheySaveThem(URI portal) {
        for (String language : List.of("en", "fr")) {
            ChromeDriver anonymous = started(language);
            anonymous.get(portal.resolve("/organization").toString());
            assertEquals(Bundle.text(language, "organization.lead"),
                    anonymous.findElement(By.cssSelector("p.lead")).getText());
            String email = "lead-" + language + "-" + System.nanoTime() + "@kmb.test";
            People.member(portal, email, "Lea Lead", "Lead Youth Services " + language + System.nanoTime());
            ChromeDriver member = started(language);
            Browser.signIn(member, portal, email, People.PASSWORD);
            member.get(portal.resolve("/organization").toString());
            assertEquals(Bundle.text(language, "organization.lead.member"),
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
    void aPartnerDecliningAProposalReadsWordsForDecliningNotForClosing(URI portal) {
        Visitor admin = People.admin(portal);
        String partnerEmail = "decline-partner-" + System.nanoTime() + "@kmb.test";
        Visitor partner = People.member(portal, partnerEmail, "Dana Decline", "Decline Youth " + System.nanoTime());
        Visitor mentor = People.invited(portal, admin, "decline-mentor-" + System.nanoTime() + "@kmb.test",
                "Milo Mentor", "mentor");
        long organization = partner.get("/api/account").json().getJsonNumber("organization").longValue();
        String code = partner.get("/api/organizations/" + organization).json().getString("join_code");
        Http.Answer proposed = mentor.api("POST", "/api/partnerships",
                Json.createObjectBuilder().add("join_code", code).add("title", "Proposed only").build().toString());
        assertEquals(201, proposed.status(), proposed.body());
        long id = proposed.json().getJsonNumber("id").longValue();
        for (String language : List.of("en", "fr")) {
            ChromeDriver browser = started(language);
            Browser.signIn(browser, portal, partnerEmail, People.PASSWORD);
            browser.get(portal.resolve("/partnerships/view?id=" + id).toString());
            assertEquals(Bundle.text(language, "partnerships.decline"),
                    browser.findElement(By.id("close-title")).getText());
            assertEquals(Bundle.text(language, "partnerships.decline.help"),
                    browser.findElement(By.id("reflection-help")).getText());
            assertEquals(Bundle.text(language, "partnerships.decline.button"),
                    browser.findElement(By.id("close:close-button")).getAttribute("value"));
            browser.findElement(By.id("close:close-button")).click();
            Browser.awaitText(browser, By.id("close"), Bundle.text(language, "partnerships.decline.confirm"));
            assertEquals(Bundle.text(language, "partnerships.decline.yes"),
                    browser.findElement(By.id("close:close-confirmed")).getAttribute("value"));
            browser.findElement(By.id("close:close-cancel")).click();
        }
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

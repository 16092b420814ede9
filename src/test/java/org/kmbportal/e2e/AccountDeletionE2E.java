package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kmbportal.testing.Browser;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.testing.Visitor;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A member deletes their own account on My account (user session of 2026-12-05: there was no way to): confirmed by
 * the password, refused when it is wrong (nothing changes); afterwards signed out everywhere, their personal data gone,
 * their public collection kept by "a former member", and the address free to sign up again.
 */
@ExtendWith(RunningPortal.class)
class AccountDeletionE2E {

    private static final String RESOURCE = "lachance-2019-inter-organizational-mentoring";
    private final List<ChromeDriver> browsers = new ArrayList<>();

    @AfterEach
    void close() {
        browsers.forEach(ChromeDriver::quit);
    }

    @Test
    void aMemberDeletesTheirAccountInFrenchAtPhoneWidthAndTheAddressSignsUpAgain(URI portal) {
        String email = "depart-" + System.nanoTime() + "@kmb.test";
        String name = generatedName();
        String organization = "Départ « Org » " + System.nanoTime();
        Visitor admin = People.admin(portal);
        Visitor member = People.invited(portal, admin, email, name, "mentor");
        assertEquals(302, member.submit("/account/", "organization-form",
                Map.of("choice", "create", "organizationName", organization), "join").status());
        String line = "Séances « de clôture » préparées par " + name;
        assertEquals(201, member.api("POST", "/api/resources/" + RESOURCE + "/uptake",
                "{\"used_on\": \"2025-05-05\", \"line\": \"" + line + "\"}").status());
        String privateOne = collection(member, "Privée " + System.nanoTime(), "private");
        String publicOne = collection(member, "Publique " + System.nanoTime(), "public");
        assertEquals(200, member.get("/curate/edit?id=" + privateOne).status());
        assertTrue(People.accountsJson(admin).contains(email));

        ChromeDriver browser = Browser.start("fr");
        browsers.add(browser);
        browser.manage().window().setSize(new Dimension(390, 844));
        Browser.signIn(browser, portal, email, People.PASSWORD);
        browser.get(portal.resolve("/account/").toString());
        Browser.awaitText(browser, By.id("delete-title"), "Supprimer mon compte");
        assertTrue(browser.findElement(By.id("delete-stays")).getText().contains("un ancien membre"));
        assertEquals(List.of(), Browser.wcagViolations(browser), "My account with its deletion section, fr, 390 px");
        Number wide = (Number) browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertTrue(wide.intValue() <= 0, "the page scrolls sideways by " + wide + " px at 390 px");

        // A wrong password: refused beside the field, nothing changes.
        Browser.type(browser, "delete-account:deletePassword", People.PASSWORD + "x");
        browser.findElement(By.id("delete-account:deletePassword")).sendKeys(Keys.ENTER);
        Browser.awaitText(browser, By.id("delete-account:deletePassword-error"),
                "Le mot de passe actuel est incorrect.");
        assertEquals("true", browser.findElement(By.id("delete-account:deletePassword")).getDomAttribute(
                "aria-invalid"));
        assertEquals(200, member.get("/curate/edit?id=" + privateOne).status(), "the other session goes on");
        assertTrue(People.accountsJson(admin).contains(email));

        // The right one, by keyboard: signed out, told so in French.
        Browser.type(browser, "delete-account:deletePassword", People.PASSWORD);
        browser.findElement(By.id("delete-account:delete")).sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(15), Browser.POLL).until(d -> d.getCurrentUrl().contains(
                "/account-deleted"));
        Browser.awaitText(browser, By.tagName("h1"), "Votre compte est supprimé");
        assertTrue(browser.findElements(By.cssSelector(".account-nav form")).isEmpty(), "signed out");
        assertEquals(List.of(), Browser.wcagViolations(browser), "the confirmation page");

        // Every session of the account ended; the person is gone from the accounts; what named them is gone.
        assertEquals(302, member.get("/account/").status(), "the account's other session ended");
        String accounts = People.accountsJson(admin);
        assertFalse(accounts.contains(email) || accounts.contains(name), accounts);
        Visitor colleague = People.member(portal, "colleague-" + System.nanoTime() + "@kmb.test", "Col League",
                "Other " + System.nanoTime());
        String publicPage = Http.get(portal, "/collection?id=" + publicOne + "&lang=fr").body();
        assertTrue(publicPage.contains("un ancien membre"), "the public collection stays, by a former member");
        assertFalse(publicPage.contains(name.substring(0, 8)), publicPage);
        assertFalse(admin.get("/admin/audit").body().contains(email), "the audit log no longer names the address");
        assertEquals(200, colleague.get("/account/").status());

        // The address signs up again as a new account: no mentor role, no organization of old.
        Visitor again = People.member(portal, email, "Nouvelle " + name, "Nouvel organisme " + System.nanoTime());
        String page = again.get("/account/?lang=fr").body();
        assertTrue(page.contains("Nouvelle "), page);
        assertFalse(page.contains(organization.substring(0, 8) + " « Org »"), page);
    }

    @Test
    void theLastAdministratorCannotDeleteTheirAccount(URI portal) {
        Visitor admin = People.admin(portal);
        long administrators = People.accounts(admin).stream()
                .filter(a -> a.toString().contains("\"admin\"")).count();
        org.junit.jupiter.api.Assumptions.assumeTrue(administrators == 1, "another administrator exists");
        ChromeDriver browser = Browser.start("en");
        browsers.add(browser);
        Browser.signIn(browser, portal, People.ADMIN_EMAIL, People.ADMIN_PASSWORD);
        // In English: the shared administrator's pages open in the language last chosen on the account, which another
        // test may have left French.
        browser.get(portal.resolve("/account/?lang=en").toString());
        Browser.type(browser, "delete-account:deletePassword", People.ADMIN_PASSWORD);
        browser.findElement(By.id("delete-account:delete")).sendKeys(Keys.ENTER);
        Browser.awaitText(browser, By.id("delete-account:deletePassword-error"), "You are the last administrator");
        assertEquals(200, admin.get("/admin/audit").status(), "still an administrator, still signed in");
    }

    private static String collection(Visitor curator, String title, String visibility) {
        Http.Answer created = curator.api("POST", "/api/collections", jakarta.json.Json.createObjectBuilder()
                .add("title", title).add("description", "Pour l’équipe").add("language", "fr")
                .add("visibility", visibility).add("items", jakarta.json.Json.createArrayBuilder()).build()
                .toString());
        assertEquals(201, created.status(), created.body());
        return created.json().getString("id");
    }

    /** A long, odd name in both languages, different each run. */
    private static String generatedName() {
        String[] parts = {"Éloïse", "O’Brien", "Zoë", "Ngũgĩ", "François-Xavier", "Ólafur", "d’Anjou", "Maëlle"};
        StringBuilder name = new StringBuilder();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 4; i++) {
            name.append(i == 0 ? "" : " ").append(parts[random.nextInt(parts.length)]);
        }
        return name.append(" ").append(Long.toString(System.nanoTime(), 36)).toString();
    }
}

package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.testing.Browser;
import org.kmbportal.testing.Bundle;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.testing.Visitor;
import org.kmbportal.web.QuotedText;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Found on the accounts page of the shipped build: Enter in one row saved another row (the form's first Save), and
 * unticking the last administrator's only role asked to press Save again, which was then refused; a member given a
 * role was told "Not allowed" on the page the role opens.
 */
@ExtendWith(RunningPortal.class)
class AccountRolesE2E {

    private final List<ChromeDriver> browsers = new ArrayList<>();

    @AfterEach
    void close() {
        browsers.forEach(ChromeDriver::quit);
        browsers.clear();
    }

    /** For each language, a generated display name with accents, emoji and apostrophes. */
    static Stream<Arguments> names() {
        Gen<String> words = GeneratedText.libraryWords(60);
        Gen<String> tail = Gen.of(" « Été » 🙂", " l’équipe 👩🏽‍🏫", " « naïve » 🇨🇦 ’");
        Gen<String> name = random -> GeneratedText.cut(words.next(random).replaceAll("\\s+", " "), 60).strip()
                + tail.next(random);
        return Stream.of("en", "fr").flatMap(language -> Gen.tries("account-roles-" + language, 1, name)
                .map(text -> Arguments.of(language, text)));
    }

    @ParameterizedTest
    @MethodSource("names")
    void enterOnARowsCheckboxSavesThatRowAndNoOther(String language, String name, URI portal) {
        long n = System.nanoTime();
        String email = "enter-row-" + language + n + "@kmb.test";
        People.member(portal, email, name, "Enter Row Org " + language + n);
        // The list comes a page at a time: searched for this test's accounts, one listed before the new one. The list
        // is in order of names, so that one is named by the first word of the new one's name, which sorts before it
        // whatever the generated name is ("Enter First" did not once the library's words changed: CI).
        People.member(portal, "enter-first-" + language + n + "@kmb.test", name.strip().split("\\s+")[0],
                "Enter First Org " + language + n);
        ChromeDriver admin = Browser.start(language);
        browsers.add(admin);
        Browser.signInBySession(admin, portal, People.ADMIN_EMAIL, People.ADMIN_PASSWORD);
        admin.get(portal.resolve("/admin/users?lang=" + language + "&q=" + language + n).toString());
        List<WebElement> rows = admin.findElements(By.cssSelector("#users table tbody tr"));
        assertFalse(rows.get(0).getText().contains(email), "the new account is not the first row");
        // « Rôles de admin@kmb.test »: French elides « de » before a vowel, which no rule on arbitrary names gets right.
        for (WebElement legend : admin.findElements(By.cssSelector("#users table tbody tr legend"))) {
            String said = legend.getAttribute("textContent").replaceAll("[\\s\u00a0]+", " ").strip();
            assertTrue(said.matches(".*\\S+@\\S+$"), "each row's roles are named by the account's email: " + said);
            String address = said.substring(said.lastIndexOf(' ') + 1);
            assertFalse(said.contains(" de " + address) || said.startsWith("de " + address), said);
        }
        List<String> firstRowBefore = roles(portal, rows.get(0).findElements(By.tagName("td")).get(1).getText());

        WebElement mentor = row(admin, email).findElement(By.cssSelector("input[value=mentor]"));
        mentor.sendKeys(Keys.SPACE);
        assertTrue(mentor.isSelected());
        mentor.sendKeys(Keys.ENTER);

        String quoted = QuotedText.name(name, Locale.forLanguageTag(language));
        Browser.awaitMessage(admin, Bundle.shown(language, "admin.rolesSaved", quoted));
        assertEquals(List.of("member", "mentor"), roles(portal, email), "Enter saved the row it was pressed in");
        String messages = admin.findElement(By.id("messages")).getText();
        assertTrue(messages.contains(quoted.replace('\u00a0', ' ')), "the message names whose roles: " + messages);
        assertFalse(messages.contains(email), "nothing of that row is left unsaved: " + messages);
        assertEquals(firstRowBefore, roles(portal, admin.findElements(By.cssSelector("#users table tbody tr"))
                .get(0).findElements(By.tagName("td")).get(1).getText()), "the first row is as it was");
    }

    @ParameterizedTest
    @MethodSource("names")
    void uncheckingTheLastAdministratorsRolesSaysAtOnceThatThePortalNeedsOne(String language, String name,
            URI portal) {
        ChromeDriver admin = Browser.start(language);
        browsers.add(admin);
        Browser.signInBySession(admin, portal, People.ADMIN_EMAIL, People.ADMIN_PASSWORD);
        admin.get(portal.resolve("/admin/users?lang=" + language + "&q=" + People.ADMIN_EMAIL).toString());
        List<String> before = roles(portal, People.ADMIN_EMAIL);
        assertEquals(List.of(People.ADMIN_EMAIL), administrators(portal), "the only administrator");
        String lastAdmin = Bundle.shown(language, "admin.lastAdmin");
        for (int press = 1; press <= 2; press++) {
            for (WebElement box : row(admin, People.ADMIN_EMAIL).findElements(By.cssSelector(
                    "input[type=checkbox]"))) {
                if (box.isSelected()) {
                    box.sendKeys(Keys.SPACE);
                }
            }
            row(admin, People.ADMIN_EMAIL).findElement(By.cssSelector("input[type=submit]")).click();
            Browser.awaitMessage(admin, lastAdmin);
            String messages = admin.findElement(By.id("messages")).getText();
            assertFalse(messages.contains(Bundle.shown(language, "admin.roles.noneLeft", People.ADMIN_EMAIL)
                    .substring(0, 20)), "press " + press + " offers nothing the portal would refuse: " + messages);
            assertEquals(before, roles(portal, People.ADMIN_EMAIL));
            assertTrue(row(admin, People.ADMIN_EMAIL).findElement(By.cssSelector("input[value=admin]")).isSelected(),
                    "the row shows the roles kept");
        }
    }

    @ParameterizedTest
    @MethodSource("names")
    void aMemberGivenEditorIsAskedToSignInAgainAndThenOpensTheEditorsPage(String language, String name, URI portal) {
        long n = System.nanoTime();
        String email = "granted-" + language + n + "@kmb.test";
        People.member(portal, email, name, "Granted Org " + language + n);
        ChromeDriver member = Browser.start(language);
        browsers.add(member);
        Browser.signInBySession(member, portal, email, People.PASSWORD);
        member.get(portal.resolve("/account/?lang=" + language).toString());

        Visitor admin = People.admin(portal);
        long id = People.accounts(admin).stream()
                .filter(u -> u.getString("email").equals(email)).findFirst().orElseThrow().getJsonNumber("id")
                .longValue();
        Http.Answer granted = admin.api("PUT", "/api/admin/users/" + id + "/roles",
                "{\"roles\": [\"member\", \"editor\"]}");
        assertEquals(200, granted.status(), granted.body());

        member.get(portal.resolve("/editor/").toString());
        new WebDriverWait(member, Duration.ofSeconds(10), Browser.POLL)
                .until(ExpectedConditions.urlContains("/sign-in"));
        Browser.awaitText(member, By.id("main"), Bundle.shown(language, "session.ended.roles"));
        member.findElement(By.id("signin:email")).sendKeys(email);
        member.findElement(By.id("signin:password")).sendKeys(People.PASSWORD);
        member.findElement(By.id("signin:submit")).click();
        new WebDriverWait(member, Duration.ofSeconds(15), Browser.POLL)
                .until(d -> URI.create(d.getCurrentUrl()).getPath()
                        .equals("/editor/"));
        assertTrue(member.findElements(By.cssSelector("h1")).stream().noneMatch(h -> h.getText().equals(Bundle
                .shown(language, "error.403.title"))), "the editors' page, not a refusal");
    }

    private static List<String> administrators(URI portal) {
        return People.accounts(People.admin(portal)).stream()
                .filter(u -> u.getJsonArray("roles").getValuesAs(JsonString.class).stream()
                        .anyMatch(r -> r.getString().equals("admin")))
                .map(u -> u.getString("email")).toList();
    }

    /** The account's stored roles, sorted (read through the administrators' API). */
    static List<String> roles(URI portal, String email) {
        return People.accounts(People.admin(portal)).stream()
                .filter(u -> u.getString("email").equals(email)).findFirst().orElseThrow().getJsonArray("roles")
                .getValuesAs(JsonString.class).stream().map(JsonString::getString).sorted().toList();
    }

    /** The accounts page's row of this email. */
    static WebElement row(WebDriver browser, String email) {
        // The row whose email cell is this address: "self-admin@kmb.test" contains "admin@kmb.test", and listed by
        // name its row can come first
        return browser.findElements(By.cssSelector("#users table tbody tr")).stream()
                .filter(tr -> tr.findElements(By.tagName("td")).stream().anyMatch(td -> td.getText().strip().equals(
                        email)))
                .findFirst().orElseThrow();
    }
}

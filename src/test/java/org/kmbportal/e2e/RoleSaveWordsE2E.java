package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kmbportal.testing.Browser;
import org.kmbportal.testing.Bundle;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.web.QuotedText;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a user session found on the administrators' list of accounts (prof57): roles changed on a row and its Save
 * pressed, the page came back with no word that they were saved. The page now says whose roles are now which, and the
 * keyboard (and a screen reader) is put on those words.
 */
@ExtendWith(RunningPortal.class)
class RoleSaveWordsE2E extends LookFindings {

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void aRowsSaveSaysWhoseRolesAreNowWhichWithTheFocusOnIt(String language, URI portal) {
        long n = System.nanoTime();
        String email = "role-words-" + language + n + "@kmb.test";
        String name = "Aa Rôle « Words » " + language + n;
        People.member(portal, email, name, "Role Words Org " + n);
        ChromeDriver admin = signedIn(portal, language, People.ADMIN_EMAIL, People.ADMIN_PASSWORD);
        admin.get(portal.resolve("/admin/users?lang=" + language).toString());
        WebElement row = row(admin, email);
        row.findElement(By.cssSelector("input[value=mentor]")).click();
        Browser.pressForNewPage(admin, row.findElement(By.cssSelector("input[type=submit][id$=save]")));

        String roles = Bundle.shown(language, "role.member") + ", " + Bundle.shown(language, "role.mentor");
        String said = Bundle.normalSpaces(Bundle.shown(language, "admin.rolesSavedNow", QuotedText.name(name, Locale
                .forLanguageTag(language)), roles));
        String shown = new WebDriverWait(admin, Duration.ofSeconds(15), Browser.POLL).until(d -> {
            String text = Bundle.normalSpaces(d.findElement(By.id("messages")).getText());
            return text.isBlank() ? null : text;
        });
        assertTrue(shown.contains(said), shown);
        new WebDriverWait(admin, Duration.ofSeconds(5), Browser.POLL).until(d -> (Boolean) admin.executeScript(
                "var m = document.getElementById('messages');"
                        + " return m !== null && (document.activeElement === m || m.contains(document.activeElement));"));
        assertTrue(admin.findElement(By.id("messages")).isDisplayed());
        assertEquals(0, admin.findElements(By.cssSelector(".unsaved")).size(), "nothing left unsaved");
    }

    /**
     * Unticking the only administrator's roles is refused: the words name the account, say why (the portal needs an
     * administrator) and the roles it keeps, and take the focus.
     */
    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void aRefusedSaveNamesTheAccountWhyAndTheRolesItKeeps(String language, URI portal) {
        ChromeDriver admin = signedIn(portal, language, People.ADMIN_EMAIL, People.ADMIN_PASSWORD);
        admin.get(portal.resolve("/admin/users?lang=" + language + "&q=" + People.ADMIN_EMAIL).toString());
        WebElement row = row(admin, People.ADMIN_EMAIL);
        java.util.List<String> kept = new java.util.ArrayList<>();
        for (WebElement box : row.findElements(By.cssSelector("input[type=checkbox]"))) {
            if (box.isSelected()) {
                kept.add(Bundle.shown(language, "role." + box.getDomProperty("value")));
                box.click();
            }
        }
        Browser.pressForNewPage(admin, row.findElement(By.cssSelector("input[type=submit][id$=save]")));
        String shown = new WebDriverWait(admin, Duration.ofSeconds(15), Browser.POLL).until(d -> {
            String text = Bundle.normalSpaces(d.findElement(By.id("messages")).getText());
            return text.isBlank() ? null : text;
        });
        String name = admin.findElements(By.cssSelector("#users table tbody tr")).stream().filter(r -> r.getText()
                .contains(People.ADMIN_EMAIL)).findFirst().orElseThrow().findElements(By.tagName("td")).get(0)
                .getText().strip();
        String said = Bundle.normalSpaces(Bundle.shown(language, "admin.rolesNotSaved", QuotedText.name(name.isEmpty()
                ? People.ADMIN_EMAIL
                : name, Locale.forLanguageTag(language)), Bundle.shown(language, "admin.lastAdmin"),
                String.join(", ", kept)));
        assertTrue(shown.contains(said), shown);
        new WebDriverWait(admin, Duration.ofSeconds(5), Browser.POLL).until(d -> (Boolean) admin.executeScript(
                "var m = document.getElementById('messages');"
                        + " return m !== null && (document.activeElement === m || m.contains(document.activeElement));"));
    }

    /**
     * The account's row, waited for up to 15 seconds: under load the table was read before the page had drawn it (the
     * whole run of stop 58: "No value present").
     */
    private static WebElement row(org.openqa.selenium.WebDriver browser, String email) {
        return new WebDriverWait(browser, java.time.Duration.ofSeconds(15)).ignoring(
                org.openqa.selenium.StaleElementReferenceException.class).until(
                        d -> d.findElements(By.cssSelector(
                                "#users table tbody tr")).stream().filter(r -> r.getText().contains(email)).findFirst()
                                .orElse(null));
    }
}

package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kmbportal.testing.Browser;
import org.kmbportal.testing.Bundle;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.testing.Visitor;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Page defects a user session found (session of 2026-12-05), each as the user met it: an editor whose roles an
 * administrator changed while they typed was signed out without a word.
 */
@ExtendWith(RunningPortal.class)
class UserSessionFindingsE2E {

    private final List<ChromeDriver> browsers = new ArrayList<>();

    @AfterEach
    void close() {
        browsers.forEach(ChromeDriver::quit);
    }

    /**
     * The editor's next request after the change was the preview the edit page asks for as one types: its answer (the
     * sign-in page) was dropped, and the editor stayed on a page signed out without a word. They are taken to the
     * sign-in page, which says their roles changed and to sign in again.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void anEditorWhoseRolesAnAdministratorChangedIsToldSoAtTheirNextKeystroke(String language, URI portal) {
        String email = "typing-editor-" + language + System.nanoTime() + "@kmb.test";
        People.invited(portal, People.admin(portal), email, "Tia Typing " + language, "editor");
        ChromeDriver editor = signedIn(portal, language, email);
        editor.get(portal.resolve("/editor/edit?id=closing-a-match-well&lang=" + language).toString());
        changeRoles(portal, email, "member");

        String typed = oneLine(GeneratedText.libraryWords(120), "typed-after-roles-" + language);
        editor.findElement(By.id("edit:guideSummary")).sendKeys(" " + typed);
        new WebDriverWait(editor, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/sign-in"));
        Browser.awaitText(editor, By.cssSelector(".session-ended"), Bundle.shown(language, "session.ended.roles"));
        assertTrue(editor.findElements(By.cssSelector(".account-nav form")).isEmpty(), "signed out");
    }

    /**
     * An editor whose roles changed and who opens another page is told the same, not "password or roles changed".
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void anEditorWhoseRolesChangedIsToldItWasTheirRolesOnTheNextPage(String language, URI portal) {
        String email = "moving-editor-" + language + System.nanoTime() + "@kmb.test";
        People.invited(portal, People.admin(portal), email, "Mo Moving " + language, "editor");
        ChromeDriver editor = signedIn(portal, language, email);
        editor.get(portal.resolve("/editor/?lang=" + language).toString());
        changeRoles(portal, email, "editor", "mentor");
        editor.get(portal.resolve("/browse").toString());
        Browser.awaitText(editor, By.cssSelector(".session-ended"), Bundle.shown(language, "session.ended.roles"));
        assertFalse(editor.findElement(By.cssSelector(".session-ended")).getText().contains(Bundle.shown(language,
                "session.ended")), "not the words for a changed password");
    }

    static String oneLine(Gen<String> text, String seed) {
        return text.next(new Random(Gen.seed() * 31 + seed.hashCode())).replaceAll("\\s+", " ").strip();
    }

    static void changeRoles(URI portal, String email, String... roles) {
        Visitor admin = People.admin(portal);
        long id = admin.get("/api/admin/users").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getString("email").equals(email)).findFirst().orElseThrow().getJsonNumber("id")
                .longValue();
        String body = "{\"roles\": [" + String.join(", ", Arrays.stream(roles).map(r -> "\"" + r + "\"").toList())
                + "]}";
        Http.Answer answer = admin.api("PUT", "/api/admin/users/" + id + "/roles", body);
        assertEquals(200, answer.status(), answer.body());
    }

    private ChromeDriver signedIn(URI portal, String language, String email) {
        ChromeDriver browser = Browser.start(language);
        browsers.add(browser);
        Browser.signIn(browser, portal, email, People.PASSWORD);
        return browser;
    }
}

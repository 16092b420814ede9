package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import jakarta.json.Json;

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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Words pages got wrong (user session): the plan's goals refused as too long in two messages, the second in lower
 * case with "4000"; a check-in saying a single-choice answer of the partner's profile "now includes" its new value; a
 * collection's id made from the tag names of markup in its title; the accounts list showing an empty table's header
 * when nobody matches the filter.
 */
@ExtendWith(RunningPortal.class)
class PageWordsE2E {

    private final List<ChromeDriver> browsers = new ArrayList<>();

    @AfterEach
    void close() {
        browsers.forEach(ChromeDriver::quit);
        browsers.clear();
    }

    private ChromeDriver signedIn(URI portal, String language, String email, String password) {
        ChromeDriver browser = Browser.start(language);
        browsers.add(browser);
        Browser.signInBySession(browser, portal, email, password);
        return browser;
    }

    /** A partnership proposed by a new mentor to a new partner organization; its id, partner and organization. */
    private record Scene(long id, String partnerEmail, Visitor partner, long organization) {
    }

    private static Scene proposed(URI portal, String language, String what) {
        long n = System.nanoTime();
        Visitor admin = People.admin(portal);
        String partnerEmail = what + "-partner-" + language + n + "@kmb.test";
        Visitor partner = People.member(portal, partnerEmail, "Words Partner", "Words Org " + language + n);
        Visitor mentor = People.invited(portal, admin, what + "-mentor-" + language + n + "@kmb.test",
                "Words Mentor", "mentor");
        long organization = partner.get("/api/account").json().getJsonNumber("organization").longValue();
        String joinCode = partner.get("/api/organizations/" + organization).json().getString("join_code");
        Http.Answer started = mentor.api("POST", "/api/partnerships", Json.createObjectBuilder().add("join_code",
                joinCode).add("title", "Words " + language).build().toString());
        assertEquals(201, started.status(), started.body());
        return new Scene(started.json().getJsonNumber("id").longValue(), partnerEmail, partner, organization);
    }

    private static void accept(Scene scene) {
        assertEquals(200, scene.partner().api("POST", "/api/partnerships/" + scene.id() + "/acceptance", Json
                .createObjectBuilder().add("goals", "Keep matches going.").add("capacities", Json
                        .createArrayBuilder().add("match-support"))
                .build().toString()).status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void goalsTooLongSaySoOnceWithTheLimitWrittenForTheLanguage(String language, URI portal) {
        Scene scene = proposed(portal, language, "goals");
        accept(scene);
        ChromeDriver browser = signedIn(portal, language, scene.partnerEmail(), People.PASSWORD);
        browser.get(portal.resolve("/partnerships/plan?id=" + scene.id() + "&lang=" + language).toString());
        StringBuilder goals = new StringBuilder();
        for (int i = 0; goals.length() <= org.kmbportal.partnerships.PartnershipService.MAX_GOALS; i++) {
            goals.append(UserSessionFindingsE2E.oneLine(GeneratedText.libraryWords(400), "goals-" + language + i))
                    .append(' ');
        }
        ((JavascriptExecutor) browser).executeScript("document.getElementById('plan:goals').value = arguments[0];",
                goals.toString());
        browser.findElement(By.id("plan:save")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15), Browser.POLL).until(d -> !d.findElements(By.cssSelector(
                "#messages .message--error")).isEmpty());
        List<String> errors = browser.findElements(By.cssSelector("#messages .message--error")).stream().map(
                WebElement::getText).toList();
        // One line above the form, the refusal beside the goals (every box refused is said beside it at once).
        assertEquals(List.of(Bundle.shown(language, "partnerships.plan.fixFields")), errors);
        String error = browser.findElement(By.id("plan:goals-error")).getText();
        assertEquals("true", browser.findElement(By.id("plan:goals")).getAttribute("aria-invalid"));
        assertTrue(Character.isUpperCase(error.codePointAt(0)), "capitalised: " + error);
        assertFalse(error.contains("4000"), "the limit written for the language: " + error);
        assertTrue(error.matches("(?s).*4[,\\s\\u00a0\\u202f]000.*"), "the limit written for the language: "
                + error);
        // The limit and the text's length, as every box over its limit now says (ui51: the box cuts nothing).
        String typed = goals.toString().strip();
        assertEquals(Bundle.shown(language, "editor.fieldTooLong", 4000, typed.codePointCount(0, typed.length()))
                .replace('\u00a0', ' ').replace('\u202f', ' '), error.replace('\u00a0', ' ').replace('\u202f', ' '));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aSingleChoiceOfThePartnersProfileIsNowItsNewValueNotIncludesIt(String language, URI portal) {
        Scene scene = proposed(portal, language, "context");
        String profile = "/api/organizations/" + scene.organization() + "/profile";
        assertEquals(200, scene.partner().api("PUT", profile, "{\"context\": {\"organization_size\": \"small\"},"
                + " \"challenges\": \"\", \"language\": \"" + language + "\"}").status());
        accept(scene);
        Http.Answer changed = scene.partner().api("PUT", profile, "{\"context\": {\"organization_size\": \"medium\"},"
                + " \"challenges\": \"\", \"language\": \"" + language + "\"}");
        assertEquals(200, changed.status(), changed.body());
        ChromeDriver browser = signedIn(portal, language, scene.partnerEmail(), People.PASSWORD);
        browser.get(portal.resolve("/partnerships/check-in?id=" + scene.id() + "&number=1&lang=" + language)
                .toString());
        String medium = "fr".equals(language) ? "Moyenne (10 à 50 employés)" : "Medium (10 to 50 staff)";
        String small = "fr".equals(language) ? "Petite (moins de 10 employés)" : "Small (fewer than 10 staff)";
        String line = browser.findElements(By.cssSelector(".context-changes li")).stream().map(WebElement::getText)
                .filter(t -> t.contains(medium)).findFirst().orElseThrow(() -> new AssertionError(
                        "no line for the size: " + browser.findElement(By.tagName("main")).getText()));
        assertFalse(line.contains(Bundle.shown(language, "partnerships.context.added", medium)), line);
        assertTrue(line.contains(Bundle.shown(language, "partnerships.context.now", medium)), line);
        assertTrue(line.contains(Bundle.shown(language, "partnerships.context.was", small)), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aCollectionsIdComesFromTheTitlesVisibleTextNotItsTags(String language, URI portal) {
        Visitor admin = People.admin(portal);
        Visitor curator = People.invited(portal, admin, "slug-" + language + System.nanoTime() + "@kmb.test",
                "Slug Curator", "mentor");
        Random random = new Random(Gen.seed() * 31 + ("slug-" + language).hashCode());
        for (int i = 0; i < 4; i++) {
            String words = GeneratedText.libraryWords(40).next(random).replaceAll("[^\\p{L}\\p{N} ]", " ").strip();
            String word = words.isEmpty() ? "mentors" : words.split("\\s+")[0];
            String title = "<b>" + word + "</b> <em class=\"x\">" + language + i + "</em>";
            Http.Answer created = curator.api("POST", "/api/collections", Json.createObjectBuilder().add("title",
                    title).add("visibility", "private").build().toString());
            assertEquals(201, created.status(), created.body());
            String id = created.json().getString("id");
            String expected = org.kmbportal.library.Slugs.base(word + " " + language + i, "collection");
            assertTrue(id.equals(expected) || id.startsWith(expected + "-"), title + " → " + id);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void accountsFilteredToNobodySayNoAccountMatchesWithoutAnEmptyTable(String language, URI portal) {
        ChromeDriver browser = signedIn(portal, language, People.ADMIN_EMAIL, People.ADMIN_PASSWORD);
        String nobody = UserSessionFindingsE2E.oneLine(GeneratedText.libraryWords(60), "nobody-" + language)
                + " zz" + System.nanoTime();
        browser.get(portal.resolve("/admin/users?lang=" + language + "&q=" + java.net.URLEncoder.encode(nobody,
                java.nio.charset.StandardCharsets.UTF_8)).toString());
        Browser.awaitText(browser, By.id("users-count"), Bundle.shown(language, "admin.users.countMatching", 0,
                nobody));
        assertTrue(browser.findElements(By.cssSelector("main table")).isEmpty(), "no table without rows");
    }
}

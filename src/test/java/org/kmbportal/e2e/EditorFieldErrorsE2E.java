package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import jakarta.json.Json;

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
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Found on the shipped build: the edit form's refusals (a bad DOI, an unknown id in "Based on") were shown and the
 * field focused, but a screen reader heard neither that the field is wrong nor why: the field is now marked invalid
 * and described by its help and its error.
 */
@ExtendWith(RunningPortal.class)
class EditorFieldErrorsE2E {

    private final List<ChromeDriver> browsers = new ArrayList<>();

    @AfterEach
    void close() {
        browsers.forEach(ChromeDriver::quit);
        browsers.clear();
    }

    /** For each language, generated words of the library with accents, emoji and apostrophes (never a DOI or id). */
    static Stream<Arguments> texts() {
        Gen<String> words = GeneratedText.libraryWords(120);
        Gen<String> tail = Gen.of(" « Été » 🙂", " l’équipe 👩🏽‍🏫", " « naïve » 🇨🇦 ’");
        Gen<String> text = random -> GeneratedText.cut(words.next(random).replaceAll("\\s+", " "), 100).strip()
                + tail.next(random);
        return Stream.of("en", "fr").flatMap(language -> Gen.tries("field-errors-" + language, 1, text)
                .map(t -> Arguments.of(language, t)));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void aRefusedDoiIsMarkedInvalidAndDescribedByItsError(String language, String text, URI portal) {
        Editor editor = editor(portal, language);
        String id = editor.copy("zeldin-2013-youth-adult-partnership", "field-doi-" + language + System.nanoTime());
        editor.browser.get(portal.resolve("/editor/edit?id=" + id + "&lang=" + language).toString());
        fill(editor.browser, "edit:doi", text);
        editor.browser.findElement(By.id("edit:save")).click();
        Browser.awaitMessage(editor.browser, Bundle.shown(language, "editor.fixFields"));
        assertInvalidAndDescribed(editor.browser, "edit:doi", "doi-help", Bundle.shown(language, "editor.badDoi"));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void anUnknownIdInBasedOnIsMarkedInvalidAndDescribedByItsError(String language, String text, URI portal) {
        Editor editor = editor(portal, language);
        String id = editor.copy("checking-relationship-quality", "field-based-" + language + System.nanoTime());
        editor.browser.get(portal.resolve("/editor/edit?id=" + id + "&lang=" + language).toString());
        String unknown = "unknown-" + language + "-" + Math.abs(text.hashCode());
        fill(editor.browser, "edit:basedOn", unknown);
        editor.browser.findElement(By.id("edit:save")).click();
        Browser.awaitMessage(editor.browser, Bundle.shown(language, "editor.fixFields"));
        assertInvalidAndDescribed(editor.browser, "edit:basedOn", "based-help", unknown);
        // corrected, the next refusal-free save drops the marks
        fill(editor.browser, "edit:basedOn", "");
        editor.browser.findElement(By.id("edit:save")).click();
        Browser.awaitMessage(editor.browser, Bundle.shown(language, "editor.saved", "#").split("#")[0].strip());
        WebElement field = editor.browser.findElement(By.id("edit:basedOn"));
        assertFalse("true".equals(field.getAttribute("aria-invalid")), "no longer marked invalid");
        assertEquals("based-help", field.getAttribute("aria-describedby"));
    }

    private static void assertInvalidAndDescribed(ChromeDriver browser, String fieldId, String helpId,
            String errorPart) {
        WebElement field = browser.findElement(By.id(fieldId));
        assertEquals("true", field.getAttribute("aria-invalid"), fieldId + " is marked invalid");
        List<String> ids = Arrays.asList(String.valueOf(field.getAttribute("aria-describedby")).split("\\s+"));
        assertTrue(ids.contains(helpId), fieldId + " keeps its help: " + ids);
        String described = ids.stream().filter(i -> !i.equals(helpId))
                .map(i -> browser.findElements(By.id(i)).stream().map(WebElement::getText).findFirst().orElse(""))
                .reduce("", (a, b) -> a + b);
        assertTrue(described.replace('\u00a0', ' ').contains(errorPart.replace('\u00a0', ' ')),
                fieldId + " is described by its error: " + ids + " says " + described);
    }

    private static void fill(ChromeDriver browser, String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", field, text);
    }

    private Editor editor(URI portal, String language) {
        Visitor admin = People.admin(portal);
        String email = "field-errors-" + language + System.nanoTime() + "@kmb.test";
        Visitor api = People.invited(portal, admin, email, "Fiona Fields", "editor");
        ChromeDriver browser = Browser.start(language);
        browsers.add(browser);
        Browser.signInBySession(browser, portal, email, People.PASSWORD);
        return new Editor(api, browser);
    }

    private record Editor(Visitor api, ChromeDriver browser) {

        String copy(String shipped, String id) {
            String text = api.get("/api/editor/resources/" + shipped).json().getString("text");
            Http.Answer saved = api.api("PUT", "/api/editor/resources/" + id, Json.createObjectBuilder()
                    .add("version", -1).add("text", text.replace("id: " + shipped, "id: " + id)).build().toString());
            assertEquals(200, saved.status(), saved.body());
            return id;
        }
    }
}

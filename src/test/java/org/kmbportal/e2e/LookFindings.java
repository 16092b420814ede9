package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import jakarta.json.Json;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.kmbportal.testing.Bundle;
import org.kmbportal.testing.Browser;
import org.kmbportal.testing.GeneratedText;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.People;
import org.kmbportal.testing.TestDatabase;
import org.kmbportal.testing.Visitor;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the classes of the user sessions' findings (*LookFindingsE2E, from the ninth on) share: browsers closed after
 * each test, people signed in, generated text, and a partnership to work in.
 */
abstract class LookFindings {

    /** The mentor of {@link #partnershipWithOneItem}, as pages name them. */
    static final String MENTOR_NAME = "Check-in Mentor";

    /** The portal of the test running: the base of the pages read, whose forms are sent again. */
    protected URI base;

    private final List<ChromeDriver> browsers = new ArrayList<>();

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(ChromeDriver::quit);
        browsers.clear();
    }

    /** A browser in that language, signed in as that account (the test password); closed after the test. */
    ChromeDriver signedIn(URI portal, String language, String email) {
        return signedIn(portal, language, email, People.PASSWORD);
    }

    ChromeDriver signedIn(URI portal, String language, String email, String password) {
        ChromeDriver browser = Browser.start(language);
        browsers.add(browser);
        Browser.signInBySession(browser, portal, email, password);
        return browser;
    }

    /** Generated text on one line, of about that length: the library's words, odd signs, both languages. */
    static String line(Random random, int length) {
        return GeneratedText.oddTitles(length).next(random).replaceAll("\\s+", " ").strip();
    }

    /** A long paragraph on one line: the library's words, quotation marks, markup-like text, both languages. */
    static String paragraph(Random random) {
        return line(random, 400) + " « Été à l’école » & <b>gras</b> #{7*7} " + line(random, 300);
    }

    /**
     * Text written in one language only: sentences of the shipped library's texts in it, with odd signs between them
     * (« », markup, emoji) or a blank line.
     */
    static String writtenIn(String language, Random random, int length) throws IOException {
        List<String> sentences = new ArrayList<>();
        try (var files = Files.walk(TestDatabase.projectDir().resolve("content"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                String text = Files.readString(file);
                if (!text.contains("\nlanguage: " + language + "\n")) {
                    continue;
                }
                String body = text.substring(text.indexOf("\n---", 3) + 4);
                for (String sentence : body.split("(?<=[.!?])\\s+")) {
                    String plain = sentence.replaceAll("[#*_\\[\\]()]", " ").replaceAll("\\s+", " ").strip();
                    if (plain.length() > 40) {
                        sentences.add(plain);
                    }
                }
            }
        }
        assertTrue(sentences.size() > 20, language + ": " + sentences.size());
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            text.append(sentences.get(random.nextInt(sentences.size()))).append(random.nextBoolean()
                    ? " « » <b>🌊</b> #{7*7} "
                    : "\n\n");
        }
        return text.toString().strip();
    }

    /** Presses the header's language switch and waits for the page in the other language. */
    static void switchLanguage(ChromeDriver browser, String to) {
        Browser.pressForNewPage(browser, browser.findElement(By.cssSelector("a.language-switch")));
        new WebDriverWait(browser, Duration.ofSeconds(15), Browser.POLL).until(d -> to.equals(d.findElement(By
                .tagName("html")).getDomAttribute("lang")));
    }

    /** Whether leaving the page now would ask first: a cancelable beforeunload that the page cancels. */
    static boolean leavingAsks(ChromeDriver browser) {
        return (Boolean) browser.executeScript("var event = new Event('beforeunload', {cancelable: true});"
                + "window.dispatchEvent(event); return event.defaultPrevented;");
    }

    /** What the box holds now, as the browser keeps it. */
    static String value(ChromeDriver browser, String id) {
        return browser.findElement(By.id(id)).getDomProperty("value");
    }

    /** An accepted partnership whose plan has one item, saved by the partner, its mentor {@link #MENTOR_NAME}; its id. */
    static long partnershipWithOneItem(URI portal, Visitor partner, Random random, long n, String language) {
        Visitor mentor = People.invited(portal, People.admin(portal), "look-mentor-" + language + n + "@kmb.test",
                MENTOR_NAME, "mentor");
        long id = MatrixPartnerships.acceptedBetween(partner, mentor, line(random, 100));
        Http.Answer saved = partner.api("PUT", "/api/partnerships/" + id + "/plan", Json.createObjectBuilder().add(
                "version", 0).add("items",
                        Json.createArrayBuilder().add(Json.createObjectBuilder().add("what", line(
                                random, 150)).add("lead", "partner").add("status", "planned")))
                .build().toString());
        assertEquals(200, saved.status(), saved.body());
        return id;
    }

    /** The resource saved with another title ("Other tab n") by the same editor elsewhere (another tab); that title. */
    static String savedElsewhere(Visitor editor, String resource, long n) {
        jakarta.json.JsonObject stored = editor.get("/api/editor/resources/" + resource).json();
        String theirs = "Other tab " + n;
        assertEquals(200, editor.api("PUT", "/api/editor/resources/" + resource, Json.createObjectBuilder().add(
                "version", stored.getJsonNumber("version").longValue()).add("text",
                        stored.getString("text")
                                .replaceFirst("(?m)^title: .*$", "title: " + theirs))
                .build().toString()).status());
        return theirs;
    }

    static String other(String language) {
        return "en".equals(language) ? "fr" : "en";
    }

    /** Types the text into the box and returns what the box holds (as the browser keeps it). */
    static String typed(ChromeDriver browser, String id, String text) {
        Browser.type(browser, id, text);
        return value(browser, id);
    }

    /** A draft copied from a shipped summary, with its own id; the editor who made it. */
    static String draft(Visitor editor, String resource) {
        String text = editor.get("/api/editor/resources/zeldin-2013-youth-adult-partnership").json().getString("text")
                .replace("id: zeldin-2013-youth-adult-partnership", "id: " + resource).replaceFirst(
                        "(?m)^status: .*$", "status: draft");
        assertEquals(200, editor.api("PUT", "/api/editor/resources/" + resource, Json.createObjectBuilder().add(
                "version", -1).add("text", text).build().toString()).status());
        return resource;
    }

    /** The resource's stored "title: " line. */
    static String storedTitle(Visitor editor, String resource) {
        return editor.get("/api/editor/resources/" + resource).json().getString("text").lines().filter(l -> l
                .startsWith("title: ")).findFirst().orElseThrow();
    }

    /** Emoji and other characters outside the Basic Multilingual Plane: one character each, two UTF-16 units. */
    static final List<String> WIDE = List.of("🌊", "😀", "𝒜", "🇫🇷", "👩🏽‍🏫", "𠜎");

    /** Generated text on one line, longer than the limit in characters, with characters outside the BMP in it. */
    static String lineOver(Random random, int limit) {
        StringBuilder text = new StringBuilder(line(random, limit + 1 + random.nextInt(limit)));
        while (length(text.toString().strip()) <= limit) {
            text.append(' ').append(WIDE.get(random.nextInt(WIDE.size()))).append(' ').append(line(random, limit));
        }
        // between two characters, never between the two halves of one
        int at = text.offsetByCodePoints(0, random.nextInt(text.codePointCount(0, text.length()) / 2 + 1));
        text.insert(at, WIDE.get(random.nextInt(WIDE.size())));
        return text.toString().strip();
    }

    /** Paragraphs over the limit in characters (line breaks as a browser sends them, emoji, markup, « »). */
    static String paragraphOver(Random random, int limit) {
        StringBuilder text = new StringBuilder();
        while (length(text.toString().strip()) <= limit) {
            text.append(paragraph(random)).append(' ').append(WIDE.get(random.nextInt(WIDE.size()))).append(
                    "\r\n\r\n");
        }
        return text.toString().strip();
    }

    /** Characters as a reader counts them: code points, line breaks as one. */
    static int length(String text) {
        String plain = text.replace("\r\n", "\n").strip();
        return plain.codePointCount(0, plain.length());
    }

    static String tooLong(String language, int limit, String typed) {
        return tooLong(language, limit, typed, "editor.fieldTooLong");
    }

    static String tooLong(String language, int limit, String typed, String key) {
        return Bundle.normalSpaces(Bundle.shown(language, key, limit, length(typed)));
    }

    static String said(Document page, String id) {
        Element element = page.getElementById(id);
        assertNotNull(element, id + " on " + page.select("main").text());
        return Bundle.normalSpaces(element.text());
    }

    /** The page a form's answer leads to (after its redirects, at most three), or the answer itself when it is the page. */
    Document answerPage(Visitor visitor, Http.Answer answer) {
        for (int i = 0; i < 3 && answer.status() / 100 == 3; i++) {
            answer = visitor.get(answer.header("Location"));
        }
        assertEquals(200, answer.status(), answer.body());
        return org.jsoup.Jsoup.parse(answer.body(), base.toString());
    }

    /** The page at that address, after the redirects it answers with (at most three). */
    Document pageAt(Visitor visitor, String path) {
        return answerPage(visitor, visitor.get(path));
    }
}

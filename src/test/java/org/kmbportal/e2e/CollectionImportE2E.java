package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.stream.Stream;

import jakarta.json.JsonObject;

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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A mentor copies a shipped public collection of the editorial team (its export, changed only in id and title) into
 * "Import a collection file" on /curate/: the page says the new collection is theirs and private, it carries their
 * name, and nobody else finds it (not in /collections, not in search). Titles are generated (long, odd, English and
 * French).
 */
@ExtendWith(RunningPortal.class)
class CollectionImportE2E {

    static Stream<Arguments> aCopiedShippedCollectionImportsAsTheMentorsPrivateCollectionTries() {
        java.util.concurrent.atomic.AtomicInteger tries = new java.util.concurrent.atomic.AtomicInteger();
        return Gen.tries("copied shipped collection", 2, random -> {
            String words = GeneratedText.libraryWords(300).next(random).replace("---", "—").replace("@", " ");
            String marker = "Vornakelt" + Long.toString(Math.abs(random.nextLong()), 36).replaceAll("\\d", "");
            String title = GeneratedText.cut("« Copie » d’une collection — " + words.replaceAll("\\s+", " ").strip()
                    + " 🙂 " + marker, 450).strip();
            return Arguments.of(title, marker, tries.getAndIncrement() % 2 == 0 ? "fr" : "en");
        });
    }

    @ParameterizedTest(name = "try {index} ({2})")
    @MethodSource("aCopiedShippedCollectionImportsAsTheMentorsPrivateCollectionTries")
    void aCopiedShippedCollectionImportsAsTheMentorsPrivateCollection(String title, String marker, String language)
            throws InterruptedException {
        URI portal = RunningPortal.base();
        Visitor admin = People.admin(portal);
        String email = "import-mentor-" + Long.toString(System.nanoTime(), 36) + "@kmb.test";
        String name = "Mentor « importe » " + language;
        People.invited(portal, admin, email, name, "mentor");
        Visitor mentor = new Visitor(portal, language);
        assertTrue(mentor.signIn(email, People.PASSWORD));
        String shipped = Http.get(portal, "/api/collections/evaluating-on-a-small-budget/export?format=content")
                .body();
        String id = "e2e-copy-" + marker.toLowerCase(Locale.ROOT) + "-" + Long.toString(System.nanoTime(), 36);
        String copy = shipped.replace("id: evaluating-on-a-small-budget", "id: " + id).replace(
                "title: \"Evaluating on a small budget\"",
                "title: \"" + title.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");

        ChromeDriver browser = Browser.start(language);
        try {
            Browser.signInBySession(browser, portal, email, People.PASSWORD);
            browser.get(portal.resolve("/curate/").toString());
            WebElement box = browser.findElement(By.id("import:text"));
            browser.executeScript("arguments[0].value = arguments[1];", box, copy);
            WebElement button = browser.findElement(By.id("import:import-button"));
            button.click();
            new WebDriverWait(browser, Duration.ofSeconds(30), Browser.POLL)
                    .until(ExpectedConditions.stalenessOf(button));
            String shown = browser.findElement(By.id("messages")).getText();
            assertTrue(shown.contains(Bundle.shown(language, "curation.imported.created")),
                    "the page says it is private and how to share it: " + shown);
            String list = browser.findElement(By.tagName("main")).getText();
            assertTrue(list.contains(title.strip()) || list.contains(marker), "listed among the mentor's: " + list);
        } finally {
            browser.quit();
        }
        JsonObject mine = mentor.get("/api/collections/" + id).json();
        assertEquals("private", mine.getString("visibility"));
        assertEquals(name, mine.getString("curator"), "the mentor's name, not the editorial team's");
        assertFalse(mentor.get("/collections/" + id).body().contains("KMb Portal editorial team"),
                "its page credits the mentor");
        var notFound = Http.get(portal, "/collections/" + id);
        assertEquals(404, notFound.status(), "anonymous readers cannot open it");
        assertTrue(notFound.body().contains(Bundle.shown("en", "error.404.text")),
                "and are told that such a collection opens with the whole link, not that a resource was renamed: "
                        + notFound.body());
        assertFalse(Http.get(portal, "/collections").body().contains(id), "not listed in /collections");
        indexCaughtUp(admin);
        assertFalse(Http.get(portal, "/api/search?q=" + URLEncoder.encode(marker, StandardCharsets.UTF_8), "Sec-GPC",
                "1").body().contains("\"" + id + "\""), "not found in anonymous search");
        assertFalse(Http.get(portal, "/search?q=" + URLEncoder.encode(marker, StandardCharsets.UTF_8))
                .body().contains(id), "not on the search page");
    }

    /**
     * Until the index has applied every change the library logged, the import's included: then search answers as it
     * ever will about the collection, and "not found" means it is left out, not yet to come.
     */
    private static void indexCaughtUp(Visitor admin) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (true) {
            JsonObject index = admin.api("GET", "/api/admin/index", null).json();
            if (index.getJsonNumber("applied_seq").longValue() >= index.getJsonNumber("last_seq").longValue()) {
                return;
            }
            assertTrue(System.nanoTime() < deadline, "the index never caught up: " + index);
            Thread.sleep(20);
        }
    }
}

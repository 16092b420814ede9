package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.jsoup.Jsoup;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What pages said and counted in the user session of 5 December 2026 (second part), checked as readers meet it. */
@ExtendWith(RunningPortal.class)
class WordsAndCountsE2E {

    private final List<ChromeDriver> browsers = new ArrayList<>();

    @AfterEach
    void close() {
        browsers.forEach(ChromeDriver::quit);
        browsers.clear();
    }

    private ChromeDriver browser(String language) {
        ChromeDriver browser = Browser.start(language);
        browsers.add(browser);
        return browser;
    }

    private static WebDriverWait waiting(ChromeDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(20), Browser.POLL);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /**
     * Suggestions labelled an audience ("Volunteer mentors") "Topic", and choosing it searched its words. It is
     * labelled as an audience in the reader's language, and choosing it applies the audience filter.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void anAudienceSuggestionSaysSoAndChoosingItAppliesThatFilter(String language, URI portal) {
        String label = language.equals("en") ? "Volunteer mentors" : "Mentors bénévoles";
        ChromeDriver reader = browser(language);
        reader.get(portal.resolve("/search?lang=" + language).toString());
        WebElement box = reader.findElement(By.id("search-q"));
        box.sendKeys(language.equals("en") ? "volunt" : "bénév");
        waiting(reader).ignoring(StaleElementReferenceException.class).until(ExpectedConditions
                .visibilityOfElementLocated(By.cssSelector("#search-q-suggestions [role=option]")));
        List<WebElement> options = reader.findElements(By.cssSelector("#search-q-suggestions [role=option]"));
        int chosen = -1;
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).findElement(By.cssSelector(".suggest__text")).getText().equals(label)) {
                chosen = i;
            }
        }
        assertTrue(chosen >= 0, "suggested: " + reader.findElement(By.id("search-q-suggestions")).getText());
        assertEquals(Bundle.text(language, "search.kind.facet.audience"),
                options.get(chosen).findElement(By.cssSelector(".suggest__kind")).getText());
        for (int i = 0; i <= chosen; i++) {
            box.sendKeys(Keys.ARROW_DOWN);
        }
        box.sendKeys(Keys.ENTER);
        waiting(reader).until(ExpectedConditions.urlContains("audience=mentors"));
        waiting(reader).until(ExpectedConditions.presenceOfElementLocated(By.id("f-audience-mentors")));
        assertTrue(reader.findElement(By.id("f-audience-mentors")).isSelected(), "the audience filter is applied");
        assertEquals("", reader.findElement(By.id("search-q")).getAttribute("value"), "not a search for its words");
        assertTrue(reader.findElement(By.cssSelector(".active-filters")).getText().contains(label));
        assertFalse(reader.findElements(By.cssSelector(".results .card")).isEmpty(), "resources for mentors");
    }

    /**
     * The page's title repeated a 5,000-character search whole (the 500 characters the box holds). It names the
     * search by its first words and an ellipsis, in both languages.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aLongSearchIsShortenedInThePagesTitle(String language, URI portal) {
        String site = Bundle.shown(language, "site.name");
        Gen.tries("long-search-title-" + language, 4, GeneratedText.libraryWords(5000)).forEach(typed -> {
            Http.Answer page = new Visitor(portal).get("/search?q=" + encode(typed) + "&lang=" + language);
            assertEquals(200, page.status());
            String title = Jsoup.parse(page.body()).title();
            assertTrue(title.endsWith(" · " + site), title);
            String named = title.substring(0, title.length() - (" · " + site).length());
            String oneLine = typed.replaceAll("[\\p{Cntrl}\\s\\p{Z}]+", " ").strip();
            if (oneLine.length() > 60) {
                assertTrue(named.length() <= 61 && named.endsWith("…"), named.length() + ": " + named);
                assertTrue(oneLine.startsWith(named.substring(0, named.length() - 1)), named);
            }
        });
    }


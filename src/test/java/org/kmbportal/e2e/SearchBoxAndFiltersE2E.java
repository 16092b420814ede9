package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kmbportal.testing.Browser;
import org.kmbportal.testing.GeneratedText;
import org.kmbportal.testing.RunningPortal;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A reader who types new words in the search box and then ticks a filter, without pressing Search, means the new
 * words: the filter used to apply to the words the page was answering, while the box still showed the new ones (found
 * by the user session: "closure" searched with the guide filter under "training volunteers before the first meeting").
 */
@ExtendWith(RunningPortal.class)
class SearchBoxAndFiltersE2E {

    private static final List<ChromeDriver> BROWSERS = new java.util.ArrayList<>();

    @AfterAll
    static void close() {
        BROWSERS.forEach(ChromeDriver::quit);
        // Forgotten too: a second run of the class (the pom's rerun of a failed test) quits only its own.
        BROWSERS.clear();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aFilterTickedAfterTypingNewWordsSearchesTheNewWords(String language, URI portal) {
        ChromeDriver browser = Browser.start(language);
        BROWSERS.add(browser);
        String first = UserSessionFindingsE2E.oneLine(GeneratedText.libraryWords(40), "box-first-" + language);
        String typed = UserSessionFindingsE2E.oneLine(GeneratedText.libraryWords(90), "box-typed-" + language);
        browser.get(portal.resolve("/search?lang=" + language + "&q=" + java.net.URLEncoder.encode(first,
                StandardCharsets.UTF_8)).toString());
        Browser.type(browser, "search-q", typed);
        WebElement filter = browser.findElement(By.cssSelector("#filters-panel .facets input[type=checkbox]"));
        String name = filter.getAttribute("name");
        String value = filter.getAttribute("value");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].click();", filter);
        new WebDriverWait(browser, Duration.ofSeconds(20), Browser.POLL)
                .until(d -> query(d.getCurrentUrl(), name).equals(value)
                        && d.findElement(By.id("search-q")).getAttribute("value").equals(typed));
        assertEquals(typed, query(browser.getCurrentUrl(), "q").strip(), "the filter searched the words in the box");
    }

    /**
     * The filters kept the search key of the words the page was answering when new words were typed: the new search
     * went on under the old one's key (never counted as a search of its own), and the filter chips and results led
     * on with that key. New words now get a key of their own.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void newWordsTypedBeforeTickingAFilterAreASearchWithAKeyOfItsOwn(String language, URI portal) {
        ChromeDriver browser = Browser.start(language);
        BROWSERS.add(browser);
        // A first search that finds something, so that filters are offered: a generated word glued to a "+"
        // ("bénévoles2SLGBTQ+ youth") finds nothing, as the "+" asks for the glued word.
        String first = UserSessionFindingsE2E.oneLine(GeneratedText.libraryWords(40), "key-first-" + language)
                .replace('+', ' ');
        String typed = UserSessionFindingsE2E.oneLine(GeneratedText.libraryWords(90), "key-typed-" + language);
        browser.get(portal.resolve("/search?lang=" + language + "&q=" + java.net.URLEncoder.encode(first,
                StandardCharsets.UTF_8)).toString());
        new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL)
                .until(d -> !query(d.getCurrentUrl(), "sig").isEmpty());
        String old = query(browser.getCurrentUrl(), "sig");
        Browser.type(browser, "search-q", typed);
        WebElement filter = browser.findElement(By.cssSelector("#filters-panel .facets input[type=checkbox]"));
        String name = filter.getAttribute("name");
        String value = filter.getAttribute("value");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].click();", filter);
        new WebDriverWait(browser, Duration.ofSeconds(20), Browser.POLL)
                .until(d -> query(d.getCurrentUrl(), name).equals(value)
                        && query(d.getCurrentUrl(), "q").strip().equals(typed) && !query(d.getCurrentUrl(), "sig")
                                .isEmpty());
        String now = query(browser.getCurrentUrl(), "sig");
        assertNotEquals(old, now, "the new words' search has its own key");
        List<String> chips = browser.findElements(By.cssSelector(".active-filters a, .results a[href*='sig=']"))
                .stream().map(a -> a.getAttribute("href")).toList();
        for (String chip : chips) {
            assertFalse(old.equals(query(chip, "sig")), "a link carries the old search's key: " + chip);
        }
    }

    /** The first value of a parameter of the address, decoded ("" when absent). */
    private static String query(String address, String name) {
        String query = URI.create(address).getRawQuery();
        if (query == null) {
            return "";
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equals(name)) {
                return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            }
        }
        return "";
    }
}

package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kmbportal.testing.Browser;
import org.kmbportal.testing.RunningPortal;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A practitioner searching: suggestions as they type, filters with counts, a shared link, the empty result. */
@ExtendWith(RunningPortal.class)
class SearchE2E {

    private ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void typingOffersSuggestionsPickedByKeyboardThenFiltersNarrowTheResults(URI portal) {
        browser = Browser.start("en");
        browser.get(portal.resolve("/search").toString());
        WebElement box = browser.findElement(By.cssSelector("#search-form input[type=text]"));
        box.sendKeys("match clo");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#search-q-suggestions [role=option]")));
        Browser.screenshot(browser, "search-1-suggestions");
        box.sendKeys(Keys.ARROW_DOWN);
        box.sendKeys(Keys.ENTER);
        // Picking a suggestion either searches at once or fills the box; the page may be replaced meanwhile,
        // so the box is looked up afresh on every poll.
        By searchBox = By.cssSelector("#search-form input[type=text]");
        wait.ignoring(WebDriverException.class).until(d -> d.getCurrentUrl().contains("q=Match+closure")
                || "Match closure".equals(d.findElement(searchBox).getAttribute("value")));
        if (!browser.getCurrentUrl().contains("q=Match+closure")) {
            browser.findElement(searchBox).sendKeys(Keys.ENTER);
        }
        wait.until(ExpectedConditions.urlContains("q=Match+closure"));
        String total = browser.findElement(By.id("results-title")).getText();
        assertTrue(total.matches("\\d+ results?"), total);
        assertTrue(browser.findElements(By.cssSelector(".snippet mark")).size() > 0, "matches are highlighted");

        WebElement guides = browser.findElement(By.id("f-type-practice-guide"));
        String label = browser.findElement(By.cssSelector("label[for='f-type-practice-guide']")).getText();
        long expected = Long.parseLong(label.replaceAll(".*\\((\\d+)\\).*", "$1"));
        // A ticked filter applies at once (no "Apply filters" to reach), and focus stays on it.
        guides.sendKeys(Keys.SPACE);
        wait.until(ExpectedConditions.urlContains("type=practice-guide"));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> (expected + " results").equals(d.findElement(By.id("results-title")).getText()
                        .replace(" result", " results").replace("resultss", "results")));
        assertEquals("f-type-practice-guide", browser.switchTo().activeElement().getAttribute("id"));
        browser.findElements(By.cssSelector(".card .badge--practice-guide")).forEach(b -> assertTrue(b.isDisplayed()));
        assertEquals(browser.findElements(By.cssSelector(".results .card")).size(),
                browser.findElements(By.cssSelector(".results .card .badge--practice-guide")).size());
        Browser.screenshot(browser, "search-2-filtered");

        String shared = browser.getCurrentUrl();
        browser.get(shared);
        assertTrue(browser.findElement(By.id("f-type-practice-guide")).isSelected(),
                "the shared link keeps the filter");
    }

    @Test
    void aMisspeltSearchShowsCorrectedResultsAndANoResultSearchHelps(URI portal) {
        browser = Browser.start("en");
        browser.get(portal.resolve("/search?q=recrutment+of+volunters").toString());
        assertTrue(browser.findElement(By.cssSelector(".did-you-mean")).getText()
                .contains("recruitment of volunteers"));
        assertFalse(browser.findElements(By.cssSelector(".results .card")).isEmpty());
        browser.get(portal.resolve("/search?q=xyzzyplugh").toString());
        assertEquals("No results", browser.findElement(By.id("results-title")).getText());
        assertFalse(browser.findElements(By.cssSelector(".empty-result .tags a")).isEmpty(), "topics to explore");
        Browser.screenshot(browser, "search-3-empty");
    }

    @Test
    void theHeaderSearchBoxWorksFromAnyPageInFrench(URI portal) {
        browser = Browser.start("fr");
        browser.get(portal.resolve("/browse").toString());
        WebElement quick = browser.findElement(By.id("quick-q"));
        quick.sendKeys("fin du jumelage", Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/search?q="));
        assertEquals("Rechercher dans la bibliothèque", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElement(By.id("results-title")).getText().endsWith("résultats"));
    }

    @Test
    void searchPagesPassAnAutomatedWcag21AaCheck(URI portal) {
        List<String> problems = new ArrayList<>();
        for (String language : List.of("en", "fr")) {
            browser = Browser.start(language);
            for (String page : List.of("/search", "/search?q=mentoring&topic=match-support&sort=newest",
                    "/search?q=xyzzyplugh", "/search?q=mentorsip")) {
                browser.get(portal.resolve(page).toString());
                Browser.wcagViolations(browser).forEach(v -> problems.add(language + " " + page + ": " + v));
            }
            browser.quit();
            browser = null;
        }
        assertEquals(List.of(), problems);
    }
}

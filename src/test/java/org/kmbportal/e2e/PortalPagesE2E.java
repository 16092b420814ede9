package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kmbportal.testing.Browser;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.RunningPortal;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The footer's pages (about, methodology, privacy, accessibility, contact): reached from every page without signing
 * in, in both languages, saying what this portal really does, and clean for WCAG 2.1 AA.
 */
@ExtendWith(RunningPortal.class)
class PortalPagesE2E {

    private static final List<String> PAGES = List.of("about", "methodology", "privacy", "accessibility", "contact");

    private ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theFooterLeadsToEveryPageInBothLanguagesWithoutSigningIn(URI portal) {
        List<String> problems = new ArrayList<>();
        for (String language : List.of("en", "fr")) {
            browser = Browser.start(language);
            for (String page : PAGES) {
                browser.get(portal.resolve("/search?q=mentoring&lang=" + language).toString());
                WebElement footer = browser.findElement(By.cssSelector("footer .footer-nav"));
                List<WebElement> links = footer.findElements(By.tagName("a"));
                assertEquals(PAGES.size(), links.size());
                links.get(PAGES.indexOf(page)).click();
                assertTrue(browser.getCurrentUrl().endsWith("/" + page), browser.getCurrentUrl());
                assertEquals(language, browser.findElement(By.tagName("html")).getAttribute("lang"));
                String heading = browser.findElement(By.tagName("h1")).getText();
                assertTrue(browser.getTitle().startsWith(heading), browser.getTitle());
                assertTrue(browser.findElements(By.cssSelector(".static-page h2")).size() >= 2, page);
                Browser.wcagViolations(browser).forEach(v -> problems.add(language + " " + page + ": " + v));
                Browser.screenshot(browser, "portal-page-" + page + "-" + language);
            }
            browser.manage().window().setSize(new Dimension(390, 844));
            browser.get(portal.resolve("/privacy").toString());
            long width = (Long) browser.executeScript("return document.documentElement.scrollWidth");
            assertTrue(width <= 390, "no sideways scrolling on a phone: " + width);
            Browser.screenshot(browser, "portal-page-privacy-" + language + "-phone");
            browser.quit();
            browser = null;
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void thePagesSayWhatThisPortalKeepsAndHowItRanks(URI portal) {
        browser = Browser.start("en");
        browser.get(portal.resolve("/privacy").toString());
        assertEquals("Searches and “was this useful?” answers are deleted after 180 days.",
                browser.findElement(By.id("retention")).getText());
        browser.get(portal.resolve("/methodology").toString());
        List<String> levels = browser.findElements(By.cssSelector("dl.levels dt")).stream().map(WebElement::getText)
                .toList();
        assertEquals(List.of("Strong", "Moderate", "Emerging", "Foundational"), levels);
        browser.get(portal.resolve("/contact?lang=fr").toString());
        assertTrue(browser.findElement(By.id("contact-email")).getText().contains("n’ont pas publié d’adresse"));
    }

    @Test
    void readingThePagesOpensNoSession(URI portal) {
        for (String page : PAGES) {
            Http.Answer answer = Http.get(portal, "/" + page);
            assertEquals(200, answer.status(), page);
            assertEquals(null, answer.header("Set-Cookie"), page + " opens no session");
            assertTrue(answer.body().contains("<meta name=\"description\""), page);
        }
    }
}

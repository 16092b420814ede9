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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.kmbportal.testing.Browser;
import org.kmbportal.testing.Bundle;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.RunningPortal;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A coordinator describes their organization, by keyboard, and gets the resources that fit with the reasons. */
@ExtendWith(RunningPortal.class)
class OrganizationE2E {

    private ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aCoordinatorDescribesTheirProgramAndGetsRankedResourcesWithReasons(URI portal) {
        browser = Browser.start("en");
        browser.get(portal.resolve("/organization").toString());
        browser.findElement(By.id("q-organization_size-small")).sendKeys(Keys.SPACE);
        browser.findElement(By.id("q-evaluation_capacity-none")).sendKeys(Keys.SPACE);
        browser.findElement(By.id("q-program_models-group")).sendKeys(Keys.SPACE);
        browser.findElement(By.id("q-topics-recruitment-screening")).sendKeys(Keys.SPACE);
        WebElement challenges = browser.findElement(By.id("challenges"));
        challenges.sendKeys("Our volunteers leave after a few months and matches end early.");
        Browser.screenshot(browser, "organization-1-form");
        browser.findElement(By.cssSelector(".profile-form button[type=submit]")).sendKeys(Keys.ENTER);

        Browser.awaitText(browser, By.id("matches-title"), "Resources that fit your organization");
        assertTrue(browser.findElements(By.cssSelector(".notice")).isEmpty(),
                "every answer the form sent is understood");
        List<WebElement> matches = browser.findElements(By.cssSelector(".match-list > li"));
        assertTrue(matches.size() >= 10, matches.size() + " matches");
        assertFalse(matches.get(0).findElements(By.cssSelector(".reason")).isEmpty(), "the first match says why");
        assertTrue(browser.findElement(By.id("q-organization_size-small")).isSelected(), "answers are kept");
        assertTrue(browser.findElement(By.id("challenges")).getAttribute("value").contains("volunteers leave"));
        Browser.screenshot(browser, "organization-2-matches");

        // What is shown changes by buttons that send the answers again by POST: the paragraph stays out of the address.
        browser.findElement(By.xpath("//button[normalize-space()='Practice guides']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ExpectedConditions.attributeToBe(
                        By.xpath("//button[normalize-space()='Practice guides']"), "aria-pressed", "true"));
        browser.findElements(By.cssSelector(".match-list .card__type .badge"))
                .forEach(b -> assertEquals("Practice guide", b.getText()));
        assertTrue(browser.findElement(By.id("challenges")).getAttribute("value").contains("volunteers leave"));
        browser.findElement(By.xpath("//button[normalize-space()='Only resources made for organizations like mine']"))
                .click();
        new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.xpath("//button[normalize-space()='" + Bundle.text("en", "organization.showAll") + "']")));
        assertTrue(browser.findElements(By.cssSelector(".match--ruled-out")).isEmpty());
        browser.findElements(By.cssSelector(".match-list .card__type .badge"))
                .forEach(b -> assertEquals("Practice guide", b.getText()));
        assertFalse(browser.getCurrentUrl().contains("volunteers"), browser.getCurrentUrl());
    }

    @Test
    void everyAnswerHasItsOwnIdAndLabelSoNotSureIsNotNoEvaluation(URI portal) {
        Document page = Jsoup.parse(Http.get(portal, "/organization").body());
        List<String> ids = page.select("[id]").eachAttr("id");
        assertEquals(List.of(), ids.stream().filter(id -> java.util.Collections.frequency(ids, id) > 1).distinct()
                .toList(), "ids used twice");
        for (Element answer : page.select(".profile-form input[type=radio], .profile-form input[type=checkbox]")) {
            assertEquals(1, page.select("label[for=" + answer.id() + "]").size(), "one label for " + answer.id());
        }
        browser = Browser.start("en");
        browser.get(portal.resolve("/organization").toString());
        WebElement question = browser.findElement(By.id("q-evaluation_capacity-none")).findElement(By.xpath(
                "ancestor::fieldset"));
        question.findElement(
                By.xpath(".//label[normalize-space()='" + Bundle.text("en", "organization.notSure") + "']"))
                .click();
        WebElement notSure = question.findElement(By.cssSelector("input[value=unsure]"));
        assertTrue(notSure.isSelected(), "clicking \"Not sure\" chooses it");
        assertFalse(browser.findElement(By.id("q-evaluation_capacity-none")).isSelected());
    }

    @Test
    void showingOneTypeShowsTheBestOfThatTypeNotThoseAmongTheBestOfAll(URI portal) {
        long guides = Http.get(portal, "/api/resources?type=practice-guide&size=1").json().getJsonNumber("total")
                .longValue();
        long englishGuides = Http.get(portal, "/api/resources?type=practice-guide&lang=en&size=1").json()
                .getJsonNumber("total").longValue();
        // Each guide is shown once, in one language, so the English guides bound what one page of 30 must hold (a
        // full page once the other tests of the shared portal have published enough guides of their own).
        assertTrue(englishGuides > 10, englishGuides + " English guides");
        Document all = Jsoup.parse(Http.get(portal, "/organization?submitted=1&challenges=volunteers").body());
        Document onlyGuides = Jsoup.parse(Http.get(portal, "/organization?submitted=1&challenges=volunteers"
                + "&show=practice-guide").body());
        int shown = onlyGuides.select(".match-list > li").size();
        assertTrue(shown >= Math.min(englishGuides, 30) && shown <= Math.min(guides, 30),
                "every guide (none is ruled out), each in one"
                        + " language: " + shown + " of " + guides);
        assertEquals(shown, onlyGuides.select(".match-list .badge--practice-guide").size());
        assertEquals(30, all.select(".match-list > li").size());

        Document fitting = Jsoup.parse(Http.get(portal, "/organization?submitted=1&organization_size=large"
                + "&evaluation_capacity=established&fitting=1").body());
        assertEquals(30, fitting.select(".match-list > li").size(), "a full page of resources that fit");
        assertTrue(fitting.select(".match--ruled-out").isEmpty());
    }

    @Test
    void theFormIsInFrenchForFrenchReaders(URI portal) {
        browser = Browser.start("fr");
        browser.get(portal.resolve("/organization?submitted=1&organization_size=small&topics=match-closure"
                + "&challenges=Nos+jumelages+se+terminent+trop+vite").toString());
        assertEquals("Des ressources pour mon organisme", browser.findElement(By.tagName("h1")).getText());
        String reasons = browser.findElement(By.cssSelector(".match-list")).getText();
        assertTrue(reasons.contains("Porte sur le thème « fin des jumelages »"), reasons);
    }

    @Test
    void theOrganizationPagePassesAnAutomatedWcag21AaCheck(URI portal) {
        List<String> problems = new ArrayList<>();
        for (String language : List.of("en", "fr")) {
            browser = Browser.start(language);
            for (String page : List.of("/organization", "/organization?submitted=1&organization_size=large"
                    + "&program_models=group&settings=school&challenges=parents")) {
                browser.get(portal.resolve(page).toString());
                Browser.wcagViolations(browser).forEach(v -> problems.add(language + " " + page + ": " + v));
            }
            browser.quit();
            browser = null;
        }
        assertEquals(List.of(), problems);
    }

    /**
     * Public collections that share something with the profile come below the resources, with their reasons and a
     * link to the collection; narrowing the matches to one type of resource leaves them out.
     */
    @Test
    void collectionsThatFitComeBelowTheResources(URI portal) {
        String profile = "/organization?submitted=1&organization_size=small&topics=program-evaluation&challenges="
                + java.net.URLEncoder.encode("We have no budget for evaluation and our funder wants to know what"
                        + " changes for the youth we serve.", java.nio.charset.StandardCharsets.UTF_8);
        Document page = Jsoup.parse(Http.get(portal, profile).body());
        org.jsoup.select.Elements cards = page.select(".collection-matches > li");
        assertFalse(cards.isEmpty(), page.select("main").text());
        assertTrue(cards.size() <= 3, cards.text());
        List<String> links = cards.select(".card__title a").eachAttr("href");
        assertTrue(links.stream().anyMatch(l -> l.endsWith("/collections/evaluating-on-a-small-budget")),
                links.toString());
        for (org.jsoup.nodes.Element card : cards) {
            assertFalse(card.select(".reasons li:not(.reason--warning)").isEmpty(), card.text());
            String href = card.selectFirst(".card__title a").attr("href");
            assertEquals(200, Http.get(portal, URI.create(href).getPath()).status(), href);
        }
        assertEquals("Collections for programs like yours", page.selectFirst("#collection-matches-title").text());
        assertTrue(page.select(".match-list .badge--collection").isEmpty());
        assertEquals(30, page.select(".match-list > li").size());

        Document guides = Jsoup.parse(Http.get(portal, profile + "&show=practice-guide").body());
        assertTrue(guides.select(".collection-matches").isEmpty());
        // "collection" is not a type of resource to narrow to: every type is shown, with the collections below.
        Document odd = Jsoup.parse(Http.get(portal, profile + "&show=collection").body());
        assertTrue(odd.select(".match-list .badge--collection").isEmpty());
        assertEquals(30, odd.select(".match-list > li").size());
        assertFalse(odd.select(".collection-matches > li").isEmpty());
    }
}

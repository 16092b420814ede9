package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kmbportal.testing.Browser;
import org.kmbportal.testing.Bundle;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.testing.Visitor;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.WheelInput;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The portal's layout as people see it on a phone and a desktop, on the shipped library: on a phone the first search
 * result is on the first screen; a filter ticked with the keyboard applies at once and keeps focus; "For my
 * organization" sends its paragraph by POST and lands on the results; every control shows a focus ring of 3:1 or
 * better; the pages changed for it pass axe-core. That no crawled page scrolls sideways at 360 px is checked by
 * {@link PortalCrawlE2E}, beside the crawl it measures (one crawl a run, in whichever test JVM runs that class).
 */
@ExtendWith(RunningPortal.class)
class LayoutE2E {

    static final int PHONE_WIDTH = 390;
    static final int PHONE_HEIGHT = 844;
    static final int DESKTOP_WIDTH = 1366;
    static final int DESKTOP_HEIGHT = 900;

    private ChromeDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    @Test
    void onAPhoneTheFirstSearchResultIsOnTheFirstScreenAndTheFiltersOpenFromAButton(URI portal) {
        for (String language : List.of("en", "fr")) {
            browser = Browser.start(language);
            viewport(PHONE_WIDTH, PHONE_HEIGHT);
            browser.get(portal.resolve("/search?q=mentoring").toString());
            WebElement first = browser.findElement(By.cssSelector(".results .card"));
            long top = number("return arguments[0].getBoundingClientRect().top", first);
            assertTrue(top >= 0 && top < PHONE_HEIGHT - 40, language + ": the first result starts at " + top + " px");
            WebElement toggle = browser.findElement(By.cssSelector(".filters-toggle"));
            assertEquals(Bundle.text(language, "search.filtersButton"), toggle.getText().strip());
            assertFalse(browser.findElement(By.id("filters-panel")).isDisplayed(), "filters closed at first");
            toggle.sendKeys(Keys.ENTER);
            assertEquals("true", toggle.getAttribute("aria-expanded"));
            assertTrue(browser.findElement(By.id("filters-panel")).isDisplayed(), "the button opens the filters");
            Browser.screenshot(browser, "layout/search-phone-filters-open-" + language);

            browser.get(portal.resolve("/browse").toString());
            WebElement card = browser.findElement(By.cssSelector(".results .card"));
            long browseTop = number("return arguments[0].getBoundingClientRect().top", card);
            assertTrue(browseTop >= 0 && browseTop < PHONE_HEIGHT - 40,
                    language + ": the first resource in browse starts at " + browseTop + " px");
            browser.quit();
            browser = null;
        }
    }

    @Test
    void onAPhoneTheFiltersOpenAsADialogOverTheResultsAndCloseBackToTheirButton(URI portal) {
        for (String language : List.of("en", "fr")) {
            browser = Browser.start(language);
            viewport(PHONE_WIDTH, PHONE_HEIGHT);
            browser.get(portal.resolve("/search?q=mentoring").toString());
            long cardTop = number("return document.querySelector('.results .card').getBoundingClientRect().top");
            WebElement toggle = browser.findElement(By.cssSelector(".filters-toggle"));
            toggle.sendKeys(Keys.ENTER);
            WebElement panel = browser.findElement(By.id("filters-panel"));
            assertTrue(panel.isDisplayed());
            assertEquals(cardTop, number("return document.querySelector('.results .card').getBoundingClientRect().top"),
                    language + ": the results stay where they were, under the filters");
            assertEquals("dialog", panel.getAttribute("role"));
            assertEquals("true", panel.getAttribute("aria-modal"));
            assertEquals("fixed", panel.getCssValue("position"), "the filters lie over the page");
            assertTrue(panel.getRect().getHeight() >= PHONE_HEIGHT * 0.9 && panel.getRect().getY() <= 1,
                    "the filters take the screen's height: " + panel.getRect());
            assertEquals(Boolean.TRUE, browser.executeScript("return arguments[0].contains(document.activeElement)",
                    panel), "focus moves into the filters");
            assertBackground(language, true);
            // Ticking a filter still applies it, the dialog staying open and the page behind it still inert.
            String before = browser.findElement(By.id("results-title")).getText();
            WebElement box = browser.findElement(By.cssSelector(".facets input[name=type][value=practice-guide]"));
            String id = box.getAttribute("id");
            browser.executeScript("arguments[0].focus()", box);
            box.sendKeys(Keys.SPACE);
            new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL)
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> !d.findElement(By.id("results-title")).getText().equals(before));
            assertEquals(id, browser.switchTo().activeElement().getAttribute("id"));
            assertTrue(browser.findElement(By.id("filters-panel")).isDisplayed());
            assertBackground(language, true);
            Browser.screenshot(browser, "layout/search-phone-filters-dialog-" + language);
            // Escape closes it and gives focus back to the button.
            browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
            assertFalse(browser.findElement(By.id("filters-panel")).isDisplayed(), "Escape closes the filters");
            WebElement again = browser.findElement(By.cssSelector(".filters-toggle"));
            assertEquals(again, browser.switchTo().activeElement(), "focus is back on the Filters button");
            assertEquals("false", again.getAttribute("aria-expanded"));
            assertBackground(language, false);
            // So does its Close button.
            again.sendKeys(Keys.ENTER);
            WebElement close = browser.findElement(By.cssSelector("#filters-panel .filters-close"));
            assertEquals(Bundle.text(language, "search.filtersClose"), close.getText().strip());
            close.sendKeys(Keys.ENTER);
            assertFalse(browser.findElement(By.id("filters-panel")).isDisplayed(), "Close closes the filters");
            assertEquals(browser.findElement(By.cssSelector(".filters-toggle")), browser.switchTo().activeElement());
            assertBackground(language, false);
            // Unchanged on a desktop: the filters are a column beside the results, no button, no dialog.
            viewport(DESKTOP_WIDTH, DESKTOP_HEIGHT);
            browser.get(portal.resolve("/search?q=mentoring").toString());
            WebElement column = browser.findElement(By.id("filters-panel"));
            assertTrue(column.isDisplayed());
            assertEquals(null, column.getAttribute("role"));
            assertFalse(browser.findElement(By.cssSelector(".filters-toggle")).isDisplayed());
            assertFalse(column.findElement(By.cssSelector(".filters-close")).isDisplayed());
            browser.quit();
            browser = null;
        }
    }

    /**
     * Whether the page behind the filters is inert (results, header, search box) and stays still under the mouse
     * wheel: while the filters are open the wheel scrolls them, not the page.
     */
    private void assertBackground(String language, boolean inert) {
        for (String part : List.of(".results a", ".site-header a", ".search-form input")) {
            assertEquals(inert, browser.executeScript("return document.querySelector(arguments[0])"
                    + ".matches('[inert], [inert] *')", part), language + ": " + part + " inert " + inert);
        }
        browser.executeScript("window.scrollTo(0, 0)");
        new Actions(browser).scrollFromOrigin(WheelInput.ScrollOrigin.fromViewport(20, PHONE_HEIGHT / 2), 0, 400)
                .perform();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(5), Browser.POLL);
        if (inert) {
            wait.until(d -> number("return document.getElementById('filters-panel').scrollTop") > 0);
            assertEquals(0, number("return window.scrollY"), language + ": the page behind the filters scrolled");
            browser.executeScript("document.getElementById('filters-panel').scrollTop = 0");
        } else {
            wait.until(d -> number("return window.scrollY") > 0);
            browser.executeScript("window.scrollTo(0, 0)");
        }
    }

    @Test
    void aFilterTickedWithTheSpaceKeyAppliesAtOnceAndFocusStaysOnIt(URI portal) {
        for (int width : new int[]{DESKTOP_WIDTH, PHONE_WIDTH}) {
            browser = Browser.start("en");
            viewport(width, width == PHONE_WIDTH ? PHONE_HEIGHT : DESKTOP_HEIGHT);
            browser.get(portal.resolve("/search?q=mentoring").toString());
            WebElement apply = browser.findElement(By.cssSelector(".facets__apply"));
            assertTrue(apply.getRect().getWidth() <= 1 && "-1".equals(apply.getAttribute("tabindex")),
                    "no \"Apply filters\" button to see or Tab to when filters apply by themselves");
            if (width == PHONE_WIDTH) {
                browser.findElement(By.cssSelector(".filters-toggle")).sendKeys(Keys.ENTER);
            }
            String before = browser.findElement(By.id("results-title")).getText();
            WebElement box = browser.findElement(By.cssSelector(".facets input[name=type][value=practice-guide]"));
            String id = box.getAttribute("id");
            browser.executeScript("arguments[0].focus()", box);
            box.sendKeys(Keys.SPACE);
            new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL)
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> !d.findElement(By.id("results-title")).getText().equals(before));
            String after = browser.findElement(By.id("results-title")).getText();
            assertNotEquals(before, after);
            assertEquals(id, browser.switchTo().activeElement().getAttribute("id"), "focus stays on the box ticked");
            assertTrue(browser.findElement(By.id(id)).isSelected());
            browser.findElements(By.cssSelector(".results .card .badge--research-summary"))
                    .forEach(b -> assertFalse(b.isDisplayed(), "only practice guides are left"));
            assertFalse(browser.findElements(By.cssSelector(".results .card .badge--practice-guide")).isEmpty());
            assertTrue(browser.getCurrentUrl().contains("type=practice-guide"), "the address says what is shown");
            assertTrue(browser.findElement(By.id("filters-status")).getText().contains(after.strip()),
                    "the new count is announced");
            Browser.screenshot(browser, "layout/search-filter-applied-" + width);
            // The same box unticked brings the first count back, focus still there.
            browser.switchTo().activeElement().sendKeys(Keys.SPACE);
            new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL)
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("results-title")).getText().equals(before));
            assertEquals(id, browser.switchTo().activeElement().getAttribute("id"));
            browser.quit();
            browser = null;
        }
    }

    @Test
    void suggestionsSayWhatTheyAreAndChoosingATitleOpensIt(URI portal) {
        browser = Browser.start("en");
        browser.get(portal.resolve("/search").toString());
        WebElement box = browser.findElement(By.id("search-q"));
        box.sendKeys("planning for staff");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL);
        wait.ignoring(StaleElementReferenceException.class).until(ExpectedConditions
                .visibilityOfElementLocated(By.cssSelector("#search-q-suggestions .suggest__option--title")));
        List<WebElement> options = browser.findElements(By.cssSelector("#search-q-suggestions [role=option]"));
        int title = -1;
        for (int i = 0; i < options.size(); i++) {
            WebElement kind = options.get(i).findElement(By.cssSelector(".suggest__kind"));
            assertFalse(kind.getText().isBlank(), "each suggestion says what it is");
            if (title < 0 && options.get(i).getAttribute("class").contains("suggest__option--title")) {
                title = i;
                // As the bundle writes it: in capitals, the French "Titre : l’ouvre" read as a title of its own.
                assertEquals(Bundle.text("en", "search.kind.title"), kind.getText());
            }
        }
        Browser.screenshot(browser, "layout/search-suggestions-kinds");
        for (int i = 0; i <= title; i++) {
            box.sendKeys(Keys.ARROW_DOWN);
        }
        box.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/resources/"));
        assertFalse(browser.getCurrentUrl().contains("/search"), "a title opens its page rather than searching it");
    }

    @Test
    void aSearchWithNoResultShowsNoOrphanApplyButton(URI portal) {
        browser = Browser.start("en");
        browser.get(portal.resolve("/search?q=zzqxwv+qqzzy").toString());
        assertEquals("No results", browser.findElement(By.id("results-title")).getText());
        assertTrue(browser.findElements(By.cssSelector(".facets__apply")).isEmpty());
    }

    @Test
    void forMyOrganizationSendsTheParagraphByPostAndLandsOnTheResultsHeading(URI portal) {
        for (String language : List.of("en", "fr")) {
            browser = Browser.start(language);
            viewport(PHONE_WIDTH, PHONE_HEIGHT);
            browser.get(portal.resolve("/organization").toString());
            browser.findElement(By.id("q-organization_size-small")).sendKeys(Keys.SPACE);
            String paragraph = "Nos bénévoles partent après quelques mois; matches end early, secretword"
                    + language;
            browser.findElement(By.id("challenges")).sendKeys(paragraph);
            browser.findElement(By.cssSelector(".profile-form button[type=submit]")).sendKeys(Keys.ENTER);
            new WebDriverWait(browser, Duration.ofSeconds(20), Browser.POLL)
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> "matches-title".equals(d.switchTo().activeElement().getAttribute("id")));
            assertEquals(Bundle.text(language, "organization.results"),
                    browser.switchTo().activeElement().getText().strip());
            long top = number("return document.getElementById('matches-title').getBoundingClientRect().top");
            assertTrue(top >= 0 && top < PHONE_HEIGHT / 2, "the results' heading is on screen: " + top);
            assertFalse(browser.getCurrentUrl().contains("secretword"), browser.getCurrentUrl());
            assertFalse(browser.getCurrentUrl().contains("challenges"), browser.getCurrentUrl());
            assertTrue(browser.findElement(By.id("challenges")).getAttribute("value").contains("secretword"),
                    "the paragraph is kept in the form");
            assertFalse(browser.findElements(By.cssSelector(".match-list > li")).isEmpty());
            Browser.screenshot(browser, "layout/organization-results-phone-" + language);
            // Showing only practice guides keeps the answers and the paragraph, still out of the address.
            browser.findElement(By.cssSelector(".refine button[value=practice-guide]")).click();
            // The filter buttons are redrawn by the Ajax update: a button read while it is being replaced is stale.
            new WebDriverWait(browser, Duration.ofSeconds(20), Browser.POLL)
                    .ignoring(StaleElementReferenceException.class)
                    .until(ExpectedConditions.attributeToBe(By.cssSelector(".refine button[value=practice-guide]"),
                            "aria-pressed", "true"));
            assertFalse(browser.getCurrentUrl().contains("secretword"));
            assertTrue(browser.findElement(By.id("challenges")).getAttribute("value").contains("secretword"));
            browser.quit();
            browser = null;
        }
    }

    @Test
    void aRefusedSignUpShowsEveryFieldsProblemAtOnceBesideItsFieldAndFocusesTheFirst(URI portal) {
        java.util.Random random = new java.util.Random(1010);
        for (String language : List.of("en", "fr")) {
            if (browser != null) {
                browser.quit();
            }
            browser = Browser.start(language);
            browser.get(portal.resolve("/sign-up").toString());
            // Every field wrong at once: no name, an address without its @, a short password, another confirmation
            // and no organization's name.
            String notAnAddress = org.kmbportal.testing.GeneratedText.libraryWords(80).next(random)
                    .replace("@", "").replaceAll("\\s+", " ") + " " + language;
            String shortPassword = letters(random, 3 + random.nextInt(8));
            Browser.type(browser, "signup:email", notAnAddress);
            Browser.type(browser, "signup:password", shortPassword);
            Browser.type(browser, "signup:confirmation", shortPassword + letters(random, 1 + random.nextInt(20)));
            browser.findElement(By.id("signup:submit")).click();
            new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL)
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".field-error")));

            Map<String, String> expected = new LinkedHashMap<>();
            expected.put("signup:name", "field.required");
            expected.put("signup:email", "account.badEmail");
            expected.put("signup:password", "password.tooShort");
            expected.put("signup:confirmation", "signUp.mismatch");
            expected.put("signup:organization", "account.organizationRequired");
            List<String> problems = new ArrayList<>();
            expected.forEach((id, key) -> {
                WebElement field = browser.findElement(By.id(id));
                if (!"true".equals(field.getAttribute("aria-invalid"))) {
                    problems.add(id + " is not marked invalid");
                }
                String describedBy = field.getAttribute("aria-describedby");
                List<String> descriptions = describedBy == null
                        ? List.of()
                        : java.util.Arrays.stream(describedBy
                                .split("\\s+")).map(ref -> browser.findElements(By.id(ref))).filter(f -> !f.isEmpty())
                                .map(f -> f.get(0).getText()).toList();
                if (!descriptions.contains(Bundle.shown(language, key))) {
                    problems.add(id + " is described by " + descriptions + ", not by its error");
                }
            });
            assertEquals(List.of(), problems, language);
            assertEquals(expected.size(), browser.findElements(By.cssSelector(".field-error")).stream()
                    .filter(e -> !e.getText().isBlank()).count(), "each problem said once, beside its field");
            assertEquals(null, browser.findElement(By.id("signup:joinCode")).getAttribute("aria-invalid"));
            new WebDriverWait(browser, Duration.ofSeconds(5), Browser.POLL).until(d -> "signup:name".equals(d.switchTo()
                    .activeElement().getAttribute("id")));
        }
    }

    @Test
    void aLongAccountNameInTheHeaderWrapsOrShortensAndNoPageScrollsSidewaysAt390Pixels(URI portal) {
        java.util.Random random = new java.util.Random(3790);
        // One unbroken word of up to 60 letters among other long words, up to the sign-up form's 120 characters.
        StringBuilder name = new StringBuilder("Éloïse « L’Éditrice » O'Brien-Tremblay 🦉 ");
        name.append(letters(random, 40 + random.nextInt(21)));
        String longName = org.kmbportal.testing.GeneratedText.cut(name + " " + letters(random, 30), 120).strip();
        String email = "layout-long-name-" + random.nextInt(1_000_000) + "@kmb.test";
        People.member(portal, email, longName, "Org " + letters(random, 12));
        browser = Browser.start("fr");
        Browser.signInBySession(browser, portal, email, People.PASSWORD);
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", PHONE_WIDTH, "height",
                PHONE_HEIGHT, "deviceScaleFactor", 1, "mobile", false));
        List<String> problems = new ArrayList<>();
        for (String page : List.of("/", "/search?q=mentorat", "/browse", "/account/", "/collections", "/about")) {
            browser.get(portal.resolve(page).toString());
            long wide = ((Number) browser.executeScript("return document.scrollingElement.scrollWidth"))
                    .longValue();
            if (wide > PHONE_WIDTH) {
                problems.add(page + ": " + wide + " px wide");
            }
            WebElement link = browser.findElement(By.cssSelector(".account-nav a[href$='/account/']"));
            String shown = link.getAttribute("textContent").strip();
            if (!shown.equals(link.getAttribute("title")) || !shown.startsWith("Éloïse")) {
                problems.add(page + ": the full name is not in the link's text and title");
            }
        }
        Browser.screenshot(browser, "layout/long-account-name-phone");
        assertEquals(List.of(), problems, longName);
    }

    private static String letters(java.util.Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append("bcdfghjklmnpqrstvwxzéàœ".charAt(random.nextInt(23)));
        }
        return text.toString();
    }

    @Test
    void signUpShowsOnlyTheFieldsOfTheChoiceMade(URI portal) {
        browser = Browser.start("en");
        browser.get(portal.resolve("/sign-up").toString());
        assertTrue(browser.findElement(By.id("signup:organization")).isDisplayed());
        assertFalse(browser.findElement(By.id("signup:joinCode")).isDisplayed());
        WebElement join = browser.findElement(By.cssSelector("input[type=radio][value=join]"));
        browser.executeScript("arguments[0].focus()", join);
        join.sendKeys(Keys.SPACE);
        assertTrue(browser.findElement(By.id("signup:joinCode")).isDisplayed());
        assertFalse(browser.findElement(By.id("signup:organization")).isDisplayed());
        // A refused sign-up keeps the choice and its field.
        browser.findElement(By.id("signup:submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL)
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".field-error")));
        assertTrue(browser.findElement(By.cssSelector("input[type=radio][value=join]")).isSelected());
        assertTrue(browser.findElement(By.id("signup:joinCode")).isDisplayed());
        assertFalse(browser.findElement(By.id("signup:organization")).isDisplayed());
    }

    @Test
    void everyControlReachedWithTabShowsAFocusRingOfThreeToOneOrBetter(URI portal) {
        Visitor admin = People.admin(portal);
        People.invited(portal, admin, "layout-focus@kmb.test", "Fay Focus", "editor");
        Visitor editor = People.signedIn(portal, "layout-focus@kmb.test");
        List<String> problems = new ArrayList<>();
        browser = Browser.start("en");
        browser.get(portal.resolve("/health/ready").toString());
        browser.manage().addCookie(new Cookie("JSESSIONID", editor.sessionCookie(), "/"));
        for (String path : List.of("/", "/search?q=mentoring", "/organization", "/browse", "/editor/",
                "/editor/edit?id=guide-partnership-workspace", "/account/")) {
            browser.get(portal.resolve(path).toString());
            browser.findElement(By.tagName("body")).click();
            // 80 presses in one go, each ring read by the page as the key comes up, not 80 round trips of two calls.
            browser.executeScript(RECORD_RINGS);
            Actions tabs = new Actions(browser);
            for (int i = 0; i < 80; i++) {
                tabs.sendKeys(Keys.TAB);
            }
            tabs.perform();
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> rings = (List<Map<String, Object>>) browser.executeScript(
                    "return window.kmbRings");
            assertEquals(80, rings.size(), path + ": a ring read after each Tab");
            for (Map<String, Object> ring : rings) {
                if (ring != null && !Boolean.TRUE.equals(ring.get("ok"))) {
                    problems.add(path + ": " + ring.get("what") + " " + ring.get("why"));
                }
            }
        }
        assertEquals(List.of(), problems.stream().distinct().toList());
    }

    /**
     * User session (keyboard, 390 px): Tab went from the menu and the search box back up to the account links and
     * the language beside the name. The header's Tab order now reads as it is laid out (a row down, or right along
     * the same row), on a phone, a tablet and a desktop, signed out and in, in both languages.
     */
    @Test
    void theHeadersTabOrderFollowsItsRowsOnAPhoneATabletAndADesktopInBothLanguages(URI portal) {
        Visitor admin = People.admin(portal);
        People.invited(portal, admin, "layout-tab-order@kmb.test", "Tom Taborder", "editor");
        Visitor editor = People.signedIn(portal, "layout-tab-order@kmb.test");
        List<String> problems = new ArrayList<>();
        for (String language : List.of("en", "fr")) {
            for (boolean signedIn : new boolean[]{false, true}) {
                browser = Browser.start(language);
                browser.get(portal.resolve("/health/ready").toString());
                if (signedIn) {
                    browser.manage().addCookie(new Cookie("JSESSIONID", editor.sessionCookie(), "/"));
                }
                for (int width : new int[]{PHONE_WIDTH, 800, DESKTOP_WIDTH}) {
                    viewport(width, width == DESKTOP_WIDTH ? DESKTOP_HEIGHT : PHONE_HEIGHT);
                    browser.get(portal.resolve("/browse").toString());
                    String where = language + (signedIn ? " signed in" : "") + " at " + width + " px: ";
                    List<String> order = new ArrayList<>();
                    Map<?, ?> before = null;
                    // The skip link, then 30 presses: each place read by the page as its key comes up.
                    List<Map<?, ?>> places = tabPlaces(PLACE_OF_FOCUS, 31);
                    for (Map<?, ?> at : places.subList(1, places.size())) {
                        if (at == null) {
                            break;
                        }
                        order.add((String) at.get("what"));
                        if (before != null && !readsAfter(before, at)) {
                            problems.add(where + at.get("what") + " comes after " + before.get("what")
                                    + " on Tab but is laid out before it");
                        }
                        before = at;
                    }
                    assertTrue(order.size() >= 6, where + "Tab goes through the header: " + order);
                }
                browser.quit();
                browser = null;
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theBrowsePagesTabOrderFollowsWhatItShowsOnAPhoneInBothLanguages(URI portal) {
        List<String> problems = new ArrayList<>();
        for (String language : List.of("en", "fr")) {
            browser = Browser.start(language);
            browser.get(portal.resolve("/health/ready").toString());
            viewport(PHONE_WIDTH, PHONE_HEIGHT);
            browser.get(portal.resolve("/browse").toString());
            List<String> order = new ArrayList<>();
            Map<?, ?> before = null;
            for (Map<?, ?> at : tabPlaces(PLACE_IN_BROWSE, 150)) {
                if (at == null) {
                    if (!order.isEmpty()) {
                        break; // past the filters and the results
                    }
                    continue;
                }
                order.add((String) at.get("what"));
                if (before != null && !readsAfter(before, at)) {
                    problems.add(language + " at " + PHONE_WIDTH + " px: " + at.get("what") + " comes after "
                            + before.get("what") + " on Tab but is laid out before it");
                }
                before = at;
            }
            assertTrue(order.size() >= 5, language + ": Tab goes through the browse page: " + order);
            browser.quit();
            browser = null;
        }
        assertEquals(List.of(), problems);
    }

    /**
     * Presses Tab {@code presses} times in one go and answers, for each press, what {@code place} (a script's body)
     * answered as its key came up, the focus moved: one round trip to the browser instead of two per press.
     */
    private List<Map<?, ?>> tabPlaces(String place, int presses) {
        browser.executeScript("const place = () => {" + place + "};" + """
                window.kmbPlaces = [];
                window.addEventListener('keyup', e => { if (e.key === 'Tab') window.kmbPlaces.push(place()); }, true);
                """);
        Actions tabs = new Actions(browser);
        for (int i = 0; i < presses; i++) {
            tabs.sendKeys(Keys.TAB);
        }
        tabs.perform();
        @SuppressWarnings("unchecked")
        List<Map<?, ?>> places = (List<Map<?, ?>>) browser.executeScript("return window.kmbPlaces");
        assertEquals(presses, places.size(), "a place read after each Tab");
        return places;
    }

    /** Where the focused control of the browse page's filters and results is, or null outside them. */
    private static final String PLACE_IN_BROWSE = """
            const e = document.activeElement;
            if (!e || !e.closest('.browse')) return null;
            const r = e.getBoundingClientRect();
            return {what: e.tagName.toLowerCase() + ' "' + (e.textContent || e.value || '').trim()
                    .replace(/\\s+/g, ' ').slice(0, 40) + '"', top: r.top + scrollY, bottom: r.bottom + scrollY,
                    left: r.left + scrollX, right: r.right + scrollX};
            """;

    /** Whether the place {@code b} comes after {@code a} in reading order: on a lower row, or right on the same row. */
    private static boolean readsAfter(Map<?, ?> a, Map<?, ?> b) {
        double aTop = ((Number) a.get("top")).doubleValue();
        double aBottom = ((Number) a.get("bottom")).doubleValue();
        double bTop = ((Number) b.get("top")).doubleValue();
        double bBottom = ((Number) b.get("bottom")).doubleValue();
        boolean sameRow = bTop < aBottom - 2 && aTop < bBottom - 2;
        return sameRow
                ? ((Number) b.get("left")).doubleValue() >= ((Number) a.get("right")).doubleValue() - 2
                : bTop >= aBottom - 2;
    }

    /** Where the focused control of the header is on the page, or null once the focus has left the header. */
    private static final String PLACE_OF_FOCUS = """
            const e = document.activeElement;
            if (!e || !e.closest('.site-header')) return null;
            const r = e.getBoundingClientRect();
            return {what: e.tagName.toLowerCase() + ' "' + (e.textContent || e.value || e.placeholder || '').trim()
                    .replace(/\\s+/g, ' ').slice(0, 40) + '"', top: r.top + scrollY, bottom: r.bottom + scrollY,
                    left: r.left + scrollX, right: r.right + scrollX};
            """;

    @Test
    void thePagesOfTheNewLayoutPassAxeCoreInBothLanguages(URI portal) {
        Visitor admin = People.admin(portal);
        // A role given here, and its line of the audit log read at once, in the language the administrator's account
        // has at that moment: signing in on a French page (below, or in another class of the run) makes the account's
        // pages French, so the English words alone failed whenever the French pass came first (each try invites a new
        // address).
        String invited = "layout-audit-" + Long.toString(System.nanoTime(), 36) + "@kmb.test";
        People.invited(portal, admin, invited, "Lou Layout", "mentor");
        List<String> auditRows = java.util.Arrays.stream(admin.get("/admin/audit").body().split("</tr>"))
                .filter(row -> row.contains(invited)).toList();
        assertTrue(auditRows.stream().anyMatch(row -> row.contains(Bundle.text("en", "audit.action.roles.changed"))
                || row.contains(Bundle.text("fr", "audit.action.roles.changed"))),
                "the audit log says what happened in words: " + auditRows);
        List<String> problems = new ArrayList<>();
        for (String language : List.of("en", "fr")) {
            browser = Browser.start(language);
            // Each page loaded once, at a desktop's width and then made a phone's: the page's scripts follow the
            // width as it changes (filters.js, scroll-regions.js), as a phone turned or a window narrowed does.
            for (String path : List.of("/", "/search?q=mentoring", "/search?q=zzqxwv", "/browse",
                    "/browse?type=practice-guide", "/organization?submitted=1&organization_size=small", "/sign-up")) {
                wcagAtBothWidths(portal, language, path, problems);
            }
            browser.get(portal.resolve("/health/ready").toString());
            Visitor signedIn = PortalCrawlE2E.visitor(portal, language, People.ADMIN_EMAIL);
            browser.manage().addCookie(new Cookie("JSESSIONID", signedIn.sessionCookie(), "/"));
            for (String path : List.of("/admin/users", "/admin/audit", "/admin/invitations", "/admin/index")) {
                wcagAtBothWidths(portal, language, path, problems);
            }
            browser.quit();
            browser = null;
        }
        assertEquals(List.of(), problems);
    }

    /** Loads the page at a desktop's width, runs axe-core, narrows the window to a phone's and runs it again. */
    private void wcagAtBothWidths(URI portal, String language, String path, List<String> problems) {
        viewport(DESKTOP_WIDTH, DESKTOP_HEIGHT);
        browser.get(portal.resolve(path).toString());
        for (int width : new int[]{DESKTOP_WIDTH, PHONE_WIDTH}) {
            if (width == PHONE_WIDTH) {
                viewport(PHONE_WIDTH, PHONE_HEIGHT);
                // The scripts that follow the width answer the resize at the next frame.
                browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "requestAnimationFrame(() => requestAnimationFrame(() => done()));");
                assertEquals(Boolean.TRUE, browser.executeScript("return matchMedia('(max-width: 50rem)').matches"
                        + " && window.innerWidth === " + PHONE_WIDTH), path + ": a phone's width");
            }
            Browser.wcagViolations(browser).forEach(v -> problems.add(language + " " + width + " " + path + ": " + v));
        }
    }

    @Test
    void everyTableReadsAsLabelledRowsOnAPhoneWithoutScrollingOrWordsBrokenLetterByLetter(URI portal) {
        Visitor admin = People.admin(portal);
        String run = Long.toString(System.nanoTime());
        String partnerEmail = "tables-partner-" + run + "@kmb.test";
        String mentorEmail = "tables-mentor-" + run + "@kmb.test";
        String collection = "tables-collection-" + run;
        Visitor partner = People.member(portal, partnerEmail, "Tess Partner",
                "Organisation partenaire des jeunes de l'Outaouais " + run);
        Visitor mentor = People.invited(portal, admin, mentorEmail, "Theo Mentor", "mentor");
        long organization = partner.get("/api/account").json().getJsonNumber("organization").longValue();
        String joinCode = partner.get("/api/organizations/" + organization).json().getString("join_code");
        long id = mentor.api("POST", "/api/partnerships", "{\"join_code\": \"" + joinCode
                + "\", \"title\": \"Renforcer l'accompagnement des bénévoles mentors\"}").json()
                .getJsonNumber("id").longValue();
        assertEquals(200, partner.api("POST", "/api/partnerships/" + id + "/acceptance",
                "{\"goals\": \"Nos objectifs.\", \"capacities\": [\"evaluation\", \"mentor-training\"]}").status());
        assertEquals(200, partner.api("PUT", "/api/partnerships/" + id + "/plan", "{\"version\": 0, \"items\":"
                + " [{\"what\": \"Planifier une évaluation participative\", \"why\": \"Apprendre\", \"lead\":"
                + " \"mentor\", \"status\": \"planned\", \"due\": \"2020-01-15\"}]}").status());
        assertEquals(201, mentor.api("POST", "/api/partnerships/" + id + "/check-ins", "{\"what_happened\":"
                + " \"Rencontre.\", \"ratings\": {\"evaluation\": 1, \"mentor-training\": 2}}").status());
        assertEquals(201, mentor.api("POST", "/api/collections", "{\"id\": \"" + collection + "\", \"title\":"
                + " \"Accompagnement des bénévoles\", \"visibility\": \"public\", \"items\": [{\"resource\":"
                + " \"lachance-2019-inter-organizational-mentoring\", \"note\": \"Première lecture.\"},"
                + " {\"url\": \"https://example.org/tables\", \"title\": \"Un lien\", \"note\": \"Ensuite.\"}]}")
                .status());
        assertEquals(200, mentor.api("PUT", "/api/collections/" + collection + "/follow", null).status());
        assertEquals(201, partner.api("POST", "/api/resources/lachance-2019-inter-organizational-mentoring/uptake",
                "{\"used_on\": \"2025-05-05\", \"line\": \"Planifié nos séances de clôture\"}").status());
        Map<String, List<String>> pages = new LinkedHashMap<>();
        pages.put(mentorEmail, List.of("/partnerships/", "/partnerships/view?id=" + id,
                "/partnerships/report?id=" + id, "/curate/", "/curate/edit?id=" + collection, "/curate/links"));
        pages.put(partnerEmail, List.of("/account/used"));
        pages.put(People.ADMIN_EMAIL, List.of("/admin/users", "/admin/audit", "/admin/invitations", "/editor/",
                "/editor/insights", "/editor/history?id=lachance-2019-inter-organizational-mentoring"));
        List<String> problems = new ArrayList<>();
        int tables = 0;
        for (String language : List.of("en", "fr")) {
            for (Map.Entry<String, List<String>> person : pages.entrySet()) {
                browser = Browser.start(language);
                browser.get(portal.resolve("/health/ready").toString());
                browser.manage().addCookie(new Cookie("JSESSIONID",
                        PortalCrawlE2E.visitor(portal, language, person.getKey()).sessionCookie(), "/"));
                viewport(PHONE_WIDTH, PHONE_HEIGHT);
                for (String path : person.getValue()) {
                    browser.get(portal.resolve(path).toString());
                    @SuppressWarnings("unchecked")
                    Map<String, Object> found = (Map<String, Object>) browser.executeScript(STACKED_TABLES);
                    tables += ((Number) found.get("tables")).intValue();
                    @SuppressWarnings("unchecked")
                    List<String> wrong = (List<String>) found.get("problems");
                    wrong.forEach(problem -> problems.add(language + " " + path + ": " + problem));
                    if (path.equals("/partnerships/")) {
                        assertEquals(1, ((Number) found.get("tables")).intValue(), "the list of partnerships");
                    }
                }
                browser.quit();
                browser = null;
            }
        }
        assertEquals(List.of(), problems.stream().distinct().toList());
        assertTrue(tables >= 2 * 12, "tables measured: " + tables);
    }

    @Test
    void theOpenFiltersDialogOnAPhonePassesAxeCoreInBothLanguages(URI portal) {
        List<String> problems = new ArrayList<>();
        for (String language : List.of("en", "fr")) {
            browser = Browser.start(language);
            viewport(PHONE_WIDTH, PHONE_HEIGHT);
            for (String path : List.of("/search?q=mentoring", "/search?q=mentorat&type=research-summary&design=rct",
                    "/browse", "/browse?type=practice-guide", "/browse?type=research-summary&year_from=2010")) {
                browser.get(portal.resolve(path).toString());
                browser.findElement(By.cssSelector(".filters-toggle")).sendKeys(Keys.ENTER);
                assertEquals("dialog", browser.findElement(By.id("filters-panel")).getAttribute("role"), path);
                Browser.wcagViolations(browser).forEach(v -> problems.add(language + " " + path + ": " + v));
                if (path.equals("/search?q=mentoring")) {
                    tickedInsideTheOpenFilters(language, problems);
                }
            }
            browser.quit();
            browser = null;
        }
        assertEquals(List.of(), problems);
    }

    /**
     * Ticks a filter in the open filters dialog (the results and the filters redrawn, the dialog still open) and runs
     * axe-core again.
     */
    private void tickedInsideTheOpenFilters(String language, List<String> problems) {
        String before = browser.findElement(By.id("results-title")).getText();
        WebElement box = browser.findElement(By.cssSelector(".facets input[name=type][value=practice-guide]"));
        browser.executeScript("arguments[0].focus()", box);
        box.sendKeys(Keys.SPACE);
        new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL).ignoring(StaleElementReferenceException.class)
                .until(d -> !d.findElement(By.id("results-title")).getText().equals(before));
        assertTrue(browser.findElement(By.id("filters-panel")).isDisplayed());
        Browser.wcagViolations(browser).forEach(v -> problems.add(language + " ticked: " + v));
    }

    @Test
    void theHistorysDiffReadsOnAPhoneAsStackedLinesWithWrappedTextInBothLanguages(URI portal) {
        String email = "history-editor-" + System.nanoTime() + "@kmb.test";
        Visitor admin = People.invited(portal, People.admin(portal), email, "Hélène Éditrice", "editor");
        String id = "bien-terminer-un-jumelage";
        String added = " Une phrase ajoutée pour l’essai de l’historique, assez longue pour passer à la ligne sur un"
                + " téléphone\u00a0: https://example.org/une-adresse-tres-longue-sans-espace-pour-voir-si-elle-se-replie";
        for (int round = 1; round <= 2; round++) {
            JsonObject draft = admin.api("GET", "/api/editor/resources/" + id, null).json();
            assertTrue(draft.containsKey("text"), draft.toString());
            String text = draft.getString("text").replaceFirst("(?m)^(summary: \"[^\n]*)\"$", "$1" + added
                    .replace("$", "") + " (" + round + ")\"");
            assertNotEquals(draft.getString("text"), text, "the summary line changed");
            assertEquals(200, admin.api("PUT", "/api/editor/resources/" + id, Json.createObjectBuilder()
                    .add("version", draft.getJsonNumber("version").longValue()).add("text", text)
                    .add("note", "essai " + round).build().toString()).status());
        }
        List<String> problems = new ArrayList<>();
        for (String language : List.of("en", "fr")) {
            browser = Browser.start(language);
            browser.get(portal.resolve("/health/ready").toString());
            browser.manage().addCookie(new Cookie("JSESSIONID",
                    PortalCrawlE2E.visitor(portal, language, email).sessionCookie(), "/"));
            viewport(PHONE_WIDTH, PHONE_HEIGHT);
            browser.get(portal.resolve("/editor/history?id=" + id).toString());
            // Waited for: under load the page was read before its table was drawn (the whole run of stop 58).
            assertTrue(drawn(() -> browser.findElements(By.cssSelector("#revisions tbody tr")).size() >= 2),
                    "several revisions");
            @SuppressWarnings("unchecked")
            List<String> wrong = (List<String>) browser.executeScript(STACKED_DIFF,
                    Bundle.text(language, "history.oldLine"), Bundle.text(language, "history.newLine"));
            wrong.forEach(problem -> problems.add(language + ": " + problem));
            browser.executeScript("document.querySelector('main table.diff').scrollIntoView()");
            Browser.screenshot(browser, "layout/history-phone-" + language);
            browser.quit();
            browser = null;
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theInsightsTablesAreATabStopOnlyWhereTheyScroll(URI portal) {
        Visitor admin = People.admin(portal);
        // A search with no result, so the gaps table has a row.
        admin.get("/search?q=zzqxwv+jumelage+introuvable");
        for (String language : List.of("en", "fr")) {
            browser = Browser.start(language);
            browser.get(portal.resolve("/health/ready").toString());
            browser.manage().addCookie(new Cookie("JSESSIONID",
                    PortalCrawlE2E.visitor(portal, language, People.ADMIN_EMAIL).sessionCookie(), "/"));
            for (int width : new int[]{PHONE_WIDTH, 280}) {
                viewport(width, PHONE_HEIGHT);
                browser.get(portal.resolve("/editor/insights").toString());
                drawn(() -> !browser.findElements(By.tagName("table")).isEmpty());
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> boxes = (List<Map<String, Object>>) browser.executeScript(SCROLL_BOXES);
                assertFalse(boxes.isEmpty(), "the insights page has tables");
                for (Map<String, Object> box : boxes) {
                    assertEquals(box.get("scrolls"), box.get("tabStop"), language + " " + width + " px: " + box);
                }
                if (width == PHONE_WIDTH) {
                    assertTrue(boxes.stream().noneMatch(b -> Boolean.TRUE.equals(b.get("scrolls"))),
                            "on a phone the tables read as rows and scroll nothing: " + boxes);
                }
            }
            // Where a table is wider than its box (here the desktop's, made narrow), the box stays a Tab stop and
            // the arrow keys scroll it.
            viewport(DESKTOP_WIDTH, DESKTOP_HEIGHT);
            browser.get(portal.resolve("/editor/insights").toString());
            browser.executeScript("const box = document.querySelector('.table-scroll');"
                    + "box.style.width = '12rem'; box.querySelector('table').style.minWidth = '40rem';"
                    + "window.dispatchEvent(new Event('resize'));");
            WebElement box = browser.findElement(By.cssSelector(".table-scroll"));
            new WebDriverWait(browser, Duration.ofSeconds(5), Browser.POLL)
                    .until(d -> "0".equals(box.getAttribute("tabindex")));
            box.sendKeys(Keys.ARROW_RIGHT);
            new WebDriverWait(browser, Duration.ofSeconds(5), Browser.POLL)
                    .until(d -> number("return arguments[0].scrollLeft", box) > 0);
            browser.quit();
            browser = null;
        }
    }

    /**
     * Each table's scroll box on the insights page: whether it scrolls sideways and whether Tab stops on it.
     */
    private static final String SCROLL_BOXES = """
            return [...document.querySelectorAll('main .table-scroll')].filter(b => b.offsetParent !== null)
                .map(b => ({id: b.getAttribute('aria-labelledby'), scrolls: b.scrollWidth > b.clientWidth + 1,
                    tabStop: b.tabIndex >= 0 && b.hasAttribute('tabindex')}));
            """;

    /**
     * What does not read on a phone in the history's difference table: the page or a box inside it scrolling
     * sideways, column headings shown above the rows, a line's numbers without the word that says which they are
     * (arguments: the words for before and after), a line's text not given the whole width, or a word of it cut
     * by the box's edge.
     */
    private static final String STACKED_DIFF = """
            const problems = [];
            const french = document.documentElement.lang === 'fr';
            const root = document.scrollingElement;
            if (root.scrollWidth > root.clientWidth + 1) problems.push('the page scrolls sideways ('
                + root.scrollWidth + ' px in ' + root.clientWidth + ')');
            const diff = document.querySelector('main table.diff');
            if (!diff) return ['no difference shown'];
            for (const e of [diff, ...diff.querySelectorAll('*')]) {
                if (e.getBoundingClientRect().width <= 1) continue; // visually hidden: the caption, the headings
                if (e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible') {
                    problems.push(e.tagName.toLowerCase() + '.' + e.className + ' scrolls sideways in its own box ('
                        + e.scrollWidth + ' px in ' + e.clientWidth + ')'); break; }
            }
            const head = diff.querySelector('thead');
            if (head && head.getBoundingClientRect().height > 1) problems.push('the column headings show above the lines');
            const width = diff.getBoundingClientRect().width;
            const right = document.querySelector('main').getBoundingClientRect().right + 1;
            let numbered = 0;
            for (const row of diff.querySelectorAll('tbody tr')) {
                const cells = row.querySelectorAll('td');
                const text = cells[cells.length - 1];
                if (text.getBoundingClientRect().width < width * 0.9) {
                    problems.push('the text of a line is squeezed beside its numbers (' + Math.round(
                        text.getBoundingClientRect().width) + ' px of ' + Math.round(width) + ')'); break; }
                if (text.getBoundingClientRect().right > right) {
                    problems.push('the text of a line runs past the edge of the page'); break; }
                for (let k = 0; k < 2; k++) {
                    if (!cells[k].textContent.trim()) continue;
                    numbered++;
                    const said = getComputedStyle(cells[k], '::before').content;
                    if (!said.includes(arguments[k])) {
                        problems.push('the number ' + cells[k].textContent.trim() + ' does not say it is "'
                            + arguments[k] + '" (' + said + ')'); return problems; }
                    if (french && !/\u00a0:/.test(said)) {
                        problems.push('the French label ' + said + ' has no no-break space before its colon');
                        return problems; }
                }
            }
            if (numbered === 0) problems.push('no numbered line');
            return problems;
            """;

    /**
     * Every data table shown in the page's main part, as laid out now: none scrolls sideways in its own box; each data
     * cell says which column it belongs to ("Partner: …", « Partenaire : … » with a no-break space before the colon in
     * French), its column headings being hidden; no word of a cell (a word of letters, not an address) is broken over
     * two lines.
     */
    private static final String STACKED_TABLES = """
            const problems = [];
            const french = document.documentElement.lang === 'fr';
            const main = document.querySelector('main');
            let tables = 0;
            for (const table of main.querySelectorAll('table')) {
                if (table.closest('.diff') || table.offsetParent === null || !table.querySelector('th')
                        || table.parentElement.closest('table')) continue;
                tables++;
                const name = (table.id || table.className || 'table') + ' ("' + (table.querySelector('th, td')
                    || table).textContent.trim().slice(0, 30) + '")';
                for (let e = table; e && e !== main; e = e.parentElement) {
                    if (e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible') {
                        problems.push(name + ' scrolls sideways in its own box (' + e.scrollWidth + ' px in '
                            + e.clientWidth + ')'); break; }
                }
                const head = table.querySelector(':scope > thead');
                if (head && head.getBoundingClientRect().height > 1) {
                    problems.push(name + ' shows its column headings above the rows');
                }
                for (const cell of table.querySelectorAll(':scope > tbody > tr > td')) {
                    if (!cell.textContent.trim() || cell.getBoundingClientRect().height < 1
                            || cell.classList.contains('cell--action')) continue;
                    const label = cell.getAttribute('data-label') || '';
                    const before = getComputedStyle(cell, '::before').content;
                    const title = cell.querySelector('.ui-column-title');
                    const shown = title ? title.textContent + getComputedStyle(title, '::after').content : before;
                    if (!(label || title) || shown === 'none' || !shown.includes(':')) {
                        problems.push(name + ': a cell ("' + cell.textContent.trim().slice(0, 30)
                            + '") does not say its column'); break; }
                    if (french && !/[\\u00a0\\u202f]:/.test(shown)) {
                        problems.push(name + ': the French label ' + shown + ' has no no-break space before its colon');
                        break; }
                }
                const walker = document.createTreeWalker(table.tBodies[0] || table, NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    if (node.parentElement.closest('.link-address, .invitation-link, .join-code')) continue;
                    const words = /[\\p{L}\\p{N}'’]{2,25}/gu;
                    for (let m = words.exec(node.data); m; m = words.exec(node.data)) {
                        // A run of characters without a space wider than half the table (a 60-letter name, a long
                        // address) has to break somewhere: only words of shorter runs must stay whole.
                        let start = m.index, end = m.index + m[0].length;
                        while (start > 0 && !/\\s/.test(node.data[start - 1])) start--;
                        while (end < node.data.length && !/\\s/.test(node.data[end])) end++;
                        const run = document.createRange();
                        run.setStart(node, start);
                        run.setEnd(node, end);
                        const runWidth = [...run.getClientRects()].reduce((sum, r) => sum + r.width, 0);
                        if (runWidth > table.clientWidth / 2) continue;
                        const range = document.createRange();
                        range.setStart(node, m.index);
                        range.setEnd(node, m.index + m[0].length);
                        const lines = new Set([...range.getClientRects()].filter(r => r.width > 0)
                            .map(r => Math.round(r.top)));
                        if (lines.size > 1) {
                            problems.push(name + ' breaks the word "' + m[0] + '" over ' + lines.size + ' lines');
                        }
                    }
                }
            }
            return {tables: tables, problems: problems};
            """;

    /**
     * The focused element's ring: an outline at least 2 px wide whose colour has 3:1 or better against the colour
     * behind the element (the first ancestor with a background). Null when nothing but the page has focus.
     */
    private static final String FOCUS_RING = """
            const e = document.activeElement;
            if (!e || e === document.body || e === document.documentElement) return null;
            const s = getComputedStyle(e);
            const what = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.type ? '[' + e.type + ']' : '');
            const rgb = c => (c.match(/[\\d.]+/g) || []).map(Number);
            const lum = c => { const v = rgb(c).slice(0, 3).map(x => { x /= 255;
                return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });
                return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; };
            let bg = 'rgb(255, 255, 255)';
            for (let p = e.parentElement; p; p = p.parentElement) {
                const b = getComputedStyle(p).backgroundColor; const a = rgb(b);
                if (a.length === 3 || (a.length === 4 && a[3] > 0.5)) { bg = b; break; } }
            if (s.outlineStyle === 'none' || parseFloat(s.outlineWidth) < 2)
                return {ok: false, what: what, why: 'has no outline (' + s.outlineStyle + ' ' + s.outlineWidth + ')'};
            const a = lum(s.outlineColor), b = lum(bg);
            const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
            return {ok: ratio >= 3, what: what, why: 'outline ' + s.outlineColor + ' on ' + bg + ' is '
                + ratio.toFixed(2) + ':1'};
            """;

    /**
     * Records, after each Tab the page receives (when its key comes up, the focus moved), the ring of the element
     * focused as {@link #FOCUS_RING} reads it, in {@code window.kmbRings}.
     */
    private static final String RECORD_RINGS = "const ring = () => {" + FOCUS_RING + "};" + """
            window.kmbRings = [];
            window.addEventListener('keyup', e => { if (e.key === 'Tab') window.kmbRings.push(ring()); }, true);
            """;

    private void viewport(int width, int height) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    private long number(String script, Object... arguments) {
        return Math.round(((Number) browser.executeScript(script, arguments)).doubleValue());
    }

    /** Whether the condition holds within 15 seconds: a page read before it is drawn is read again. */
    private boolean drawn(java.util.function.BooleanSupplier condition) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(15), Browser.POLL).until(d -> condition.getAsBoolean());
            return true;
        } catch (org.openqa.selenium.TimeoutException e) {
            return false;
        }
    }
}

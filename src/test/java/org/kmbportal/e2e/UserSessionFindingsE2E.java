package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Page defects a user session found (session of 2026-12-05), each as the user met it: an editor whose roles an
 * administrator changed while they typed was signed out without a word.
 */
@ExtendWith(RunningPortal.class)
class UserSessionFindingsE2E {

    private final List<ChromeDriver> browsers = new ArrayList<>();

    @AfterEach
    void close() {
        browsers.forEach(ChromeDriver::quit);
    }

    /**
     * The editor's next request after the change was the preview the edit page asks for as one types: its answer (the
     * sign-in page) was dropped, and the editor stayed on a page signed out without a word. They are taken to the
     * sign-in page, which says their roles changed and to sign in again.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void anEditorWhoseRolesAnAdministratorChangedIsToldSoAtTheirNextKeystroke(String language, URI portal) {
        String email = "typing-editor-" + language + System.nanoTime() + "@kmb.test";
        People.invited(portal, People.admin(portal), email, "Tia Typing " + language, "editor");
        ChromeDriver editor = signedIn(portal, language, email);
        editor.get(portal.resolve("/editor/edit?id=closing-a-match-well&lang=" + language).toString());
        changeRoles(portal, email, "member");

        String typed = oneLine(GeneratedText.libraryWords(120), "typed-after-roles-" + language);
        editor.findElement(By.id("edit:guideSummary")).sendKeys(" " + typed);
        new WebDriverWait(editor, Duration.ofSeconds(20), Browser.POLL)
                .until(ExpectedConditions.urlContains("/sign-in"));
        Browser.awaitText(editor, By.cssSelector(".session-ended"), Bundle.shown(language, "session.ended.roles"));
        assertTrue(editor.findElements(By.cssSelector(".account-nav form")).isEmpty(), "signed out");
    }

    /**
     * An editor whose roles changed and who opens another page is told the same, not "password or roles changed".
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void anEditorWhoseRolesChangedIsToldItWasTheirRolesOnTheNextPage(String language, URI portal) {
        String email = "moving-editor-" + language + System.nanoTime() + "@kmb.test";
        People.invited(portal, People.admin(portal), email, "Mo Moving " + language, "editor");
        ChromeDriver editor = signedIn(portal, language, email);
        editor.get(portal.resolve("/editor/?lang=" + language).toString());
        changeRoles(portal, email, "editor", "mentor");
        editor.get(portal.resolve("/browse").toString());
        Browser.awaitText(editor, By.cssSelector(".session-ended"), Bundle.shown(language, "session.ended.roles"));
        assertFalse(editor.findElement(By.cssSelector(".session-ended")).getText().contains(Bundle.shown(language,
                "session.ended")), "not the words for a changed password");
    }

    /**
     * Saving a work plan answered the form's POST with the page itself: after moving on, Back landed on that answer,
     * and the browser asked to send the form again (or showed its "page expired"). The save now leads to the plan's
     * own address, so Back shows the saved plan.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void backAfterSavingAWorkPlanShowsThePlanNotAResubmitPage(String language, URI portal) {
        long n = System.nanoTime();
        Visitor admin = People.admin(portal);
        String partnerEmail = "prg-partner-" + language + n + "@kmb.test";
        Visitor partner = People.member(portal, partnerEmail, "Prg Partner", "Prg Org " + language + n);
        Visitor mentor = People.invited(portal, admin, "prg-mentor-" + language + n + "@kmb.test", "Prg Mentor",
                "mentor");
        long organization = partner.get("/api/account").json().getJsonNumber("organization").longValue();
        String joinCode = partner.get("/api/organizations/" + organization).json().getString("join_code");
        Http.Answer started = mentor.api("POST", "/api/partnerships", Json.createObjectBuilder().add("join_code",
                joinCode).add("title", "Back after saving " + language).build().toString());
        assertEquals(201, started.status(), started.body());
        long id = started.json().getJsonNumber("id").longValue();
        assertEquals(200, partner.api("POST", "/api/partnerships/" + id + "/acceptance", Json.createObjectBuilder()
                .add("goals", "Keep matches going.").add("capacities", Json.createArrayBuilder().add("match-support"))
                .build().toString()).status());
        Http.Answer first = mentor.api("PUT", "/api/partnerships/" + id + "/plan", Json.createObjectBuilder().add(
                "version", 0).add("items",
                        Json.createArrayBuilder().add(Json.createObjectBuilder().add("what",
                                "Screen volunteer mentors « d’abord »").add("why", "").add("lead", "partner")
                                .add("status",
                                        "planned")))
                .build().toString());
        assertEquals(200, first.status(), first.body());

        ChromeDriver browser = signedIn(portal, language, partnerEmail);
        browser.get(portal.resolve("/partnerships/view?id=" + id + "&lang=" + language).toString());
        browser.get(portal.resolve("/partnerships/plan?id=" + id).toString());
        String reason = oneLine(GeneratedText.libraryWords(150), "prg-reason-" + language);
        Browser.type(browser, "plan:reason", reason);
        browser.findElement(By.id("plan:items:0:notes")).sendKeys(" " + reason);
        browser.findElement(By.id("plan:save")).click();
        Browser.awaitMessage(browser, Bundle.shown(language, "partnerships.plan.saved", 2));
        assertEquals("/partnerships/plan", URI.create(browser.getCurrentUrl()).getPath(), "the plan's own address");

        browser.findElement(By.linkText(Bundle.shown(language, "partnerships.back"))).click();
        new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL)
                .until(ExpectedConditions.urlContains("/partnerships/view"));
        browser.navigate().back();
        new WebDriverWait(browser, Duration.ofSeconds(15), Browser.POLL)
                .until(d -> !d.findElements(By.id("plan:save")).isEmpty()
                        || !d.findElements(By.id("main-frame-error")).isEmpty()
                        || d.getPageSource().contains("ERR_CACHE_MISS"));
        assertFalse(browser.getPageSource().contains("ERR_CACHE_MISS"), "no 'Confirm form resubmission' page");
        assertFalse(browser.findElements(By.id("plan:save")).isEmpty(), "Back shows the plan: " + browser.getTitle());
        assertTrue(browser.findElement(By.id("plan:items:0:notes")).getAttribute("value").contains(reason),
                "as saved");
    }

    /**
     * The organization's form, empty, gave no hint of what to write in its own words: the box says it in a placeholder,
     * and a help text tied to it (read by screen readers with the box) says what a good description contains.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void theEmptyOrganizationFormSaysWhatAGoodDescriptionContains(String language, URI portal) {
        ChromeDriver browser = Browser.start(language);
        browsers.add(browser);
        browser.get(portal.resolve("/organization?lang=" + language).toString());
        WebElement box = browser.findElement(By.id("challenges"));
        assertEquals("", box.getAttribute("value"), "empty");
        assertEquals(Bundle.text(language, "organization.challenges.placeholder"), box.getAttribute("placeholder"));
        List<String> described = Arrays.stream(box.getAttribute("aria-describedby").strip().split("\\s+")).map(
                id -> browser.findElement(By.id(id)).getText()).toList();
        assertTrue(described.contains(Bundle.shown(language, "organization.challenges.guide")), described
                .toString());
        String guide = Bundle.text(language, "organization.challenges.guide").toLowerCase(java.util.Locale.ROOT);
        for (String says : language.equals("en")
                ? List.of("who you serve", "where", "your own words")
                : List.of("qui vous servez", "où", "vos propres mots")) {
            assertTrue(guide.contains(says), "says " + says);
        }
    }

    /**
     * Sending the organization form with nothing answered showed "Resources that fit your organization" with
     * meta-analyses and an offer to save the empty answers: the page now says these are general picks and points to
     * the challenges box, and offers nothing to save. Answering anything (a generated paragraph, or one question)
     * removes the note.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void sendingTheOrganizationFormEmptySaysTheseAreGeneralPicks(String language, URI portal) {
        String note = Bundle.text(language, "organization.nothingAnswered");
        var empty = Jsoup.parse(Http.get(portal, "/organization?submitted=1&lang=" + language).body());
        assertEquals((note + " " + Bundle.text(language, "organization.nothingAnswered.link")).replace('\u00a0', ' '),
                empty.select("#nothing-answered").text().replace('\u00a0', ' '));
        assertEquals("#challenges", empty.select("#nothing-answered a").attr("href"));
        assertTrue(empty.select("#challenges").size() == 1, "the link's target is on the page");
        assertTrue(empty.select("[id$=save-profile]").isEmpty() && !empty.text().contains(Bundle.text(language,
                "organization.signInToSave")), "nothing to save");
        assertTrue(!empty.select(".match-list li, .match").isEmpty(), "the general picks are still listed");
        java.util.Random random = new java.util.Random(language.hashCode());
        List<String> words = language.equals("en")
                ? List.of("volunteers", "quit", "after", "three months", "rural", "our", "youth", "évaluation", "🙂",
                        "O'Brien", "coordinators", "leave")
                : List.of("bénévoles", "abandonnent", "après", "trois mois", "en région", "nos", "jeunes", "évaluation",
                        "« jumelage »", "l’organisme", "coordonnatrices", "partent");
        StringBuilder paragraph = new StringBuilder();
        for (int i = 0; i < 60 + random.nextInt(60); i++) {
            paragraph.append(words.get(random.nextInt(words.size()))).append(i % 9 == 8 ? ". " : " ");
        }
        for (String answered : List.of("&challenges=" + java.net.URLEncoder.encode(paragraph.toString(),
                java.nio.charset.StandardCharsets.UTF_8), "&organization_size=small")) {
            var page = Jsoup.parse(Http.get(portal, "/organization?submitted=1&lang=" + language + answered).body());
            assertTrue(page.select("#nothing-answered").isEmpty(), answered);
            assertTrue(page.select("#matches-title").size() == 1, answered);
        }
    }

    /**
     * A browser that runs no script (or whose scripts failed to load) got "Page expired" on every form: PrimeFaces'
     * script adds the page's nonce to a form when it is sent, and the portal refuses a postback without it. Each form
     * now carries the nonce in its HTML: without scripts, a wrong password gets the sign-in page's own message and a
     * member signs in.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aBrowserWithoutScriptsCanSignIn(String language, URI portal) {
        long n = System.nanoTime();
        Visitor wrong = new Visitor(portal, language).withoutScripts();
        Http.Answer refused = wrong.submit("/sign-in", "signin", Map.of("email", "nobody-" + n + "@kmb.test",
                "password", "Wrong-Password-" + n));
        var page = Jsoup.parse(refused.body());
        assertEquals(200, refused.status(), page.title());
        assertFalse(page.title().contains(Bundle.text(language, "error.expired.title")), page.title());
        assertTrue(page.select("#signin").size() == 1, "the sign-in form again: " + page.title());
        String email = "no-script-" + language + n + "@kmb.test";
        People.member(portal, email, "Sans Script " + n, "Organisme sans script " + n);
        Visitor member = new Visitor(portal, language).withoutScripts();
        assertTrue(member.signIn(email, People.PASSWORD), "signed in without scripts");
        assertEquals(200, member.get("/account/").status());
    }

    /**
     * On the search page every filter came before the results in the Tab order: 87 presses from the search box to the
     * first result. The first press after the search button now reaches "Skip to the results", shown when focused;
     * Enter on it and the next Tab lands on the first result, whatever was searched (generated questions, both
     * languages).
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void oneKeyPressSkipsTheFiltersToTheResults(String language, URI portal) {
        ChromeDriver browser = Browser.start(language);
        browsers.add(browser);
        Random random = new Random(language.hashCode() + 38);
        List<String> words = language.equals("en")
                ? List.of("mentor", "volunteers", "quit", "training", "youth", "evaluation", "school", "families")
                : List.of("mentorat", "bénévoles", "formation", "jeunes", "évaluation", "école", "familles",
                        "jumelage");
        for (int round = 0; round < 3; round++) {
            String query = words.get(random.nextInt(words.size())) + " " + words.get(random.nextInt(words.size()));
            browser.get(portal.resolve("/search?lang=" + language + "&q=" + java.net.URLEncoder.encode(query,
                    java.nio.charset.StandardCharsets.UTF_8)).toString());
            WebElement searchButton = browser.findElement(By.cssSelector(".search-form button[type=submit]"));
            browser.executeScript("arguments[0].focus()", searchButton);
            browser.switchTo().activeElement().sendKeys(Keys.TAB);
            WebElement skip = browser.switchTo().activeElement();
            assertEquals("skip-to-results", skip.getAttribute("id"), query);
            assertEquals(Bundle.shown(language, "search.skipToResults"), skip.getText(), "shown when focused");
            skip.sendKeys(Keys.ENTER);
            browser.switchTo().activeElement().sendKeys(Keys.TAB);
            Object first = browser.executeScript("var a = document.activeElement;"
                    + " return a.closest('.results') !== null && a.closest('.filters') === null"
                    + " && a === document.querySelector('.results a[href]');");
            assertEquals(Boolean.TRUE, first, query + ": " + browser.switchTo().activeElement().getAttribute(
                    "outerHTML"));
        }
    }

    /**
     * The invitation link the API answers opened the invitation in the invitee's browser language, while the page's
     * link carries the administrator's ({@code &lang=}): the API's link carries the language asked for, else the
     * caller's, and opens the invitation page in it. Any other language is refused with a clear message.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void theApisInvitationLinkCarriesTheLanguageAsThePagesDoes(String language, URI portal) {
        Visitor admin = People.admin(portal);
        long n = System.nanoTime();
        Http.Answer asked = admin.api("POST", "/api/admin/invitations", Json.createObjectBuilder().add("email",
                "api-invitee-" + language + n + "@kmb.test").add("role", "mentor").add("language", language).build()
                .toString());
        assertEquals(201, asked.status(), asked.body());
        URI link = URI.create(asked.json().getString("link"));
        assertTrue(("&" + link.getRawQuery() + "&").contains("&lang=" + language + "&"), link.toString());
        String page = Http.get(portal, link.getRawPath() + "?" + link.getRawQuery(), "Accept-Language",
                language.equals("en") ? "fr" : "en").body();
        assertEquals(language, Jsoup.parse(page).selectFirst("html").attr("lang"), "the invitation in that language");

        Http.Answer callers = admin.api("POST", "/api/admin/invitations?lang=" + language, Json.createObjectBuilder()
                .add("email", "api-invitee-caller-" + language + n + "@kmb.test").add("role", "editor").build()
                .toString());
        assertEquals(201, callers.status(), callers.body());
        assertTrue(("&" + URI.create(callers.json().getString("link")).getRawQuery() + "&").contains("&lang="
                + language + "&"), "the caller's language: " + callers.body());

        Http.Answer other = admin.api("POST", "/api/admin/invitations", Json.createObjectBuilder().add("email",
                "api-invitee-other-" + language + n + "@kmb.test").add("role", "mentor").add("language", "de").build()
                .toString());
        assertEquals(400, other.status(), other.body());
        assertEquals("invalid_language", other.json().getString("error"));
    }

    /**
     * With hundreds of accounts, /admin/users listed them all on one page: it lists 50 to a page, with Previous and Next
     * links (reached and followed by keyboard), and finds accounts by words of their name or email, the search kept
     * from page to page (in French here; the words generated, accents and all).
     */
    @Test
    void theAccountsListComesAPageAtATimeAndFindsAccountsByNameOrEmail(URI portal) {
        long n = System.nanoTime();
        String tag = "pg" + n;
        Random random = new Random(Gen.seed() * 31 + 4);
        Gen<String> names = GeneratedText.libraryWords(60);
        List<String> emails = new ArrayList<>();
        List<String> accountNames = new ArrayList<>();
        for (int i = 0; i < 52; i++) {
            String email = String.format("pager-%02d-%s@kmb.test", i, tag);
            String name = GeneratedText.cut(names.next(random).replaceAll("\\s+", " "), 60).strip() + " " + i;
            People.member(portal, email, name, "Pager Org " + tag + " " + i);
            emails.add(email);
            accountNames.add(name);
        }
        // Listed by name, accents and case aside, then by email (AdminListsE2E).
        java.text.Collator collator = java.text.Collator.getInstance(java.util.Locale.ROOT);
        collator.setStrength(java.text.Collator.PRIMARY);
        List<String> byName = new ArrayList<>(emails);
        byName.sort(java.util.Comparator.<String, String> comparing(e -> accountNames.get(emails.indexOf(e)),
                collator).thenComparing(e -> e));
        ChromeDriver admin = Browser.start("fr");
        browsers.add(admin);
        Browser.signInBySession(admin, portal, People.ADMIN_EMAIL, People.ADMIN_PASSWORD);
        admin.get(portal.resolve("/admin/users?lang=fr").toString());
        int all = admin.findElements(By.cssSelector("#users > table > tbody > tr")).size();
        assertTrue(all <= 50, "one page of accounts, not every one: " + all);
        assertEquals(Bundle.text("fr", "admin.users.pages"), admin.findElement(By.cssSelector("nav.pager"))
                .getAttribute("aria-label"));

        WebElement box = admin.findElement(By.id("users-q"));
        box.sendKeys(tag);
        box.sendKeys(Keys.ENTER);
        new WebDriverWait(admin, Duration.ofSeconds(10), Browser.POLL)
                .until(ExpectedConditions.urlContains("q=" + tag));
        assertEquals(byName.subList(0, 50), shownEmails(admin), "the first page of those found, in order");
        Browser.awaitText(admin, By.id("users-count"), Bundle.shown("fr", "admin.users.pageOf", 1, 2));
        admin.findElement(By.id("users-next")).sendKeys(Keys.ENTER);
        new WebDriverWait(admin, Duration.ofSeconds(10), Browser.POLL).until(ExpectedConditions.urlContains("page=2"));
        assertEquals(byName.subList(50, 52), shownEmails(admin), "the rest, the search kept");
        assertTrue(admin.findElements(By.id("users-next")).isEmpty(), "no Next on the last page");
        admin.findElement(By.id("users-previous")).sendKeys(Keys.ENTER);
        new WebDriverWait(admin, Duration.ofSeconds(10), Browser.POLL).until(ExpectedConditions.urlContains("page=1"));
        assertEquals(byName.subList(0, 50), shownEmails(admin));

        int picked = 7 + random.nextInt(40);
        String words = String.join(" ", Arrays.asList(accountNames.get(picked).split(" ")).subList(0, 2));
        admin.get(portal.resolve("/admin/users?q=" + java.net.URLEncoder.encode(words + " " + tag,
                java.nio.charset.StandardCharsets.UTF_8)).toString());
        assertTrue(shownEmails(admin).contains(emails.get(picked)), "found by words of the name: " + words);
    }

    private static List<String> shownEmails(ChromeDriver browser) {
        return browser.findElements(By.cssSelector("#users > table > tbody > tr")).stream().map(tr -> tr.findElements(By
                .tagName("td")).get(1).getText().strip()).toList();
    }

    /**
     * At phone width (360 px) the insights' bar charts gave a long search's label the whole width, and it was cut off:
     * each label now comes on a few short lines, the axis of labels leaves the bars most of the width, and every row
     * keeps its label.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void theInsightsChartLabelsAreReadableAtPhoneWidth(String language, URI portal) {
        String query = GeneratedText.cut("zorblax " + oneLine(GeneratedText.libraryWords(120), "chart-" + language),
                58).strip();
        ChromeDriver reader = Browser.start(language);
        browsers.add(reader);
        reader.get(portal.resolve("/?lang=" + language).toString());
        reader.findElement(By.id("quick-q")).sendKeys(query, Keys.ENTER);
        new WebDriverWait(reader, Duration.ofSeconds(15), Browser.POLL)
                .until(ExpectedConditions.urlContains("/search?"));

        String email = "chart-editor-" + language + System.nanoTime() + "@kmb.test";
        People.invited(portal, People.admin(portal), email, "Cleo Chart", "editor");
        ChromeDriver editor = signedIn(portal, language, email);
        editor.manage().window().setSize(new org.openqa.selenium.Dimension(360, 800));
        editor.get(portal.resolve("/editor/insights?lang=" + language).toString());
        for (String chart : List.of("top-chart", "gaps-chart")) {
            if (!chart.equals("top-chart") && editor.findElements(By.cssSelector("[id$='" + chart + "'] canvas"))
                    .isEmpty()) {
                continue;
            }
            @SuppressWarnings("unchecked")
            List<Number> measured = (List<Number>) new WebDriverWait(editor, Duration.ofSeconds(15), Browser.POLL)
                    .until(d -> editor
                            .executeScript("var canvas = document.querySelector('[id$=\"" + chart + "\"] canvas');"
                                    + " var c = canvas && window.Chart && Chart.getChart(canvas);"
                                    + " if (!c || !c.scales.y) { return null; }"
                                    + " var y = c.scales.y; var sizes = y._labelSizes || y._getLabelSizes();"
                                    + " return [y.left, y.right, c.width, y.ticks.length, c.data.labels.length,"
                                    + " sizes.widest.width, y.options.ticks.padding || 0];"));
            double left = measured.get(0).doubleValue();
            double right = measured.get(1).doubleValue();
            double width = measured.get(2).doubleValue();
            assertTrue(left >= 0 && right - left <= 0.6 * width, chart + ": the labels leave the bars room (axis "
                    + left + ".." + right + " of " + width + ")");
            assertEquals(measured.get(4).intValue(), measured.get(3).intValue(), chart + ": every row has its label");
            assertTrue(measured.get(5).doubleValue() <= right - left, chart + ": the widest label ("
                    + measured.get(5) + " px) fits its axis (" + (right - left) + " px), not cut off");
        }
    }

    static String oneLine(Gen<String> text, String seed) {
        return text.next(new Random(Gen.seed() * 31 + seed.hashCode())).replaceAll("\\s+", " ").strip();
    }

    static void changeRoles(URI portal, String email, String... roles) {
        Visitor admin = People.admin(portal);
        long id = People.accounts(admin).stream()
                .filter(u -> u.getString("email").equals(email)).findFirst().orElseThrow().getJsonNumber("id")
                .longValue();
        String body = "{\"roles\": [" + String.join(", ", Arrays.stream(roles).map(r -> "\"" + r + "\"").toList())
                + "]}";
        Http.Answer answer = admin.api("PUT", "/api/admin/users/" + id + "/roles", body);
        assertEquals(200, answer.status(), answer.body());
    }

    private ChromeDriver signedIn(URI portal, String language, String email) {
        ChromeDriver browser = Browser.start(language);
        browsers.add(browser);
        Browser.signInBySession(browser, portal, email, People.PASSWORD);
        return browser;
    }
}

package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Found by people using the shipped build: roles ticked in other rows of the accounts page were dropped without a word
 * when one row was saved; "Back to draft" (and "Archive") took a published resource out of the public library in one
 * click; a work-plan item added before the session ended came back after signing in only as text to copy.
 */
@ExtendWith(RunningPortal.class)
class NothingLostWithoutAWordE2E {

    /** A shipped research summary (content/summaries/), copied under a new id so the shipped one stays published. */
    private static final String SHIPPED = "aarons-2006-organizational-climate-staff-turnover";

    private final List<ChromeDriver> browsers = new ArrayList<>();

    @AfterEach
    void close() {
        browsers.forEach(ChromeDriver::quit);
        browsers.clear();
    }

    /** For each language, generated words of the library with accents, emoji, guillemets and apostrophes. */
    static Stream<Arguments> texts() {
        Gen<String> words = GeneratedText.libraryWords(400);
        Gen<String> tail = Gen.of(" « Été à l’école » — ça marche 🙂", " l’équipe « bénévole » 👩🏽‍🏫 déjà là",
                " « naïve » et l’œuvre 🇨🇦 ’");
        Gen<String> paragraph = random -> words.next(random) + tail.next(random);
        return Stream.of("en", "fr").flatMap(language -> Gen.tries("nothing-lost-" + language, 1, paragraph)
                .map(text -> Arguments.of(language, text)));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void rolesTickedInOtherRowsStayTickedAndAreMarkedUnsavedWhenOneRowIsSaved(String language, String text,
            URI portal) {
        long n = System.nanoTime();
        List<String> emails = new ArrayList<>();
        for (String who : List.of("first", "second", "third")) {
            String email = "ticks-" + who + "-" + language + n + "@kmb.test";
            People.member(portal, email, GeneratedText.cut(who + " " + text.replaceAll("\\s+", " "), 80).strip(),
                    "Ticks " + who + " " + language + n);
            emails.add(email);
        }
        // One administrator's session reads the stored roles and the audit log for the whole test: one sign-in.
        Visitor reader = People.admin(portal);
        ChromeDriver admin = started(language);
        if ("fr".equals(language)) {
            admin.manage().window().setSize(new Dimension(390, 900));
        }
        Browser.signInBySession(admin, portal, People.ADMIN_EMAIL, People.ADMIN_PASSWORD);
        admin.get(portal.resolve("/admin/users?q=" + language + n).toString());
        tick(row(admin, emails.get(0)), "mentor");
        tick(row(admin, emails.get(1)), "editor");
        tick(row(admin, emails.get(2)), "mentor");
        row(admin, emails.get(0)).findElement(By.cssSelector("input[type=submit]")).sendKeys(Keys.ENTER);

        String firstName = GeneratedText.cut("first " + text.replaceAll("\\s+", " "), 80).strip();
        Browser.awaitMessage(admin, Bundle.shown(language, "admin.rolesSaved", org.kmbportal.web.QuotedText
                .name(firstName, java.util.Locale.forLanguageTag(language))));
        assertEquals(List.of("member", "mentor"), roles(reader, emails.get(0)), "the row saved is saved");
        assertEquals(List.of("member"), roles(reader, emails.get(1)), "the other rows are not saved behind one's back");
        String messages = admin.findElement(By.id("messages")).getText();
        assertTrue(messages.contains(emails.get(1)) && messages.contains(emails.get(2)),
                "the message names the rows still to save: " + messages);
        String unsaved = Bundle.shown(language, "admin.roles.unsaved");
        assertTrue(row(admin, emails.get(1)).findElement(By.cssSelector("input[value=editor]")).isSelected(),
                "the other row's tick is still there");
        assertTrue(row(admin, emails.get(2)).findElement(By.cssSelector("input[value=mentor]")).isSelected());
        assertTrue(mark(row(admin, emails.get(1))).contains(unsaved), "marked as not saved yet");
        assertTrue(mark(row(admin, emails.get(2))).contains(unsaved));
        assertFalse(mark(row(admin, emails.get(0))).contains(unsaved), "the row just saved is not marked");
        assertTrue(row(admin, emails.get(1)).findElement(By.cssSelector(".unsaved")).isDisplayed(),
                "the mark shows, at " + admin.manage().window().getSize().width + " px too");

        row(admin, emails.get(1)).findElement(By.cssSelector("input[type=submit]")).sendKeys(Keys.ENTER);
        new WebDriverWait(admin, Duration.ofSeconds(10), Browser.POLL).ignoring(WebDriverException.class)
                .until(d -> !mark(row(d, emails.get(1))).contains(unsaved));
        assertEquals(List.of("editor", "member"), roles(reader, emails.get(1)));
        assertTrue(mark(row(admin, emails.get(2))).contains(unsaved), "the third row is still waiting, still ticked");
        assertTrue(row(admin, emails.get(2)).findElement(By.cssSelector("input[value=mentor]")).isSelected());
        assertEquals(List.of("member"), roles(reader, emails.get(2)));

        // Saving a row whose ticks are what is stored changes nothing, says so for that person, and logs nothing.
        int logged = audited(reader, emails.get(0));
        row(admin, emails.get(0)).findElement(By.cssSelector("input[type=submit]")).sendKeys(Keys.ENTER);
        Browser.awaitMessage(admin, Bundle.shown(language, "admin.roles.unchanged",
                org.kmbportal.web.QuotedText.name(firstName, java.util.Locale.forLanguageTag(language))));
        assertFalse(admin.findElement(By.id("messages")).getText().contains(Bundle.shown(language,
                "admin.rolesSaved", "\u0000").split("\u0000")[0]),
                "not \"Roles saved\" for a row saved without a change");
        assertEquals(List.of("member", "mentor"), roles(reader, emails.get(0)));
        assertEquals(logged, audited(reader, emails.get(0)), "nothing written to the audit log");
    }

    private static int audited(Visitor admin, String email) {
        return (int) admin.get("/api/admin/audit").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(e -> email.equals(e.getString("subject", ""))).count();
    }

    @ParameterizedTest
    @MethodSource("texts")
    void takingAPublishedResourceOfflineAsksFirstAndCancelKeepsItPublished(String language, String text,
            URI portal) {
        Visitor admin = People.admin(portal);
        String email = "offline-editor-" + language + System.nanoTime() + "@kmb.test";
        Visitor api = People.invited(portal, admin, email, "Odile Offline", "editor");
        String id = "offline-" + language + "-" + System.nanoTime();
        String title = GeneratedText.cut(text.replaceAll("\\s+", " "), 150).strip().replace("\"", "'");
        String shipped = api.get("/api/editor/resources/" + SHIPPED).json().getString("text");
        String copy = shipped.replace("id: " + SHIPPED, "id: " + id).replaceFirst("(?m)^title: .*$",
                "title: \"" + title.replace("\\", "") + "\"");
        Http.Answer saved = api.api("PUT", "/api/editor/resources/" + id, Json.createObjectBuilder().add("version", -1)
                .add("text", copy).build().toString());
        assertEquals(200, saved.status(), saved.body());

        ChromeDriver editor = started(language);
        Browser.signInBySession(editor, portal, email, People.PASSWORD);
        for (String target : List.of("draft", "archived")) {
            publish(api, id);
            assertEquals(200, Http.get(portal, "/resources/" + id).status(), "published");
            editor.get(portal.resolve("/editor/edit?id=" + id + "&lang=" + language).toString());
            editor.findElement(By.cssSelector(".move-" + target)).sendKeys(Keys.ENTER);
            Browser.awaitText(editor, By.id("workflow"), Bundle.shown(language, "editor.confirm." + target));
            assertEquals("move-question", focused(editor, "move-question"), "the question takes the focus");
            assertEquals(200, Http.get(portal, "/resources/" + id).status(), "nothing happened yet");
            editor.switchTo().activeElement().sendKeys(Keys.TAB);
            assertEquals(Bundle.shown(language, "editor.confirm." + target + ".yes"), value(editor));
            editor.switchTo().activeElement().sendKeys(Keys.TAB);
            assertEquals(Bundle.shown(language, "editor.confirm.no"), value(editor));
            editor.switchTo().activeElement().sendKeys(Keys.ENTER);
            new WebDriverWait(editor, Duration.ofSeconds(10), Browser.POLL).ignoring(WebDriverException.class)
                    .until(d -> d.findElements(By.id("move-question")).isEmpty()
                            && !d.findElements(By.cssSelector(".move-" + target)).isEmpty());
            new WebDriverWait(editor, Duration.ofSeconds(5), Browser.POLL).ignoring(WebDriverException.class)
                    .until(d -> String.valueOf(d.switchTo().activeElement().getAttribute("class")).contains("move-"));
            assertTrue(editor.switchTo().activeElement().getAttribute("class").contains("move-" + target),
                    "after Cancel the focus is back on the button");
            assertEquals(Bundle.shown(language, "status.published"),
                    editor.findElement(By.cssSelector(".status .badge")).getText());
            assertEquals(200, Http.get(portal, "/resources/" + id).status(), "Cancel kept it published");

            // Escape closes the question as Cancel does, and the focus goes back to the button that asked.
            editor.findElement(By.cssSelector(".move-" + target)).sendKeys(Keys.ENTER);
            Browser.awaitText(editor, By.id("workflow"), Bundle.shown(language, "editor.confirm." + target));
            assertEquals("move-question", focused(editor, "move-question"));
            editor.switchTo().activeElement().sendKeys(Keys.ESCAPE);
            new WebDriverWait(editor, Duration.ofSeconds(10), Browser.POLL).ignoring(WebDriverException.class)
                    .until(d -> d.findElements(By.id("move-question")).isEmpty()
                            && String.valueOf(d.switchTo().activeElement().getAttribute("class"))
                                    .contains("move-" + target));
            assertEquals(200, Http.get(portal, "/resources/" + id).status(), "Escape kept it published");

            // Save pressed instead of answering: the question is withdrawn (not left on the page after the save),
            // and nothing moved. (User session of 2026-12-06: "Saved as revision 2" with the question still there.)
            editor.findElement(By.cssSelector(".move-" + target)).sendKeys(Keys.ENTER);
            Browser.awaitText(editor, By.id("workflow"), Bundle.shown(language, "editor.confirm." + target));
            editor.findElement(By.id("edit:save")).click();
            new WebDriverWait(editor, Duration.ofSeconds(10), Browser.POLL).ignoring(WebDriverException.class)
                    .until(d -> !d.findElements(By.cssSelector(".move-" + target)).isEmpty());
            assertTrue(editor.findElements(By.id("move-question")).isEmpty(), "the question is withdrawn");
            assertEquals(200, Http.get(portal, "/resources/" + id).status(), "Save kept it published");

            editor.findElement(By.cssSelector(".move-" + target)).sendKeys(Keys.ENTER);
            Browser.awaitText(editor, By.id("workflow"), Bundle.shown(language, "editor.confirm." + target));
            editor.switchTo().activeElement().sendKeys(Keys.TAB);
            editor.switchTo().activeElement().sendKeys(Keys.ENTER);
            Browser.awaitMessage(editor, Bundle.shown(language, "editor.moved." + target));
            assertEquals(404, Http.get(portal, "/resources/" + id).status(), "offline once confirmed");
        }
    }

    @ParameterizedTest
    @MethodSource("texts")
    void restoringAnEarlierVersionAsksInThePageInItsLanguageAndEscapeKeepsTheCurrentOne(String language, String text,
            URI portal) {
        Visitor admin = People.admin(portal);
        String email = "restore-editor-" + language + System.nanoTime() + "@kmb.test";
        Visitor api = People.invited(portal, admin, email, "Rémi Restore", "editor");
        String id = "restore-" + language + "-" + System.nanoTime();
        String title = GeneratedText.cut(text.replaceAll("\\s+", " "), 150).strip().replace("\"", "'")
                .replace("\\", "");
        String shipped = api.get("/api/editor/resources/" + SHIPPED).json().getString("text");
        String first = shipped.replace("id: " + SHIPPED, "id: " + id).replaceFirst("(?m)^title: .*$",
                java.util.regex.Matcher.quoteReplacement("title: \"" + title + "\""));
        Http.Answer created = api.api("PUT", "/api/editor/resources/" + id, Json.createObjectBuilder()
                .add("version", -1).add("text", first).build().toString());
        assertEquals(200, created.status(), created.body());
        Http.Answer second = api.api("PUT", "/api/editor/resources/" + id, Json.createObjectBuilder()
                .add("version", created.json().getJsonNumber("version").longValue())
                .add("text", first.replace("title: \"" + title, "title: \"Second " + title)).build().toString());
        assertEquals(200, second.status(), second.body());
        assertEquals(2, api.get("/api/editor/resources/" + id + "/revisions").jsonArray().size());

        ChromeDriver editor = started(language);
        Browser.signInBySession(editor, portal, email, People.PASSWORD);
        editor.get(portal.resolve("/editor/history?id=" + id + "&lang=" + language).toString());
        // Revision 2 is the current one: revision 1's is the table's only Restore button.
        By restoreFirst = By.cssSelector("#revisions td.cell--action input[type=submit]");
        editor.findElement(restoreFirst).sendKeys(Keys.ENTER);
        Browser.awaitText(editor, By.id("revisions"), Bundle.shown(language, "history.restore.confirm", 1));
        assertEquals("restore-question", focused(editor, "restore-question"),
                "the question is in the page and takes the focus (no browser dialog)");
        editor.switchTo().activeElement().sendKeys(Keys.TAB);
        assertEquals(Bundle.shown(language, "history.restore.yes"), value(editor));
        editor.switchTo().activeElement().sendKeys(Keys.TAB);
        assertEquals(Bundle.shown(language, "history.restore.no"), value(editor));
        editor.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        new WebDriverWait(editor, Duration.ofSeconds(10), Browser.POLL).ignoring(WebDriverException.class)
                .until(d -> d.findElements(By.id("restore-question")).isEmpty()
                        && "1".equals(d.switchTo().activeElement().getAttribute("data-revision")));
        assertEquals(2, api.get("/api/editor/resources/" + id + "/revisions").jsonArray().size(),
                "Escape restored nothing");

        editor.findElement(restoreFirst).sendKeys(Keys.ENTER);
        Browser.awaitText(editor, By.id("revisions"), Bundle.shown(language, "history.restore.confirm", 1));
        editor.switchTo().activeElement().sendKeys(Keys.TAB);
        editor.switchTo().activeElement().sendKeys(Keys.ENTER);
        Browser.awaitMessage(editor, Bundle.shown(language, "history.restored", 1, 3,
                Bundle.shown(language, "status.draft")));
        assertEquals(3, api.get("/api/editor/resources/" + id + "/revisions").jsonArray().size());
        assertTrue(api.get("/api/editor/resources/" + id).json().getString("text").contains("title: \"" + title
                + "\""), "revision 1 is the current version again");
    }

    /**
     * Found by a user: {@code /editor/history?id=…&from=abc} (or {@code to=abc}, a negative or huge number) showed
     * "History:" without a title, "No revision yet" for a resource with revisions, and no Restore button. A revision
     * number the page cannot read is ignored: the page is as without it.
     */
    @ParameterizedTest
    @MethodSource("texts")
    void aHistoryAskedWithAnUnreadableRevisionNumberShowsTheRevisionsAsWithoutIt(String language, String text,
            URI portal) {
        Visitor admin = People.admin(portal);
        String email = "history-words-" + language + System.nanoTime() + "@kmb.test";
        Visitor api = People.invited(portal, admin, email, "Hélène Historique", "editor");
        String id = "history-words-" + language + "-" + System.nanoTime();
        String title = GeneratedText.cut(text.replaceAll("\\s+", " "), 150).strip().replace("\"", "'")
                .replace("\\", "");
        String shipped = api.get("/api/editor/resources/" + SHIPPED).json().getString("text");
        String first = shipped.replace("id: " + SHIPPED, "id: " + id).replaceFirst("(?m)^title: .*$",
                java.util.regex.Matcher.quoteReplacement("title: \"" + title + "\""));
        Http.Answer created = api.api("PUT", "/api/editor/resources/" + id, Json.createObjectBuilder()
                .add("version", -1).add("text", first).build().toString());
        assertEquals(200, created.status(), created.body());
        Http.Answer second = api.api("PUT", "/api/editor/resources/" + id, Json.createObjectBuilder()
                .add("version", created.json().getJsonNumber("version").longValue())
                .add("text", first.replace("title: \"" + title, "title: \"Second " + title)).build().toString());
        assertEquals(200, second.status(), second.body());

        Visitor editor = new Visitor(portal, language);
        assertTrue(editor.signIn(email, People.PASSWORD));
        String words = URLEncoder.encode(GeneratedText.cut(text, 40), StandardCharsets.UTF_8);
        for (String asked : List.of("from=abc", "to=abc", "from=abc&to=abc", "from=-1", "to=-2&from=-1",
                "from=99999999999", "to=99999999999999999999", "from=1&to=" + words, "from=" + words + "&to=2")) {
            String where = asked + " (" + language + ")";
            Http.Answer page = editor.get("/editor/history?id=" + id + "&lang=" + language + "&" + asked);
            assertEquals(200, page.status(), where);
            org.jsoup.nodes.Document history = org.jsoup.Jsoup.parse(page.body());
            assertTrue(spaced(history.selectFirst("h1").text()).contains(spaced("Second " + title)),
                    "the title: " + where + ": " + history.selectFirst("h1").text());
            assertTrue(history.select(".notice").stream().noneMatch(p -> spaced(p.text()).equals(spaced(Bundle
                    .text(language, "history.none")))), "no 'no revision yet': " + where);
            assertEquals(spaced(Bundle.text(language, "history.diff", 1, 2)), spaced(history.selectFirst(
                    "#diff-title").text()), "the last two revisions compared: " + where);
            assertEquals(1, history.select("#revisions td.cell--action input[type=submit]").size(),
                    "revision 1's Restore button: " + where);
        }
    }

    private static String spaced(String text) {
        return text.replaceAll("[\\s\u00a0\u202f]+", " ").strip();
    }

    @ParameterizedTest
    @MethodSource("texts")
    void aPlanItemAddedBeforeTheSessionEndedIsBackInTheFormAsANewItemAfterSigningIn(String language, String text,
            URI portal) {
        long n = System.nanoTime();
        Visitor admin = People.admin(portal);
        Visitor partner = People.member(portal, "plan-kept-partner-" + language + n + "@kmb.test", "Kept Partner",
                "Plan Kept Org " + language + n);
        String mentorEmail = "plan-kept-mentor-" + language + n + "@kmb.test";
        Visitor mentorApi = People.invited(portal, admin, mentorEmail, "Plan Mentor " + language, "mentor");
        long organization = partner.get("/api/account").json().getJsonNumber("organization").longValue();
        String joinCode = partner.get("/api/organizations/" + organization).json().getString("join_code");
        Http.Answer started = mentorApi.api("POST", "/api/partnerships", Json.createObjectBuilder()
                .add("join_code", joinCode).add("title", "Kept plan " + language).build().toString());
        assertEquals(201, started.status(), started.body());
        long id = started.json().getJsonNumber("id").longValue();
        assertEquals(200, partner.api("POST", "/api/partnerships/" + id + "/acceptance", Json.createObjectBuilder()
                .add("goals", "Keep matches going.").add("capacities", Json.createArrayBuilder().add("match-support"))
                .build().toString()).status());
        String saved = "Screen volunteer mentors « d’abord »";
        Http.Answer first = mentorApi.api("PUT", "/api/partnerships/" + id + "/plan", Json.createObjectBuilder()
                .add("version", 0).add("items", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("what", saved).add("why", "").add("lead", "partner").add("status", "planned")))
                .build().toString());
        assertEquals(200, first.status(), first.body());

        ChromeDriver browser = started(language);
        Browser.signInBySession(browser, portal, mentorEmail, People.PASSWORD);
        String page = "/partnerships/plan?id=" + id;
        browser.get(portal.resolve(page + "&lang=" + language).toString());
        By whats = By.cssSelector("[id^='plan:items:'][id$=':what']");
        assertEquals(1, browser.findElements(whats).size());
        String editedWhy = fill(browser, By.id("plan:items:0:why"), "Edited " + text);
        browser.findElement(By.id("plan:add-item")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL)
                .until(ExpectedConditions.numberOfElementsToBe(whats, 2));
        String what = fill(browser, By.id("plan:items:1:what"), GeneratedText.cut(text.replaceAll("\\s+", " "), 300)
                .strip());
        String why = fill(browser, By.id("plan:items:1:why"), text);
        String notes = fill(browser, By.id("plan:items:1:notes"), new StringBuilder(text).reverse().toString());
        String reason = fill(browser, By.id("plan:reason"), "Added « " + language + " » item");
        // Drop-downs away from what the page gave: the new item led by the mentor, in progress; the saved one done.
        choose(browser, "plan:items:1:lead", "mentor");
        choose(browser, "plan:items:1:status", "in-progress");
        choose(browser, "plan:items:0:status", "done");

        signOutInAnotherTab(browser, portal, language);
        browser.findElement(By.id("plan:save")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL)
                .until(ExpectedConditions.urlContains("/sign-in?next="));
        assertTrue(browser.getCurrentUrl().contains(URLEncoder.encode(page, StandardCharsets.UTF_8)));
        Browser.awaitText(browser, By.id("kept-typing"), Bundle.shown(language, "keptTyping.kept"));
        browser.findElement(By.id("signin:email")).sendKeys(mentorEmail);
        browser.findElement(By.id("signin:password")).sendKeys(People.PASSWORD);
        browser.findElement(By.id("signin:submit")).click();

        new WebDriverWait(browser, Duration.ofSeconds(15), Browser.POLL).ignoring(WebDriverException.class)
                .until(d -> URI.create(d.getCurrentUrl()).getPath().equals("/partnerships/plan")
                        && d.findElement(By.id("kept-typing")).getText().contains(Bundle.shown(language,
                                "keptTyping.restored").replace('\u00a0', ' ')));
        assertEquals(2, browser.findElements(whats).size(), "the added item is back in the form as a new item");
        assertEquals(what, value(browser, "plan:items:1:what"));
        assertEquals(why, value(browser, "plan:items:1:why"));
        assertEquals(notes, value(browser, "plan:items:1:notes"));
        assertEquals(editedWhy, value(browser, "plan:items:0:why"), "the edit of the saved item is back too");
        assertEquals(reason, value(browser, "plan:reason"));
        assertEquals("mentor", value(browser, "plan:items:1:lead"), "the new item's \"Who leads\" is back");
        assertEquals("in-progress", value(browser, "plan:items:1:status"), "the new item's status is back");
        assertEquals("done", value(browser, "plan:items:0:status"), "the saved item's new status is back");
        assertEquals("partner", value(browser, "plan:items:0:lead"), "an untouched drop-down keeps its value");
        assertTrue(browser.findElements(By.cssSelector("#kept-typing textarea")).isEmpty(),
                "nothing left to copy by hand");
        assertEquals("kept-typing", browser.switchTo().activeElement().getAttribute("id"),
                "the keyboard starts at the notice");
        assertEquals(List.of(saved), items(mentorApi, id), "not saved until the person saves");

        browser.findElement(By.id("plan:save")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL).until(d -> items(mentorApi, id).size() == 2);
        assertEquals(List.of(saved, what), items(mentorApi, id), "saved once, as typed");
        assertEquals(List.of("partner done", "mentor in-progress"), choices(mentorApi, id),
                "Save stores the drop-downs as chosen before the session ended");
        browser.get(browser.getCurrentUrl());
        assertEquals(2, browser.findElements(whats).size(), "opened again, the page adds no new item a second time");
        assertEquals("", browser.findElement(By.id("kept-typing")).getText(), "once saved, nothing is put back");
    }

    @ParameterizedTest
    @MethodSource("texts")
    void aCheckInsDropDownsAndRatingsChosenBeforeTheSessionEndedAreBackAndRecorded(String language, String text,
            URI portal) {
        long n = System.nanoTime();
        Visitor admin = People.admin(portal);
        Visitor partner = People.member(portal, "check-kept-partner-" + language + n + "@kmb.test", "Kept Partner",
                "Check Kept Org " + language + n);
        String mentorEmail = "check-kept-mentor-" + language + n + "@kmb.test";
        Visitor mentorApi = People.invited(portal, admin, mentorEmail, "Check Mentor " + language, "mentor");
        long organization = partner.get("/api/account").json().getJsonNumber("organization").longValue();
        String joinCode = partner.get("/api/organizations/" + organization).json().getString("join_code");
        Http.Answer started = mentorApi.api("POST", "/api/partnerships", Json.createObjectBuilder()
                .add("join_code", joinCode).add("title", "Kept check-in choices " + language).build().toString());
        assertEquals(201, started.status(), started.body());
        long id = started.json().getJsonNumber("id").longValue();
        assertEquals(200, partner.api("POST", "/api/partnerships/" + id + "/acceptance", Json.createObjectBuilder()
                .add("goals", "Keep matches going.").add("capacities", Json.createArrayBuilder().add("match-support"))
                .build().toString()).status());
        String saved = "Call the volunteers « chaque mois »";
        Http.Answer first = mentorApi.api("PUT", "/api/partnerships/" + id + "/plan", Json.createObjectBuilder()
                .add("version", 0).add("items", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("what", saved).add("why", "").add("lead", "partner").add("status", "planned")))
                .build().toString());
        assertEquals(200, first.status(), first.body());

        ChromeDriver browser = started(language);
        Browser.signInBySession(browser, portal, mentorEmail, People.PASSWORD);
        String page = "/partnerships/check-in?id=" + id;
        browser.get(portal.resolve(page + "&lang=" + language).toString());
        String happened = fill(browser, By.id("record:what-happened"), text);
        String reason = fill(browser, By.id("record:reason"), "Decided « " + language + " » at the check-in");
        choose(browser, "record:items:0:lead", "mentor");
        choose(browser, "record:items:0:status", "done");
        By three = By.cssSelector("#record input[type=radio][name$=':rating'][value='3']");
        browser.findElement(three).click();
        assertTrue(browser.findElement(three).isSelected());

        signOutInAnotherTab(browser, portal, language);
        browser.findElement(By.id("record:record-button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL)
                .until(ExpectedConditions.urlContains("/sign-in?next="));
        Browser.awaitText(browser, By.id("kept-typing"), Bundle.shown(language, "keptTyping.kept"));
        browser.findElement(By.id("signin:email")).sendKeys(mentorEmail);
        browser.findElement(By.id("signin:password")).sendKeys(People.PASSWORD);
        browser.findElement(By.id("signin:submit")).click();

        new WebDriverWait(browser, Duration.ofSeconds(15), Browser.POLL).ignoring(WebDriverException.class)
                .until(d -> URI.create(d.getCurrentUrl()).getPath().equals("/partnerships/check-in")
                        && d.findElement(By.id("kept-typing")).getText().contains(Bundle.shown(language,
                                "keptTyping.restored").replace('\u00a0', ' ')));
        assertEquals(happened, value(browser, "record:what-happened"));
        assertEquals(reason, value(browser, "record:reason"));
        assertEquals("mentor", value(browser, "record:items:0:lead"), "\"Who leads\" is back");
        assertEquals("done", value(browser, "record:items:0:status"), "the status is back");
        assertTrue(browser.findElement(three).isSelected(), "the rating chosen is back");
        assertTrue(browser.findElements(By.cssSelector("#kept-typing textarea")).isEmpty(),
                "nothing left to copy by hand");
        assertEquals(List.of("partner planned"), choices(mentorApi, id), "not recorded until the person records");

        browser.findElement(By.id("record:record-button")).click();
        try {
            new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL)
                    .until(d -> !choices(mentorApi, id).equals(List.of(
                            "partner planned")));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("not recorded: " + browser.findElement(By.id("main")).getText(), e);
        }
        assertEquals(List.of("mentor done"), choices(mentorApi, id), "recorded as chosen before the session ended");
        JsonObject capacity = mentorApi.get("/api/partnerships/" + id).json().getJsonArray("capacities")
                .getValuesAs(JsonObject.class).stream().filter(c -> c.getString("key").equals("match-support"))
                .findFirst().orElseThrow();
        assertEquals(List.of(3), capacity.getJsonArray("ratings").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getInt("rating")).toList(), "the rating recorded is the one chosen");
    }

    /** Chooses an option of a drop-down as a person would, by its value. */
    private static void choose(ChromeDriver browser, String id, String optionValue) {
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id(id))).selectByValue(optionValue);
        assertEquals(optionValue, value(browser, id));
    }

    /** Each plan item's lead and status, in order. */
    private static List<String> choices(Visitor api, long id) {
        return api.get("/api/partnerships/" + id).json().getJsonObject("plan").getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(i -> i.getString("lead") + " " + i.getString("status"))
                .toList();
    }

    private static void publish(Visitor api, String id) {
        String status = api.get("/api/editor/resources/" + id).json().getString("status", "");
        List<String> moves = switch (status) {
            case "in-review" -> List.of("published");
            case "published" -> List.of();
            case "archived" -> List.of("draft", "in-review", "published");
            default -> List.of("in-review", "published");
        };
        for (String to : moves) {
            Http.Answer moved = api.api("POST", "/api/editor/resources/" + id + "/transitions",
                    "{\"to\": \"" + to + "\"}");
            assertEquals(200, moved.status(), moved.body());
        }
    }

    private static List<String> items(Visitor api, long id) {
        return api.get("/api/partnerships/" + id).json().getJsonObject("plan").getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(i -> i.getString("what")).toList();
    }

    private static List<String> roles(Visitor admin, String email) {
        return People.accounts(admin).stream()
                .filter(u -> u.getString("email").equals(email)).findFirst().orElseThrow().getJsonArray("roles")
                .getValuesAs(JsonString.class).stream().map(JsonString::getString).sorted().toList();
    }

    /**
     * The row of the list of people whose text names the email, found by the page in one call: the list holds everyone
     * the run has signed up so far (hundreds late in a full run), and reading each row's text from the test costs one
     * call to the browser per row, some twenty times a test.
     */
    private static WebElement row(org.openqa.selenium.WebDriver browser, String email) {
        Object row = ((JavascriptExecutor) browser).executeScript("return Array.from(document.querySelectorAll("
                + "'#users table tbody tr')).find(tr => tr.innerText.includes(arguments[0])) || null;", email);
        if (row == null) {
            throw new java.util.NoSuchElementException("no row for " + email);
        }
        return (WebElement) row;
    }

    private static void tick(WebElement row, String role) {
        WebElement box = row.findElement(By.cssSelector("input[value=" + role + "]"));
        if (!box.isSelected()) {
            box.sendKeys(Keys.SPACE);
        }
        assertTrue(box.isSelected());
    }

    /** What the row's last cell says besides its button. */
    /** What the row's Save cell says beside its button ("Not saved yet"); the Access column follows it. */
    private static String mark(WebElement row) {
        return row.findElement(By.cssSelector("td.cell--action")).getText();
    }

    private static String value(ChromeDriver browser) {
        return browser.switchTo().activeElement().getAttribute("value");
    }

    private static String value(ChromeDriver browser, String id) {
        return browser.findElement(By.id(id)).getDomProperty("value");
    }

    private static String focused(ChromeDriver browser, String expected) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(5), Browser.POLL).ignoring(WebDriverException.class)
                    .until(d -> expected.equals(d.switchTo().activeElement().getAttribute("id")));
        } catch (org.openqa.selenium.TimeoutException e) {
            // reported by the caller's assertion, with what has the focus instead
        }
        String id = browser.switchTo().activeElement().getAttribute("id");
        return id == null || id.isEmpty() ? browser.switchTo().activeElement().getTagName() : id;
    }

    /** Puts the text in the field as typing would leave it and returns it as the browser holds it. */
    private static String fill(ChromeDriver browser, By field, String text) {
        WebElement element = browser.findElement(field);
        element.click();
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", element, text);
        return element.getDomProperty("value");
    }

    /** Signs out in a second tab of the same browser, then comes back to the first. */
    private static void signOutInAnotherTab(ChromeDriver browser, URI portal, String language) {
        String first = browser.getWindowHandle();
        browser.switchTo().newWindow(WindowType.TAB);
        browser.get(portal.resolve("/account/?lang=" + language).toString());
        browser.findElement(By.cssSelector("#sign-out input[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL)
                .until(ExpectedConditions.presenceOfElementLocated(By
                        .cssSelector(".account-nav a[href*='/sign-in']")));
        browser.close();
        browser.switchTo().window(first);
    }

    private ChromeDriver started(String language) {
        ChromeDriver browser = Browser.start(language);
        browsers.add(browser);
        return browser;
    }
}

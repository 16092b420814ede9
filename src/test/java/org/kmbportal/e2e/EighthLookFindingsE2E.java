package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kmbportal.testing.Browser;
import org.kmbportal.testing.Bundle;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.testing.Visitor;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What the last user sessions of 5 December 2026 (real Chromium, shipped library) found still open, on its pages. */
@ExtendWith(RunningPortal.class)
class EighthLookFindingsE2E {

    private static final String ZELDIN = "zeldin-2013-youth-adult-partnership";

    private final List<ChromeDriver> browsers = new ArrayList<>();

    @AfterEach
    void close() {
        browsers.forEach(ChromeDriver::quit);
        browsers.clear();
    }

    private ChromeDriver signedIn(URI portal, String language, String email, String password) {
        ChromeDriver browser = Browser.start(language);
        browsers.add(browser);
        Browser.signInBySession(browser, portal, email, password);
        return browser;
    }

    private static String line(Random random, int length) {
        return GeneratedText.oddTitles(length).next(random).replaceAll("\\s+", " ").strip();
    }

    /** One word of {@code length} letters, accented ones among them. */
    private static String longWord(Random random, int length) {
        String letters = "abcdefghijklmnopqrstuvwxyzéèàçôœÉ";
        StringBuilder word = new StringBuilder();
        while (word.length() < length) {
            word.append(letters.charAt(random.nextInt(letters.length())));
        }
        return word.toString();
    }

    private static void width(ChromeDriver browser, int width) {
        browser.manage().window().setSize(new Dimension(width, 900));
        new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL).until(d -> Math.abs(((Number) browser
                .executeScript("return window.innerWidth")).intValue() - width) < 40);
    }

    /**
     * A plan item with a 200-letter word pushed the partnership page's and the report's plan table out of their box at
     * 1366 px (its other columns out of sight), and axe said the box's sideways scroll could not be reached by
     * keyboard. Long words now wrap inside their cell at 1366 and 390 px, and every table's scroll box is a region
     * named after its table, a Tab stop with a visible ring whenever it scrolls.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void longWordsWrapInsideThePlanTablesAndTheirScrollBoxesAreReachable(String language, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("table-words-" + language).hashCode());
        String partnerEmail = "table-partner-" + language + n + "@kmb.test";
        Visitor partner = People.member(portal, partnerEmail, "Table " + longWord(random, 60), "Table Org "
                + language + n);
        Visitor mentor = People.invited(portal, People.admin(portal), "table-mentor-" + language + n + "@kmb.test",
                "Table Mentor", "mentor");
        long id = MatrixPartnerships.acceptedBetween(partner, mentor, line(random, 80));
        String what = line(random, 60) + " " + longWord(random, 200);
        String why = longWord(random, 200) + " " + GeneratedText.libraryWords(400).next(random).strip();
        assertEquals(200, partner.api("PUT", "/api/partnerships/" + id + "/plan", Json.createObjectBuilder().add(
                "version", 0).add("items",
                        Json.createArrayBuilder().add(Json.createObjectBuilder().add("what", what)
                                .add("why", why).add("lead", "partner").add("status", "planned")
                                .add("due", LocalDate.now()
                                        .plusMonths(2).toString()))
                                .add(Json.createObjectBuilder().add("what", line(random,
                                        120)).add("lead", "mentor").add("status", "in-progress")))
                .build().toString()).status());
        ChromeDriver browser = signedIn(portal, language, partnerEmail, People.PASSWORD);
        for (String page : List.of("/partnerships/view?id=" + id, "/partnerships/report?id=" + id,
                "/partnerships/")) {
            for (int size : new int[]{1366, 390}) {
                width(browser, size);
                browser.get(portal.resolve(page + (page.contains("?") ? "&" : "?") + "lang=" + language)
                        .toString());
                new WebDriverWait(browser, Duration.ofSeconds(15), Browser.POLL).until(d -> !d.findElements(By
                        .cssSelector("main .table-scroll table")).isEmpty());
                String where = page + " at " + size + " px";
                if (!page.endsWith("/")) {
                    assertTrue(browser.findElement(By.cssSelector("main .table-scroll table")).getText().replaceAll(
                            "\\s+", "").contains(what.replaceAll("\\s+", "")), "the item's whole what: " + where);
                }
                @SuppressWarnings("unchecked")
                List<String> wide = (List<String>) browser.executeScript(
                        """
                                const out = [];
                                for (const e of document.querySelectorAll('main *')) {
                                  const r = e.getBoundingClientRect();
                                  if (r.width > 0 && (r.right > window.innerWidth + 1 || r.left < -1)) {
                                    out.push(e.tagName + '.' + e.className + ' ' + Math.round(r.left) + '..' + Math.round(r.right));
                                  }
                                }
                                for (const box of document.querySelectorAll('main .table-scroll')) {
                                  if (box.offsetParent !== null && box.scrollWidth > box.clientWidth + 1) {
                                    out.push('scrolls sideways: ' + box.scrollWidth + ' in ' + box.clientWidth);
                                  }
                                }
                                return out;""");
                assertEquals(List.of(), wide.stream().limit(5).toList(), "wider than the window: " + where);
                @SuppressWarnings("unchecked")
                List<String> unnamed = (List<String>) browser.executeScript(
                        """
                                const out = [];
                                for (const box of document.querySelectorAll('main .table-scroll')) {
                                  const by = box.getAttribute('aria-labelledby');
                                  const name = by ? (document.getElementById(by) || {}).textContent : box.getAttribute('aria-label');
                                  if (box.getAttribute('role') !== 'region' || !name || !name.trim()) {
                                    out.push(box.outerHTML.substring(0, 120));
                                  }
                                }
                                return out;""");
                assertEquals(List.of(), unnamed, "a scroll box not a named region: " + where);
                assertEquals(List.of(), Browser.wcagViolations(browser), where);
            }
        }

        // Where a table is wider than its box (here made narrow), the box is a Tab stop with a visible ring.
        width(browser, 1366);
        browser.get(portal.resolve("/partnerships/view?id=" + id + "&lang=" + language).toString());
        browser.executeScript("document.querySelector('main .table-scroll').style.maxWidth = '8rem';"
                + "window.dispatchEvent(new Event('resize'));");
        try {
            new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL).until(d -> Integer.valueOf(0).equals(
                    ((Number) browser.executeScript("return document.querySelector('main .table-scroll').tabIndex"))
                            .intValue()));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("a box that scrolls is no Tab stop", e);
        }
        assertFalse(Browser.wcagViolations(browser).stream().anyMatch(v -> v.contains("scrollable-region")),
                "axe: the box's scroll is reached by keyboard");
        browser.executeScript("document.querySelector('main .table-scroll').focus();");
        assertEquals("solid", browser.executeScript(
                "return getComputedStyle(document.querySelector('main .table-scroll')).outlineStyle"),
                "the focused box shows its ring");
    }

    /**
     * A conflict with one's own other tab still said "The plan as they saved it" and offered "Save mine over theirs";
     * the resource editor's said "Save my text over theirs". For the same account they now speak of the other tab;
     * a colleague's save keeps the words about them.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aConflictWithOnesOwnOtherTabSpeaksOfThatTab(String language, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("own-tab-words-" + language).hashCode());
        String partnerEmail = "tab-partner-" + language + n + "@kmb.test";
        Visitor partner = People.member(portal, partnerEmail, "Tab Partner", "Tab Org " + language + n);
        Visitor mentor = People.invited(portal, People.admin(portal), "tab-mentor-" + language + n + "@kmb.test",
                "Tab Mentor " + line(random, 30), "mentor");
        long id = MatrixPartnerships.acceptedBetween(partner, mentor, line(random, 100));
        ChromeDriver browser = signedIn(portal, language, partnerEmail, People.PASSWORD);
        browser.get(portal.resolve("/partnerships/plan?id=" + id + "&lang=" + language).toString());

        // A colleague saves first: the words about them stay.
        planSaved(mentor, id, line(random, 200));
        addItemAndSave(browser, line(random, 250));
        Browser.awaitText(browser, By.cssSelector(".conflict"), Bundle.shown(language, "partnerships.plan.conflict"));
        String conflict = browser.findElement(By.cssSelector(".conflict")).getText().replace('\u00a0', ' ');
        assertTrue(conflict.contains(Bundle.shown(language, "partnerships.plan.theirs")), conflict);
        assertEquals(Bundle.shown(language, "partnerships.plan.saveOver"), value(browser, "plan:save-over"));
        Browser.pressForNewPage(browser, browser.findElement(By.id("plan:load-theirs")));

        // The same account saves from elsewhere (another tab): the words speak of that tab.
        planSaved(partner, id, line(random, 200));
        addItemAndSave(browser, line(random, 250));
        Browser.awaitText(browser, By.cssSelector(".conflict"), Bundle.shown(language,
                "partnerships.plan.conflictMine"));
        conflict = browser.findElement(By.cssSelector(".conflict")).getText().replace('\u00a0', ' ');
        assertTrue(conflict.contains(Bundle.shown(language, "partnerships.plan.theirsMine")), conflict);
        assertFalse(conflict.contains(Bundle.shown(language, "partnerships.plan.theirs")), conflict);
        assertEquals(Bundle.shown(language, "partnerships.plan.saveOverMine"), value(browser, "plan:save-over"));
        assertEquals(Bundle.shown(language, "partnerships.plan.loadTheirsMine"), value(browser, "plan:load-theirs"));

        // The resource editor, the same account saving in another tab first.
        String mine = "tab-editor-" + language + n + "@kmb.test";
        Visitor me = People.invited(portal, People.admin(portal), mine, "Tab Editor " + line(random, 40), "editor");
        String resource = "tab-words-" + language + "-" + n;
        String text = me.get("/api/editor/resources/" + ZELDIN).json().getString("text").replace("id: " + ZELDIN,
                "id: " + resource).replaceFirst("(?m)^status: .*$", "status: draft");
        assertEquals(200, me.api("PUT", "/api/editor/resources/" + resource, Json.createObjectBuilder().add(
                "version", -1).add("text", text).build().toString()).status());
        ChromeDriver editor = signedIn(portal, language, mine, People.PASSWORD);
        editor.get(portal.resolve("/editor/edit?id=" + resource + "&lang=" + language).toString());
        JsonObject stored = me.get("/api/editor/resources/" + resource).json();
        assertEquals(200, me.api("PUT", "/api/editor/resources/" + resource, Json.createObjectBuilder().add(
                "version", stored.getJsonNumber("version").longValue()).add("text",
                        stored.getString("text")
                                .replaceFirst("(?m)^title: .*$", "title: Other tab " + n))
                .build().toString()).status());
        Browser.type(editor, "edit:title", "This tab " + line(random, 200));
        Browser.pressForNewPage(editor, editor.findElement(By.id("edit:save")));
        Browser.awaitMessage(editor, Bundle.shown(language, "editor.conflictMine"));
        assertEquals(Bundle.shown(language, "editor.saveOverMine"), value(editor, "edit:saveOverTheirs"));
    }

    private static String value(ChromeDriver browser, String id) {
        return browser.findElement(By.id(id)).getDomProperty("value").replace('\u00a0', ' ');
    }

    /** The plan saved through the API by this account, with one item more. */
    private static void planSaved(Visitor who, long id, String what) {
        JsonObject plan = who.get("/api/partnerships/" + id).json().getJsonObject("plan");
        var items = Json.createArrayBuilder();
        plan.getJsonArray("items").getValuesAs(JsonObject.class).forEach(i -> items.add(Json.createObjectBuilder()
                .add("what", i.getString("what")).add("lead", i.getString("lead")).add("status", i.getString(
                        "status"))));
        items.add(Json.createObjectBuilder().add("what", what).add("lead", "partner").add("status", "planned"));
        var body = Json.createObjectBuilder().add("version", plan.getJsonNumber("version").longValue()).add("items",
                items);
        if (plan.getJsonNumber("version").longValue() > 0) {
            body.add("reason", "Agreed « " + what.length() + " »");
        }
        var answer = who.api("PUT", "/api/partnerships/" + id + "/plan", body.build().toString());
        assertEquals(200, answer.status(), answer.body());
    }

    private static void addItemAndSave(ChromeDriver browser, String what) {
        Browser.pressForNewPage(browser, browser.findElement(By.id("plan:add-item")));
        int last = browser.findElements(By.cssSelector("[id^='plan:items:'][id$=':what']")).size() - 1;
        Browser.type(browser, "plan:items:" + last + ":what", what);
        if (!browser.findElements(By.id("plan:reason")).isEmpty()) {
            Browser.type(browser, "plan:reason", "Agreed at our call « " + what.length() + " »");
        }
        Browser.pressForNewPage(browser, browser.findElement(By.id("plan:save")));
    }

    /**
     * At 390 px a long plan item's legend wrapped over seven lines and the fieldset's border ran through it. The
     * legend now stays on one line inside the box's width, cut with an ellipsis; the whole "what" is in its box.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aLongPlanItemsLegendStaysOnOneLineAtPhoneWidth(String language, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("legend-" + language).hashCode());
        String partnerEmail = "legend-partner-" + language + n + "@kmb.test";
        Visitor partner = People.member(portal, partnerEmail, "Legend Partner", "Legend Org " + language + n);
        Visitor mentor = People.invited(portal, People.admin(portal), "legend-mentor-" + language + n + "@kmb.test",
                "Legend Mentor", "mentor");
        long id = MatrixPartnerships.acceptedBetween(partner, mentor, line(random, 100));
        String what = GeneratedText.libraryWords(290).next(random).replaceAll("\\s+", " ").strip() + " " + longWord(
                random, 8);
        planSaved(partner, id, what);
        ChromeDriver browser = signedIn(portal, language, partnerEmail,
                People.PASSWORD);
        for (int size : new int[]{390, 1366}) {
            width(browser, size);
            browser.get(portal.resolve("/partnerships/plan?id=" + id + "&lang=" + language).toString());
            new WebDriverWait(browser, Duration.ofSeconds(15), Browser.POLL).until(d -> !d.findElements(By
                    .cssSelector("fieldset.plan-item > legend")).isEmpty());
            @SuppressWarnings("unchecked")
            List<Number> box = (List<Number>) browser.executeScript("""
                    const legend = document.querySelector('fieldset.plan-item > legend');
                    const set = legend.parentElement.getBoundingClientRect();
                    const r = legend.getBoundingClientRect();
                    const line = parseFloat(getComputedStyle(legend).lineHeight)
                        || 1.2 * parseFloat(getComputedStyle(legend).fontSize);
                    return [r.height, line, r.left - set.left, set.right - r.right];""");
            String where = " at " + size + " px";
            assertTrue(box.get(0).doubleValue() < 1.6 * box.get(1).doubleValue(), "the legend is " + box.get(0)
                    + " px high, lines of " + box.get(1) + where);
            assertTrue(box.get(2).doubleValue() >= 0 && box.get(3).doubleValue() >= 0, "inside its box" + where);
            assertEquals(what, browser.findElement(By.id("plan:items:0:what")).getDomProperty("value"),
                    "the whole what in its box" + where);
            assertTrue(browser.findElement(By.cssSelector("fieldset.plan-item > legend")).getDomProperty(
                    "textContent").contains(what), "and whole in the legend read out" + where);
        }
    }

    /**
     * The resource history's difference showed the file's English keys ({@code status: in-review}) in a French page.
     * A field of the front matter now reads with the editor's label, and a state in words, in the reader's language.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void theHistorysDifferenceNamesFieldsAndStatesInTheReadersLanguage(String language, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("history-words-" + language).hashCode());
        String mine = "history-editor-" + language + n + "@kmb.test";
        Visitor me = People.invited(portal, People.admin(portal), mine, "History Editor", "editor");
        String resource = "history-words-" + language + "-" + n;
        String text = me.get("/api/editor/resources/" + ZELDIN).json().getString("text").replace("id: " + ZELDIN,
                "id: " + resource).replaceFirst("(?m)^status: .*$", "status: draft");
        assertEquals(200, me.api("PUT", "/api/editor/resources/" + resource, Json.createObjectBuilder().add(
                "version", -1).add("text", text).build().toString()).status());
        String title = line(random, 300);
        JsonObject stored = me.get("/api/editor/resources/" + resource).json();
        String quoted = "\"" + title.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        assertEquals(200, me.api("PUT", "/api/editor/resources/" + resource, Json.createObjectBuilder().add(
                "version", stored.getJsonNumber("version").longValue()).add("text",
                        stored.getString("text")
                                .replaceFirst("(?m)^title: .*$", java.util.regex.Matcher.quoteReplacement("title: "
                                        + quoted)))
                .build().toString()).status());
        var moved = me.api("POST", "/api/editor/resources/" + resource + "/transitions", "{\"to\": \"in-review\"}");
        assertEquals(200, moved.status(), moved.body());
        int newest = me.get("/api/editor/resources/" + resource + "/revisions").jsonArray().stream().map(
                r -> r.asJsonObject().getInt("number")).max(Integer::compare).orElseThrow();

        ChromeDriver browser = signedIn(portal, language, mine, People.PASSWORD);
        browser.get(portal.resolve("/editor/history?id=" + resource + "&from=1&to=" + newest + "&lang=" + language)
                .toString());
        new WebDriverWait(browser, Duration.ofSeconds(15), Browser.POLL).until(d -> !d.findElements(By.cssSelector(
                "table.diff .diff__text")).isEmpty());
        List<String> lines = browser.findElements(By.cssSelector("table.diff tr.diff__removed .diff__text, "
                + "table.diff tr.diff__added .diff__text")).stream().map(e -> shownText(browser, e).replace('\u00a0',
                        ' ').strip())
                .toList();
        String colon = Bundle.shown(language, "punctuation.colon");
        String state = Bundle.shown(language, "field.status") + colon;
        assertTrue(lines.contains(state + Bundle.shown(language, "status.draft")), lines.toString());
        assertTrue(lines.contains(state + Bundle.shown(language, "status.in-review")), lines.toString());
        assertTrue(lines.contains(Bundle.shown(language, "field.title") + colon + title), lines.toString());
        assertFalse(lines.stream().anyMatch(l -> l.matches("(status|title): .*")), "raw keys: " + lines);
        assertTrue(me.get("/api/editor/resources/" + resource + "/revisions/" + newest).json().getString("text")
                .contains("status: in-review"), "the file itself keeps its keys");
    }

    /**
     * The line as a sighted reader sees it: the words said only to screen readers around a deleted or inserted word
     * ("[deleted: Draft]") left out.
     */
    private static String shownText(ChromeDriver browser, org.openqa.selenium.WebElement element) {
        return (String) browser.executeScript("const c = arguments[0].cloneNode(true);"
                + " c.querySelectorAll('.visually-hidden').forEach(h => h.remove()); return c.textContent;", element);
    }
}

package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.json.Json;

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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Found on the shipped library: a workflow button ("Submit for review", "Back to draft") threw away what the editor
 * had typed in the form. Now the text typed is saved with the move, through the same checks as Save; if Save would
 * refuse it, nothing moves and the text stays in the form.
 */
@ExtendWith(RunningPortal.class)
class WorkflowKeepsTypingE2E {

    /** Shipped research summaries (content/summaries/), copied under new ids so the shipped ones stay as they are. */
    private static final String ZELDIN = "zeldin-2013-youth-adult-partnership";
    private static final String TIERNEY = "tierney-1995-making-a-difference";

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
        return Stream.of("en", "fr").flatMap(language -> Gen.tries("workflow-typing-" + language, 1, paragraph)
                .map(text -> Arguments.of(language, text)));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void submitForReviewSavesWhatWasTypedWithTheMove(String language, String text, URI portal) {
        Editor editor = editor(portal, language, "submit");
        String id = editor.copy(ZELDIN, "typed-submit-" + language + "-" + System.nanoTime());
        editor.browser.get(portal.resolve("/editor/edit?id=" + id + "&lang=" + language).toString());
        WebElement limitations = section(editor.browser, language, "limitations");
        String typed = append(editor.browser, limitations, "\n\n" + text);

        Browser.pressForNewPage(editor.browser, editor.browser.findElement(By.cssSelector(".move-in-review")));
        Browser.awaitMessage(editor.browser, Bundle.shown(language, "editor.moved.in-review"));
        Browser.awaitMessage(editor.browser, Bundle.shown(language, "editor.moved.withChanges"));
        assertEquals(typed, section(editor.browser, language, "limitations").getDomProperty("value"),
                "the box keeps what was typed");
        assertEquals("in-review", editor.status(id));
        assertTrue(editor.text(id).contains(firstLine(text)), "saved with the move");
        editor.browser.navigate().refresh();
        assertEquals(typed, section(editor.browser, language, "limitations").getDomProperty("value"),
                "a reload shows it too");
    }

    @ParameterizedTest
    @MethodSource("texts")
    void backToDraftSavesTheTitleAndSectionTypedWithTheMove(String language, String text, URI portal) {
        Editor editor = editor(portal, language, "back");
        String id = editor.copy(TIERNEY, "typed-back-" + language + "-" + System.nanoTime());
        editor.publish(id);
        editor.browser.get(portal.resolve("/editor/edit?id=" + id + "&lang=" + language).toString());
        String title = GeneratedText.cut(text.replaceAll("\\s+", " "), 150).strip();
        WebElement titleBox = editor.browser.findElement(By.id("edit:title"));
        titleBox.clear();
        titleBox.sendKeys(title);
        String typedTitle = titleBox.getDomProperty("value");
        String typed = append(editor.browser, section(editor.browser, language, "key_findings"), "\n\n" + text);

        // Two whole-page posts: each waits for its page (it once ran out of awaitText's 10 s under load).
        Browser.pressForNewPage(editor.browser, editor.browser.findElement(By.cssSelector(".move-draft")));
        Browser.awaitText(editor.browser, By.id("main"), Bundle.shown(language, "editor.confirm.draft"));
        Browser.pressForNewPage(editor.browser, editor.browser.findElement(By.cssSelector("[id$=':move-confirmed']")));
        Browser.awaitMessage(editor.browser, Bundle.shown(language, "editor.moved.draft"));
        // The page says the typed text went with the move (it said only "a draft again": user session).
        Browser.awaitMessage(editor.browser, Bundle.shown(language, "editor.moved.withChanges"));
        assertEquals(typedTitle, editor.browser.findElement(By.id("edit:title")).getDomProperty("value"));
        assertEquals(typed, section(editor.browser, language, "key_findings").getDomProperty("value"));
        assertEquals("draft", editor.status(id));
        assertTrue(editor.text(id).contains(firstLine(text)), "the section is saved with the move");
        assertTrue(editor.text(id).contains(firstLine(typedTitle)), "the title is saved with the move");
    }

    @ParameterizedTest
    @MethodSource("texts")
    void aMoveSaveWouldRefuseMovesNothingAndKeepsTheText(String language, String text, URI portal) {
        Editor editor = editor(portal, language, "refused");
        String id = editor.copy(ZELDIN, "typed-refused-" + language + "-" + System.nanoTime());
        editor.browser.get(portal.resolve("/editor/edit?id=" + id + "&lang=" + language).toString());
        String typed = append(editor.browser, section(editor.browser, language, "limitations"), "\n\n" + text);
        WebElement doi = editor.browser.findElement(By.id("edit:doi"));
        doi.clear();
        doi.sendKeys("bad " + language);

        Browser.pressForNewPage(editor.browser, editor.browser.findElement(By.cssSelector(".move-in-review")));
        Browser.awaitMessage(editor.browser, Bundle.shown(language, "editor.fixFields"));
        assertEquals(typed, section(editor.browser, language, "limitations").getDomProperty("value"));
        assertEquals("bad " + language, editor.browser.findElement(By.id("edit:doi")).getDomProperty("value"));
        assertEquals("draft", editor.status(id), "nothing moved");
        assertTrue(!editor.text(id).contains(firstLine(text)), "nothing saved");
    }

    /**
     * Found in a whole run under load: the preview's answer to what was typed came as "Submit for review" was pressed
     * and moved the button down; the press went to whatever was then under the pointer, nothing was sent, and the
     * test waited a minute for a page that never came. Here the preview grows (as its answer would) the moment the
     * button is reached: the move is still sent, with the text typed.
     */
    @ParameterizedTest
    @MethodSource("texts")
    void aMoveIsSentWhenThePreviewGrowsAsTheButtonIsPressed(String language, String text, URI portal) {
        Editor editor = editor(portal, language, "grows");
        String id = editor.copy(ZELDIN, "typed-grows-" + language + "-" + System.nanoTime());
        editor.browser.get(portal.resolve("/editor/edit?id=" + id + "&lang=" + language).toString());
        WebElement titleBox = editor.browser.findElement(By.id("edit:title"));
        titleBox.clear();
        titleBox.sendKeys(GeneratedText.cut(text.replaceAll("\\s+", " "), 150).strip());
        String typedTitle = titleBox.getDomProperty("value");
        WebElement move = editor.browser.findElement(By.cssSelector(".move-in-review"));
        // The first sign of the press (the pointer arriving, or a key) grows the preview above the button by the
        // typed text, as the preview's answer does, and notes in the tab how far the button moved.
        editor.browser.executeScript("""
                var button = arguments[0], text = arguments[1], kinds = ['pointermove', 'pointerdown', 'keydown'];
                function grow() {
                    kinds.forEach(function (kind) { document.removeEventListener(kind, grow, true); });
                    var top = button.getBoundingClientRect().top;
                    var preview = document.getElementById('edit:preview');
                    for (var i = 0; i < 6; i++) {
                        var paragraph = document.createElement('p');
                        paragraph.textContent = text;
                        preview.appendChild(paragraph);
                    }
                    sessionStorage.setItem('kmb-test-moved', String(button.getBoundingClientRect().top - top));
                }
                kinds.forEach(function (kind) { document.addEventListener(kind, grow, true); });
                """, move, text);

        Browser.pressForNewPage(editor.browser, move);
        Browser.awaitMessage(editor.browser, Bundle.shown(language, "editor.moved.in-review"));
        Object moved = editor.browser.executeScript("return Number(sessionStorage.getItem('kmb-test-moved'));");
        assertTrue(((Number) moved).doubleValue() > 100, "the preview moved the button as it was pressed: " + moved);
        assertEquals("in-review", editor.status(id));
        assertTrue(editor.text(id).contains(firstLine(typedTitle)), "the title is saved with the move");
    }

    /**
     * Found by a user: a review comment typed in its own form was lost when a workflow button of the edit form was
     * pressed. It is put back in its box after the move, with a notice naming the box, and its own button posts it.
     */
    @ParameterizedTest
    @MethodSource("texts")
    void aCommentTypedBesideTheEditFormSurvivesAMoveAndIsPostedByItsOwnButton(String language, String text,
            URI portal) {
        Editor editor = editor(portal, language, "comment");
        String id = editor.copy(ZELDIN, "typed-comment-" + language + "-" + System.nanoTime());
        editor.browser.get(portal.resolve("/editor/edit?id=" + id + "&lang=" + language).toString());
        String typed = append(editor.browser, editor.browser.findElement(By.id("review:comment")), text);

        Browser.pressForNewPage(editor.browser, editor.browser.findElement(By.cssSelector(".move-in-review")));
        Browser.awaitMessage(editor.browser, Bundle.shown(language, "editor.moved.in-review"));
        assertEquals("in-review", editor.status(id));
        assertEquals(typed, editor.browser.findElement(By.id("review:comment")).getDomProperty("value"),
                "the comment box keeps what was typed");
        String notice = editor.browser.findElement(By.id("kept-typing")).getText();
        assertTrue(notice.contains(aside(language, "editor.addComment")), notice);

        // the comment posts the page and redirects (Post/Redirect/Get): wait for the new page, not a fixed 10 s
        Browser.pressForNewPage(editor.browser, editor.browser.findElement(By.id("review:addComment")));
        Browser.awaitText(editor.browser, By.cssSelector(".comments"), firstLine(text));
        assertEquals("", editor.browser.findElement(By.id("review:comment")).getDomProperty("value"),
                "once posted, the box is empty again");
        assertEquals("", editor.browser.findElement(By.id("kept-typing")).getText());
    }

    /** The other way: text typed in the edit form is put back when the comment is posted, still not saved. */
    @ParameterizedTest
    @MethodSource("texts")
    void sectionTextTypedSurvivesPostingAComment(String language, String text, URI portal) {
        Editor editor = editor(portal, language, "posting");
        String id = editor.copy(ZELDIN, "typed-posting-" + language + "-" + System.nanoTime());
        editor.browser.get(portal.resolve("/editor/edit?id=" + id + "&lang=" + language).toString());
        String typed = append(editor.browser, section(editor.browser, language, "limitations"), "\n\n" + text);
        String comment = append(editor.browser, editor.browser.findElement(By.id("review:comment")),
                String.join(" ", words(text).reversed()));

        // the comment posts the page and redirects (Post/Redirect/Get): wait for the new page, not a fixed 10 s
        Browser.pressForNewPage(editor.browser, editor.browser.findElement(By.id("review:addComment")));
        Browser.awaitText(editor.browser, By.cssSelector(".comments"), GeneratedText.cut(comment, 30).strip());
        assertEquals(typed, section(editor.browser, language, "limitations").getDomProperty("value"),
                "the section keeps what was typed");
        String notice = editor.browser.findElement(By.id("kept-typing")).getText();
        assertTrue(notice.contains(Bundle.shown(language, "keptTyping.aside").split("\\{0\\}")[0].strip()), notice);
        assertTrue(!editor.text(id).contains(firstLine(text)), "not saved: only Save or a move saves it");
    }

    /**
     * Found by user session us55: the notice named an internal box, 'What you typed in "edit:typed-on", "Text — Steps
     * and guidance" was not sent'. It names only the boxes typed in, by their labels, in the page's language.
     */
    @ParameterizedTest
    @MethodSource("texts")
    void theNoticeOfTextKeptAsideNamesOnlyTheBoxesTypedInByTheirLabels(String language, String text, URI portal) {
        Editor editor = editor(portal, language, "labels");
        String id = editor.copy(ZELDIN, "typed-labels-" + language + "-" + System.nanoTime());
        editor.browser.get(portal.resolve("/editor/edit?id=" + id + "&lang=" + language).toString());
        append(editor.browser, section(editor.browser, language, "limitations"), "\n\n" + text);
        String comment = append(editor.browser, editor.browser.findElement(By.id("review:comment")),
                String.join(" ", words(text).reversed()));

        Browser.pressForNewPage(editor.browser, editor.browser.findElement(By.id("review:addComment")));
        Browser.awaitText(editor.browser, By.cssSelector(".comments"), GeneratedText.cut(comment, 30).strip());
        String notice = Bundle.normalSpaces(editor.browser.findElement(By.id("kept-typing")).getText());
        assertTrue(!notice.contains("typed-on") && !notice.contains("edit:"), notice);
        assertEquals(Bundle.normalSpaces(Bundle.text(language, "keptTyping.aside").replace("{0}", Bundle.text(
                language, "keptTyping.asideQuote").replace("{0}",
                        Bundle.text(language, "editor.body") + " — "
                                + Bundle.text(language, "section.limitations")))),
                notice);
    }

    /**
     * Found by user session us55: text typed only in the one-line "What you changed" box was kept when a comment was
     * posted, without a word. It is named like any other box.
     */
    @ParameterizedTest
    @MethodSource("texts")
    void aRevisionNoteTypedBesideACommentIsNamedInTheNotice(String language, String text, URI portal) {
        Editor editor = editor(portal, language, "note");
        String id = editor.copy(ZELDIN, "typed-note-" + language + "-" + System.nanoTime());
        editor.browser.get(portal.resolve("/editor/edit?id=" + id + "&lang=" + language).toString());
        String note = append(editor.browser, editor.browser.findElement(By.id("edit:note")), GeneratedText.cut(text
                .strip().lines().findFirst().orElse(text), 120).strip());
        String comment = append(editor.browser, editor.browser.findElement(By.id("review:comment")),
                String.join(" ", words(text).reversed()));

        Browser.pressForNewPage(editor.browser, editor.browser.findElement(By.id("review:addComment")));
        Browser.awaitText(editor.browser, By.cssSelector(".comments"), GeneratedText.cut(comment, 30).strip());
        assertEquals(note, editor.browser.findElement(By.id("edit:note")).getDomProperty("value"));
        String notice = Bundle.normalSpaces(editor.browser.findElement(By.id("kept-typing")).getText());
        assertEquals(Bundle.normalSpaces(Bundle.text(language, "keptTyping.aside").replace("{0}", Bundle.text(
                language, "keptTyping.asideQuote").replace("{0}", Bundle.text(language, "editor.note")))), notice);
    }

    private static List<String> words(String text) {
        return List.of(text.strip().split("\\s+"));
    }

    /** The start of the notice for text kept in a box whose label is that bundle key's. */
    private static String aside(String language, String labelKey) {
        String quoted = Bundle.text(language, "keptTyping.asideQuote").replace("{0}", Bundle.text(language, labelKey));
        return Bundle.text(language, "keptTyping.aside").replace("{0}", quoted).replace('\u00a0', ' ')
                .split(":")[0].strip();
    }

    private static String firstLine(String text) {
        return GeneratedText.cut(text.strip().lines().findFirst().orElse("").strip(), 40).strip();
    }

    private static WebElement section(ChromeDriver browser, String language, String key) {
        String label = Bundle.shown(language, "section." + key);
        WebElement labelElement = browser.findElements(By.cssSelector("#edit label")).stream()
                .filter(l -> l.getText().strip().equals(label.strip())).findFirst().orElseThrow();
        return browser.findElement(By.id(labelElement.getAttribute("for")));
    }

    /** Adds the text at the end of the box as typing would leave it and returns the box's value. */
    private static String append(ChromeDriver browser, WebElement box, String text) {
        box.click();
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[0].value + arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", box, text);
        box.sendKeys(Keys.END, ".");
        return box.getDomProperty("value");
    }

    private Editor editor(URI portal, String language, String what) {
        Visitor admin = People.admin(portal);
        String email = "typed-" + what + "-" + language + System.nanoTime() + "@kmb.test";
        Visitor api = People.invited(portal, admin, email, "Edith Typed", "editor");
        ChromeDriver browser = Browser.start(language);
        browsers.add(browser);
        Browser.signInBySession(browser, portal, email, People.PASSWORD);
        return new Editor(api, browser);
    }

    private record Editor(Visitor api, ChromeDriver browser) {

        /** Copies a shipped resource under a new id (a draft). */
        String copy(String shipped, String id) {
            String text = api.get("/api/editor/resources/" + shipped).json().getString("text");
            Http.Answer saved = api.api("PUT", "/api/editor/resources/" + id, Json.createObjectBuilder()
                    .add("version", -1).add("text", text.replace("id: " + shipped, "id: " + id)
                            .replaceFirst("(?m)^status: .*$", "status: draft"))
                    .build().toString());
            assertEquals(200, saved.status(), saved.body());
            return id;
        }

        void publish(String id) {
            for (String to : List.of("in-review", "published")) {
                Http.Answer moved = api.api("POST", "/api/editor/resources/" + id + "/transitions",
                        "{\"to\": \"" + to + "\"}");
                assertEquals(200, moved.status(), moved.body());
            }
        }

        String status(String id) {
            return api.get("/api/editor/resources/" + id).json().getString("status", "");
        }

        String text(String id) {
            return api.get("/api/editor/resources/" + id).json().getString("text");
        }
    }
}

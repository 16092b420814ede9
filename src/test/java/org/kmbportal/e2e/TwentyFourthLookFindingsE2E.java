package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kmbportal.platform.PlainText;
import org.kmbportal.testing.Browser;
import org.kmbportal.testing.Bundle;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.testing.Visitor;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What session 51's user session found still cut or refused badly (ui52): boxes a browser limit cut at their end
 * without a word (a collection's curator and link titles, the editor's save note, the "find resources" boxes), a
 * partnership's goals, note and reflection said too long only above the page in older words and not marked invalid,
 * and the collection and editor boxes counting an emoji as two characters.
 */
@ExtendWith(RunningPortal.class)
class TwentyFourthLookFindingsE2E extends LookFindings {

    /** Control characters a page cannot write (HTML has no place for them), which the portal refuses in a box. */
    private static final int[] CONTROLS = {0x01, 0x07, 0x08, 0x0B, 0x0C, 0x1B, 0x1F};

    /**
     * The collection editor's curator, link title and "find resources" boxes cut a paste at 300, 500 and 200
     * characters. A longer text is refused beside its box with the limit and its length (an emoji one character), the
     * box marked invalid and described by the message, the text kept, nothing saved or searched. A curator, link title
     * and collection title of exactly their limit in characters, emoji among them, are saved whole.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void collectionBoxesOverTheirLimitAreRefusedBesideTheBoxAndTheLimitCountsCharacters(String language,
            URI portal) {
        base = portal;
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("collection-boxes-" + language).hashCode());
        Visitor mentor = People.invited(portal, People.admin(portal), "boxes-mentor-" + language + n + "@kmb.test",
                "Boxes Mentor", "mentor");
        String linkTitle = line(random, 80);
        Http.Answer made = mentor.api("POST", "/api/collections", Json.createObjectBuilder().add("title", "Boxes "
                + n).add("visibility", "private").add("curator", "Boxes Mentor").add("items", Json
                        .createArrayBuilder().add(Json.createObjectBuilder().add("url", "https://example.org/" + n)
                                .add("title", linkTitle)))
                .build().toString());
        assertEquals(201, made.status(), made.body());
        String id = made.json().getString("id");
        String path = "/curate/edit?id=" + id + "&lang=" + language;
        Document page = pageAt(mentor, path);
        for (String box : List.of("edit:curator", "edit:items:0:link-title", "edit:find", "edit:title")) {
            assertNotNull(page.getElementById(box), box);
            assertFalse(page.getElementById(box).hasAttr("maxlength"), box + ": no silent cut");
        }

        String curator = lineOver(random, 300);
        String title = lineOver(random, 500);
        Document refused = answerPage(mentor, mentor.submit(page, "edit", Map.of("curator", curator,
                "items:0:link-title", title), "save"));
        assertBeside(refused, "edit:curator", tooLong(language, 300, curator), curator);
        assertBeside(refused, "edit:items:0:link-title", tooLong(language, 500, title), title);
        JsonObject stored = mentor.get("/api/collections/" + id).json();
        assertEquals("Boxes Mentor", stored.getString("curator"), "nothing saved");
        assertEquals(linkTitle, stored.getJsonArray("items").getJsonObject(0).getString("title"), "nothing saved");

        String words = lineOver(random, 200);
        Document notSearched = answerPage(mentor, mentor.submit(pageAt(mentor, path), "edit", Map.of(
                "find", words), "find-button"));
        assertBeside(notSearched, "edit:find", tooLong(language, 200, words, "search.error.tooLongHere"), words);

        // Exactly the limits, in characters as a reader counts them: more UTF-16 units than that, saved whole.
        String exactCurator = exactly(random, 300);
        String exactLink = exactly(random, 500);
        String exactTitle = exactly(random, 500);
        Document saved = answerPage(mentor, mentor.submit(pageAt(mentor, path), "edit", Map.of(
                "curator", exactCurator, "items:0:link-title", exactLink, "title", exactTitle), "save"));
        assertEquals(List.of(), refusals(saved), "saved");
        stored = mentor.get("/api/collections/" + id).json();
        assertEquals(exactCurator, stored.getString("curator"));
        assertEquals(exactTitle, stored.getString("title"));
        assertEquals(exactLink, stored.getJsonArray("items").getJsonObject(0).getString("title"));
        String over = exactTitle + WIDE.get(random.nextInt(WIDE.size()));
        Document titleRefused = answerPage(mentor, mentor.submit(pageAt(mentor, path), "edit", Map.of(
                "title", over), "save"));
        assertEquals(Bundle.normalSpaces(Bundle.shown(language, "curation.titleTooLongBy", 500, length(over))),
                said(titleRefused, "edit:title-error"));
        assertEquals(over, titleRefused.getElementById("edit:title").val());

        // The title and the curator both too long in one save: each is said beside its own box, not only the first
        // (us52's user session: the title came back unmarked beside a refused curator).
        String longTitle = lineOver(random, 500);
        String longCurator = lineOver(random, 300);
        Document both = answerPage(mentor, mentor.submit(pageAt(mentor, path), "edit", Map.of("title", longTitle,
                "curator", longCurator), "save"));
        assertBeside(both, "edit:curator", tooLong(language, 300, longCurator), longCurator);
        assertEquals(Bundle.normalSpaces(Bundle.shown(language, "curation.titleTooLongBy", 500, length(longTitle))),
                said(both, "edit:title-error"));
        assertEquals("true", both.getElementById("edit:title").attr("aria-invalid"), "the title marked invalid");
        assertEquals(longTitle, both.getElementById("edit:title").val());
        assertEquals(exactTitle, mentor.get("/api/collections/" + id).json().getString("title"), "nothing saved");
    }

    /**
     * The editor's save note was cut at 1,000 characters by the box. A longer note is refused beside it with its
     * length, kept, nothing saved; a note of exactly 1,000 characters (emoji among them) and a title of exactly 500 are
     * saved whole, where the editor counted an emoji as two.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void theEditorsNoteOverItsLimitIsRefusedBesideItAndTheLimitsCountCharacters(String language, URI portal) {
        base = portal;
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("editor-note-" + language).hashCode());
        Visitor editor = People.invited(portal, People.admin(portal), "note-" + language + n + "@kmb.test",
                "Note Editor", "editor");
        String resource = draft(editor, "long-note-" + language + "-" + n);
        String before = editor.get("/api/editor/resources/" + resource).json().getString("text");
        String path = "/editor/edit?id=" + resource + "&lang=" + language;
        Document page = pageAt(editor, path);
        assertFalse(page.getElementById("edit:note").hasAttr("maxlength"), "no silent cut");
        String note = lineOver(random, 1000);
        String title = line(random, 120);
        Document refused = answerPage(editor, editor.submit(page, "edit", Map.of("note", note, "title", title),
                "save"));
        assertBeside(refused, "edit:note", tooLong(language, 1000, note), note);
        assertEquals(title, refused.getElementById("edit:title").val(), "the other boxes keep what was typed");
        assertEquals(before, editor.get("/api/editor/resources/" + resource).json().getString("text"),
                "nothing saved");

        String exactNote = exactly(random, 1000);
        String exactTitle = exactly(random, 500);
        Document form = pageAt(editor, path);
        // The copied summary names no design, which a save asks for: the first the page offers.
        String design = form.getElementById("edit:design").select("option").stream().map(Element::val).filter(
                v -> !v.isEmpty()).findFirst().orElseThrow();
        Document saved = answerPage(editor, editor.submit(form, "edit", Map.of("note", exactNote, "title", exactTitle,
                "design", design), "save"));
        assertEquals(List.of(), refusals(saved), "saved");
        assertEquals(exactTitle, pageAt(editor, path).getElementById("edit:title").val(), "the title saved whole");
        assertEquals(exactNote, editor.get("/api/editor/resources/" + resource + "/revisions").jsonArray()
                .getJsonObject(0).getString("note"), "the note saved whole");
    }

    /**
     * The work plan's "find resources" box cut the words at 200 characters. Longer words are refused beside the box
     * with the limit and their length, kept, and nothing is searched.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void thePlansFindBoxOverItsLimitIsRefusedBesideIt(String language, URI portal) {
        base = portal;
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("plan-find-" + language).hashCode());
        Visitor partner = People.member(portal, "find-p-" + language + n + "@kmb.test", "Find Partner", "Find Org "
                + n);
        long id = partnershipWithOneItem(portal, partner, random, n, language);
        String plan = "/partnerships/plan?id=" + id + "&lang=" + language;
        Document page = pageAt(partner, plan);
        assertFalse(page.getElementById("plan:find").hasAttr("maxlength"), "no silent cut");
        String words = lineOver(random, 200);
        Document refused = answerPage(partner, partner.submit(page, "plan", Map.of("find", words), "find-button"));
        assertBeside(refused, "plan:find", tooLong(language, 200, words, "search.error.tooLongHere"), words);
        assertTrue(refused.select(".found li").isEmpty(), "nothing searched");
        Document found = answerPage(partner, partner.submit(refused, "plan", Map.of("find", "mentoring"),
                "find-button"));
        assertNull(found.getElementById("plan:find-error"), "a search that fits is searched");
        assertFalse(found.select(".found li").isEmpty(), "and finds");
    }

    /**
     * A partnership's acceptance goals over 4,000 characters, a note over 4,000 and a closing reflection over 8,000
     * were refused only above the page in older words ("Your goals are longer than…"), the box not marked. Each is now
     * said beside its box as every box says it, with the limit and its length, the box marked invalid and described
     * by the message, the text kept; nothing accepted, written or closed.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void partnershipGoalsNoteAndReflectionOverTheirLimitAreRefusedBesideTheBox(String language, URI portal) {
        base = portal;
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("partnership-boxes-" + language).hashCode());
        Visitor partner = People.member(portal, "accept-p-" + language + n + "@kmb.test", "Accept Partner",
                "Accept Org " + n);
        Visitor mentor = People.invited(portal, People.admin(portal), "accept-m-" + language + n + "@kmb.test",
                "Accept Mentor", "mentor");
        long organization = partner.get("/api/account").json().getJsonNumber("organization").longValue();
        String code = partner.get("/api/organizations/" + organization).json().getString("join_code");
        long proposed = MatrixPartnerships.proposed(mentor, code, line(random, 80));
        String view = "/partnerships/view?id=" + proposed + "&lang=" + language;
        String goals = paragraphOver(random, 4000);
        Document notAccepted = answerPage(partner, partner.submit(pageAt(partner, view), "accept", Map
                .of("goals", goals), "accept-button"));
        assertBeside(notAccepted, "accept:goals", tooLong(language, 4000, goals), goals);
        assertTrue(notAccepted.getElementById("accept:goals").attr("aria-describedby").contains("goals-help"));
        assertNoOlderWords(notAccepted, language, "partnerships.tooLong.invalid_goals", 4000);
        assertEquals("proposed", partner.get("/api/partnerships/" + proposed).json().getString("status"));

        long id = partnershipWithOneItem(portal, partner, random, n, language);
        String dashboard = "/partnerships/view?id=" + id + "&lang=" + language;
        String note = paragraphOver(random, 4000);
        Document notWritten = answerPage(partner, partner.submit(pageAt(partner, dashboard), "note",
                Map.of("text", note), "write"));
        assertBeside(notWritten, "note:text", tooLong(language, 4000, note), note);
        assertNoOlderWords(notWritten, language, "partnerships.tooLong.invalid_note", 4000);
        assertTrue(notWritten.select(".notes li").isEmpty(), "no note written");

        // Refused at the first press, before "are you sure?" (TwentyFifthLookFindingsE2E).
        String reflection = paragraphOver(random, 8000);
        Document notClosed = answerPage(partner, partner.submit(pageAt(partner, dashboard), "close", Map
                .of("reflection", reflection), "close-button"));
        assertBeside(notClosed, "close:reflection", tooLong(language, 8000, reflection), reflection);
        assertTrue(notClosed.getElementById("close:reflection").attr("aria-describedby").contains(
                "reflection-help"));
        assertNoOlderWords(notClosed, language, "partnerships.tooLong.invalid_reflection", 8000);
        assertEquals("active", partner.get("/api/partnerships/" + id).json().getString("status"));
    }

    /**
     * A box refused for a control character (U+0007 and the like) came back without it while the message said to
     * remove it. It now comes back as typed, the character still in it, the message beside it naming the character
     * (and in a box of several lines its line); nothing is saved. The editor's title and authors, the sign-up's name.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aBoxRefusedForAControlCharacterComesBackAsTyped(String language, URI portal) {
        base = portal;
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("control-kept-" + language).hashCode());
        String email = "control-" + language + n + "@kmb.test";
        Visitor editor = People.invited(portal, People.admin(portal), email, "Control Editor", "editor");
        String resource = draft(editor, "control-kept-" + language + "-" + n);
        String before = editor.get("/api/editor/resources/" + resource).json().getString("text");
        ChromeDriver browser = signedIn(portal, language, email);
        for (String box : List.of("edit:title", "edit:authors")) {
            browser.get(portal.resolve("/editor/edit?id=" + resource + "&lang=" + language).toString());
            int hidden = CONTROLS[random.nextInt(CONTROLS.length)];
            List<String> lines = box.equals("edit:title")
                    ? List.of(line(random, 120))
                    : List.of(line(random, 40), line(random, 40), line(random, 40));
            int at = random.nextInt(lines.size());
            String words = lines.get(at);
            int inside = words.offsetByCodePoints(0, 1 + random.nextInt(words.codePointCount(0, words.length())
                    - 2));
            List<String> withControl = new java.util.ArrayList<>(lines);
            withControl.set(at, words.substring(0, inside) + Character.toString(hidden) + words.substring(inside));
            String typed = String.join("\n", withControl);
            browser.executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id(box)), typed);
            Browser.pressForNewPage(browser, browser.findElement(By.id("edit:save")));
            String what = box + " U+" + Integer.toHexString(hidden);
            String said = box.equals("edit:title")
                    ? Bundle.shown(language, "field.invisibleCharacter", PlainText.name(hidden))
                    : Bundle.shown(language, "field.invisibleCharacterLine", PlainText.name(hidden), at + 1);
            assertEquals(Bundle.normalSpaces(said), Bundle.normalSpaces(browser.findElement(By.id(box + "-error"))
                    .getText()), what);
            assertEquals(typed, value(browser, box).replace("\r\n", "\n"), what + ": the text as typed");
        }
        assertEquals(before, editor.get("/api/editor/resources/" + resource).json().getString("text"),
                "nothing saved");

        ChromeDriver visitor = Browser.start(language);
        try {
            visitor.get(portal.resolve("/sign-up?lang=" + language).toString());
            String name = line(random, 30) + Character.toString(CONTROLS[random.nextInt(CONTROLS.length)]) + line(
                    random, 30);
            visitor.executeScript("arguments[0].value = arguments[1];", visitor.findElement(By.id("signup:name")),
                    name);
            Browser.type(visitor, "signup:email", "control-sign-up-" + language + n + "@kmb.test");
            Browser.type(visitor, "signup:password", People.PASSWORD);
            Browser.type(visitor, "signup:confirmation", People.PASSWORD);
            Browser.pressForNewPage(visitor, visitor.findElement(By.id("signup:submit")));
            assertFalse(visitor.findElement(By.id("signup:name-error")).getText().isBlank(), "said beside the name");
            assertEquals(name, value(visitor, "signup:name"), "the name as typed");
        } finally {
            visitor.quit();
        }
    }

    /**
     * The message beside the box, the box marked invalid and described by it, and the text typed still in it (a text
     * box's line breaks as the page writes them).
     */
    private static void assertBeside(Document page, String box, String message, String typed) {
        assertEquals(message, said(page, box + "-error"), box);
        Element field = page.getElementById(box);
        assertEquals("true", field.attr("aria-invalid"), box);
        assertTrue(List.of(field.attr("aria-describedby").split(" ")).contains(box + "-error"), box + ": "
                + field.attr("aria-describedby"));
        String kept = field.tagName().equals("textarea") ? field.wholeText() : field.val();
        assertEquals(typed.replace("\r\n", "\n"), kept.replace("\r\n", "\n"), box + ": the text is kept");
    }

    /** What the page says beside its boxes (nothing after a save). */
    private static List<String> refusals(Document page) {
        return page.select(".field-error").stream().filter(e -> !e.text().isBlank()).map(e -> e.id() + ": " + e
                .text()).toList();
    }

    /** The page does not say it in the older words, above the form. */
    private static void assertNoOlderWords(Document page, String language, String key, int limit) {
        String older = Bundle.normalSpaces(Bundle.shown(language, key, limit));
        assertFalse(Bundle.normalSpaces(page.text()).contains(older), older);
    }

    /** Exactly that many characters, several outside the BMP (more UTF-16 units than characters), quotes, accents. */
    private static String exactly(Random random, int characters) {
        StringBuilder text = new StringBuilder("Élodie « Ñúñez » \"<b>\" ");
        while (text.codePointCount(0, text.length()) < characters - 1) {
            int pick = random.nextInt(5);
            boolean afterSpace = text.charAt(text.length() - 1) == ' ';
            text.append(pick == 0 ? "🌊" : pick == 1 ? "𝒜" : pick == 2 ? "é" : pick == 3 && !afterSpace ? " " : "ß");
        }
        return text.append('z').toString();
    }
}

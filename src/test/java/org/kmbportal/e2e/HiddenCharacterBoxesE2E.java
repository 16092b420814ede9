package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jakarta.json.Json;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kmbportal.platform.PlainText;
import org.kmbportal.testing.Bundle;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.testing.Visitor;

/**
 * An invisible or control character typed into a box of several lines (a summary's section, the authors) was refused
 * only at the top of the page, about "line N" of a file the editor never sees, and the editorial API said it only in
 * English (user session us50). It is now said beside the box, in the page's language, naming the character and the
 * box's line; the API says it in the request's language.
 */
@ExtendWith(RunningPortal.class)
class HiddenCharacterBoxesE2E extends LookFindings {

    /** Characters the content format refuses: controls, direction overrides and isolates, the byte-order mark. */
    private static final int[] HIDDEN = {0x01, 0x07, 0x08, 0x0B, 0x1B, 0x7F, 0x85, 0x9B, 0x202A, 0x202D, 0x202E, 0x2066,
            0x2069, 0xFEFF};

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aHiddenCharacterInABoxOfSeveralLinesIsSaidBesideItWithItsLine(String language, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("hidden-boxes-" + language).hashCode());
        Visitor editor = People.invited(portal, People.admin(portal), "hidden-" + language + n + "@kmb.test",
                "Hidden Editor", "editor");
        String resource = draft(editor, "hidden-boxes-" + language + "-" + n);
        String before = editor.get("/api/editor/resources/" + resource).json().getString("text");
        for (int round = 0; round < 3; round++) {
            String box = random.nextBoolean() ? "authors" : "sections:" + random.nextInt(3) + ":section";
            List<String> lines = lines(random, box.equals("authors") ? 2 + random.nextInt(4) : 3 + random.nextInt(8));
            int hidden = HIDDEN[random.nextInt(HIDDEN.length)];
            int line = random.nextInt(lines.size());
            String words = lines.get(line);
            // inside the line: at its very end, a vertical tab would be one of the spaces the form takes off around
            // the words (the format never sees it, and the form rightly says nothing)
            int at = 1 + random.nextInt(words.length() - 1);
            lines.set(line, words.substring(0, at) + Character.toString(hidden) + words.substring(at));
            String typed = String.join("\n", lines);
            Document page = editor.shownAfter(editor.submit("/editor/edit?id=" + resource + "&lang=" + language, "edit",
                    Map.of(box, typed), "save"));
            String said = Bundle.shown(language, "field.invisibleCharacterLine", PlainText.name(hidden), line + 1);
            Element field = page.getElementById("edit:" + box);
            String what = box + " U+" + Integer.toHexString(hidden) + " line " + (line + 1);
            assertEquals("true", field.attr("aria-invalid"), what);
            Element error = page.getElementById("edit:" + box + "-error");
            assertTrue(error != null, what + ": nothing beside the box");
            assertEquals(Bundle.normalSpaces(said), Bundle.normalSpaces(error.text()), what);
            assertTrue(field.attr("aria-describedby").contains("edit:" + box + "-error"), what);
            String top = page.getElementById("messages").text();
            assertFalse(top.contains("line ") || top.contains("ligne "), what + ": " + top);
            assertEquals(Bundle.normalSpaces(Bundle.shown(language, "editor.fixFields")), Bundle.normalSpaces(top),
                    what);
            // Every word typed stays in the box; a C0 control cannot be written into the page's HTML at all.
            String kept = PlainText.withPlainLineEnds(field.val()).strip();
            assertTrue(kept.equals(typed.strip()) || hidden < 0x20 && kept.equals(typed.replace(Character.toString(
                    hidden), "").strip()), what + ": what was typed, " + kept);
        }
        assertEquals(before, editor.get("/api/editor/resources/" + resource).json().getString("text"),
                "nothing saved");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void theApiSaysAHiddenCharacterInTheRequestsLanguage(String language, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("hidden-api-" + language).hashCode());
        Visitor editor = People.invited(portal, People.admin(portal), "hidden-api-" + language + n + "@kmb.test",
                "Hidden Api Editor", "editor");
        String resource = draft(editor, "hidden-api-" + language + "-" + n);
        JsonObjectText stored = new JsonObjectText(editor.get("/api/editor/resources/" + resource).json());
        String[] file = stored.text().split("\n", -1);
        int hidden = HIDDEN[random.nextInt(HIDDEN.length)];
        int line;
        do {
            line = 1 + random.nextInt(file.length - 1);
        } while (file[line].isEmpty());
        int at = random.nextInt(file[line].length() + 1);
        file[line] = file[line].substring(0, at) + Character.toString(hidden) + file[line].substring(at);
        String body = Json.createObjectBuilder().add("version", stored.version()).add("text", String.join("\n", file))
                .build().toString();
        Http.Answer refused = editor.api("PUT", "/api/editor/resources/" + resource + "?lang=" + language, body);
        assertEquals(400, refused.status(), refused.body());
        String problem = Bundle.text(language, "content.error.invisibleLine", line + 1, PlainText.name(hidden));
        assertEquals(Bundle.text(language, "editor.api.invalidContent", problem), refused.json().getString("message"),
                refused.body());
        if (language.equals("en")) {
            assertEquals("The text does not meet the content format: line " + (line + 1) + " contains an invisible or"
                    + " control character (" + PlainText.name(hidden) + "); remove it",
                    refused.json().getString(
                            "message"));
        }
    }

    /** A stored resource's text and version. */
    private record JsonObjectText(String text, long version) {
        JsonObjectText(jakarta.json.JsonObject json) {
            this(json.getString("text"), json.getJsonNumber("version").longValue());
        }
    }

    /** Generated lines, none empty, none starting a section, with no hidden character of their own. */
    private static List<String> lines(Random random, int count) {
        List<String> lines = new ArrayList<>();
        while (lines.size() < count) {
            String line = line(random, 20 + random.nextInt(120)).replaceFirst("^#+", "").strip();
            if (line.length() > 1 && PlainText.forbiddenInText(line) < 0) {
                lines.add(line);
            }
        }
        return lines;
    }
}

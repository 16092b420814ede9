package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Random;

import jakarta.json.Json;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.testing.Visitor;

/**
 * A collection item's note showed its markup as typed ({@code <b>x</b>} printed as text) while the collection's
 * description beside it was rendered: the note is now Markdown sanitized as the description is (user session us50),
 * and no script, handler, picture or {@code javascript:} link of a note reaches the page.
 */
@ExtendWith(RunningPortal.class)
class CuratorNoteMarkupE2E extends LookFindings {

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aNoteIsRenderedAndSanitizedAsTheDescriptionIs(String language, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("note-markup-" + language).hashCode());
        String words = line(random, 160).replaceAll("[<>*_\\[\\]`#&\\\\!]", " ").replaceAll("\\s+", " ").strip();
        String bold = "b" + n;
        String strong = "s" + n;
        String note = words + " <b>" + bold + "</b> **" + strong + "**\n\n[site " + n + "](https://example.org/" + n
                + ") ![pic](https://example.org/" + n + ".png) <img src=x onerror=\"alert(" + n + ")\">\n\n"
                + "<script>document.title='x" + n + "'</script> <a href=\"javascript:alert(1)\" onclick=\"alert(2)\">"
                + "click " + n + "</a> <span onmouseover=\"alert(3)\" style=\"color:red\">hover " + n + "</span>";
        Visitor mentor = People.invited(portal, People.admin(portal), "note-markup-" + language + n + "@kmb.test",
                "Note Markup Mentor", "mentor");
        Http.Answer made = mentor.api("POST", "/api/collections", Json.createObjectBuilder().add("title", "Notes " + n)
                .add("visibility", "private").add("description", note).add("items", Json.createArrayBuilder().add(Json
                        .createObjectBuilder().add("resource", "zeldin-2013-youth-adult-partnership").add("note",
                                note)))
                .build().toString());
        assertEquals(201, made.status(), made.body());
        Document page = Jsoup.parse(mentor.get("/collections/" + made.json().getString("id") + "?lang=" + language)
                .body());
        Element shown = page.selectFirst(".curator-note");
        Element description = page.selectFirst(".lead");
        assertTrue(shown != null, page.body().text());
        assertFalse(shown.text().contains("<b>") || shown.text().contains("**"), "markup shown as text: " + shown);
        assertEquals(bold, shown.select("b, strong").stream().map(Element::text).filter(bold::equals).findFirst()
                .orElse(""), shown.html());
        assertEquals(strong, shown.select("strong, b").stream().map(Element::text).filter(strong::equals)
                .findFirst().orElse(""), shown.html());
        assertTrue(shown.text().contains(words), "the words are kept: " + shown.text());
        assertEquals("https://example.org/" + n, shown.select("a[href^=https]").attr("href"), shown.html());
        assertTrue(shown.select("script, img, iframe, [onclick], [onerror], [onmouseover], [style]").isEmpty(),
                shown.html());
        assertTrue(shown.select("a[href^=javascript]").isEmpty(), shown.html());
        assertFalse(shown.html().contains("alert("), shown.html());
        assertTrue(page.select("script").stream().noneMatch(script -> script.data().contains("x" + n)),
                "no script of the note or the description in the page");
        assertTrue(page.select("[onerror], [onclick], [onmouseover]").stream().noneMatch(e -> e.outerHtml().contains(
                "alert(")), "no handler of theirs in the page");
        // the same policy as the description's: the same markup shown the same way
        assertEquals(description.select("strong, b").eachText(), shown.select("strong, b").eachText());
        assertEquals(description.select("a").eachAttr("href"), shown.select("a").eachAttr("href"));
    }

    /**
     * A note typed over several lines showed them run together, each line break read as a space: each line the
     * curator typed now reads on its own line, a blank line still starting a new paragraph.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aNotesLineBreaksAreKept(String language, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("note-lines-" + language).hashCode());
        java.util.List<String> lines = new java.util.ArrayList<>();
        while (lines.size() < 2 + random.nextInt(5)) {
            String words = line(random, 30 + random.nextInt(90)).replaceAll("[<>*_\\[\\]`#&\\\\!|~=+¶-]", " ")
                    .replaceAll("^[\\d.)\\s]+", "").replaceAll("\\s+", " ").strip();
            if (!words.isEmpty()) {
                lines.add(words);
            }
        }
        int paragraphBreak = random.nextInt(lines.size());
        StringBuilder note = new StringBuilder();
        for (int k = 0; k < lines.size(); k++) {
            note.append(k == 0 ? "" : k == paragraphBreak ? "\n\n" : "\n").append(lines.get(k));
        }
        Visitor mentor = People.invited(portal, People.admin(portal), "note-lines-" + language + n + "@kmb.test",
                "Note Lines Mentor", "mentor");
        Http.Answer made = mentor.api("POST", "/api/collections", Json.createObjectBuilder().add("title", "Lines " + n)
                .add("visibility", "private").add("items", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("resource", "zeldin-2013-youth-adult-partnership").add("note", note.toString())))
                .build().toString());
        assertEquals(201, made.status(), made.body());
        Document page = Jsoup.parse(mentor.get("/collections/" + made.json().getString("id") + "?lang=" + language)
                .body());
        Element shown = page.selectFirst(".curator-note");
        assertTrue(shown != null, page.body().text());
        shown.select("br").forEach(br -> br.replaceWith(new org.jsoup.nodes.TextNode("¶")));
        java.util.List<String> read = new java.util.ArrayList<>();
        for (Element paragraph : shown.select("p")) {
            for (String line : paragraph.text().split("¶")) {
                read.add(line.strip());
            }
        }
        assertEquals(lines, read, "typed:\n" + note + "\nshown: " + shown.html());
        assertEquals(paragraphBreak == 0 ? 1 : 2, shown.select("p").size(), shown.html());
    }
}

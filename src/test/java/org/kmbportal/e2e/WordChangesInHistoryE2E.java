package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kmbportal.testing.Bundle;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.testing.Visitor;

/**
 * The history showed a one-word change in a paragraph as the whole paragraph removed and added again: the reader had
 * to compare two long lines to find the word. The word deleted is now marked in the removed line ({@code <del>}) and
 * the word inserted in the added one ({@code <ins>}), struck through or underlined and said to screen readers in the
 * page's language, the rest of the paragraph unmarked.
 */
@ExtendWith(RunningPortal.class)
class WordChangesInHistoryE2E extends LookFindings {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]{3,}");

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aOneWordChangeIsMarkedAsThatWordInTheHistory(String language, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("word-changes-" + language).hashCode());
        Visitor editor = People.invited(portal, People.admin(portal), "words-" + language + n + "@kmb.test",
                "Word Change Editor", "editor");
        String resource = draft(editor, "word-changes-" + language + "-" + n);
        // A paragraph of generated words (both languages, quotation marks, markup) as the first line of Notes of
        // interest, then one of its words changed.
        String paragraph = (writtenWords(random) + " " + paragraph(random)).replaceAll("^[#>\\-+*=\\d.\\s]+", "");
        String stored = text(editor, resource).getString("text");
        String withParagraph = stored.replaceFirst("(?m)^## Notes of interest\n\n", "## Notes of interest\n\n"
                + Matcher.quoteReplacement(paragraph) + "\n\n");
        assertTrue(!withParagraph.equals(stored), stored);
        put(editor, resource, withParagraph);
        List<int[]> words = new ArrayList<>();
        Matcher word = WORD.matcher(paragraph);
        while (word.find()) {
            words.add(new int[]{word.start(), word.end()});
        }
        int[] chosen = words.get(random.nextInt(words.size()));
        String deleted = paragraph.substring(chosen[0], chosen[1]);
        String inserted = "mot" + n;
        String changed = paragraph.substring(0, chosen[0]) + inserted + paragraph.substring(chosen[1]);
        put(editor, resource, text(editor, resource).getString("text").replace(paragraph, changed));

        Document page = Jsoup.parse(editor.get("/editor/history?id=" + resource + "&lang=" + language).body());
        Element removedRow = page.selectFirst("table.diff tr.diff__removed");
        Element addedRow = page.selectFirst("table.diff tr.diff__added");
        String what = "'" + deleted + "' in " + paragraph;
        assertTrue(removedRow != null && addedRow != null, what + ": " + page.select("table.diff").outerHtml());
        assertEquals(1, page.select("table.diff tr.diff__removed").size(), what);
        assertEquals(1, page.select("table.diff tr.diff__added").size(), what);
        // only the changed word is marked, in each line
        assertEquals(1, page.select("table.diff del").size(), removedRow.outerHtml());
        assertEquals(1, page.select("table.diff ins").size(), addedRow.outerHtml());
        Element del = removedRow.selectFirst(".diff__text del");
        Element ins = addedRow.selectFirst(".diff__text ins");
        assertTrue(del != null && ins != null, removedRow.outerHtml() + addedRow.outerHtml());
        assertEquals(deleted, shownText(del), what);
        assertEquals(inserted, shownText(ins), what);
        // said to screen readers in the page's language, not by colour alone
        assertEquals(spaces(Bundle.text(language, "history.deletedStart") + deleted + Bundle.text(language,
                "history.deletedEnd")), spaces(del.text()), what);
        assertEquals(spaces(Bundle.text(language, "history.insertedStart") + inserted + Bundle.text(language,
                "history.insertedEnd")), spaces(ins.text()), what);
        // the lines read as written, the rest unmarked
        assertEquals(spaces(paragraph), spaces(shownText(removedRow.selectFirst(".diff__text pre"))), what);
        assertEquals(spaces(changed), spaces(shownText(addedRow.selectFirst(".diff__text pre"))), what);
    }

    /** Words of the library in the page's language and the other. */
    private static String writtenWords(Random random) {
        return line(random, 200).replace("<", " ").replace(">", " ");
    }

    /** What the element shows, without the words only screen readers hear. */
    private static String shownText(Element element) {
        Element copy = element.clone();
        copy.select(".visually-hidden").remove();
        return copy.wholeText();
    }

    private static String spaces(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll("\\s+", " ").strip();
    }

    private static JsonObject text(Visitor editor, String resource) {
        return editor.get("/api/editor/resources/" + resource).json();
    }

    private static void put(Visitor editor, String resource, String text) {
        long version = text(editor, resource).getJsonNumber("version").longValue();
        Http.Answer saved = editor.api("PUT", "/api/editor/resources/" + resource, Json.createObjectBuilder().add(
                "version", version).add("text", text).build().toString());
        assertEquals(200, saved.status(), saved.body());
    }
}

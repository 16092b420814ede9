package org.kmbportal.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.kmbportal.library.Citation;
import org.kmbportal.library.ResourceType;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.helper.json.JsonLexer;
import de.undercouch.citeproc.helper.json.JsonParser;
import de.undercouch.citeproc.ris.RISLibrary;
import de.undercouch.citeproc.ris.RISParser;

/** Exports parsed back by the parsers reference managers use: what goes out comes back intact. */
class CitationExportsTest {

    private static final Function<String, String> URL = id -> "https://portal.example/resources/" + id;

    private static final List<ReadingItem> ITEMS = List.of(
            new ReadingItem("lagace-study", ResourceType.RESEARCH_SUMMARY, "fr", "Un résumé",
                    null, "Notes with {braces}, 50% & $ signs", new Citation(List.of("Lagacé, M. C.", "O'Brien, D.",
                            "Smith, J."), 2019, "Strengthening {child} & youth programs: 100% evidence",
                            "Evaluation and Program Planning", "76", "2", "1-9", "10.1016/j.evalprogplan.2019.101679",
                            "")),
            new ReadingItem("closing-a-match-well", ResourceType.PRACTICE_GUIDE, "en", "Closing a match well", null,
                    "Plan the end", null),
            new ReadingItem(null, null, null, "MENTOR", "https://www.mentoring.org/", "Standards", null));

    @Test
    void bibtexIsReadBackByJbibtex() throws Exception {
        BibTeXDatabase database = new BibTeXParser().parse(new StringReader(CitationExports.bibtex(ITEMS, URL, "en")));
        assertEquals(3, database.getEntries().size(), "the outside link too");
        BibTeXEntry study = database.resolveEntry(new Key("lagace-study"));
        assertEquals(BibTeXEntry.TYPE_ARTICLE, study.getType());
        assertEquals("Lagacé, M. C. and O'Brien, D. and Smith, J.",
                study.getField(BibTeXEntry.KEY_AUTHOR).toUserString());
        assertEquals("2019", study.getField(BibTeXEntry.KEY_YEAR).toUserString());
        assertEquals("1--9", study.getField(BibTeXEntry.KEY_PAGES).toUserString());
        assertTrue(study.getField(BibTeXEntry.KEY_TITLE).toUserString().contains("100\\% evidence"));
        BibTeXEntry guide = database.resolveEntry(new Key("closing-a-match-well"));
        assertEquals("https://portal.example/resources/closing-a-match-well",
                guide.getField(BibTeXEntry.KEY_URL).toUserString());
        BibTeXEntry link = database.resolveEntry(new Key("link-3"));
        assertEquals(BibTeXEntry.TYPE_MISC, link.getType());
        assertEquals("MENTOR", link.getField(BibTeXEntry.KEY_TITLE).toUserString());
        assertEquals("https://www.mentoring.org/", link.getField(BibTeXEntry.KEY_URL).toUserString());
        assertEquals("\\url{https://www.mentoring.org/}", link.getField(BibTeXEntry.KEY_HOWPUBLISHED).toUserString());
        assertEquals("Standards", link.getField(BibTeXEntry.KEY_NOTE).toUserString());
    }

    @Test
    void risIsReadBackByCiteprocJava() throws Exception {
        RISLibrary library = new RISParser().parse(new StringReader(CitationExports.ris(ITEMS, URL, "en")));
        assertEquals(3, library.getReferences().size(), "the outside link too");
        var link = library.getReferences().get(2);
        assertEquals("MENTOR", link.getTitle());
        assertEquals("https://www.mentoring.org/", link.getURL());
        var study = library.getReferences().get(0);
        assertEquals("Strengthening {child} & youth programs: 100% evidence", study.getTitle());
        assertEquals(List.of("Lagacé, M. C.", "O'Brien, D.", "Smith, J."), List.of(study.getAuthors()));
        assertEquals("10.1016/j.evalprogplan.2019.101679", study.getDOI());
        assertEquals("1", study.getStartPage());
        assertEquals("9", study.getEndPage());
    }

    @Test
    void cslJsonIsReadBackAsCslItems() throws Exception {
        String json = jakarta.json.Json.createArrayBuilder(CitationExports.cslJson(ITEMS, URL, "en").stream()
                .map(m -> (Object) m).toList()).build().toString();
        List<Object> parsed = new JsonParser(new JsonLexer(new StringReader(json))).parseArray();
        assertEquals(3, parsed.size(), "the outside link too");
        @SuppressWarnings("unchecked")
        CSLItemData link = CSLItemData.fromJson((Map<String, Object>) parsed.get(2));
        assertEquals("MENTOR", link.getTitle());
        assertEquals("https://www.mentoring.org/", link.getURL());
        assertEquals("Standards", link.getNote());
        @SuppressWarnings("unchecked")
        CSLItemData study = CSLItemData.fromJson((Map<String, Object>) parsed.get(0));
        assertEquals("Lagacé", study.getAuthor()[0].getFamily());
        assertEquals("M. C.", study.getAuthor()[0].getGiven());
        assertEquals(2019, study.getIssued().getDateParts()[0][0]);
        assertEquals("Evaluation and Program Planning", study.getContainerTitle());
    }

    /**
     * A resource the editors archived after the curator chose it is named in its place in every export, with why in
     * the collection's language and the curator's note, and no address (its page answers 404): read back by the
     * parsers reference managers use.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"en", "fr"})
    void anItemNoLongerInTheLibraryIsNamedWithWhyAndNoAddress(String language) throws Exception {
        java.util.Random random = new java.util.Random(7121 + language.hashCode());
        List<String> words = List.of("Fin du jumelage", "closing", "été", "O'Brien", "« jumelage »", "mentorat",
                "Youth-adult", "bénévoles", "check-ins", "écoles", "Screen «d’abord»");
        StringBuilder generated = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            generated.append(i == 0 ? "" : " ").append(words.get(random.nextInt(words.size())));
        }
        String title = generated.toString();
        String note = "Note " + random.nextInt(100000) + " " + words.get(random.nextInt(words.size()));
        String why = ("fr".equals(language)
                ? "N’est plus dans la bibliothèque (archivée par l’équipe éditoriale)."
                : "No longer in the library (archived by the editors).");
        List<ReadingItem> items = List.of(ITEMS.get(0), new ReadingItem("gone-guide", ResourceType.PRACTICE_GUIDE,
                language, title, null, note, null, ReadingItem.ARCHIVED), ITEMS.get(2));

        RISLibrary ris = new RISParser().parse(new StringReader(CitationExports.ris(items, URL, language)));
        assertEquals(3, ris.getReferences().size());
        var gone = ris.getReferences().get(1);
        assertEquals(title, gone.getTitle());
        assertTrue(String.join(" ", gone.getNotes()).contains(why), String.join(" ", gone.getNotes()));
        assertTrue(String.join(" ", gone.getNotes()).contains(note));
        assertEquals(null, gone.getURL());

        BibTeXDatabase bib = new BibTeXParser().parse(new StringReader(CitationExports.bibtex(items, URL,
                language)));
        BibTeXEntry entry = bib.resolveEntry(new Key("gone-guide"));
        assertEquals(BibTeXEntry.TYPE_MISC, entry.getType());
        assertEquals(org.kmbportal.library.CitationFormats.bibtexText(title), entry.getField(BibTeXEntry.KEY_TITLE)
                .toUserString());
        assertTrue(entry.getField(BibTeXEntry.KEY_NOTE).toUserString().contains(why));
        assertEquals(null, entry.getField(BibTeXEntry.KEY_URL));

        String json = jakarta.json.Json.createArrayBuilder(CitationExports.cslJson(items, URL, language).stream()
                .map(m -> (Object) m).toList()).build().toString();
        @SuppressWarnings("unchecked")
        CSLItemData csl = CSLItemData.fromJson((Map<String, Object>) new JsonParser(new JsonLexer(new StringReader(
                json))).parseArray().get(1));
        assertEquals(title, csl.getTitle());
        assertTrue(csl.getNote().startsWith(why), csl.getNote());
        assertEquals(null, csl.getURL());

        CollectionContent collection = new CollectionContent("c", "Liste", language, null, Map.of(), "",
                "", Visibility.PUBLIC, List.of());
        var html = Jsoup.parse(ReadingListExports.html(collection, items, URL));
        assertEquals(3, html.select("ol > li").size());
        assertTrue(html.select("ol > li").get(1).select("a").isEmpty(), "not a link");
        assertTrue(html.select("ol > li").get(1).text().contains(title + " — " + why), html.html());
        String markdown = ReadingListExports.markdown(collection, items, URL);
        assertTrue(markdown.contains("2. " + ReadingListExports.markdownText(title) + " — "
                + ReadingListExports.markdownText(why)), markdown);
        assertFalse(markdown.contains("gone-guide"), "no address: " + markdown);
    }

    @Test
    void readingListsEscapeWhatCuratorsWrite() {
        CollectionContent collection = new CollectionContent("c", "Starting <out>", "en", null, Map.of(), "A & B",
                "Read *these* first", Visibility.PUBLIC, List.of());
        String html = ReadingListExports.html(collection, ITEMS, URL);
        var document = Jsoup.parse(html);
        assertEquals("Starting <out>", document.select("h1").text());
        assertEquals(3, document.select("li").size());
        assertTrue(document.select("script").isEmpty());
        String markdown = ReadingListExports.markdown(collection, ITEMS, URL);
        assertTrue(markdown.startsWith("# Starting \\<out\\>"), markdown);
        assertTrue(markdown.contains("1. [Un résumé](<https://portal.example/resources/lagace-study>)"), markdown);
        assertTrue(markdown.contains("3. [MENTOR](<https://www.mentoring.org/>)"));
    }

    @Test
    void theMarkdownListKeepsTheCuratorsOwnMarkdownInTheDescriptionAndEscapesThePlainTitle() {
        java.util.Random random = new java.util.Random(4404);
        List<String> marks = List.of("**%s**", "*%s*", "_%s_", "[%s](https://www.mentoring.org/)", "`%s`",
                "- %s\n- %s", "1. %s", "> %s");
        List<String> words = List.of("contacts mensuels", "monthly check-ins", "été", "O'Brien", "« jumelage »",
                "100 %", "mentorat (jeunes)", "x_y");
        for (int i = 0; i < 60; i++) {
            StringBuilder description = new StringBuilder();
            for (int j = 0; j < 1 + random.nextInt(4); j++) {
                String word = words.get(random.nextInt(words.size()));
                description.append(j == 0 ? "" : random.nextBoolean() ? " " : "\n\n").append(marks.get(random.nextInt(
                        marks.size())).replace("%s", word));
            }
            CollectionContent collection = new CollectionContent("c", "Titre *" + i + "*", "fr", null, Map.of(),
                    "Curator", description.toString(), Visibility.PUBLIC, List.of());
            String markdown = ReadingListExports.markdown(collection, ITEMS, URL);
            assertTrue(markdown.contains("\n\n" + description.toString().strip() + "\n\n"), markdown);
            assertTrue(markdown.startsWith("# Titre \\*" + i + "\\*\n"), markdown);
        }
    }

    /**
     * The HTML reading list showed the description's Markdown as its raw marks ("**bold**", "[x](…)"): it renders it
     * as the collection's page does, and keeps nothing unsafe a curator may have written in it.
     */
    @Test
    void theHtmlListRendersTheDescriptionsMarkdownAndKeepsNothingUnsafe() {
        java.util.Random random = new java.util.Random(3866);
        List<String> words = List.of("contacts mensuels", "monthly check-ins", "été", "O'Brien", "« jumelage »",
                "100 %", "mentorat (jeunes)", "x_y", "Screen «d’abord» 🙂");
        List<String> unsafe = List.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
                "[click](javascript:alert(1))", "<a href=\"javascript:alert(1)\" onclick=\"alert(1)\">x</a>",
                "<iframe src=\"https://evil.example/\"></iframe>", "<p style=\"color:red\" onmouseover=alert(1)>p</p>");
        for (int i = 0; i < 60; i++) {
            String bold = words.get(random.nextInt(words.size()));
            String linked = words.get(random.nextInt(words.size()));
            String description = "**" + bold + "** " + (random.nextBoolean() ? "\n\n" : "") + "[" + linked
                    + "](https://www.mentoring.org/" + i + ") " + unsafe.get(random.nextInt(unsafe.size())) + "\n\n- "
                    + words.get(random.nextInt(words.size()));
            CollectionContent collection = new CollectionContent("c", "Titre " + i, random.nextBoolean() ? "fr" : "en",
                    null, Map.of(), "Curator", description, Visibility.PUBLIC, List.of());
            String html = ReadingListExports.html(collection, ITEMS, URL);
            var document = Jsoup.parse(html);
            assertEquals(bold, document.select("strong").text(), html);
            var link = document.select("a[href=https://www.mentoring.org/" + i + "]");
            assertEquals(linked, link.text(), html);
            assertEquals(1, document.select("ul > li").size(), "the list item is a list: " + html);
            assertFalse(html.contains("**"), "no raw Markdown marks: " + html);
            assertTrue(document.select("script, iframe, [style]").isEmpty(), html);
            assertTrue(document.getAllElements().stream().flatMap(e -> e.attributes().asList().stream()).noneMatch(
                    a -> a.getKey().startsWith("on") || a.getValue().toLowerCase(java.util.Locale.ROOT).contains(
                            "javascript:")),
                    html);
        }
    }

    /**
     * The Markdown reading list keeps the curator's Markdown (bold, links, lists) but nothing the collection's page
     * removes: no raw HTML, no link or image to a javascript:, data: or vbscript: address, however it is spelled; a
     * description without any goes out exactly as written.
     */
    @Test
    void theMarkdownListKeepsTheDescriptionsMarkdownButNothingUnsafe() {
        java.util.Random random = new java.util.Random(5209);
        List<String> words = List.of("contacts mensuels", "monthly check-ins", "été", "O'Brien", "« jumelage »",
                "100 %", "mentorat (jeunes)", "Screen «d’abord» 🙂", "bénévoles en région");
        List<String> unsafe = List.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
                "[click](javascript:alert(1))", "[clic](JaVaScRiPt:alert(1))",
                "[x](<javascript:alert(1)>)", "![pic](javascript:alert(1))", "<javascript:alert(1)>",
                "[d](data:text/html;base64,PHNjcmlwdD4=)", "[v](vbscript:msgbox(1))",
                "[e](jav&#x61;script:alert(1))", "<a href=\"javascript:alert(1)\" onclick=\"alert(1)\">x</a>",
                "<iframe src=\"https://evil.example/\"></iframe>", "<p style=\"color:red\" onmouseover=alert(1)>p</p>");
        for (int i = 0; i < 80; i++) {
            String bold = words.get(random.nextInt(words.size()));
            String linked = words.get(random.nextInt(words.size()));
            String safe = "**" + bold + "** " + (random.nextBoolean() ? "\n\n" : "") + "[" + linked
                    + "](https://www.mentoring.org/" + i + ")\n\n- " + words.get(random.nextInt(words.size()));
            String bad = unsafe.get(random.nextInt(unsafe.size()));
            for (String description : List.of(safe, safe.replace("\n\n- ", " " + bad + "\n\n- "))) {
                CollectionContent collection = new CollectionContent("c", "Titre " + i,
                        random.nextBoolean() ? "fr" : "en", null, Map.of(), "Curator", description, Visibility.PUBLIC,
                        List.of());
                String md = ReadingListExports.markdown(collection, ITEMS, URL);
                String lower = md.toLowerCase(java.util.Locale.ROOT);
                if (description.equals(safe)) {
                    assertTrue(md.contains(safe), "a safe description goes out as written: " + md);
                }
                assertTrue(md.contains("**" + bold + "**") || md.contains("__" + bold + "__"), md);
                assertTrue(md.contains("](https://www.mentoring.org/" + i + ")"), md);
                for (String gone : List.of("javascript:", "vbscript:", "data:text", "jav&#x61;",
                        "<script", "<iframe", "onerror", "onclick", "onmouseover", "<img", "style=")) {
                    assertFalse(lower.contains(gone), bad + " left " + gone + " in: " + md);
                }
            }
        }
    }
}

package org.kmbportal.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.helper.json.JsonLexer;
import de.undercouch.citeproc.helper.json.JsonParser;
import de.undercouch.citeproc.ris.RISLibrary;
import de.undercouch.citeproc.ris.RISParser;

/**
 * A resource's citation files, read back by the parsers reference managers use, whatever an editor typed into the
 * citation: quotes, braces, TeX's special characters, accents, line breaks and control characters never break a file
 * or let one field spill into another.
 */
class CitationFormatsTest {

    private static final Function<String, String> URL = id -> "https://portal.example/resources/" + id;

    private static final CitationFormats.Cited STUDY = new CitationFormats.Cited("lagace-2019", "fr",
            "Un résumé", new Citation(List.of("Lagacé, M. C.", "O'Brien, D.", "et al."), 2019,
                    "Strengthening {child} & youth \"programs\": 100% evidence", "Évaluation", "76", "2", "1-9",
                    "10.1016/j.evalprogplan.2019.101679", ""),
            null, "");
    private static final CitationFormats.Cited GUIDE = new CitationFormats.Cited("bien-terminer", "fr",
            "Bien terminer un jumelage", null, 2024, "");

    @Test
    void aStudyAndAGuideComeBackFromEachFormat() throws Exception {
        BibTeXDatabase bib = new BibTeXParser()
                .parse(new StringReader(CitationFormats.bibtex(List.of(STUDY, GUIDE), URL)));
        BibTeXEntry study = bib.resolveEntry(new Key("lagace-2019"));
        assertEquals("Lagacé, M. C. and O'Brien, D. and others", study.getField(BibTeXEntry.KEY_AUTHOR).toUserString());
        assertEquals("2019", study.getField(BibTeXEntry.KEY_YEAR).toUserString());
        BibTeXEntry guide = bib.resolveEntry(new Key("bien-terminer"));
        assertEquals("{Portail KMb}", guide.getField(BibTeXEntry.KEY_AUTHOR).toUserString());
        assertEquals("2024", guide.getField(BibTeXEntry.KEY_YEAR).toUserString());
        assertEquals("https://portal.example/resources/bien-terminer", guide.getField(BibTeXEntry.KEY_URL)
                .toUserString());

        RISLibrary ris = new RISParser().parse(new StringReader(CitationFormats.ris(List.of(STUDY, GUIDE), URL)));
        assertEquals("Strengthening {child} & youth \"programs\": 100% evidence", ris.getReferences().get(0)
                .getTitle());
        assertEquals("Bien terminer un jumelage", ris.getReferences().get(1).getTitle());
        assertEquals("2024", ris.getReferences().get(1).getYear());

        CSLItemData guideCsl = csl(List.of(GUIDE)).get(0);
        assertEquals("Portail KMb", guideCsl.getAuthor()[0].getLiteral());
        assertEquals(2024, guideCsl.getIssued().getDateParts()[0][0]);
    }

    /**
     * A summary cites an article whose language the library does not record: a French summary of an English article
     * must not call the article French. A guide is the portal's own page, in its language.
     */
    @Test
    void theFilesGiveALanguageOnlyForTheGuidesThePortalWrote() throws Exception {
        List<ResourceContent> shipped = org.kmbportal.content.BatchValidator.validate(
                org.kmbportal.content.ContentBatch.fromFolder(java.nio.file.Path.of(System.getProperty(
                        "kmb.content.dir", "content"))),
                Taxonomy.EMPTY, id -> java.util.Optional.empty()).resources();
        int summaries = 0;
        int guides = 0;
        for (ResourceContent resource : shipped) {
            List<CitationFormats.Cited> one = List.of(CitationFormats.Cited.of(resource));
            String ris = CitationFormats.ris(one, URL);
            String bib = CitationFormats.bibtex(one, URL);
            String csl = CitationFormats.cslJson(one, URL).toString();
            if (resource instanceof ResearchSummaryContent) {
                summaries++;
                assertTrue(!ris.contains("LA  -") && !bib.contains("language =") && !csl.contains("\"language\""),
                        resource.id() + ":\n" + ris + bib + csl);
            } else {
                guides++;
                assertTrue(ris.contains("LA  - " + resource.language()), resource.id() + ": " + ris);
                assertTrue(bib.contains("language = {" + resource.language() + "}"), resource.id() + ": " + bib);
            }
        }
        assertTrue(summaries >= 20 && guides >= 10, summaries + " summaries, " + guides + " guides");
    }

    @Test
    void theApaReferenceOfAGuideNamesThePortalTheYearAndTheAddress() {
        assertEquals("Portail KMb. (2024). Bien terminer un jumelage. https://portal.example/resources/bien-terminer",
                CitationFormats.apa(GUIDE, URL.apply("bien-terminer")));
        assertTrue(CitationFormats.apa(STUDY, "unused").startsWith("Lagacé, M. C., O'Brien, D., et al. (2019)."));
    }

    /**
     * A page range typed with any dash (hyphen, en dash, em dash, minus, with or without spaces) is written "33--50";
     * an address keeps its "&amp;", "%", "#", "_" and "~" as typed (styles print url and doi fields verbatim: "\&amp;" would
     * be printed as it stands and the link would not work).
     */
    @ParameterizedTest(name = "try {index}")
    @MethodSource("rangesAndAddresses")
    void bibtexWritesPageRangesWithTwoHyphensAndAddressesAsTyped(String first, String dash, String last,
            String address) throws Exception {
        CitationFormats.Cited cited = new CitationFormats.Cited("range-1", "en", "x", new Citation(List.of(
                "Keller, T."), 2010, "A title", "A journal", "1", "2", first + dash + last, "10.1000/a&b_c", address),
                null, "");
        String text = CitationFormats.bibtex(List.of(cited), URL);
        assertBalanced(text);
        BibTeXEntry entry = new BibTeXParser().parse(new StringReader(text)).resolveEntry(new Key("range-1"));
        assertEquals(first + "--" + last, entry.getField(BibTeXEntry.KEY_PAGES).toUserString(), text);
        assertEquals(address.replace(" ", "%20"), entry.getField(BibTeXEntry.KEY_URL).toUserString(), text);
        assertEquals("10.1000/a&b_c", entry.getField(new Key("doi")).toUserString(), text);
    }

    static Stream<Arguments> rangesAndAddresses() {
        List<String> dashes = List.of("-", "--", "\u2013", "\u2014", "\u2212", " \u2013 ", " - ", "\u2010");
        return Gen.tries("ranges", 60, random -> {
            int first = 1 + random.nextInt(900);
            String prefix = random.nextBoolean() ? "" : "e";
            StringBuilder address = new StringBuilder("https://journal.example/article?id=" + random.nextInt(9999));
            for (String part : List.of("&lang=fr", "&x=10%25", "#sec_2", "~user", "&q=a b", "&t=é")) {
                if (random.nextBoolean()) {
                    address.append(part);
                }
            }
            return Arguments.of(prefix + first, dashes.get(random.nextInt(dashes.size())),
                    prefix + (first + random.nextInt(40)), address.toString());
        });
    }

    @ParameterizedTest(name = "try {index}")
    @MethodSource("bibtexTries")
    void bibtexStaysOneWellFormedEntryWhateverTheText(String title, String author, String container)
            throws Exception {
        String text = CitationFormats.bibtex(List.of(study(title, author, container)), URL);
        assertBalanced(text);
        BibTeXDatabase database = new BibTeXParser().parse(new StringReader(text));
        assertEquals(1, database.getEntries().size(), text);
        BibTeXEntry entry = database.resolveEntry(new Key("odd-1"));
        assertEquals("2001", entry.getField(BibTeXEntry.KEY_YEAR).toUserString(), text);
        assertEquals("10.1000/odd", entry.getField(new Key("doi")).toUserString(), "no field spills into the next");
    }

    @ParameterizedTest(name = "try {index}")
    @MethodSource("risTries")
    void risKeepsEveryValueOnItsOwnLine(String title, String author, String container) throws Exception {
        String text = CitationFormats.ris(List.of(study(title, author, container)), URL);
        for (String line : text.split("\r\n")) {
            assertTrue(line.matches("[A-Z][A-Z0-9]  - .*"), () -> "a line RIS cannot read: " + line);
        }
        RISLibrary library = new RISParser().parse(new StringReader(text));
        assertEquals(1, library.getReferences().size());
        var reference = library.getReferences().get(0);
        assertEquals(CitationFormats.oneLine(title).isEmpty() ? null : CitationFormats.oneLine(title),
                reference.getTitle());
        assertEquals("10.1000/odd", reference.getDOI());
    }

    @ParameterizedTest(name = "try {index}")
    @MethodSource("cslTries")
    void cslJsonGivesBackTheTitleAsTyped(String title, String container) throws Exception {
        CSLItemData item = csl(List.of(study(title, "Family, G.", container))).get(0);
        assertEquals(title.strip(), item.getTitle() == null ? "" : item.getTitle().strip());
        assertEquals("Family", item.getAuthor()[0].getFamily());
    }

    static Stream<Arguments> bibtexTries() {
        return triples("bibtex", 300);
    }

    static Stream<Arguments> risTries() {
        return triples("ris", 300);
    }

    static Stream<Arguments> cslTries() {
        Gen<String> odd = odd();
        return Gen.tries("csl", 200, random -> Arguments.of(odd.next(random), odd.next(random)));
    }

    private static Stream<Arguments> triples(String name, int tries) {
        Gen<String> odd = odd();
        return Gen.tries(name, tries, random -> Arguments.of(odd.next(random), odd.next(random), odd.next(random)));
    }

    private static Gen<String> odd() {
        // Well-formed Unicode: lone surrogates never reach a citation (the content format refuses invalid text).
        String chars = "{}\\\"'%&$#_~^@,=\n\r\té";
        Gen<String> specials = random -> {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(41); n > 0; n--) {
                text.append(chars.charAt(random.nextInt(chars.length())));
            }
            return text.toString();
        };
        return Gen.<String> oneOf(GeneratedText.upTo(200), specials)
                .filter(t -> t.codePoints().noneMatch(c -> c >= 0xD800 && c <= 0xDFFF));
    }

    private static CitationFormats.Cited study(String title, String author, String container) {
        return new CitationFormats.Cited("odd-1", "en", "x", new Citation(List.of(author, "Other, A."), 2001, title,
                container, "1", "2", "3-4", "10.1000/odd", ""), null, "");
    }

    /** BibTeX counts every brace, escaped or not: each field must open and close as many. */
    private static void assertBalanced(String text) {
        int depth = 0;
        for (char c : text.toCharArray()) {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            assertTrue(depth >= 0, text);
        }
        assertEquals(0, depth, text);
    }

    @SuppressWarnings("unchecked")
    private static List<CSLItemData> csl(List<CitationFormats.Cited> items) throws Exception {
        String json = jakarta.json.Json.createArrayBuilder(CitationFormats.cslJson(items, URL).stream()
                .map(m -> (Object) m).toList()).build().toString();
        List<Object> parsed = new JsonParser(new JsonLexer(new StringReader(json))).parseArray();
        return parsed.stream().map(o -> CSLItemData.fromJson((Map<String, Object>) o)).toList();
    }
}

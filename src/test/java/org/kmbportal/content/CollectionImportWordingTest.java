package org.kmbportal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.curation.CollectionFormat;
import org.kmbportal.library.Taxonomy;
import org.kmbportal.library.TaxonomyService;
import org.kmbportal.library.Vocabulary;
import org.kmbportal.testing.Bundle;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;

/**
 * What a curator reads after pasting a text into the import box of "My collections" (the page reads it as a text
 * with no file name): a research summary or a practice guide is named for what it is, a citation exported from a
 * reference manager is recognised by its format, any other text is told what the import expects, and every problem
 * a collection file can have is worded in the reader's language, French included, with its "did you mean" hint.
 * Runs on the shipped library's taxonomy and files.
 */
class CollectionImportWordingTest {

    private static final List<String> LANGUAGES = List.of("en", "fr");
    /** Words that only an English sentence of the content format has; none may reach a French page. */
    private static final Pattern ENGLISH = Pattern.compile("\\b(must|is not|are not|did you mean|is required|required|"
            + "expected|found|allowed|mapping|while|needs|appears twice|remove|the front matter|not valid|"
            + "error|could not|cannot|section of)\\b");

    private static CollectionFormat.Reading read(String text) {
        ContentFormat format = new ContentFormat();
        format.taxonomies = new TaxonomyService() {
            @Override
            public Taxonomy current() {
                return Fixtures.taxonomyOfShippedLibrary();
            }
        };
        return format.read("", text);
    }

    /** The bundle's message as the portal formats a content problem's (quotes written '' come out as '). */
    private static String worded(String language, String key, Object... arguments) {
        return new MessageFormat(Bundle.text(language, key), Locale.forLanguageTag(language)).format(arguments);
    }

    private static List<Path> shipped(String folder) {
        try (Stream<Path> files = Files.list(Fixtures.contentDir().resolve(folder))) {
            return files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Stream<Arguments> aSummaryOrGuideIsNamedForWhatItIsTries() {
        List<Path> summaries = shipped("summaries");
        List<Path> guides = shipped("guides");
        return Gen.tries("summary or guide pasted as a collection", 120, random -> {
            boolean summary = random.nextInt(3) > 0;
            List<Path> files = summary ? summaries : guides;
            String text = Fixtures.readShipped(files.get(random.nextInt(files.size())));
            String language = LANGUAGES.get(random.nextInt(2));
            // without its type line, a summary is still known by its citation, evidence or sections
            if (random.nextBoolean()) {
                text = text.replaceFirst("(?m)^type: .*\\n", "");
            }
            if (random.nextBoolean()) {
                text = text.replace("\n", "\r\n");
            }
            if (random.nextBoolean()) {
                text = text + "\n" + GeneratedText.libraryWords(400).next(random).replace("---", "—") + "\n";
            }
            return Arguments.of(text, language,
                    summary ? "content.error.summaryNotCollection" : "content.error.guideNotCollection");
        });
    }

    /** A research summary or a practice guide pasted as a collection: one sentence that says what it is. */
    @ParameterizedTest(name = "try {index} ({1}, {2})")
    @MethodSource("aSummaryOrGuideIsNamedForWhatItIsTries")
    void aSummaryOrGuideIsNamedForWhatItIs(String text, String language, String key) {
        CollectionFormat.Reading reading = read(text);
        List<String> shown = reading.errorsIn().apply(language);
        assertFalse(reading.valid());
        assertEquals(1, shown.size(), "one sentence, not the other kind's problems: " + shown);
        assertTrue(shown.get(0).endsWith(worded(language, key)), shown.get(0));
        assertFalse(shown.get(0).contains("collection.md"), shown.get(0));
    }

    static Stream<Arguments> aCitationIsRecognisedByItsFormatTries() {
        List<Path> summaries = shipped("summaries");
        return Gen.tries("citation pasted as a collection", 90, random -> {
            String file = Fixtures.readShipped(summaries.get(random.nextInt(summaries.size())));
            String title = field(file, "title").replace("\"", "");
            String author = field(file, "summarized_by").replace("\"", "");
            String year = String.valueOf(1980 + random.nextInt(45));
            String words = GeneratedText.libraryWords(120).next(random).replace("\n", " ").replace("\"", " ")
                    .replace("{", "(").replace("}", ")");
            String language = LANGUAGES.get(random.nextInt(2));
            String leading = random.nextBoolean() ? "" : "\n  \n";
            return switch (random.nextInt(3)) {
                case 0 -> Arguments.of(leading + (random.nextBoolean() ? "[" : "") + "{\n  \"id\": \"item-"
                        + random.nextInt(999) + "\",\n  \"type\": \"article-journal\",\n  \"title\": \"" + title
                        + "\",\n  \"author\": [{\"family\": \"" + author + "\", \"given\": \"" + words + "\"}],\n"
                        + "  \"issued\": {\"date-parts\": [[" + year + "]]}\n}", language, "CSL-JSON");
                case 1 -> Arguments.of(leading + "TY  - JOUR\nAU  - " + author + "\nTI  - " + title + "\nPY  - "
                        + year + "\nN2  - " + words + "\nER  - \n", language, "RIS");
                default -> Arguments.of(leading + "@" + (random.nextBoolean() ? "article" : "Book") + "{key"
                        + random.nextInt(999) + ",\n  title = {" + title + "},\n  author = {" + author
                        + "},\n  note = {" + words + "},\n  year = {" + year + "}\n}\n", language, "BibTeX");
            };
        });
    }

    /** A citation in CSL-JSON, RIS or BibTeX: recognised, and the import says what it expects instead. */
    @ParameterizedTest(name = "try {index} ({1}, {2})")
    @MethodSource("aCitationIsRecognisedByItsFormatTries")
    void aCitationIsRecognisedByItsFormat(String text, String language, String format) {
        List<String> shown = read(text).errorsIn().apply(language);
        assertEquals(List.of(worded(language, "content.error.citationNotCollection", format)), shown, text);
    }

    static Stream<Arguments> aParagraphIsNamedForWhatItIsTries() {
        return Gen.tries("paragraph pasted as a collection", 120, random -> {
            String text = GeneratedText.libraryWords(60).list(3, 25).next(random).stream()
                    .collect(java.util.stream.Collectors.joining(random.nextBoolean() ? " " : "\n"));
            return Arguments.of(text.replace("---", "—").replace("@", "a").replace("TY", "ty"),
                    LANGUAGES.get(random.nextInt(2)));
        }).filter(arguments -> ContentReader.hiddenCharacter("", (String) arguments.get()[0]).isEmpty());
    }

    /**
     * A paragraph (the library's words, without invisible characters, which are named first with their line) is named
     * for what it is, with the way to make a collection: not told about a '---' line it never meant to write.
     */
    @ParameterizedTest(name = "try {index} ({1})")
    @MethodSource("aParagraphIsNamedForWhatItIsTries")
    void aParagraphIsNamedForWhatItIs(String text, String language) {
        List<String> shown = read(text).errorsIn().apply(language);
        assertEquals(List.of(worded(language, "content.error.paragraphNotCollection")), shown, text);
    }

    static Stream<Arguments> anyOtherTextIsToldWhatTheImportExpectsTries() {
        List<String> signs = List.of("1", "42", "2019", "🙂", "👍🏽", "#", "*", "->", "|", "(", ")", "%", "+", "=",
                "…", ".", ";", "<>", "&", "0x1F", "3.14", "é", "x");
        return Gen.tries("text without words pasted as a collection", 60, random -> {
            List<String> pieces = Gen.of(signs).list(1, 40).next(random);
            return Arguments.of(String.join(random.nextBoolean() ? " " : "\n", pieces),
                    LANGUAGES.get(random.nextInt(2)));
        });
    }

    /** Any other text (signs and numbers, no words): the import expects a collection file that starts with '---'. */
    @ParameterizedTest(name = "try {index} ({1})")
    @MethodSource("anyOtherTextIsToldWhatTheImportExpectsTries")
    void anyOtherTextIsToldWhatTheImportExpects(String text, String language) {
        List<String> shown = read(text).errorsIn().apply(language);
        assertEquals(List.of(worded(language, "content.error.notCollectionFile")), shown, text);
    }

    static Stream<Arguments> everyProblemOfACollectionIsInTheReadersLanguageTries() {
        Taxonomy taxonomy = Fixtures.taxonomyOfShippedLibrary();
        List<Vocabulary> facets = taxonomy.facets();
        return Gen.tries("collection with a mistake", 160, random -> {
            Vocabulary facet = facets.get(random.nextInt(facets.size()));
            String term = facet.terms().get(random.nextInt(facet.terms().size())).key();
            String language = LANGUAGES.get(random.nextInt(2));
            String title = GeneratedText.libraryWords(200).next(random).replace("\n", " ").replace("\"", "'")
                    .replace("\\", " ");
            List<String> inserted = new ArrayList<>(List.of(title));
            String head = "---\nid: imported-" + random.nextInt(10000) + "\ntype: collection\nlanguage: " + language
                    + "\npublished: 2025-03-01\ncurator: \"" + title + "\"\n";
            String tail = "items:\n  - {url: \"https://example.org/a\", title: \"" + title + "\"}\n---\n";
            String mistake = switch (random.nextInt(12)) {
                // a term one letter off: the nearest term is offered
                case 0 -> facet.key() + ": [" + term.substring(0, term.length() - 1)
                        + (term.endsWith("x") ? "y" : "x") + "]\ntitle: \"" + title + "\"\n";
                case 1 -> "applies_when:\n  organisation_size: [small]\ntitle: \"" + title + "\"\n";
                case 2 -> "applies_when: " + term + "\ntitle: \"" + title + "\"\n";
                case 3 -> "translation_of: " + "imported-x\nid2: 1\ntitle: \"" + title + "\"\n";
                // YAML mistakes: a colon inside a value, a quote never closed, a tab, a bad indent, a bracket
                case 4 -> "title: " + title.replace(":", " ").replace("#", " ") + ": " + title.replace(":", " ")
                        + "\n";
                case 5 -> "title: \"" + title.replace("\"", "") + "\ndescription: x\n";
                case 6 -> "title: x\ntopics:\n\t- " + term + "\n";
                case 7 -> "title: x\ntopics:\n  - " + term + "\n - other\n";
                case 8 -> "title: x\ntopics: [" + term + ", other\n";
                case 9 -> "title: *" + term + "\n";
                case 10 -> "title: @" + term + "\n";
                default -> "title: \"" + title + "\"\nvisibility: everyone\npublished: 25-03-2025\n";
            };
            String text = head + mistake + tail;
            if (mistake.startsWith("translation_of")) {
                text = text.replaceFirst("id: imported-\\d+", "id: imported-x");
            }
            return Arguments.of(text, language, inserted);
        });
    }

    /**
     * Each problem a collection file can show on the import page comes in the reader's language; a French page shows
     * no English sentence of the content format (the generated values it quotes aside).
     */
    @ParameterizedTest(name = "try {index} ({1})")
    @MethodSource("everyProblemOfACollectionIsInTheReadersLanguageTries")
    void everyProblemOfACollectionIsInTheReadersLanguage(String text, String language, List<String> inserted) {
        CollectionFormat.Reading reading = read(text);
        assertFalse(reading.valid(), text);
        List<String> french = reading.errorsIn().apply("fr");
        List<String> english = reading.errorsIn().apply("en");
        assertFalse(french.isEmpty());
        for (int i = 0; i < french.size(); i++) {
            String shown = french.get(i);
            for (String value : inserted) {
                shown = shown.replace(value, "");
            }
            shown = shown.replaceAll("«\u00a0[^»]*\u00a0»", "«»");
            assertFalse(ENGLISH.matcher(shown).find(), "French page, English words: " + french.get(i)
                    + "\n(English: " + english.get(i) + ")\nfor\n" + text);
            assertTrue(french.get(i).startsWith("ligne "), french.get(i));
            assertTrue(english.get(i).startsWith("line "), english.get(i));
        }
        if (text.contains("_size: [small]") || text.matches("(?s).*\\n[a-z_]+: \\[[a-z0-9-]+\\]\\ntitle.*")) {
            assertTrue(french.stream().anyMatch(p -> p.contains("vouliez-vous dire")), "the nearest is offered: "
                    + french);
        }
    }

    private static String field(String file, String key) {
        var matcher = Pattern.compile("(?m)^  " + key + ": (.*)$|^" + key + ": (.*)$").matcher(file);
        if (!matcher.find()) {
            return "Someone";
        }
        return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
    }
}

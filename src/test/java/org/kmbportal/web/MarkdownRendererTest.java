package org.kmbportal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.content.XssPayloads;

class MarkdownRendererTest {

    /** Attack strings an editor's Markdown (or a compromised import) might carry. */
    static Stream<String> xssPayloads() {
        return XssPayloads.ALL.stream();
    }

    @ParameterizedTest
    @MethodSource("xssPayloads")
    void everyPayloadComesOutInert(String payload) {
        String html = MarkdownRenderer.toHtml("Some text\n\n" + payload + "\n\nmore [link](" + payload + ")");
        assertInert(html);
    }

    static void assertInert(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        for (Element element : document.body().getAllElements()) {
            String tag = element.tagName().toLowerCase(Locale.ROOT);
            assertFalse(List
                    .of("script", "iframe", "object", "embed", "style", "form", "input", "button", "svg", "math",
                            "link", "meta", "base", "frame", "frameset", "textarea", "select", "video", "audio",
                            "source")
                    .contains(tag), "element <" + tag + "> survived in " + html);
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertFalse(name.startsWith("on"), "event handler " + name + " survived in " + html);
                assertFalse(name.equals("style"), "style survived in " + html);
                assertFalse(name.equals("srcdoc") || name.equals("formaction"), name + " survived in " + html);
                if (name.equals("href") || name.equals("src")) {
                    String value = attribute.getValue().strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\u0000]", "");
                    assertTrue(
                            value.startsWith("http://") || value.startsWith("https://") || value.startsWith("mailto:")
                                    || !value.contains(":"),
                            "unsafe address " + value + " survived in " + html);
                }
            }
        }
    }

    /**
     * Generated descriptions with a script, style or frame written inline among library words (tags in any case, with
     * attributes): the page shows nothing of what such an element holds.
     */
    static Stream<String> inlineElementsWithContent() {
        org.kmbportal.testing.Gen<String> words = org.kmbportal.testing.GeneratedText.libraryWords(120);
        org.kmbportal.testing.Gen<String> element = org.kmbportal.testing.Gen.of("<script>alert(2)</script>",
                "<SCRIPT type=\"text/javascript\">fetch('/x?'+document.cookie)</SCRIPT>",
                "<style>body{display:none}</style>", "<iframe src=\"https://e.example\">cadre</iframe>",
                "<script>« Été » l’équipe 🙂</script>", "<textarea>texte caché</textarea>");
        return org.kmbportal.testing.Gen.tries("safe-markdown-inline-elements", 40,
                random -> words.next(random).replaceAll("\\s+", " ").strip() + " " + element.next(random) + " "
                        + words.next(random).replaceAll("\\s+", " ").strip());
    }

    /**
     * Found by a user session: a collection's Markdown export printed "alert(2)" where its page showed nothing (the
     * tags went, their content stayed). The file now says what the page says.
     */
    @ParameterizedTest
    @MethodSource("inlineElementsWithContent")
    void theMarkdownFileShowsNothingThePageDrops(String description) {
        String page = Jsoup.parseBodyFragment(MarkdownRenderer.toHtml(description)).text();
        String file = SafeMarkdown.of(description);
        String fileShown = Jsoup.parseBodyFragment(MarkdownRenderer.toHtml(file)).text();
        assertEquals(page, fileShown, "the file reads as the page: " + file);
        for (String hidden : List.of("alert(2)", "document.cookie", "display:none", "cadre", "Été")) {
            assertFalse(file.contains(hidden) && !page.contains(hidden), hidden + " is in the file: " + file);
        }
    }

    /** Generated descriptions with a word between angle brackets, as writers put a placeholder or a tag's name. */
    static Stream<String> wordsInAngleBrackets() {
        org.kmbportal.testing.Gen<String> words = org.kmbportal.testing.GeneratedText.libraryWords(80);
        org.kmbportal.testing.Gen<String> bracketed = org.kmbportal.testing.Gen.of("<mentor>", "</email>", "<nom/>",
                "<courriel>", "<Prénom>", "<youth-worker>", "<jeune>");
        return org.kmbportal.testing.Gen.tries("safe-markdown-bracket-words", 40,
                random -> "Balise " + bracketed.next(random) + " et <b>gras</b> "
                        + words.next(random).replaceAll("\\s+", " ").strip() + " " + bracketed.next(random));
    }

    /**
     * Found by a user session: the page shows "Balise <mentor>" (a word in angle brackets is the writer's text), but
     * a collection's Markdown export dropped "<mentor>" as HTML. The file now keeps it, written so that it shows.
     */
    @ParameterizedTest
    @MethodSource("wordsInAngleBrackets")
    void theMarkdownFileKeepsWordsInAngleBracketsThePageShows(String description) {
        String page = Jsoup.parseBodyFragment(MarkdownRenderer.toHtml(description)).text();
        String file = SafeMarkdown.of(description);
        String fileShown = Jsoup.parseBodyFragment(MarkdownRenderer.toHtml(file)).text();
        assertEquals(page, fileShown, "the file reads as the page: " + file);
        java.util.regex.Matcher word = java.util.regex.Pattern.compile("</?[\\p{L}-]+/?>").matcher(page);
        assertTrue(word.find(), "the page shows the bracketed word: " + page);
        assertTrue(fileShown.contains(word.group()), word.group() + " is kept in the file: " + file);
    }

    /**
     * Found by a user session (us49): a picture in typed text reached the page, where the pages' rules block one from
     * another site (a broken picture without a description) and {@code <img src=x>} asked the portal for "x". No
     * picture reaches the page, the editor is told "{@code <img>}", and the Markdown file reads as the page.
     */
    @ParameterizedTest
    @MethodSource("picturesInText")
    void noPictureReachesThePageAndTheEditorIsTold(String text) {
        Document page = Jsoup.parseBodyFragment(MarkdownRenderer.toHtml(text));
        assertTrue(page.select("img").isEmpty(), page.body().html());
        assertTrue(MarkdownRenderer.removedElements(text).contains("img"), text);
        String file = SafeMarkdown.of(text);
        assertFalse(file.contains("![") || file.toLowerCase(Locale.ROOT).contains("<img"), file);
        assertEquals(page.text(), Jsoup.parseBodyFragment(MarkdownRenderer.toHtml(file)).text(), file);
    }

    /** Generated text with pictures: raw tags and Markdown images, to other sites, the portal's own or nowhere. */
    static Stream<String> picturesInText() {
        org.kmbportal.testing.Gen<String> words = org.kmbportal.testing.GeneratedText.libraryWords(80);
        org.kmbportal.testing.Gen<String> address = org.kmbportal.testing.Gen.of("https://example.org/pixel.gif", "x",
                "/favicon.svg", "data:image/gif;base64,R0lGODlhAQABAAAAACw=", "HTTPS://EXAMPLE.ORG/a b.png");
        return org.kmbportal.testing.Gen.tries("no-pictures", 40, random -> {
            String where = address.next(random);
            String picture = random.nextBoolean()
                    ? "<img src=\"" + where + "\""
                            + (random.nextBoolean() ? " alt=\"" + line(words, random) + "\"" : "")
                            + ">"
                    : "![" + line(words, random).replaceAll("[\\[\\]]", " ") + "](<" + where + ">)";
            return line(words, random) + (random.nextBoolean() ? " " : "\n\n") + picture + " **"
                    + line(words, random) + "** [lien](https://example.org/" + random.nextInt(1000) + ")";
        });
    }

    /** Generated descriptions with words in {@code <b>}, {@code <strong>}, {@code <i>} or {@code <em>}, and a script. */
    static Stream<String> wordsInBoldAndItalicTags() {
        org.kmbportal.testing.Gen<String> words = org.kmbportal.testing.GeneratedText.libraryWords(80);
        org.kmbportal.testing.Gen<String> tag = org.kmbportal.testing.Gen.of("b", "i", "strong", "em", "B", "I");
        return org.kmbportal.testing.Gen.tries("safe-markdown-emphasis", 40, random -> {
            String first = tag.next(random);
            String second = tag.next(random);
            return line(words, random) + " <" + first + ">" + line(words, random) + "</" + first + "> "
                    + line(words, random) + " <" + second + " class=\"x\">" + line(words, random) + "</" + second
                    + "> « guillemets » <script>alert(2)</script> <mentor> " + line(words, random);
        });
    }

    private static String line(org.kmbportal.testing.Gen<String> words, java.util.Random random) {
        String line = words.next(random).replaceAll("[\\s*_`]+", " ").strip();
        return line.isEmpty() ? "mot" : line;
    }

    /**
     * Found by a user session: the collection's page shows words in {@code <b>} or {@code <i>} bold or italic, and its
     * Markdown export dropped the tags and kept the words plain. The file now says them as Markdown emphasis, and
     * still drops what the page drops and keeps other bracketed words as text.
     */
    @ParameterizedTest
    @MethodSource("wordsInBoldAndItalicTags")
    void theMarkdownFileWritesBoldAndItalicTagsAsEmphasis(String description) {
        Document page = Jsoup.parseBodyFragment(MarkdownRenderer.toHtml(description));
        String file = SafeMarkdown.of(description);
        Document fileShown = Jsoup.parseBodyFragment(MarkdownRenderer.toHtml(file));
        assertEquals(page.text(), fileShown.text(), "the file reads as the page: " + file);
        assertEquals(page.select("b, strong").eachText(), fileShown.select("strong").eachText(), "bold: " + file);
        assertEquals(page.select("i, em").eachText(), fileShown.select("em").eachText(), "italic: " + file);
        assertFalse(page.select("b, strong, i, em").isEmpty(), description);
        assertTrue(file.contains("**") || file.matches("(?s).*\\*[^*]+\\*.*"), file);
        assertFalse(file.contains("alert(2)"), file);
    }

    @Test
    void keepsOrdinaryMarkdown() {
        String html = MarkdownRenderer.toHtml("""
                Some **bold** and *italic* text with a [link](https://example.org/a) and <https://example.org/b>.

                1. first
                2. second

                | a | b |
                |---|---|
                | 1 | 2 |

                # A top heading
                """);
        Document document = Jsoup.parseBodyFragment(html);
        assertEquals("bold", document.select("strong").text());
        assertEquals("https://example.org/a", document.select("a").first().attr("href"));
        assertEquals("nofollow noopener", document.select("a").first().attr("rel"));
        assertEquals(2, document.select("ol > li").size());
        assertEquals(1, document.select("table td:contains(2)").size());
        assertEquals("A top heading", document.select("h2").text(), "h1 is kept for the page title");
        assertTrue(document.select("h1").isEmpty());
    }

    @Test
    void keepsMailtoAndRelativeLinks() {
        Document document = Jsoup.parseBodyFragment(
                MarkdownRenderer
                        .toHtml("[write](mailto:team@example.org) and [guide](/resources/closing-a-match-well)"));
        assertEquals("mailto:team@example.org", document.select("a").get(0).attr("href"));
        assertEquals("/resources/closing-a-match-well", document.select("a").get(1).attr("href"));
    }

    /**
     * The teaser (a page's meta description, a card's text) says nothing the page itself does not show: the
     * text of a script or style the sanitizer removed from the page is not in it either.
     */
    @ParameterizedTest
    @MethodSource("xssPayloads")
    void theTeaserQuotesOnlyWhatThePageShows(String payload) {
        String markdown = "Read this " + payload + " guide";
        String shown = Jsoup.parseBodyFragment(MarkdownRenderer.toHtml(markdown)).text();
        for (String word : MarkdownRenderer.teaser(markdown, 10_000).split("\\s+")) {
            assertTrue(shown.contains(word), () -> "'" + word + "' is in the teaser of " + markdown
                    + " but not on the page: " + shown);
        }
    }

    @Test
    void aScriptsTextStaysOutOfTheTeaser() {
        assertEquals("Read this guide", MarkdownRenderer.teaser("Read this <script>alert('x')</script> guide", 160));
        assertEquals("A style-free teaser", MarkdownRenderer.teaser("A <style>body{}</style>style-free teaser", 160));
    }

    @Test
    void plainTextAndTeaserDropTheMarkup() {
        assertEquals("A bold move and a link.",
                MarkdownRenderer.toPlainText("A **bold** move and a [link](https://x.org)."));
        assertEquals("A bold move and a link. Boldly, in a list", MarkdownRenderer.teaser(
                "A **bold** move and a [link](https://x.org).\n\n- **Bold**ly,\n- in a list", 160));
        String teaser = MarkdownRenderer.teaser("word ".repeat(100), 50);
        assertTrue(teaser.length() <= 51 && teaser.endsWith("…"), teaser);
    }

    /** French puts a space before « ? ! : ; » (and inside guillemets); a teaser keeps the text's own spacing. */
    @Test
    void theTeaserKeepsFrenchSpacingBeforePunctuation() {
        assertEquals("Pourquoi cette sélection ? Parce que « ça marche » : voici ; enfin !", MarkdownRenderer.teaser(
                "**Pourquoi** cette _sélection_ ? Parce que « ça marche » : voici ; enfin !", 160));
        assertEquals("Why this one? Because it works.", MarkdownRenderer.teaser("**Why** this _one_? Because it"
                + " works.", 160));
    }

    /**
     * The plain text search indexes is tidied by hand (one pass) as the regular expressions did it: same text for
     * generated strings of whitespace of every kind, full stops, commas, words in both languages and no-break spaces.
     */
    @Test
    void plainTextIsTidiedAsTheRegularExpressionsDid() {
        String alphabet = " \t\n\u000B\f\r.,ab\u00e9\u00e7\u00a0\u2003\u2009;:!?'\u2019-";
        java.util.Random random = new java.util.Random(27);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String expected = text.toString().replaceAll("\\s+", " ").replaceAll(" ([.,])", "$1").strip();
            assertEquals(expected, MarkdownRenderer.tidy(text), () -> "for [" + text + "]");
        }
    }

    /**
     * "Balise <mentor> et <b>gras</b> <script>alert(1)</script> fin." showed "Balise et gras fin.": a word between
     * angle brackets that is no HTML element is the writer's text (user session, 5 December 2026).
     */
    @Test
    void aWordBetweenAngleBracketsIsShownAsWritten() {
        String html = MarkdownRenderer.toHtml("Balise <mentor> et <b>gras</b> <script>alert(1)</script> fin.");
        assertEquals("Balise <mentor> et gras fin.", Jsoup.parse(html).text());
        assertTrue(html.contains("<b>gras</b>"), html);
        assertFalse(html.contains("alert"), html);
        assertEquals("Balise <mentor> et gras fin.", MarkdownRenderer.teaser(
                "Balise <mentor> et <b>gras</b> <script>alert(1)</script> fin.", 200));
        java.util.Random random = new java.util.Random(41);
        String[] words = {"nom", "courriel", "email", "Jeunes", "mentor-e", "âge", "x1"};
        String[] kept = {"span", "div", "u", "font", "SPAN"};
        for (int i = 0; i < 200; i++) {
            String word = words[random.nextInt(words.length)];
            String element = kept[random.nextInt(kept.length)];
            String text = "Écrire à <" + word + "> puis </" + word + "> et <" + element + ">ceci</" + element
                    + "> « fin » 💡";
            String shown = Jsoup.parse(MarkdownRenderer.toHtml(text)).text();
            if (word.matches("[A-Za-z][A-Za-z0-9-]*")) {
                assertEquals("Écrire à <" + word + "> puis </" + word + "> et ceci « fin » 💡", shown, text);
            }
            assertFalse(shown.contains("<" + element), "an HTML element is still markup: " + shown);
            assertInert(MarkdownRenderer.toHtml(text));
        }
        // alone on its line (an HTML block to Markdown) it is a paragraph of text
        assertEquals("<mentor>", Jsoup.parse(MarkdownRenderer.toHtml("Avant\n\n<mentor>\n\nAprès")).select("p")
                .get(1).text());
        // a tag with attributes is not a word: the sanitizer still removes it
        assertEquals("a b", Jsoup.parse(MarkdownRenderer.toHtml("a <mentor onclick=\"x()\"> b")).text());
    }

    /** Generated text with elements the page keeps and, at random, some it drops. */
    static Stream<List<String>> keptAndDropped() {
        org.kmbportal.testing.Gen<String> words = org.kmbportal.testing.GeneratedText.libraryWords(80);
        List<String> kept = List.of("b", "i", "strong", "em", "sup", "abbr", "code");
        List<String> dropped = List.of("script", "span", "iframe", "style", "div", "font", "u", "form");
        return org.kmbportal.testing.Gen.tries("removed-markup", 60, random -> {
            StringBuilder text = new StringBuilder(line(words, random));
            java.util.TreeSet<String> expected = new java.util.TreeSet<>();
            for (int i = 0; i < 1 + random.nextInt(4); i++) {
                boolean drop = random.nextBoolean();
                String name = drop
                        ? dropped.get(random.nextInt(dropped.size()))
                        : kept.get(random.nextInt(kept.size()));
                if (drop) {
                    expected.add(name);
                }
                String tag = random.nextBoolean() ? name : name.toUpperCase(Locale.ROOT);
                text.append(' ').append(line(words, random)).append(" <").append(tag).append('>').append(line(words,
                        random)).append("</").append(tag).append("> « ").append(line(words, random)).append(" »");
            }
            return List.of(text.toString(), String.join(",", expected));
        });
    }

    /**
     * Found by a user session: an editor wrote {@code <script>} in a section; the page dropped it without a word. The
     * elements the page drops are named (so the editor can be told), those it keeps are not.
     */
    @ParameterizedTest
    @MethodSource("keptAndDropped")
    void theElementsThePageDropsAreNamedAndNoOthers(List<String> textAndExpected) {
        String expected = textAndExpected.get(1);
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected.split(",")), List.copyOf(MarkdownRenderer
                .removedElements(textAndExpected.get(0))), textAndExpected.get(0));
    }

    @Test
    void plainMarkdownAndWordsInBracketsRemoveNothing() {
        assertTrue(MarkdownRenderer.removedElements("# Heading\n\n**bold** _it_ [link](https://example.org) <mentor>"
                + "\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```\n<script>shown as code</script>\n```").isEmpty());
    }
}

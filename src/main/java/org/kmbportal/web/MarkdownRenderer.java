package org.kmbportal.web;

import java.util.List;
import java.util.Set;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamEventReceiver;
import org.owasp.html.PolicyFactory;

/**
 * Turns editors' Markdown into HTML that is safe to put in a page: commonmark renders it, then the OWASP sanitizer
 * keeps only a safe list of elements and attributes. No script, event handler, style, frame or form survives, and
 * links keep only http, https and mailto (or relative) addresses. No picture survives either (an {@code <img>} or a
 * Markdown image): the pages allow no image from another site, and one from a typed address showed readers a broken
 * picture without a description (user session us49); the editor is told, as for any markup removed. The editor's
 * preview uses the same renderer, so what an editor sees is what readers get. The Markdown handed out as a file is
 * {@link SafeMarkdown}'s.
 */
public final class MarkdownRenderer {

    static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), AutolinkExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer KEEPING_LINES = HtmlRenderer.builder().extensions(EXTENSIONS).softbreak("<br>")
            .build();

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "code",
                    "em", "strong", "b", "i", "s", "del", "sub", "sup", "abbr", "table", "thead", "tbody", "tr", "th",
                    "td", "dl",
                    "dt", "dd", "a")
            .allowAttributes("href").onElements("a")
            .allowAttributes("title").onElements("a", "abbr").allowAttributes("start").onElements("ol")
            .allowAttributes("align").matching(false, "left", "right", "center").onElements("th", "td")
            .allowStandardUrlProtocols().requireRelsOnLinks("nofollow", "noopener").toFactory();

    /** Elements inside a line of text: no space is added where they open or close ("**bold**ly" reads "boldly"). */
    private static final Set<String> INLINE = Set.of("a", "em", "strong", "b", "i", "s", "del", "sub", "sup", "abbr",
            "code");

    private MarkdownRenderer() {
    }

    /** Safe HTML for the Markdown text ({@code #} headings become {@code h2}: the page title is the only h1). */
    public static String toHtml(String markdown) {
        return toHtml(markdown, false);
    }

    /** The same, each line break typed kept ({@code <br>}, not read as a space when {@code keepLines}): a note. */
    public static String toHtml(String markdown, boolean keepLines) {
        return toHtml(markdown, keepLines, null);
    }

    /** The same for a text written in that language: French text gets its no-break spaces ({@link FrenchSpaces}). */
    public static String toHtml(String markdown, String language) {
        return toHtml(markdown, false, language);
    }

    public static String toHtml(String markdown, boolean keepLines, String language) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        Node document = parse(markdown);
        if ("fr".equals(language)) {
            FrenchSpaces.inTree(document);
        }
        String html = (keepLines ? KEEPING_LINES : HTML).render(document);
        return POLICY.sanitize(html.replace("<h1>", "<h2>").replace("</h1>", "</h2>"));
    }

    /**
     * The elements written in the Markdown that readers will not get (a {@code <script>}, a {@code <span>}, an
     * {@code <iframe>}): the sanitizer drops them, so the editor can be told instead of finding out on the page.
     */
    public static java.util.SortedSet<String> removedElements(String markdown) {
        java.util.SortedSet<String> removed = new java.util.TreeSet<>();
        if (markdown == null || markdown.isBlank()) {
            return removed;
        }
        POLICY.sanitize(HTML.render(parse(markdown)), new org.owasp.html.HtmlChangeListener<Void>() {
            @Override
            public void discardedTag(Void context, String elementName) {
                removed.add(elementName.toLowerCase(java.util.Locale.ROOT));
            }

            @Override
            public void discardedAttributes(Void context, String tagName, String... attributeNames) {
                // A kept element's unsafe attribute (an event handler) is not text the editor meant readers to see.
            }
        }, null);
        removed.remove("h1");
        return removed;
    }

    /** A bare tag without attributes: {@code <mentor>}, {@code </email>}, {@code <nom/>}. */
    static final java.util.regex.Pattern BARE_TAG = java.util.regex.Pattern
            .compile("</?([A-Za-z][A-Za-z0-9-]*)\\s*/?>");

    /**
     * The Markdown's tree, where a word written between angle brackets that is no element the page keeps ("Balise
     * {@code <mentor>}", "écrire à {@code <courriel>}") is text: the sanitizer would drop it, and with it words the
     * writer meant readers to see. HTML's own elements stay markup, those the page keeps ({@code <b>}) and those the
     * sanitizer removes ({@code <script>} with its content, {@code <span>}), as does any tag with attributes.
     */
    static Node parse(String markdown) {
        Node document = PARSER.parse(markdown);
        List<Node> words = new java.util.ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlInline node) {
                if (wordInBrackets(node.getLiteral())) {
                    words.add(node);
                }
            }

            @Override
            public void visit(HtmlBlock node) {
                if (node.getLiteral().lines().allMatch(line -> line.isBlank() || wordInBrackets(line.strip()))) {
                    words.add(node);
                }
            }
        });
        for (Node node : words) {
            if (node instanceof HtmlInline inline) {
                node.insertBefore(new Text(inline.getLiteral()));
            } else {
                org.commonmark.node.Paragraph paragraph = new org.commonmark.node.Paragraph();
                String[] lines = ((HtmlBlock) node).getLiteral().strip().split("\\R");
                for (int i = 0; i < lines.length; i++) {
                    if (i > 0) {
                        paragraph.appendChild(new SoftLineBreak());
                    }
                    paragraph.appendChild(new Text(lines[i].strip()));
                }
                node.insertBefore(paragraph);
            }
            node.unlink();
        }
        return document;
    }

    private static boolean wordInBrackets(String literal) {
        java.util.regex.Matcher tag = BARE_TAG.matcher(literal);
        if (!tag.matches()) {
            return false;
        }
        return !HtmlElementNames.isElement(tag.group(1).toLowerCase(java.util.Locale.ROOT));
    }

    /** The text without markup, for teasers, snippets and the search index. */
    public static String toPlainText(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(Code node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak node) {
                text.append(' ');
            }

            @Override
            public void visit(HardLineBreak node) {
                text.append(' ');
            }

            @Override
            protected void visitChildren(Node parent) {
                super.visitChildren(parent);
                if (parent.getNext() != null && !(parent instanceof Text)) {
                    text.append(' ');
                }
            }
        });
        return tidy(text);
    }

    /**
     * The text with each run of whitespace made one space, no space before a full stop or a comma, and no whitespace
     * at either end: what {@code replaceAll("\\s+", " ").replaceAll(" ([.,])", "$1").strip()} gives, in one pass
     * without regular expressions (they were half of the rendering of a rebuild's texts).
     */
    static String tidy(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                space = true;
                continue;
            }
            if (space && c != '.' && c != ',') {
                out.append(' ');
            }
            space = false;
            out.append(c);
        }
        if (space) {
            out.append(' ');
        }
        return out.toString().strip();
    }

    /** The text of the Markdown as the page shows it: rendered, sanitized, then read without its tags. */
    static String shownText(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        HtmlStreamEventReceiver reader = new HtmlStreamEventReceiver() {
            @Override
            public void openDocument() {
            }

            @Override
            public void closeDocument() {
            }

            @Override
            public void openTag(String name, List<String> attributes) {
                separate(name);
            }

            @Override
            public void closeTag(String name) {
                separate(name);
            }

            @Override
            public void text(String part) {
                text.append(part);
            }

            private void separate(String name) {
                if (!INLINE.contains(name)) {
                    text.append(' ');
                }
            }
        };
        HtmlSanitizer.sanitize(HTML.render(parse(markdown)), POLICY.apply(reader));
        return tidy(text);
    }

    /** Sanitizes HTML that did not come from Markdown (the same safe list). */
    public static String sanitize(String html) {
        return html == null ? "" : POLICY.sanitize(html);
    }

    /**
     * The first sentences of the text a reader sees, cut at a word boundary near {@code max} characters: for a page's
     * description and a card, so it quotes nothing the sanitizer kept off the page (the text of a removed script).
     */
    public static String teaser(String markdown, int max) {
        String text = shownText(markdown);
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max);
        return text.substring(0, cut > max / 2 ? cut : max).strip() + "…";
    }
}

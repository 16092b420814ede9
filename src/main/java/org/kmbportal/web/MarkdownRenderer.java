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
import org.commonmark.node.Image;
import org.commonmark.node.Link;
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
 * preview uses the same renderer, so what an editor sees is what readers get.
 */
public final class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), AutolinkExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer KEEPING_LINES = HtmlRenderer.builder().extensions(EXTENSIONS).softbreak("<br>")
            .build();
    private static final org.commonmark.renderer.markdown.MarkdownRenderer MARKDOWN = org.commonmark.renderer.markdown.MarkdownRenderer
            .builder().extensions(EXTENSIONS).build();

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
    private static final java.util.regex.Pattern BARE_TAG = java.util.regex.Pattern
            .compile("</?([A-Za-z][A-Za-z0-9-]*)\\s*/?>");

    /**
     * The Markdown's tree, where a word written between angle brackets that is no element the page keeps ("Balise
     * {@code <mentor>}", "écrire à {@code <courriel>}") is text: the sanitizer would drop it, and with it words the
     * writer meant readers to see. HTML's own elements stay markup, those the page keeps ({@code <b>}) and those the
     * sanitizer removes ({@code <script>} with its content, {@code <span>}), as does any tag with attributes.
     */
    private static Node parse(String markdown) {
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

    /**
     * Whether the text has a word between angle brackets that the page shows as text ("Balise {@code <mentor>}"): the
     * file then writes it escaped, so another Markdown tool shows it too instead of taking it for a tag.
     */
    private static boolean holdsWordInBrackets(String markdown) {
        java.util.regex.Matcher tag = BARE_TAG.matcher(markdown);
        while (tag.find()) {
            if (!HtmlElementNames.isElement(tag.group(1).toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean wordInBrackets(String literal) {
        java.util.regex.Matcher tag = BARE_TAG.matcher(literal);
        if (!tag.matches()) {
            return false;
        }
        return !HtmlElementNames.isElement(tag.group(1).toLowerCase(java.util.Locale.ROOT));
    }

    /** An opening tag of an element whose content the sanitizer drops with it. */
    private static final java.util.regex.Pattern CONTENT_DROPPED = java.util.regex.Pattern.compile(
            "(?is)<(script|style|iframe)\\b[^>]*>");

    /**
     * The Markdown to hand out as a file (a reading list), keeping only what the page would show: written as it is
     * when it holds nothing unsafe; else without its raw HTML (a script, an iframe, an event handler: the page drops
     * them), without its pictures (the page shows none) and with each link to an address other than http, https,
     * mailto or a relative one reduced to its text, written out again as Markdown. A {@code .md} file pasted into
     * another tool must not carry a {@code javascript:} link the portal's page had removed.
     */
    public static String toSafeMarkdown(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        Node document = parse(markdown);
        List<Node> unsafe = new java.util.ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock node) {
                unsafe.add(node);
            }

            @Override
            public void visit(HtmlInline node) {
                unsafe.add(node);
                java.util.regex.Matcher opening = CONTENT_DROPPED.matcher(node.getLiteral());
                if (opening.matches()) {
                    // The page drops what such an element holds ("<script>alert(2)</script>" shows nothing): the
                    // words up to its closing tag go too, not only the tags.
                    String closing = "</" + opening.group(1).toLowerCase(java.util.Locale.ROOT);
                    for (Node next = node.getNext(); next != null; next = next.getNext()) {
                        if (next instanceof HtmlInline tag
                                && tag.getLiteral().toLowerCase(java.util.Locale.ROOT).startsWith(closing)) {
                            break;
                        }
                        unsafe.add(next);
                    }
                }
            }

            @Override
            public void visit(Link node) {
                if (!safeAddress(node.getDestination())) {
                    unsafe.add(node);
                }
                visitChildren(node);
            }

            @Override
            public void visit(Image node) {
                // The page shows no picture, nor its description: neither does the file.
                unsafe.add(node);
            }
        });
        if (unsafe.isEmpty() && !holdsWordInBrackets(markdown)) {
            return markdown.strip();
        }
        for (Node node : List.copyOf(unsafe)) {
            if (node instanceof HtmlInline tag && node.getParent() != null) {
                MarkdownEmphasis.fromTags(tag, unsafe);
            }
        }
        for (Node node : unsafe) {
            boolean autolink = node instanceof Link link && link.getFirstChild() instanceof Text text
                    && text.getNext() == null && text.getLiteral().equals(link.getDestination());
            if (node instanceof Link && !autolink) {
                // The link's words stay, as plain text; an address written as its own link (<javascript:…>) goes
                // with it.
                Node child = node.getFirstChild();
                while (child != null) {
                    Node next = child.getNext();
                    node.insertBefore(child);
                    child = next;
                }
            }
            node.unlink();
        }
        return MARKDOWN.render(document).strip();
    }

    /**
     * An address the sanitizer would keep: http, https, mailto, or one without a scheme (relative). Control
     * characters and spaces are ignored as browsers ignore them ("java\tscript:").
     */
    static boolean safeAddress(String destination) {
        if (destination == null) {
            return true;
        }
        StringBuilder squeezed = new StringBuilder();
        destination.codePoints().filter(c -> c > 0x20 && c != 0x7F).forEach(squeezed::appendCodePoint);
        String address = squeezed.toString().toLowerCase(java.util.Locale.ROOT);
        int colon = address.indexOf(':');
        int end = address.length();
        for (char stop : new char[]{'/', '?', '#'}) {
            int at = address.indexOf(stop);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        if (colon < 0 || colon > end) {
            return true;
        }
        String scheme = address.substring(0, colon);
        return scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto");
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

package org.kmbportal.web;

import java.util.List;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * The Markdown to hand out as a file (a reading list), keeping only what the page would show: written as it is when it
 * holds nothing unsafe; else without its raw HTML (a script, an iframe, an event handler: the page drops them), without
 * its pictures (the page shows none) and with each link to an address other than http, https, mailto or a relative
 * one reduced to its text, written out again as Markdown. A {@code .md} file pasted into another tool must not carry a
 * {@code javascript:} link the portal's page had removed. The page's own HTML is {@link MarkdownRenderer}'s.
 */
public final class SafeMarkdown {

    private static final org.commonmark.renderer.markdown.MarkdownRenderer MARKDOWN = org.commonmark.renderer.markdown.MarkdownRenderer
            .builder().extensions(MarkdownRenderer.EXTENSIONS).build();

    /** An opening tag of an element whose content the sanitizer drops with it. */
    private static final java.util.regex.Pattern CONTENT_DROPPED = java.util.regex.Pattern.compile(
            "(?is)<(script|style|iframe)\\b[^>]*>");

    private SafeMarkdown() {
    }

    /** The Markdown for the file: what the page shows of it, and nothing it removes. */
    public static String of(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        Node document = MarkdownRenderer.parse(markdown);
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

    /**
     * Whether the text has a word between angle brackets that the page shows as text ("Balise {@code <mentor>}"): the
     * file then writes it escaped, so another Markdown tool shows it too instead of taking it for a tag.
     */
    private static boolean holdsWordInBrackets(String markdown) {
        java.util.regex.Matcher tag = MarkdownRenderer.BARE_TAG.matcher(markdown);
        while (tag.find()) {
            if (!HtmlElementNames.isElement(tag.group(1).toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}

package org.kmbportal.web;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.Emphasis;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.StrongEmphasis;

/**
 * Bold and italic tags written in a text, as a Markdown file writes them: the page shows their words bold or italic,
 * so the export does too ({@link MarkdownRenderer}).
 */
final class MarkdownEmphasis {

    private MarkdownEmphasis() {
    }

    /** An opening tag the page shows as bold ({@code b}, {@code strong}) or italic ({@code i}, {@code em}). */
    private static final Pattern EMPHASIS_TAG = Pattern.compile(
            "(?i)<(b|strong|i|em)(\\s[^>]*)?>");

    /**
     * A {@code <b>} or {@code <i>} (or {@code strong}, {@code em}) with its closing tag further in the same paragraph:
     * the page shows its words bold or italic, so the file writes them as Markdown emphasis ({@code **words**},
     * {@code *words*}); the tags alone went and the words lost their weight (user session). Other tags go as before.
     */
    static void fromTags(HtmlInline opening, List<Node> unsafe) {
        Matcher tag = EMPHASIS_TAG.matcher(opening.getLiteral());
        if (!tag.matches()) {
            return;
        }
        String name = tag.group(1).toLowerCase(Locale.ROOT);
        for (Node next = opening.getNext(); next != null; next = next.getNext()) {
            if (next instanceof HtmlInline closing && closing.getLiteral().toLowerCase(Locale.ROOT)
                    .replaceAll("\\s", "").equals("</" + name + ">")) {
                if (next == opening.getNext()) {
                    return;
                }
                Node words = name.equals("b") || name.equals("strong")
                        ? new StrongEmphasis("**")
                        : new Emphasis(
                                "*");
                for (Node child = opening.getNext(); child != closing;) {
                    Node after = child.getNext();
                    words.appendChild(child);
                    child = after;
                }
                opening.insertBefore(words);
                opening.unlink();
                closing.unlink();
                unsafe.remove(opening);
                unsafe.remove(closing);
                return;
            }
        }
    }
}

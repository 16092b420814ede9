package org.kmbportal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * French spacing the browser may not break: the space inside guillemets and before « ; », « : », « ! » and « ? » made
 * a no-break space (U+00A0, as the message bundle writes it). With an ordinary space typed there, a phone's narrow
 * line (390 px) could end with « alone, or begin with » or « ? » alone (user session us57). Only the characters of
 * text change (never markup, code or an address), so the result is escaped as the text was.
 */
public final class FrenchSpaces {

    private static final String NO_BREAK = "\u00a0";
    /** White space that a line may break at: every kind but the no-break ones. */
    private static final String BREAKING = "[\\s\\u2000-\\u200a\\u205f\\u3000&&[^\\u00a0\\u202f\\u2007]]+";
    private static final Pattern AFTER_OPENING = Pattern.compile("«" + BREAKING);
    private static final Pattern BEFORE_CLOSING = Pattern.compile(BREAKING + "»");
    /**
     * « ; », « : », « ! », « ? » after a space, ending a clause (not "10 :30" or "?q=" in an address); also at the
     * start of a text, which in Markdown follows an emphasis or a link ("**vite** !").
     */
    private static final Pattern BEFORE_DOUBLE = Pattern.compile(BREAKING
            + "([;:!?]+)(?=[\\s\\u00a0\\u202f»)\"”’.,]|$)");

    private FrenchSpaces() {
    }

    /** The text with those spaces made no-break ones; unchanged when it has none. */
    public static String inText(String text) {
        if (text == null || text.isEmpty() || text.chars().noneMatch(c -> c == '«' || c == '»' || c == ';'
                || c == ':' || c == '!' || c == '?')) {
            return text;
        }
        String spaced = AFTER_OPENING.matcher(text).replaceAll("«" + NO_BREAK);
        spaced = BEFORE_CLOSING.matcher(spaced).replaceAll(NO_BREAK + "»");
        return BEFORE_DOUBLE.matcher(spaced).replaceAll(NO_BREAK + "$1");
    }

    /**
     * The same in a Markdown tree, before it is rendered: in its text only (code, addresses and raw HTML keep what
     * they hold), and a line break typed right after « or before » counts as such a space.
     */
    static void inTree(Node document) {
        List<SoftLineBreak> joined = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                text.setLiteral(inText(text.getLiteral()));
            }

            @Override
            public void visit(SoftLineBreak lineBreak) {
                if (lineBreak.getPrevious() instanceof Text before && before.getLiteral().endsWith("«")
                        || lineBreak.getNext() instanceof Text after && after.getLiteral().matches("(?s)[»;:!?].*")) {
                    joined.add(lineBreak);
                }
            }
        });
        for (SoftLineBreak lineBreak : joined) {
            lineBreak.insertBefore(new Text(NO_BREAK));
            lineBreak.unlink();
        }
    }
}

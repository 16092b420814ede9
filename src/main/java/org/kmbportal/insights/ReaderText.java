package org.kmbportal.insights;

import java.text.Normalizer;

import org.apache.commons.text.StringEscapeUtils;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * A reader's free text as it is stored: plain text (markup taken out by the HTML sanitizer), no control characters,
 * spaces collapsed, email addresses and telephone-like numbers removed. Pages escape it again when they show it.
 */
public final class ReaderText {

    private static final PolicyFactory NO_MARKUP = new HtmlPolicyBuilder().toFactory();

    private ReaderText() {
    }

    /**
     * The sanitizer keeps text and drops tags (and what scripts and styles hold); its output is HTML-escaped, so it
     * is unescaped back to plain text. Markup written as entities ({@code &lt;b&gt;}) becomes markup then, so this
     * repeats until nothing changes: what is stored holds no tag, however it was typed.
     */
    static String withoutMarkup(String text) {
        String current = text;
        for (int pass = 0; pass < 5; pass++) {
            // the sanitizer guards "{{" against client-side templates with an empty comment; stored text is plain
            String next = StringEscapeUtils.unescapeHtml4(NO_MARKUP.sanitize(current).replace("<!-- -->", ""));
            if (next.equals(current)) {
                return next;
            }
            current = next;
        }
        return current.replace("<", "‹").replace(">", "›");
    }

    private static String withoutControls(String text) {
        return text.replaceAll("[\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069&&[^\\n]]", " ");
    }

    /** The text to store; empty when nothing is left. Lines are kept unless {@code oneLine}. */
    public static String clean(String typed, boolean oneLine) {
        if (typed == null || typed.isBlank()) {
            return "";
        }
        String text = Normalizer.normalize(typed, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n');
        // controls become spaces before the sanitizer sees them (it would drop them and join the words around them),
        // and again after, for those written as entities
        text = withoutControls(withoutMarkup(withoutControls(text)));
        text = PersonalData.scrub(text);
        if (oneLine) {
            text = text.replace('\n', ' ');
        }
        return text.replaceAll("[ \\t\\u00a0]+", " ").replaceAll(" ?\\n ?", "\n").replaceAll("\\n{3,}", "\n\n")
                .strip();
    }
}

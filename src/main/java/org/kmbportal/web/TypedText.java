package org.kmbportal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * A box's text as typed when it holds control characters a page cannot write (U+0000 to U+001F but tabs and line
 * breaks: HTML has no place for them, and the page's writer leaves them out). A text refused for such a character
 * comes back as typed, the message beside the box saying which one to remove: the box's {@code data-as-typed}
 * attribute carries the whole text with those characters written as JSON escapes ({@code \u0007}), and
 * {@code js/as-typed.js} puts it back in the box. It came back without the character while the message said to remove
 * it (user session, session 51).
 */
@Named("typedText")
@ApplicationScoped
public class TypedText {

    /** The text as a JSON string's inside, when it holds a character the page cannot write; else null (no attribute). */
    public String withControls(String value) {
        if (value == null || value.chars().noneMatch(TypedText::unwritable)) {
            return null;
        }
        StringBuilder json = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' || c == '"') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.toString();
    }

    private static boolean unwritable(int c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
    }
}

package org.kmbportal.testing;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The portal's own words (its message bundles), so browser tests can wait for a message in either language. */
public final class Bundle {

    private Bundle() {
    }

    public static String text(String language, String key, Object... arguments) {
        Locale locale = Locale.forLanguageTag(language);
        String pattern = ResourceBundle.getBundle("org.kmbportal.web.messages", locale).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /**
     * The text as WebDriver's {@code getText()} reads it from a page: a no-break space (French puts one before a
     * colon, « Ordre\u00a0: ») comes back as a plain space, while an attribute's value keeps it.
     */
    public static String shown(String language, String key, Object... arguments) {
        return text(language, key, arguments).replace('\u00a0', ' ');
    }

    /**
     * A page's or the bundle's text as a reader compares it: no-break and narrow no-break spaces (French punctuation,
     * grouped numbers) as plain spaces, each run of white space as one, trimmed.
     */
    public static String normalSpaces(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll("\\s+", " ").strip();
    }
}

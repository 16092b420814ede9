package org.kmbportal.curation;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A sentence for a reader, in English for logs and the API, and in the reader's language by its key in the portal's
 * message bundle: a refusal of a collection (or a problem of its file) that the pages word for their reader.
 *
 * @param english
 *            the sentence in English
 * @param key
 *            its key in the bundle, or null when it has none (then every language gets the English)
 * @param arguments
 *            the values the keyed message names
 */
public record Wording(String english, String key, List<Object> arguments) {

    private static final String BUNDLE = "org.kmbportal.web.messages";

    public Wording {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    public static Wording of(String english, String key, Object... arguments) {
        return new Wording(english, key, List.of(arguments));
    }

    /** The sentence in the language ("en", "fr"): the bundle's wording of the key, else the English. */
    public String in(String language) {
        return key == null ? english : format(Locale.forLanguageTag(language), key, english, arguments.toArray());
    }

    /** The bundle's pattern for the key formatted with the values, or the fallback when the key is missing. */
    public static String format(Locale locale, String key, String fallback, Object... values) {
        try {
            return new MessageFormat(ResourceBundle.getBundle(BUNDLE, locale).getString(key), locale).format(values);
        } catch (MissingResourceException | IllegalArgumentException e) {
            return fallback;
        }
    }
}

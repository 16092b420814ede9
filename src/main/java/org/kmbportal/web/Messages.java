package org.kmbportal.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** The message bundle in the reader's language, for text that backing beans compose. */
@RequestScoped
public class Messages {

    public static final String BUNDLE = "org.kmbportal.web.messages";

    @Inject
    LocaleBean locale;

    public String get(String key, Object... arguments) {
        return format(locale.getCurrent(), key, arguments);
    }

    public static String format(Locale locale, String key, Object... arguments) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
            return arguments.length == 0
                    ? pattern
                    : new MessageFormat(oneFullStop(pattern, arguments), locale).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /**
     * The pattern without the full stop that would follow a name already ending in one ("You now support Les Jeunes
     * de la Rivière & Co." and not "Co.."); an ellipsis ("…", "...") keeps the sentence's full stop.
     */
    static String oneFullStop(String pattern, Object... arguments) {
        String result = pattern;
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof CharSequence text) {
                String value = text.toString().strip();
                if (value.endsWith(".") && !value.endsWith("..")) {
                    result = result.replace("{" + i + "}.", "{" + i + "}");
                }
            }
        }
        return result;
    }

    /** The message if the bundle has the key, else the fallback (for labels that data may also provide). */
    public String getOrDefault(String key, String fallback) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale.getCurrent()).getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }
}

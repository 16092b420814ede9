package org.kmbportal.search;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Messages and labels of the search package, from the portal's message bundle, in the reader's language. */
final class SearchMessages {

    private static final String BUNDLE = "org.kmbportal.web.messages";

    private SearchMessages() {
    }

    static String get(String language, String key, Object... arguments) {
        Locale locale = Locale.forLanguageTag(language);
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}

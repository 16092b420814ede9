package org.kmbportal.web;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.SessionScoped;

/**
 * Forms holding work not saved yet, kept for this session beyond the redirect that answers their buttons
 * ({@link PostRedirectGet}): a page keeps its form under its own key and gets a number, which the address it redirects
 * to carries ({@code kept=}). A reload or Back then shows the form as the button left it (items added or moved, text
 * typed), not as saved; the flash alone gave it to the first answer only. The last {@value #KEPT} are kept; older
 * ones, and all of them with the session, are forgotten.
 */
@SessionScoped
public class KeptForms implements Serializable {

    private static final long serialVersionUID = 1L;
    /** How many forms a session keeps. */
    static final int KEPT = 30;
    /** The address parameter carrying a kept form's number. */
    public static final String PARAMETER = "kept";

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private final Map<String, Serializable> forms = new Recent();
    private long last;

    /** Keeps a page's form under its key; returns the number its address carries. */
    public synchronized String keep(String key, Serializable form) {
        String number = Long.toString(++last);
        forms.put(key(key, number), form);
        return number;
    }

    /**
     * Keeps a page's form under its key; returns a number with a random tail, which no address of an earlier session
     * carries (the count restarts with each session), for a page whose address a tab's kept typing is filed under.
     */
    public synchronized String keepUnique(String key, Serializable form) {
        String number = ++last + "-" + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36);
        forms.put(key(key, number), form);
        return number;
    }

    /** Puts a later state of a kept form under the same number (changed in place, with no new address). */
    public synchronized void replace(String key, String number, Serializable form) {
        if (number != null && forms.containsKey(key(key, number))) {
            forms.put(key(key, number), form);
        }
    }

    /** The form kept under the page's key and the number, when it is still kept. */
    public synchronized <T> Optional<T> kept(String key, String number, Class<T> type) {
        Object form = number == null ? null : forms.get(key(key, number));
        return type.isInstance(form) ? Optional.of(type.cast(form)) : Optional.empty();
    }

    private static String key(String key, String number) {
        return key + '\u0000' + number;
    }

    /** The most recently used forms only. */
    private static final class Recent extends LinkedHashMap<String, Serializable> {
        private static final long serialVersionUID = 1L;

        Recent() {
            super(16, 0.75f, true);
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Serializable> eldest) {
            return size() > KEPT;
        }
    }
}

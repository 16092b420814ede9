package org.kmbportal.library;

import org.kmbportal.platform.PlainText;
import java.util.function.Predicate;

/** Ids made from titles, in the content format's id shape (lower-case words and digits joined by '-'). */
public final class Slugs {

    /**
     * A resource's or collection's id: lowercase letters and digits in groups joined by single hyphens. Ask
     * {@link #valid}, which also checks the length.
     */
    public static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    public static final int ID_MAX = 120;

    /** Whether the text is a well-formed id of a resource or a collection. */
    public static boolean valid(String id) {
        return id != null && id.length() <= ID_MAX && ID.matcher(id).matches();
    }

    private static final int BASE_MAX = 60;

    private Slugs() {
    }

    /**
     * A free id made from the title ("Starting out" becomes "starting-out", then "starting-out-2" if taken); the
     * fallback when the title has no letter or digit of the Latin alphabet left once accents are dropped.
     */
    public static String free(String title, String fallback, Predicate<String> taken) {
        String base = base(title, fallback);
        String id = base;
        for (int n = 2; taken.test(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /**
     * The id {@link #free} starts from, before any number is added: the ids it tries are this one, then this one with
     * "-2", "-3" and so on.
     */
    public static String base(String title, String fallback) {
        String text = visible(title == null ? "" : title);
        String base = latin(ligaturesSpelledOut(text));
        if (base.isEmpty() && text.codePoints().noneMatch(Character::isLetter)) {
            // A title of emoji or symbols only ("🎉", "★ → ✓") is named by what it shows: "party-popper".
            base = latin(symbolNames(text));
        }
        return base.isEmpty() ? fallback : base;
    }

    private static final java.util.regex.Pattern INLINE_TAG = java.util.regex.Pattern.compile(
            "(?i)</?(a|abbr|b|bdi|bdo|cite|code|data|dfn|em|i|kbd|mark|q|s|samp|small|span|strong|sub|sup|time|u|var)"
                    + "(\\s[^<>]*)?/?>");
    private static final java.util.regex.Pattern OTHER_TAG = java.util.regex.Pattern.compile(
            "<!--.*?-->|</?[A-Za-z][A-Za-z0-9-]*(\\s[^<>]*)?/?>", java.util.regex.Pattern.DOTALL);
    private static final java.util.regex.Pattern ENTITY = java.util.regex.Pattern.compile(
            "&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos|nbsp);");

    /**
     * The title as a reader sees it where markup counts: without its tags ("<b>Mentors</b>" is "Mentors", not
     * "b-mentors-b"; a tag that breaks a line breaks words) and with its character references read ("&amp;" is "&").
     */
    static String visible(String title) {
        if (title.indexOf('<') < 0 && title.indexOf('&') < 0) {
            return title;
        }
        String text = OTHER_TAG.matcher(INLINE_TAG.matcher(title).replaceAll("")).replaceAll(" ");
        return ENTITY.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(entity(m.group(1))));
    }

    private static String entity(String name) {
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            default -> {
                int cp = name.charAt(1) == 'x' || name.charAt(1) == 'X'
                        ? Integer.parseInt(name.substring(2), 16)
                        : Integer.parseInt(name.substring(1));
                yield Character.isValidCodePoint(cp) ? Character.toString(cp) : " ";
            }
        };
    }

    private static String latin(String text) {
        String base = PlainText.folded(text).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return base.length() > BASE_MAX ? cut(base) : base;
    }

    /**
     * A long id cut to {@link #BASE_MAX} at the end of a word ("…-in-rural-nunavut" cut as "…-in-rural", not
     * "…-in-r"); a single word longer than that is cut where it must be.
     */
    private static String cut(String base) {
        if (base.charAt(BASE_MAX) == '-') {
            return base.substring(0, BASE_MAX);
        }
        int lastBreak = base.lastIndexOf('-', BASE_MAX - 1);
        return lastBreak > 0 ? base.substring(0, lastBreak) : base.substring(0, BASE_MAX);
    }

    /**
     * The Unicode names of the text's symbols and punctuation, in order; a flag's two regional letters as the
     * country's code ("🇨🇦" is "flag ca"). Letters of other scripts, skin tones, joiners and variation selectors add
     * nothing.
     */
    private static String symbolNames(String text) {
        StringBuilder names = new StringBuilder();
        boolean flag = false;
        for (int cp : text.codePoints().toArray()) {
            if (cp >= REGIONAL_A && cp <= REGIONAL_A + 25) {
                names.append(flag ? "" : " flag ").append((char) ('a' + cp - REGIONAL_A));
                flag = !flag;
                continue;
            }
            flag = false;
            int type = Character.getType(cp);
            boolean shown = type == Character.OTHER_SYMBOL || type == Character.MATH_SYMBOL
                    || type == Character.CURRENCY_SYMBOL || type >= Character.DASH_PUNCTUATION
                            && type <= Character.OTHER_PUNCTUATION
                    || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION;
            String name = shown ? Character.getName(cp) : null;
            if (name != null) {
                names.append(' ').append(name);
            }
        }
        return names.toString();
    }

    private static final int REGIONAL_A = 0x1F1E6;

    /** Letters that no accent-stripping turns into Latin letters ("cœur" would become "c-ur"): written out. */
    private static String ligaturesSpelledOut(String text) {
        return text.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE").replace("ß", "ss");
    }
}

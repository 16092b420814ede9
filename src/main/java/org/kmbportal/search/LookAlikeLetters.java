package org.kmbportal.search;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text as the analyzers expect it, whatever keyboard or copy it came from: fullwidth Latin letters and ligatures as
 * their plain letters (NFKC for those forms only: a sign such as "Ⓜ️", "ℹ️" or "™" stays a sign and is searched as if
 * absent), decomposed accents composed (NFC), soft hyphens and zero-width characters taken out, and Cyrillic or Greek
 * letters that look like Latin ones
 * ("carе" with a Cyrillic "е") read as those Latin letters. A word is folded so only when it mixes them with Latin
 * letters, or is made of look-alikes alone: a word really written in Cyrillic or Greek stays as it is. "mentorship for
 * youth in carе" found nothing (user session us55); it now finds what the Latin word finds.
 */
public final class LookAlikeLetters {

    /** Soft hyphen, zero-width space, non-joiner, joiner, word joiner, byte order mark. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B\\u200C\\u200D\\u2060\\uFEFF]");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}]*");
    private static final Map<Character, Character> LATIN = Map.ofEntries(
            // Cyrillic
            Map.entry('а', 'a'), Map.entry('е', 'e'), Map.entry('ё', 'ë'), Map.entry('о', 'o'), Map.entry('р', 'p'),
            Map.entry('с', 'c'), Map.entry('у', 'y'), Map.entry('х', 'x'), Map.entry('ѕ', 's'), Map.entry('і', 'i'),
            Map.entry('ї', 'ï'), Map.entry('ј', 'j'), Map.entry('ԁ', 'd'), Map.entry('һ', 'h'), Map.entry('ԛ', 'q'),
            Map.entry('ԝ', 'w'), Map.entry('ӏ', 'l'), Map.entry('А', 'A'), Map.entry('В', 'B'), Map.entry('Е', 'E'),
            Map.entry('К', 'K'), Map.entry('М', 'M'), Map.entry('Н', 'H'), Map.entry('О', 'O'), Map.entry('Р', 'P'),
            Map.entry('С', 'C'), Map.entry('Т', 'T'), Map.entry('Х', 'X'), Map.entry('У', 'Y'), Map.entry('Ѕ', 'S'),
            Map.entry('І', 'I'), Map.entry('Ј', 'J'),
            // Greek
            Map.entry('α', 'a'), Map.entry('ο', 'o'), Map.entry('ν', 'v'), Map.entry('ι', 'i'), Map.entry('κ', 'k'),
            Map.entry('ρ', 'p'), Map.entry('υ', 'u'), Map.entry('χ', 'x'), Map.entry('Α', 'A'), Map.entry('Β', 'B'),
            Map.entry('Ε', 'E'), Map.entry('Ζ', 'Z'), Map.entry('Η', 'H'), Map.entry('Ι', 'I'), Map.entry('Κ', 'K'),
            Map.entry('Μ', 'M'), Map.entry('Ν', 'N'), Map.entry('Ο', 'O'), Map.entry('Ρ', 'P'), Map.entry('Τ', 'T'),
            Map.entry('Υ', 'Y'), Map.entry('Χ', 'X'),
            // Latin letters without their dot or of other alphabets' forms
            Map.entry('ı', 'i'));

    private LookAlikeLetters() {
    }

    /** The text with its look-alike letters, compatibility forms and invisible characters folded as above. */
    public static String folded(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String plain = INVISIBLE.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll("");
        Matcher words = WORD.matcher(plain);
        StringBuilder out = new StringBuilder(plain.length());
        while (words.find()) {
            words.appendReplacement(out,
                    Matcher.quoteReplacement(word(plainForms(words.group()))));
        }
        words.appendTail(out);
        return out.toString();
    }

    /**
     * Fullwidth letters and ligatures ("ｃａｒｅ", "ﬁ") as their plain letters (NFKC), and only those: other compatibility
     * forms are signs that a reader sees as signs ("ℹ️", "Ⓜ️", "™"), which NFKC would turn into words never typed.
     */
    private static String plainForms(String word) {
        StringBuilder plain = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
            if (block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                    || block == Character.UnicodeBlock.ALPHABETIC_PRESENTATION_FORMS) {
                plain.append(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC));
            } else {
                plain.append(c);
            }
        }
        return plain.toString();
    }

    /** The word in Latin letters when it mixes look-alikes with Latin letters or is made of look-alikes alone. */
    private static String word(String word) {
        boolean latin = false;
        boolean lookAlike = false;
        boolean other = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (LATIN.containsKey(c)) {
                lookAlike = true;
            } else if (Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                latin = true;
            } else if (Character.isLetter(c)) {
                other = true;
            }
        }
        if (!lookAlike || !latin && other) {
            return word;
        }
        StringBuilder folded = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            folded.append(LATIN.getOrDefault(c, c));
        }
        return Normalizer.normalize(folded, Normalizer.Form.NFC);
    }
}

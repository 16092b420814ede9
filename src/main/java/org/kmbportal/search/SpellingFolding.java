package org.kmbportal.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;

/**
 * British (and Canadian) spellings read as the American spelling of the same word: "behaviour" as "behavior",
 * "organisation" as "organization", "centre" as "center", "programme" as "program". The words are listed in
 * {@code spellings-en.txt}, form by form, so "rise" and "wise" stay themselves. Applied to lower-cased, accent-folded
 * words, at index and query time, so a reader typing either spelling finds the same resources with the same scores;
 * a one-word-for-one-word mapping keeps each word's place and offsets, so the reader's word is still highlighted.
 */
final class SpellingFolding {

    private static final String FILE = "spellings-en.txt";
    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");
    private static final Map<String, String> WORDS = read();
    private static final SynonymMap MAP = build(WORDS);
    private static final Map<String, List<String>> SPELLINGS = spellings(WORDS);

    private SpellingFolding() {
    }

    /** The stream with each listed spelling replaced by the other (the words must be lower-cased and folded). */
    static TokenStream filter(TokenStream in) {
        return new SynonymGraphFilter(in, MAP, false);
    }

    /** Each listed form and the form it is read as. */
    static Map<String, String> words() {
        return WORDS;
    }

    /** A word (lower-cased, folded) and its other spellings: "programmes" and "programs"; else the word alone. */
    static List<String> spellings(String word) {
        return SPELLINGS.getOrDefault(WORDS.getOrDefault(word, word), List.of(word));
    }

    /**
     * Whether a word (lower-cased) begins with what was typed under one of its spellings: "behaviou" begins "behavior"
     * and "behavioral", "behavior" begins "behaviourist", as suggestions read a title's words the way search does.
     */
    static boolean beginsEitherWay(String word, String typed, java.util.function.BiPredicate<String, String> begins) {
        if (begins.test(word, typed)) {
            return true;
        }
        for (String spelling : spellings(word)) {
            if (!spelling.equals(word) && begins.test(spelling, typed)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The beginnings a typed beginning (lower-cased, folded) stands for under the other spellings: the other spellings
     * of each listed form it begins, those it does not begin itself ("behaviou": "behavior", "behaviors",
     * "behavioral"...; "behav": none, it begins them all); empty for most words.
     */
    static java.util.Set<String> otherBeginnings(String typed) {
        java.util.Set<String> others = new java.util.TreeSet<>();
        SPELLINGS.forEach((american, all) -> {
            if (all.stream().anyMatch(form -> form.startsWith(typed))) {
                all.stream().filter(form -> !form.startsWith(typed)).forEach(others::add);
            }
        });
        return others;
    }

    /**
     * The text with each listed word written the other way, for what reads whole texts rather than words (the
     * meaning's encoder): "Organising after-school programmes" becomes "Organizing after-school programs".
     */
    static String folded(String text) {
        Matcher matcher = WORD.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (matcher.find()) {
            String word = matcher.group();
            String other = WORDS.get(word.toLowerCase(java.util.Locale.ROOT));
            matcher.appendReplacement(out, Matcher.quoteReplacement(other == null ? word : cased(word, other)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String cased(String written, String other) {
        if (written.equals(written.toUpperCase(java.util.Locale.ROOT)) && written.length() > 1) {
            return other.toUpperCase(java.util.Locale.ROOT);
        }
        if (Character.isUpperCase(written.charAt(0))) {
            return Character.toUpperCase(other.charAt(0)) + other.substring(1);
        }
        return other;
    }

    private static Map<String, String> read() {
        Map<String, String> words = new LinkedHashMap<>();
        try (InputStream in = SpellingFolding.class.getResourceAsStream(FILE);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] sides = line.split("\\|");
                String[] one = sides[0].trim().split("\\s+");
                String[] other = sides[1].trim().split("\\s+");
                if (sides.length != 2 || one.length != other.length) {
                    throw new IllegalStateException(FILE + ": the two sides do not list as many forms: " + line);
                }
                for (int i = 0; i < one.length; i++) {
                    words.put(one[i], other[i]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(words);
    }

    private static Map<String, List<String>> spellings(Map<String, String> words) {
        Map<String, List<String>> spellings = new java.util.HashMap<>();
        words.forEach((one, other) -> spellings.computeIfAbsent(other, o -> new java.util.ArrayList<>(List.of(o)))
                .add(one));
        spellings.replaceAll((other, all) -> List.copyOf(all));
        return Map.copyOf(spellings);
    }

    private static SynonymMap build(Map<String, String> words) {
        SynonymMap.Builder builder = new SynonymMap.Builder(true);
        words.forEach((one, other) -> builder.add(new CharsRef(one), new CharsRef(other), false));
        try {
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
